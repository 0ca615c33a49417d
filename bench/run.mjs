#!/usr/bin/env node
// Benchmark: a generated corpus, measured in one run against the floor every remark-based tool pays
// (bare mdast-util-from-markdown over every file in one thread) and beside two Markdown linters on the same
// files (remark-cli with remark-preset-lint-recommended, markdownlint-cli2). Prints files/s, MB/s, peak RSS,
// and the ratio to that floor; then the start-up of a one-file lint beside `node -e 0` on the Node that runs
// it and on each Node of the test matrix (scripts/node-versions). `--write` also records it in
// docs/benchmarks.md.
// Usage: npm run bench -- [--files 2000] [--rounds 1] [--write]
// With --rounds N every row is run N times, the rows in turn: its time is the fastest run (the least
// disturbed by other work on the machine) and its peak RSS the highest.
import { spawn, spawnSync } from 'node:child_process'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureNodeVersions, nodeVersions } from '../scripts/node-versions/versions.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const files = Number(flag('--files', '2000'))
const write = args.includes('--write')
const rounds = Math.max(1, Number(flag('--rounds', '1')))
const measure = join(root, 'bench/measure.mjs')

function corpus(count) {
  const sources = ['seeds', 'layouts', 'i18n', 'phenomena'].flatMap((folder) =>
    readdirSync(join(root, 'fixtures', folder))
      .filter((name) => /\.(txt|md)$/.test(name))
      .map((name) => ({ name, text: readFileSync(join(root, 'fixtures', folder, name), 'utf8') })),
  )
  const dir = mkdtempSync(join(tmpdir(), 'torlint-bench-'))
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]
    // A distinct last line per file, so no two files hash alike (the cache must really look them up).
    const text = `${source.text}\n\nReference: BENCH-${i}\n`
    const folder = join(dir, 'corpus', String(Math.floor(i / 500)))
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, `${i}-${source.name}`), text)
    bytes += Buffer.byteLength(text)
  }
  return { dir, bytes }
}

/** Of several runs of one row: the fastest time (the least disturbed), and the highest peak RSS. */
function best(results) {
  const fastest = results.reduce((winner, result) => (result.seconds < winner.seconds ? result : winner))
  return { ...fastest, rssMB: Math.max(...results.map((result) => result.rssMB)) }
}

function runOnce(label, measureArgs, cwd) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [measure, ...measureArgs], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
  const seconds = (performance.now() - started) / 1000
  const report = result.stderr.trim().split('\n').reverse().find((line) => line.startsWith('{"maxRSS"'))
  if (!report) throw new Error(`${label} failed: ${result.stderr.slice(-2000)}`)
  const { maxRSS, cpuSeconds, files: read } = JSON.parse(report)
  return { label, seconds, rssMB: maxRSS / 1024, cores: cpuSeconds / seconds, read }
}

/**
 * The bare parse split over two processes running at once: how much a second core gives on this machine
 * (two hyperthreads of one core, or a shared host, give well under 2x to any program).
 */
async function bareInParallel(label, groups, cwd) {
  const started = performance.now()
  const reports = await Promise.all(
    groups.map(
      (group) =>
        new Promise((resolveRun, rejectRun) => {
          const child = spawn(process.execPath, [measure, 'bare', ...group], { cwd })
          let stderr = ''
          child.stderr.on('data', (chunk) => (stderr += chunk))
          child.on('error', rejectRun)
          child.on('close', () => {
            const report = stderr.trim().split('\n').reverse().find((line) => line.startsWith('{"maxRSS"'))
            if (report) resolveRun(JSON.parse(report))
            else rejectRun(new Error(`${label} failed: ${stderr.slice(-2000)}`))
          })
        }),
    ),
  )
  const seconds = (performance.now() - started) / 1000
  return { label, seconds, rssMB: reports.reduce((sum, report) => sum + report.maxRSS / 1024, 0), cores: reports.reduce((sum, report) => sum + report.cpuSeconds, 0) / seconds }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** CPU seconds of a finished child, from bash's `times` (its second line: the children's user and system). */
function childCpu(timesOutput) {
  const seconds = [...(timesOutput.trim().split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]))
  return seconds.length === 2 ? (seconds[0] + seconds[1]) * 1000 : NaN
}

/**
 * Wall time of one run, and its CPU time (all threads): on a machine shared with other work the wall time
 * grows with the others' load, the CPU time much less, so the two together say what a quiet machine would
 * show. Run through bash, whose `times` reports the child's CPU time; bash's own start adds the same few
 * ms to every row, `node -e 0` included.
 */
function timed(node, nodeArgs, cwd, env) {
  const started = performance.now()
  const result = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; status=$?; times; exit $status', 'bash', node, ...nodeArgs], { cwd, encoding: 'utf8', env })
  const wallMs = performance.now() - started
  if (result.status === null || result.status > 1) throw new Error(`${node} ${nodeArgs.join(' ')} failed (exit ${result.status}): ${result.stderr.slice(-2000)}`)
  return { wallMs, cpuMs: childCpu(result.stdout) }
}

/**
 * Start-up on one Node: `node -e 0` (Node's own start), `torlint --version` and a one-file lint, taken in
 * turn so the machine's drift touches all three alike. On Node 22 and later the first lint fills the
 * module compile cache (in a temporary folder of this run, as a first use would): it is reported apart,
 * and the median is of the runs after it, as every later lint starts.
 */
function startup(node, cwd, times = 7) {
  const temporary = mkdtempSync(join(cwd, 'tmp-'))
  const env = { ...process.env, TMPDIR: temporary }
  const lintArgs = [join(root, 'bin/torlint.js'), 'lint', single, '--format', 'json']
  const first = timed(node, lintArgs, cwd, env)
  const samples = { bare: [], version: [], lint: [] }
  for (let i = 0; i < times; i++) {
    samples.bare.push(timed(node, ['-e', '0'], cwd, env))
    samples.version.push(timed(node, [join(root, 'bin/torlint.js'), '--version'], cwd, env))
    samples.lint.push(timed(node, lintArgs, cwd, env))
  }
  const medians = (runs) => ({ wallMs: median(runs.map((run) => run.wallMs)), cpuMs: median(runs.map((run) => run.cpuMs)) })
  return { first, bare: medians(samples.bare), versionFlag: medians(samples.version), lint: medians(samples.lint) }
}

const single = join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt')
const { dir, bytes } = corpus(files)
const target = join(dir, 'corpus')
const out = join(dir, 'out')
const cache = join(dir, 'cache.json')
const mb = bytes / 1048576
const loadAtStart = loadavg()[0]
console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB, in ${dir}`)
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}, load average ${loadAtStart.toFixed(1)}`)

const folders = readdirSync(target).map((name) => join(target, name))
const halves = [folders.filter((_, index) => index % 2 === 0), folders.filter((_, index) => index % 2 === 1)].filter((half) => half.length > 0)
const preset = join(root, 'node_modules/remark-preset-lint-recommended/index.js')
const plan = [
  { label: 'bare mdast-util-from-markdown, 1 thread', args: ['bare', target], counts: true },
  { label: 'torlint lint --jobs 1', args: ['cli', 'lint', target, '--jobs', '1', '--format', 'json', '--output-file', join(dir, 'l1.json')] },
  { label: `torlint lint (all ${cpus().length} cores)`, args: ['cli', 'lint', target, '--format', 'json', '--output-file', join(dir, 'ln.json')] },
  { label: 'torlint convert', args: ['cli', 'convert', target, '--out-dir', out, '--quiet'] },
  { label: 'torlint lint --cache (cold)', args: ['cli', 'lint', target, '--cache', '--cache-location', cache, '--format', 'json', '--output-file', join(dir, 'c1.json')], before: () => rmSync(cache, { force: true }) },
  { label: 'torlint lint --cache (warm)', args: ['cli', 'lint', target, '--cache', '--cache-location', cache, '--format', 'json', '--output-file', join(dir, 'c2.json')] },
  // The anchors: what a Markdown linter costs on the same files. They read the .txt files as Markdown too
  // (remark through --ext), and each says how many files it read: a row that skipped some is an error.
  { label: 'remark-cli + remark-preset-lint-recommended', args: ['remark', target, '--ext', 'md,txt', '--use', preset], counts: true },
  { label: 'markdownlint-cli2 (default rules)', args: ['markdownlint', 'corpus/**'], counts: true },
]
const row = Object.fromEntries(['bare', 'jobs1', 'allCores', 'convert', 'cacheCold', 'cacheWarm', 'remark', 'markdownlint'].map((name, index) => [name, index]))
// Rounds go through every row in turn, so a machine that speeds up or slows down over the minutes of a
// run (this one does, by a third) disturbs all rows alike instead of the last ones.
const results = plan.map(() => [])
// Not a torlint row: what the machine gives a second process, for reading the all-cores row.
const ceilings = []
for (let round = 0; round < rounds; round++) {
  plan.forEach((planned, index) => {
    planned.before?.()
    const result = runOnce(planned.label, planned.args, dir)
    if (planned.counts && result.read !== files) throw new Error(`${planned.label} read ${result.read} files of ${files}`)
    results[index].push(result)
  })
  if (halves.length > 1) ceilings.push(await bareInParallel('bare parse, the corpus split over 2 processes at once', halves, dir))
}
const rows = results.map(best)
const ceiling = ceilings.length > 0 ? best(ceilings) : null
const floor = rows[row.bare].seconds
const table = [
  '| run | s | files/s | MB/s | peak RSS MB | cores busy | throughput vs bare parse |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...rows, ...(ceiling ? [ceiling] : [])].map((result) => `| ${result.label} | ${result.seconds.toFixed(2)} | ${(files / result.seconds).toFixed(0)} | ${(mb / result.seconds).toFixed(2)} | ${result.rssMB.toFixed(0)} | ${result.cores.toFixed(2)} | ${(floor / result.seconds).toFixed(2)}x |`),
]

// Start-up on the Node that runs the bench and on each Node of the test matrix (scripts/node-versions).
const nodes = [{ version: process.version, binary: process.execPath }]
if (ensureNodeVersions({ log: console.log })) for (const node of nodeVersions()) nodes.push({ version: `v${node.version}`, binary: node.binary })
const starts = nodes.map((node) => ({ ...node, ...startup(node.binary, dir) }))
const ms = (run) => `${run.wallMs.toFixed(0)} ms (${run.cpuMs.toFixed(0)})`
const startupTable = [
  `| Node | \`node -e 0\` | \`torlint --version\` | one-file \`torlint lint\` | lint over \`node -e 0\` | first lint (fills the compile cache on 22+) |`,
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...starts.map((start) => `| ${start.version} | ${ms(start.bare)} | ${ms(start.versionFlag)} | ${ms(start.lint)} | ${(start.lint.wallMs - start.bare.wallMs).toFixed(0)} ms | ${ms(start.first)} |`),
  '',
  `Wall time, medians of 7 runs of each taken in turn, and in brackets the CPU time of all the process's threads; the one file is \`${single.slice(root.length + 1)}\`.`,
]

const ratio = (value) => `${value.toFixed(2)}x`
const verdict = (met) => (met ? 'met' : 'not met')
const throughput = (index) => files / rows[index].seconds
const oneThread = floor / rows[row.jobs1].seconds
const allCores = floor / rows[row.allCores].seconds
const twoProcessGain = ceiling ? floor / ceiling.seconds : null
const allCoresTarget = twoProcessGain ? 0.9 * twoProcessGain * oneThread : null
const peak = rows[row.allCores].rssMB
const anchors = [row.remark, row.markdownlint].map((index) => ({ label: rows[index].label.replace(/ \(.*| \+.*/, ''), all: throughput(row.allCores) / throughput(index), one: throughput(row.jobs1) / throughput(index) }))
const later = starts.filter((start) => Number(start.version.slice(1).split('.')[0]) >= 22)
const summary = [
  `- lint --jobs 1 / bare parse throughput: ${ratio(oneThread)} (target ≥ 0.6x): ${verdict(oneThread >= 0.6)}`,
  twoProcessGain
    ? `- lint on all cores / bare parse: ${ratio(allCores)} (target ≥ 0.9 × the bare parse's two-process gain ${ratio(twoProcessGain)} × the one-thread ratio ${ratio(oneThread)} = ${ratio(allCoresTarget)}): ${verdict(allCores >= allCoresTarget)}; lint on all cores / --jobs 1: ${ratio(rows[row.jobs1].seconds / rows[row.allCores].seconds)}`
    : '- lint on all cores: no two-process bare parse in this run (one folder of files)',
  `- peak RSS of lint on all cores: ${peak.toFixed(0)} MB at ${files} files (target < 300 MB at 10,000 files)${files >= 10000 ? `: ${verdict(peak < 300)}` : ': run with --files 10000 to judge'}`,
  ...anchors.map((anchor) => `- torlint lint files/s / ${anchor.label}: ${ratio(anchor.all)} on all cores, ${ratio(anchor.one)} with --jobs 1 (target ≥ 1.5x): ${verdict(anchor.all >= 1.5)}`),
  `- warm cache / cold run: ${(rows[row.cacheCold].seconds / rows[row.cacheWarm].seconds).toFixed(1)}x faster (target ≥ 20x)`,
  ...later.map((start) => `- one-file lint on Node ${start.version}: ${start.lint.wallMs.toFixed(0)} ms, ${(start.lint.wallMs - start.bare.wallMs).toFixed(0)} ms over \`node -e 0\` (target < 250 ms): ${verdict(start.lint.wallMs < 250)}`),
  `- load average (1 min) at the start and the end of this run: ${loadAtStart.toFixed(1)} and ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
]
const report = [table.join('\n'), '', ...startupTable, '', ...summary].join('\n')
console.log(`\n${report}`)

if (write) {
  const path = join(root, 'docs/benchmarks.md')
  const previous = (() => {
    try {
      return readFileSync(path, 'utf8')
    } catch {
      return '# Benchmarks\n'
    }
  })()
  const machine = `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
  const section = `## ${new Date().toISOString().slice(0, 10)}: ${files} files (${mb.toFixed(1)} MB), ${machine}${rounds > 1 ? `, fastest of ${rounds} rounds` : ''}\n\n${report}\n`
  const marker = '<!-- results -->'
  const next = previous.includes(marker) ? previous.replace(marker, `${marker}\n\n${section}`) : `${previous.trimEnd()}\n\n${marker}\n\n${section}`
  writeFileSync(path, next)
  console.log(`\nrecorded in ${path}`)
}
rmSync(dir, { recursive: true, force: true })
