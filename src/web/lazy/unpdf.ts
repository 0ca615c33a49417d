// The PDF reader (pdf.js, through unpdf), a script of its own (see load.ts). pdf.js runs its worker's code
// in the page ("fake worker"): unpdf's build of it carries that code, so nothing else is fetched.
import * as unpdf from 'unpdf'

globalThis.__torlintModules ??= {}
globalThis.__torlintModules.unpdf = unpdf
