// Bundle the command-line entry and the worker into one script with a V8 code cache: loading hundreds of
// small ES modules is most of a cold start, and compiling the functions that run is most of the rest.
// The library (dist/index.js and its types) stays the unbundled tsc output.
import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * zod's namespace export carries the error messages of some fifty languages (about 600 KB the CLI would
 * compile at every start); torlint's messages are English, so the bundle keeps only `en`.
 */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'english-zod-only', pluginData: join(args.resolveDir, dirname(args.path)) } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'english-zod-only' }, (args) => ({
      contents: "export { default as en } from './en.js'",
      resolveDir: args.pluginData,
      loader: 'js',
    }))
  },
}

rmSync('dist/cli-bundle', { recursive: true, force: true })

// One CommonJS file, not ES modules: on Node 20 only a script can be compiled from V8's code cache
// (scripts/bundle/load.cjs), and one file also spares the start-up the loading of many modules.
await build({
  entryPoints: { cli: 'src/cli/bundle-entry.ts' },
  plugins: [englishZodOnly],
  outdir: 'dist/cli-bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // Loaded from node_modules when first needed: country names (only for JobPosting output) would
  // otherwise be compiled at every start, and pdf.js is an ES module of 2 MB needed for PDF files only.
  external: ['i18n-iso-countries', 'i18n-iso-countries/*', 'unpdf'],
  // The bundle runs as a script: import.meta.url is the bundle's own address.
  define: { 'import.meta.url': '__torlintModuleUrl' },
  banner: { js: "var __torlintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
})
// `--version` is answered by bin/torlint.js from this file alone, without loading the CLI.
await build({ entryPoints: { version: 'src/version.ts' }, outdir: 'dist/cli-bundle', bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' })

// A script compiled from the code cache loses V8's dynamic-import hook: the one import() left in the
// bundle (pdf.js) is routed through the loader, which is a real module.
const bundlePath = 'dist/cli-bundle/cli.cjs'
const bundled = readFileSync(bundlePath, 'utf8')
const dynamicImports = bundled.match(/(?<![\w$.`])import\((?=["'])/g) ?? []
if (dynamicImports.length !== 1 || !bundled.includes('import("unpdf")')) {
  throw new Error(`bundle: expected one dynamic import, of "unpdf", and found ${dynamicImports.length}; route any new one through __torlintImport`)
}
writeFileSync(bundlePath, bundled.replace('import("unpdf")', '__torlintImport("unpdf")'))
for (const file of ['load.cjs', 'worker.js']) copyFileSync(join(here, file), join('dist/cli-bundle', file))

// The code cache: made in a fresh process after a sample lint, so it holds the functions a lint runs.
const warm = spawnSync(process.execPath, [join(here, 'warm-cache.mjs')], { stdio: 'inherit' })
if (warm.status !== 0) throw new Error('bundle: making the code cache failed')
