// The CLI on Word, web-page and PDF files: folders are walked for them, findings say where they are in the
// original (page and line, paragraph), and a damaged file is that file's error only.
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, runBin, runCli } from './helpers.js'

describe('torlint on .docx, .html and .pdf', () => {
  it('lints a folder of converted notices: every format is walked, findings by page or paragraph', () => {
    const run = runBin(['lint', 'fixtures/formats/', '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1) // the seeds have real problems
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; page?: number; pageLine?: number; paragraph?: number }[] }[]
    const names = results.map((result) => result.filePath.replace(/^.*\//, ''))
    for (const ext of ['docx', 'html', 'pdf']) expect(names).toContain(`004_85fb80d637fbf5cc.${ext}`)
    expect(names).toContain('split-item.pdf')
    for (const result of results) {
      for (const message of result.messages) {
        if (result.filePath.endsWith('.pdf')) expect(message).toMatchObject({ page: expect.any(Number), pageLine: expect.any(Number) })
        else if (result.filePath.endsWith('.docx')) expect(message.paragraph).toEqual(expect.any(Number))
        else expect(message).not.toHaveProperty('page')
      }
    }
  })

  it('prints page and line in the stylish report of a PDF', () => {
    const run = runBin(['lint', 'fixtures/formats/split-item.pdf'])
    expect(run.stdout).toMatch(/^ {2}page 1, line 39 +info +item continues on page 2, line 2 after the footnote on page 1, line 43: join the two parts in the source and move the footnote after them +split-item$/m)
  })

  it('parse x.pdf prints positions with their page and line', async () => {
    const run = await runCli(['parse', 'fixtures/formats/split-item.pdf'])
    expect(run.code).toBe(0)
    const tor = JSON.parse(run.stdout) as { source: { format: string }; responsibilities: { text: string; line: number; page: number; pageLine: number }[] }
    expect(tor.source.format).toBe('pdf')
    // The first duty is on line 3 of page 1, under the running header and the heading.
    expect(tor.responsibilities[0]).toMatchObject({ text: 'Coordinate the delivery of activity 1 with the partners, and report on its progress.', page: 1, pageLine: 3 })
  })

  it('parse x.docx prints paragraph numbers', async () => {
    const run = await runCli(['parse', 'fixtures/formats/position-table.docx'])
    expect(run.code).toBe(0)
    const tor = JSON.parse(run.stdout) as { source: { format: string }; positionLocations: Record<string, { paragraph: number }> }
    expect(tor.source.format).toBe('docx')
    expect(tor.positionLocations.dutyStation!.paragraph).toBe(5)
  })

  it('a damaged .docx or .pdf is one line naming the file, exit 2, and the other files are still linted', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-formats-'))
    writeFileSync(join(cwd, 'broken.docx'), 'not a Word document')
    writeFileSync(join(cwd, 'broken.pdf'), '%PDF-1.7\nnot really')
    copyFileSync(join(root, 'fixtures/formats/003_2ab568e8ad747d79.html'), join(cwd, 'notice.html'))
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: broken.docx: is not a readable .docx file (it is not a Word document or it is damaged)\n')
    expect(run.stderr).toMatch(/^torlint: broken\.pdf: is not a readable PDF file \(.+\)$/m)
    expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
    // Each damaged file is in the report too, as an entry with one fatal message.
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { fatal?: boolean }[] }[]
    const linted = results.filter((result) => !result.messages.some((message) => message.fatal))
    expect(linted.map((result) => result.filePath.replace(/^.*\//, ''))).toEqual(['notice.html'])
    expect(results.length - linted.length).toBe(2)
  })

  it('format --write refuses to write Markdown over a Word file', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-formats-'))
    copyFileSync(join(root, 'fixtures/formats/position-table.docx'), join(cwd, 'draft.docx'))
    const run = await runCli(['format', '--write', 'draft.docx'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('draft.docx: --write only rewrites .txt and .md files')
  })
})
