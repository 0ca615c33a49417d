// One measured run, in its own process so its peak RSS is its own (worker threads included).
// `bare DIR...`: mdast-util-from-markdown over every file in one thread. `cli ...args`: the torlint CLI as
// installed, that is the bundle bin/torlint.js loads (not the tsc output, which loads hundreds of modules).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const [mode, ...rest] = process.argv.slice(2)

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
}

let code = 0
if (mode === 'bare') {
  const { fromMarkdown } = await import('mdast-util-from-markdown')
  for (const file of rest.flatMap(walk).sort()) fromMarkdown(readFileSync(file, 'utf8'))
} else {
  const { createRequire } = await import('node:module')
  const { loadCli } = createRequire(import.meta.url)('../dist/cli-bundle/load.cjs')
  code = await loadCli().main(['node', 'torlint', ...rest])
}
// CPU time of every thread (V8's garbage-collector and compiler threads included), to read beside wall time.
const usage = process.resourceUsage()
process.stderr.write(`\n${JSON.stringify({ maxRSS: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, code })}\n`)
process.exitCode = 0
