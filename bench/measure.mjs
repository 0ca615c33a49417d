// One measured run, in its own process so its peak RSS is its own (worker threads included).
// `bare DIR...`: mdast-util-from-markdown over every file in one thread. `cli ...args`: the torlint CLI as
// installed, that is the bundle bin/torlint.js loads (not the tsc output, which loads hundreds of modules).
// `remark ...args`, `markdownlint ...args`: remark-cli and markdownlint-cli2, each as its own bin runs it.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [mode, ...rest] = process.argv.slice(2)
const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
}

// Written when the process ends, as the other tools finish on their own schedule: CPU time of every thread
// (V8's garbage-collector and compiler threads included), to read beside wall time, and how many files the
// tool says it read, where it says so.
let code = 0
let files
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(`\n${JSON.stringify({ maxRSS: usage.maxRSS, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, code: code || process.exitCode || 0, files: files ?? globalThis.benchFilesReported })}\n`)
  process.exitCode = 0
})

if (mode === 'bare') {
  const { fromMarkdown } = await import('mdast-util-from-markdown')
  const all = rest.flatMap(walk).sort()
  for (const file of all) fromMarkdown(readFileSync(file, 'utf8'))
  files = all.length
} else if (mode === 'remark') {
  // remark-cli as its bin runs it: unified-args reads process.argv when cli.js is loaded.
  process.argv = [process.argv[0], 'remark', ...rest, '--report', join(root, 'bench/remark-reporter.mjs')]
  await import(pathToFileURL(join(root, 'node_modules/remark-cli/cli.js')).href)
} else if (mode === 'markdownlint') {
  // markdownlint-cli2 as its bin runs it (the bin only calls main with process.argv), its report on stderr.
  const { main } = await import('markdownlint-cli2')
  code = await main({
    directory: process.cwd(),
    argv: rest,
    logMessage: (message) => {
      const linting = /^Linting: (\d+) file/.exec(message)
      if (linting) files = Number(linting[1])
    },
    logError: (message) => process.stderr.write(`${message}\n`),
  })
} else {
  const { createRequire } = await import('node:module')
  const { loadCli } = createRequire(import.meta.url)('../dist/cli-bundle/load.cjs')
  code = await loadCli().main(['node', 'torlint', ...rest])
}
