// Bundle the command-line entry and the worker into a few files: loading hundreds of small ES modules
// is most of a cold start, and a bundle loads in a fraction of that. The library (dist/index.js and its
// types) stays the unbundled tsc output.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

// Chunk names carry content hashes: clear the folder so old chunks do not pile up in the package.
rmSync('dist/cli-bundle', { recursive: true, force: true })

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // Loaded from node_modules when first needed: country names (only for JobPosting output) and legacy
  // encodings (only for Windows-1252 files) would otherwise be compiled at every start.
  external: ['i18n-iso-countries', 'i18n-iso-countries/*'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __torlintCreateRequire } from 'node:module'; const require = __torlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
})
