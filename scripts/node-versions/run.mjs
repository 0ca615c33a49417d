#!/usr/bin/env node
// `npm run test:node-versions`: a fast, meaningful part of the suite on each extra Node of the matrix (see
// versions.mjs); `npm test` runs the whole suite on the Node that runs npm, then this. Needs `npm run build`
// (the CLI tests run the built binary). Usage: node scripts/node-versions/run.mjs [vitest options]
import { delimiter, dirname, join } from 'node:path'
import { runCommand } from '../run-command.mjs'
import { ensureNodeVersions, here, nodeVersions } from './versions.mjs'

const root = join(here, '../..')

/** What can differ between Node versions: start-up and module loading, workers, streams, the packages of each input format. */
const files = [
  // the CLI: commands, options, configuration, exit codes, standard input, and the installed binary
  'test/cli/lint.test.ts',
  'test/cli/parse.test.ts',
  // one run per input format through the binary: .txt and .md above, .html, .docx (mammoth), .pdf (pdf.js)
  'test/cli/formats.test.ts',
  // the start-up cache of this Node (the module compile cache from Node 22 on), and the worker pool: a
  // batch over two workers, each result the one the main thread gives
  'test/cli/compile-cache.test.ts',
  // the pool streams each file's report as it is done
  'test/cli/pool.test.ts',
  // the library API as a user imports it: examples of docs/api.md run against the built package
  'test/api/docs.test.ts',
]

/**
 * Left to the main run: type checks give the same answer on every Node, and the out-of-memory worker
 * (a 600 KB document linted twice, about 15 s of CPU) would be a quarter of this run.
 */
const leftOut = [
  'docs/api.md TypeScript examples type-check',
  'docs/api.md every type the TypeScript section',
  'docs/api.md JavaScript examples use only',
  'worker pool a document that runs a worker out of memory',
]
/** The examples of docs/api.md run here (by section): the sync and async entry points and a custom rule. */
const examples = ['parse', 'lint', 'defineRule: custom rules', 'parseAsync and lintAsync: Word and PDF']
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const anyOf = (texts) => texts.map(escape).join('|')
const namePattern = `^(?!${anyOf(leftOut)})(?!docs/api\\.md runs the \\w+ example at line \\d+ \\((?!(${anyOf(examples)})\\)))`

if (!ensureNodeVersions()) {
  console.log(`test:node-versions: skipped, the registry's Node binaries are for Linux x64 (this is ${process.platform} ${process.arch})`)
  process.exit(0)
}

const vitest = join(root, 'node_modules/vitest/vitest.mjs')

/**
 * One Node's run, its output kept until it ends. The versions run side by side: each run is mostly one
 * file's chain of processes (the start-up cache test), so one after the other left a core idle.
 */
async function runOn(node) {
  // Its own folder first on PATH, so anything started as `node` is this version too. The timeout is for a
  // busy shared machine, where a binary's start alone can take seconds.
  const { ok, output, seconds } = await runCommand(node.binary, [vitest, 'run', ...files, '--testNamePattern', namePattern, '--testTimeout', '60000', ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, PATH: `${dirname(node.binary)}${delimiter}${process.env.PATH ?? ''}` },
    collect: true,
  })
  process.stdout.write(`\ntest:node-versions: Node ${node.version}\n`)
  process.stdout.write(output)
  return { version: node.version, ok, seconds }
}

console.log(`test:node-versions: ${nodeVersions().map((node) => `Node ${node.version}`).join(' and ')}, side by side`)
const summary = await Promise.all(nodeVersions().map(runOn))
console.log(`\ntest:node-versions: ${summary.map((run) => `Node ${run.version} ${run.ok ? 'passed' : 'FAILED'} (${run.seconds.toFixed(0)} s)`).join(', ')}`)
process.exitCode = summary.every((run) => run.ok) ? 0 : 1
