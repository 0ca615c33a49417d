#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli-bundle by `npm run build` (run by `prepare` on install).
import { main } from '../dist/cli-bundle/main.js'

// A reader that stops early (`torlint parse x | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv)
