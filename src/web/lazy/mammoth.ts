// The Word reader, a script of its own (see load.ts).
import mammoth from 'mammoth'

type Input = Parameters<typeof mammoth.convertToHtml>[0]
type Options = Parameters<typeof mammoth.convertToHtml>[1]

// src/ingest/docx.ts gives the bytes as mammoth's Node input `buffer`; its browser entry reads them as
// `arrayBuffer` (both hand them to JSZip, which takes any Uint8Array).
const convertToHtml = (input: Input, options?: Options) => mammoth.convertToHtml('buffer' in input ? ({ arrayBuffer: input.buffer } as unknown as Input) : input, options)

globalThis.__torlintModules ??= {}
globalThis.__torlintModules.mammoth = { default: { ...mammoth, convertToHtml } }
