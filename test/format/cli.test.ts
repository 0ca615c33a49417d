// `torlint format FILE` prints the canonical Markdown; `--write` replaces files, only with text that reads
// back the same.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { format, parse } from '../../src/index.js'
import { lostWords } from '../../src/format/index.js'
import { root, runCli } from '../cli/helpers.js'

const seed = join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt')

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-format-'))
  cpSync(seed, join(dir, 'vacancy.txt'))
  cpSync(join(root, 'fixtures/phenomena/lettered-groups.md'), join(dir, 'groups.md'))
  return dir
}

describe('torlint format', () => {
  it('prints the formatted document and leaves the file alone', async () => {
    const cwd = workspace()
    const run = await runCli(['format', 'vacancy.txt'], { cwd })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(format(readFileSync(seed), { path: 'vacancy.txt' }))
    expect(readFileSync(join(cwd, 'vacancy.txt'))).toEqual(readFileSync(seed))
  })

  it('reads standard input', async () => {
    const run = await runCli(['format', '-'], { stdin: readFileSync(seed, 'utf8') })
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('# Reintegration Officer')
  })

  it('--write replaces each file with its formatted text, and a second run keeps the same document', async () => {
    const cwd = workspace()
    const run = await runCli(['format', '--write', 'vacancy.txt', 'groups.md'], { cwd })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('torlint: 2 files, 2 formatted, 0 unchanged\n')
    const written = readFileSync(join(cwd, 'vacancy.txt'), 'utf8')
    expect(written).toBe(format(readFileSync(seed), { path: 'vacancy.txt' }))
    expect(parse(written, { path: 'vacancy.txt' }).tor.position.vacancyNumber).toBe('SVN 2022 26')
    // The layout is stable; the kept boilerplate of the seed may be re-joined where a paragraph stops without
    // punctuation (read as a page-break cut), so the second run is held to the same ToR and no lost word.
    const before = Object.fromEntries(['vacancy.txt', 'groups.md'].map((name) => [name, readFileSync(join(cwd, name), 'utf8')]))
    const again = await runCli(['format', '--write', 'vacancy.txt', 'groups.md'], { cwd })
    expect(again.code).toBe(0)
    for (const [name, text] of Object.entries(before)) {
      const rewritten = readFileSync(join(cwd, name), 'utf8')
      const [first, second] = [parse(text, { path: name }), parse(rewritten, { path: name })]
      expect(second.tor.position).toEqual(first.tor.position)
      expect(second.tor.responsibilities.map((item) => item.text)).toEqual(first.tor.responsibilities.map((item) => item.text))
      expect(lostWords(first.segmented, rewritten)).toEqual([])
    }
  })

  it('--keep-labels keeps the numbers the source gave', async () => {
    const cwd = workspace()
    writeFileSync(join(cwd, 'bullets.md'), '## Responsibilities\n\n- First duty.\n- Second duty.\n')
    expect((await runCli(['format', 'bullets.md'], { cwd })).stdout).toContain('1. First duty.\n2. Second duty.')
    expect((await runCli(['format', '--keep-labels', 'bullets.md'], { cwd })).stdout).toContain('- First duty.\n- Second duty.')
  })

  it('--write keeps the text the layout does not place under "Other sections", so a notice still reads as itself', async () => {
    const cwd = workspace()
    // A vacancy notice (its boilerplate is full of vacancy words) whose context talks of nothing but
    // consultancies: once the boilerplate is gone, the context outweighs what the layout can restate.
    const text = [
      'Vacancy notice. Position Title: Programme Officer',
      'Closing Date: 1 May 2025',
      '',
      '## Context',
      '',
      'The consultant and the consultancy team deliver the deliverables; the tasks to be performed are set by the ministry.',
      '',
      '## How to apply',
      '',
      'See the job description and the job opening; classification, deadline and posting period as in the vacancy announcement for first-tier candidates.',
      '',
    ].join('\n')
    writeFileSync(join(cwd, 'odd.md'), text)
    expect(parse(text, { path: 'odd.md' }).tor.documentType).toBe('vacancy-notice')
    // The boilerplate is kept under "Other sections", so the formatted notice still reads as a vacancy
    // notice and is written; nothing of the application text is lost.
    const run = await runCli(['format', '--write', 'odd.md'], { cwd })
    expect(run.code).toBe(0)
    const written = readFileSync(join(cwd, 'odd.md'), 'utf8')
    expect(written).toContain('## Other sections')
    expect(written).toContain('### How to apply')
    expect(parse(written, { path: 'odd.md' }).tor.documentType).toBe('vacancy-notice')
    expect(lostWords(parse(text, { path: 'odd.md' }).segmented, written)).toEqual([])
  })

  it('refuses --write on standard input, and several files without --write', async () => {
    expect((await runCli(['format', '--write', '-'], { stdin: 'x' })).code).toBe(2)
    const cwd = workspace()
    const several = await runCli(['format', 'vacancy.txt', 'groups.md'], { cwd })
    expect(several.code).toBe(2)
    expect(several.stderr).toMatch(/give one file to print, or --write/)
  })

  it('reports a missing file and formats the others', async () => {
    const cwd = workspace()
    const run = await runCli(['format', '--write', 'missing.md', 'groups.md'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: missing.md: no such file or directory')
    expect(run.stderr).toContain('1 formatted')
  })
})

it('never empties a file in which it finds nothing of a ToR', async () => {
  const cwd = workspace()
  writeFileSync(join(cwd, 'notes.md'), 'Shopping list: milk, eggs.\n')
  const run = await runCli(['format', '--write', 'notes.md'], { cwd })
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('torlint: notes.md: nothing to format')
  expect(readFileSync(join(cwd, 'notes.md'), 'utf8')).toBe('Shopping list: milk, eggs.\n')
})
