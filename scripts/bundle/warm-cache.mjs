// Lints sample documents with the freshly built bundle, then saves V8's code cache of what that compiled
// (dist/cli-bundle/cli.cjs.cache). Run by scripts/bundle/build.mjs in a process of its own.
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const { loadCli, saveCodeCache } = createRequire(import.meta.url)(join(root, 'dist/cli-bundle/load.cjs'))
const { main } = loadCli()
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() })
const samples = ['fixtures/seeds/004_85fb80d637fbf5cc.txt', 'fixtures/seeds/001_58b32094f285b7d1.txt'].map((path) => join(root, path)).filter((path) => existsSync(path))
const run = (args) => main(['node', 'torlint', ...args], { stdin: process.stdin, stdout: sink(), stderr: sink(), cwd: root, env: {} })
// Without the fixtures (a packed copy) the cache holds the start-up code only, which still helps.
if (samples.length === 0) await run(['--help'])
for (const format of samples.length > 0 ? ['stylish', 'json'] : []) await run(['lint', ...samples, '--format', format, '--jobs', '1'])
saveCodeCache()
