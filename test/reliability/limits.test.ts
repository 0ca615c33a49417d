// Issue 17, time and memory: small files that made torlint run for minutes or take gigabytes. Each runs
// through the real binary with a hard time limit (generous: seconds, where the bug took minutes) and
// gives a result, or one exit-2 line naming the limit. `npm run bench:sizes` shows the scaling.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin } from '../cli/helpers.js'
import { docx, pdfBigStream, pdfReusedPage } from './archives.js'

interface Timed {
  seconds: number
  code: number | null
  stdout: string
  stderr: string
}

/** Lint one file with the real binary, killed after `limit` seconds. */
function lintFile(name: string, content: string | Buffer, limit: number, extra: string[] = [], files: Record<string, string> = {}): Timed {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-limits-'))
  writeFileSync(join(dir, name), content)
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text)
  const started = performance.now()
  const result = spawnSync(process.execPath, [bin, 'lint', name, '--format', 'json', ...extra], { cwd: dir, encoding: 'utf8', timeout: limit * 1000, maxBuffer: 1 << 30 })
  const seconds = (performance.now() - started) / 1000
  console.log(`${name}: ${(content.length / 1048576).toFixed(2)} MB in ${seconds.toFixed(1)} s (limit ${limit} s), exit ${result.status ?? `killed (${result.signal})`}`)
  return { seconds, code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function expectLinted(timed: Timed): void {
  expect(timed.code === 0 || timed.code === 1, `exit ${timed.code}: ${timed.stderr}`).toBe(true)
  expect(timed.stderr).toBe('')
}

describe('text shapes that were quadratic', { timeout: 120_000 }, () => {
  it('50,000 wrapped lines with no blank line between them (continuation joining)', () => {
    const lines = Array.from({ length: 50_000 }, (_, index) => `coordinate the delivery of assistance and support item ${index}`)
    expectLinted(lintFile('wrapped.txt', `Position Title: Driver\n\n${lines.join('\n')}\n`, 60))
  })

  it('`[x](` followed by 200,000 spaces (the empty-link pattern)', () => {
    expectLinted(lintFile('link.md', `[x](${' '.repeat(200_000)}\n`, 30))
  })
})

describe('shapes bounded before the Markdown parser', { timeout: 120_000 }, () => {
  it('block quotes nested 40,000 deep: one line naming the limit, exit 2', () => {
    const timed = lintFile('quotes.md', `${'>'.repeat(40_000)} x\n`, 30)
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: quotes.md: line 1 opens 40000 nested block quotes, over the limit of 100: flatten the nesting\n')
  })

  it('a 120,000-row pipe table: one line naming the limit, exit 2; a 500-row table is read', () => {
    const rows = (count: number) => ['| Item | Value |', '| --- | --- |', ...Array.from({ length: count }, (_, index) => `| cell ${index} | value ${index} |`)].join('\n')
    const timed = lintFile('table.md', `${rows(120_000)}\n`, 30)
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: table.md: the table at line 1 has more than 5000 rows, over the limit: split it, or give it as CSV\n')
    expectLinted(lintFile('small-table.md', `## Responsibilities\n\n${rows(500)}\n`, 60))
  })
})

describe('Word and PDF files that unpack to far more than their size', { timeout: 120_000 }, () => {
  it('a .docx zip bomb: --max-file-size bounds what it unpacks to', () => {
    const bomb = docx({ repeat: 'x', times: 2_000_000 })
    expect(bomb.length).toBeLessThan(300_000)
    const timed = lintFile('bomb.docx', bomb, 30, ['--max-file-size', '5'])
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: bomb.docx: unpacks to more than 5.0 MB of text, over the --max-file-size limit of 5.0 MB: it looks like a zip bomb, or save the document in parts\n')
  })

  it('a .docx of 60,000 short paragraphs: over the paragraph limit; a normal one is read', () => {
    const timed = lintFile('many.docx', docx({ repeat: 'x', times: 60_000 }), 30)
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: many.docx: has 60000 paragraphs, over the limit of 50000: save the document in parts\n')
    const normal = lintFile('normal.docx', docx(['Position Title: Driver', 'Responsibilities', 'Drive safely.']), 60)
    expectLinted(normal)
    expect(JSON.parse(normal.stdout)[0].filePath).toBe('normal.docx')
  })

  it('a PDF whose page tree reuses one node: a million declared pages, or one page given a thousand times', () => {
    const million = lintFile('million.pdf', pdfReusedPage(6, 10), 30)
    expect(million.code).toBe(2)
    expect(million.stderr).toBe('torlint: million.pdf: has 1000000 pages, over the limit of 2000: split it\n')
    const repeated = lintFile('repeated.pdf', pdfReusedPage(1, 1000), 30)
    expect(repeated.code).toBe(2)
    expect(repeated.stderr).toBe('torlint: repeated.pdf: its page tree gives the same page object again as page 2: the file is damaged or built to repeat one page\n')
    expectLinted(lintFile('one.pdf', pdfReusedPage(1, 1), 60))
  })

  it('a PDF stream that inflates to 200 MB: --max-file-size bounds the decompressed size', () => {
    const timed = lintFile('stream.pdf', pdfBigStream(200 * 1048576), 30, ['--max-file-size', '5'])
    expect(timed.code).toBe(2)
    expect(timed.stderr).toBe('torlint: stream.pdf: has streams that decompress to more than 5.0 MB, over the --max-file-size limit of 5.0 MB: it looks like a decompression bomb\n')
  })
})

describe('configuration data of hostile size', { timeout: 120_000 }, () => {
  const good = 'Position Title : Driver\n\n## Requirements\n\n- Master\'s degree in economics.\n'
  const config = (phrases: string[]) => JSON.stringify({ data: { degreeWords: { extend: [{ level: 'master', lang: 'en', phrases }] } } })

  it('a 10,000-character phrase: one line naming the key and the limit, exit 2', () => {
    const timed = lintFile('a.md', good, 30, [], { 'torlint.config.json': config(['a b '.repeat(2500)]) })
    expect(timed.code).toBe(2)
    expect(timed.stderr).toMatch(/^torlint: \S*torlint\.config\.json: invalid configuration: data\.degreeWords\.extend\.0\.phrases\.0: a string of 10000 characters, over the limit of 200/)
  })

  it('a 4.5 MB list of phrases: refused by its size before it is read', () => {
    const phrases = Array.from({ length: 150_000 }, (_, index) => `degree number ${index} in a field`)
    const timed = lintFile('a.md', good, 30, [], { 'torlint.config.json': config(phrases) })
    expect(timed.code).toBe(2)
    expect(timed.stderr).toMatch(/^torlint: \S*torlint\.config\.json: invalid configuration: data\.degreeWords\.extend\.0\.phrases: 150000 entries, over the limit of 2000 in one list or table\n$/)
    // Many lists each within the limit are bounded by the total.
    const lists = Array.from({ length: 200 }, (_, list) => ({ level: 'master', lang: 'en', phrases: Array.from({ length: 200 }, (_, index) => `degree ${list} number ${index}`) }))
    const total = lintFile('a.md', good, 30, [], { 'torlint.config.json': JSON.stringify({ data: { degreeWords: { extend: lists } } }) })
    expect(total.code).toBe(2)
    expect(total.stderr).toMatch(/^torlint: \S*torlint\.config\.json: invalid configuration: data: is \d+ KB written as JSON, over the limit of 512 KB for configuration data\n$/)
  })

  it('a configuration within the limits is used', () => {
    const timed = lintFile('a.md', good, 60, [], { 'torlint.config.json': config(['magister degree']) })
    expectLinted(timed)
  })
})
