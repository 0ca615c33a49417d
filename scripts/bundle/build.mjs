// Bundle the command-line entry and the worker into one script with a V8 code cache: loading hundreds of
// small ES modules is most of a cold start, and compiling the functions that run is most of the rest.
// The library (dist/index.js and its types) stays the unbundled tsc output.
import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { englishZodOnly } from './plugins.mjs'

const here = dirname(fileURLToPath(import.meta.url))

rmSync('dist/cli-bundle', { recursive: true, force: true })

/** Left in node_modules and loaded when first needed: each isolate pays in memory for what it compiles. */
const external = [
  // country names, for JobPosting output only
  'i18n-iso-countries',
  'i18n-iso-countries/*',
  // pdf.js (2 MB), for PDF files only
  'unpdf',
  // mammoth with its XML and zip libraries (0.8 MB), for Word files only
  'mammoth',
]
const common = { plugins: [englishZodOnly], outdir: 'dist/cli-bundle', bundle: true, platform: 'node', target: 'node20', packages: 'bundle', external, logLevel: 'warning' }

// The main thread: one CommonJS script, because on Node 20 only a script can be compiled from V8's code
// cache (scripts/bundle/load.cjs), which is what a one-file lint spends most of its start on.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The bundle runs as a script: import.meta.url is the bundle's own address.
  define: { 'import.meta.url': '__torlintModuleUrl' },
  // Loaded by load.cjs's script wrapper, __torlintImport is its parameter; required as a module (Node 22
  // and later, with the compile cache), the module's own import() does.
  banner: { js: "var __torlintModuleUrl = require('node:url').pathToFileURL(__filename).href; var __torlintImport = __torlintImport || ((specifier) => import(specifier));" },
  // Without comments and blanks the script is a third smaller, and V8 reads all of it at load; names are
  // kept, so a --debug stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
})

// Worker threads: ES modules in chunks, loaded as the file loop needs them. A worker lives for the whole
// batch, so its start matters less than its memory, and the whole CLI script would cost each one more.
await build({
  ...common,
  entryPoints: { worker: 'src/cli/worker.ts' },
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __torlintCreateRequire } from 'node:module'; const require = __torlintCreateRequire(import.meta.url);" },
})

// `--version` is answered by bin/torlint.js from this file alone, without loading the CLI.
await build({ entryPoints: { version: 'src/version.ts' }, outdir: 'dist/cli-bundle', bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' })

// A script compiled from the code cache loses V8's dynamic-import hook: the import() calls left in the
// bundle (the external packages above) are routed through the loader, which is a real module.
const bundlePath = 'dist/cli-bundle/cli.cjs'
const routed = ['unpdf', 'mammoth']
const bundled = readFileSync(bundlePath, 'utf8')
const dynamicImports = bundled.match(/(?<![\w$.`])import\((?=["'])/g) ?? []
if (dynamicImports.length !== routed.length || routed.some((name) => !bundled.includes(`import("${name}")`))) {
  throw new Error(`bundle: expected the dynamic imports of ${routed.join(', ')} only, and found ${dynamicImports.length}; route any new one through __torlintImport`)
}
writeFileSync(bundlePath, routed.reduce((text, name) => text.replace(`import("${name}")`, `__torlintImport("${name}")`), bundled))
copyFileSync(join(here, 'load.cjs'), 'dist/cli-bundle/load.cjs')

// The code cache: made in a fresh process after a sample lint, so it holds the functions a lint runs.
const warm = spawnSync(process.execPath, [join(here, 'warm-cache.mjs')], { stdio: 'inherit' })
if (warm.status !== 0) throw new Error('bundle: making the code cache failed')
