#!/usr/bin/env node
// Installs the Node binaries of the test matrix (see versions.mjs). The root's `prepare` runs this with
// --if-npm-ci: a clean install by `npm ci` (CI, a fresh clone) gets them, a plain `npm install` (a
// pre-commit hook installing torlint, say) does not download 60 MB it will never run; `npm run
// test:node-versions` installs them itself when they are missing.
import { ensureNodeVersions } from './versions.mjs'

if (!process.argv.includes('--if-npm-ci') || process.env.npm_command === 'ci') {
  if (!ensureNodeVersions()) console.error(`node-versions: the registry's Node binaries are for Linux x64, not ${process.platform} ${process.arch}: not installed`)
}
