#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli-bundle by `npm run build` (run by `prepare` on install).

// `torlint --version` is asked by scripts and CI on every run: answer it before loading the CLI.
const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { VERSION } = await import('../dist/cli-bundle/version.js')
  process.stdout.write(`${VERSION}\n`)
} else {
  // A reader that stops early (`torlint parse x | head`) is not an error of ours.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const { createRequire } = await import('node:module')
  const { loadCli } = createRequire(import.meta.url)('../dist/cli-bundle/load.cjs')
  process.exitCode = await loadCli().main(process.argv)
}
