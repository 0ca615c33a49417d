#!/usr/bin/env node
// Benchmark: a generated corpus, measured in one run against the floor every remark-based tool pays
// (bare mdast-util-from-markdown over every file in one thread). Prints files/s, MB/s, peak RSS, and
// the ratio to that floor; `--write` also records the table in docs/benchmarks.md.
// Usage: npm run bench -- [--files 2000] [--rounds 1] [--write]
// With --rounds N every row is run N times, the rows in turn: its time is the fastest run (the least
// disturbed by other work on the machine) and its peak RSS the highest.
import { spawn, spawnSync } from 'node:child_process'
import { cpus, freemem, tmpdir, totalmem } from 'node:os'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

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
  const { maxRSS, cpuSeconds } = JSON.parse(report)
  return { label, seconds, rssMB: maxRSS / 1024, cores: cpuSeconds / seconds }
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

function wallOf(nodeArgs, cwd, times = 7) {
  const samples = []
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    spawnSync(process.execPath, nodeArgs, { cwd, encoding: 'utf8' })
    samples.push(performance.now() - started)
  }
  return median(samples)
}

function wall(commandArgs, cwd, times = 7) {
  return wallOf([join(root, 'bin/torlint.js'), ...commandArgs], cwd, times)
}

const { dir, bytes } = corpus(files)
const target = join(dir, 'corpus')
const out = join(dir, 'out')
const cache = join(dir, 'cache.json')
const mb = bytes / 1048576
console.log(`corpus: ${files} files, ${mb.toFixed(1)} MB, in ${dir}`)
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} free), Node ${process.version}`)

const folders = readdirSync(target).map((name) => join(target, name))
const halves = [folders.filter((_, index) => index % 2 === 0), folders.filter((_, index) => index % 2 === 1)].filter((half) => half.length > 0)
const plan = [
  { label: 'bare mdast-util-from-markdown, 1 thread', args: ['bare', target] },
  { label: 'torlint lint --jobs 1', args: ['cli', 'lint', target, '--jobs', '1', '--format', 'json', '--output-file', join(dir, 'l1.json')] },
  { label: `torlint lint (all ${cpus().length} cores)`, args: ['cli', 'lint', target, '--format', 'json', '--output-file', join(dir, 'ln.json')] },
  { label: 'torlint convert', args: ['cli', 'convert', target, '--out-dir', out, '--quiet'] },
  { label: 'torlint lint --cache (cold)', args: ['cli', 'lint', target, '--cache', '--cache-location', cache, '--format', 'json', '--output-file', join(dir, 'c1.json')], before: () => rmSync(cache, { force: true }) },
  { label: 'torlint lint --cache (warm)', args: ['cli', 'lint', target, '--cache', '--cache-location', cache, '--format', 'json', '--output-file', join(dir, 'c2.json')] },
]
// Rounds go through every row in turn, so a machine that speeds up or slows down over the minutes of a
// run (this one does, by a third) disturbs all rows alike instead of the last ones.
const results = plan.map(() => [])
// Not a torlint row: what the machine gives a second process, for reading the all-cores row.
const ceilings = []
for (let round = 0; round < rounds; round++) {
  plan.forEach((row, index) => {
    row.before?.()
    results[index].push(runOnce(row.label, row.args, dir))
  })
  if (halves.length > 1) ceilings.push(await bareInParallel('bare parse, the corpus split over 2 processes at once', halves, dir))
}
const rows = results.map(best)
const ceiling = ceilings.length > 0 ? best(ceilings) : null
const floor = rows[0].seconds
const table = [
  '| run | s | files/s | MB/s | peak RSS MB | cores busy | throughput vs bare parse |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...rows, ...(ceiling ? [ceiling] : [])].map((row) => `| ${row.label} | ${row.seconds.toFixed(2)} | ${(files / row.seconds).toFixed(0)} | ${(mb / row.seconds).toFixed(2)} | ${row.rssMB.toFixed(0)} | ${row.cores.toFixed(2)} | ${(floor / row.seconds).toFixed(2)}x |`),
]
const single = join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt')
const startup = [
  `| \`node -e 0\` (Node's own start, the floor) | ${wallOf(['-e', '0'], dir).toFixed(0)} ms (median of 7) |`,
  `| cold \`torlint --version\` | ${wall(['--version'], dir).toFixed(0)} ms (median of 7) |`, `| cold one-file \`torlint lint\` | ${wall(['lint', single, '--format', 'json'], dir).toFixed(0)} ms (median of 7) |`]
const ratioJobs = rows[1].seconds / rows[2].seconds
const cacheSpeedup = rows[4].seconds / rows[5].seconds
const summary = [
  `- lint --jobs 1 / bare parse throughput: ${(floor / rows[1].seconds).toFixed(2)}x (target ≥ 0.8x)`,
  `- lint on all cores / --jobs 1: ${ratioJobs.toFixed(2)}x (target ≥ 1.7x on 2 cores)${ceiling ? `; the bare parse on 2 processes / 1: ${(floor / ceiling.seconds).toFixed(2)}x` : ''}`,
  `- warm cache / cold run: ${cacheSpeedup.toFixed(1)}x faster (target ≥ 20x)`,
  `- peak RSS of lint on all cores: ${rows[2].rssMB.toFixed(0)} MB (target < 200 MB at 10,000 files)`,
]
const report = [table.join('\n'), '', '| start-up | wall time |', '| --- | ---: |', ...startup, '', ...summary].join('\n')
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

