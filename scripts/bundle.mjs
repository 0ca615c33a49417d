// Bundle the command-line entry and the worker into a few files: loading hundreds of small ES modules
// is most of a cold start, and a bundle loads in a fraction of that. The library (dist/index.js and its
// types) stays the unbundled tsc output.
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build } from 'esbuild'

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

// Chunk names carry content hashes: clear the folder so old chunks do not pile up in the package.
rmSync('dist/cli-bundle', { recursive: true, force: true })

await build({
  // version: read alone by bin/torlint.js for `--version`, without loading the CLI.
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts', version: 'src/version.ts' },
  plugins: [englishZodOnly],
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // Loaded from node_modules when first needed: country names (only for JobPosting output) would
  // otherwise be compiled at every start.
  external: ['i18n-iso-countries', 'i18n-iso-countries/*'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __torlintCreateRequire } from 'node:module'; const require = __torlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
