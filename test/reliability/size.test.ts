// Large and deep inputs finish: each runs through the real binary in a child process with a hard time
// limit, so a super-linear path fails the test instead of hanging the suite. The bounds are generous (a
// slow CI machine, two cores shared with other test files); the measured times are printed, and
// bench/ holds the figures for speed.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, root } from '../cli/helpers.js'

const seed = readFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), 'utf8')

interface Timed {
  seconds: number
  code: number | null
  stderr: string
  messages: number
}

/** Lint one generated file with the real binary, killed after `limit` seconds. */
function lintFile(name: string, content: string, limit: number, extra: string[] = []): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-size-'))
  writeFileSync(join(dir, name), content)
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, 'lint', name, '--format', 'json', ...extra], { cwd: dir, encoding: 'utf8', timeout: limit * 1000, maxBuffer: 1 << 30 })
  const seconds = (performance.now() - started) / 1000
  const results = result.status !== null && result.stdout ? (JSON.parse(result.stdout) as { messages: unknown[] }[]) : []
  const timed = { seconds, code: result.status, stderr: result.stderr, messages: results[0]?.messages.length ?? 0 }
  console.log(`${name}: ${(content.length / 1048576).toFixed(2)} MB in ${seconds.toFixed(1)} s (limit ${limit} s), exit ${result.status ?? `killed (${result.signal})`}, ${timed.messages} findings`)
  return timed
}

/** Finished on its own (not killed), linted (exit 0 or 1), nothing on stderr. */
function expectFinished(timed: Timed): void {
  expect(timed.code === 0 || timed.code === 1, `exit ${timed.code}: ${timed.stderr}`).toBe(true)
  expect(timed.stderr).toBe('')
}

const MB = 1048576

describe('large inputs', () => {
  it('a 10 MB file (a real notice repeated)', { timeout: 400_000 }, () => {
    const timed = lintFile('big.txt', seed.repeat(Math.ceil((10 * MB) / seed.length)), 360)
    expectFinished(timed)
    expect(timed.messages).toBeGreaterThan(1000)
  })

  it('200,000 lines', { timeout: 200_000 }, () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => (index % 2 ? '' : `- Coordinate delivery item ${index}.`))
    expectFinished(lintFile('lines.md', `## Responsibilities\n\n${lines.join('\n')}`, 180))
  })

  it('one line of 1 MB', { timeout: 200_000 }, () => {
    expectFinished(lintFile('line.txt', `Responsibilities: ${'coordinate the delivery of reintegration assistance, '.repeat(MB / 52)}\n`, 180))
  })

  it('a 10,000-item list', { timeout: 200_000 }, () => {
    const items = Array.from({ length: 10_000 }, (_, index) => `${index + 1}. Coordinate the delivery of assistance, item ${index}.`)
    expectFinished(lintFile('list.md', `## Responsibilities\n\n${items.join('\n')}\n`, 180))
  })

  it('lists nested 500 deep', { timeout: 200_000 }, () => {
    const nested = Array.from({ length: 500 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`)
    expectFinished(lintFile('nested.md', `## Responsibilities\n\n${nested.join('\n')}\n`, 180))
  })

  it('HTML lists and elements nested 500 deep', { timeout: 200_000 }, () => {
    expectFinished(lintFile('lists.md', `## Responsibilities\n\n${'<ul><li>item\n'.repeat(500)}${'</li></ul>'.repeat(500)}\n`, 180))
    expectFinished(lintFile('divs.md', `## Context\n\n<div>${'<div>text '.repeat(500)}${'</div>'.repeat(501)}\n`, 180))
  })

  it('nesting thousands deep: a result, or one line saying the file is nested too deeply (exit 2)', { timeout: 200_000 }, () => {
    for (const [name, text] of [
      ['stars.md', `${'* '.repeat(3000)}x\n`],
      ['html.md', `<ul>${'<li>a<ul>'.repeat(1000)}${'</ul></li>'.repeat(1000)}</ul>\n`],
    ]) {
      const timed = lintFile(name!, text!, 90)
      if (timed.code === 2) expect(timed.stderr).toBe(`torlint: ${name}: is nested too deeply to read (thousands of levels of lists, quotes or HTML elements): flatten the nesting\n`)
      else expectFinished(timed)
    }
  })

  it('a file over --max-file-size is an error for that file only', { timeout: 60_000 }, () => {
    const timed = lintFile('big.md', 'x'.repeat(MB + 1), 60, ['--max-file-size', '1'])
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: big.md: is 1.0 MB, over the --max-file-size limit of 1.0 MB\n')
  })
})

describe('long runs of one character on a line (patterns that backtrack)', () => {
  // Each is a near miss for a `X+$`-style pattern that rescans the run from every position: quadratic
  // before the fix (a 100 KB line of spaces took 24 s, of "(" 45 s), well under a second after.
  const runs: [string, string][] = [
    ['spaces', `Duties ${' '.repeat(200_000)}x`],
    ['opening brackets', `## ${'('.repeat(200_000)}`],
    ['colons and spaces', `## Skills${': '.repeat(100_000)}x`],
    ['tabs', `Title\t${'\t'.repeat(200_000)}x`],
  ]
  it.each(runs)('a 200 KB line of %s', { timeout: 120_000 }, (name, line) => {
    expectFinished(lintFile(`${name.replace(/ /g, '-')}.md`, `${line}\n`, 60))
  })
})
