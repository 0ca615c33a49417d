// `format` never loses text: what its layout does not place is kept, as written, under "Other sections",
// and that part is never read back into fields.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { format, parse } from '../../src/index.js'
import { lostWords } from '../../src/format/index.js'
import { root } from '../cli/helpers.js'

function documents(): string[] {
  return readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|md)$/.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort()
}

describe('format loses no word', () => {
  const paths = documents()

  it('covers the fixtures and the corpus', () => {
    expect(paths.filter((path) => path.includes('corpus')).length).toBeGreaterThanOrEqual(40)
    expect(paths.filter((path) => path.includes('seeds')).length).toBeGreaterThanOrEqual(5)
  })

  it('keeps every word of every fixture and corpus notice (markup, numbering and whitespace aside)', { timeout: 120_000 }, () => {
    const losing: string[] = []
    for (const path of paths) {
      let doc
      try {
        doc = parse(readFileSync(join(root, path)), { path })
      } catch {
        continue // deliberately unreadable inputs
      }
      const markdown = format(doc)
      if (markdown === '') continue // nothing of a ToR: format writes nothing and says so
      const lost = lostWords(doc.segmented, markdown)
      if (lost.length > 0) losing.push(`${path}: ${lost.slice(0, 5).map(({ line, word }) => `${line}:${word}`).join(' ')}`)
    }
    expect(losing).toEqual([])
  })
})

describe('the "Other sections" part', () => {
  it('keeps a reworded sentence as written, under its heading', () => {
    const source = '## Responsibilities\n\n- Coordinate the programme.\n\n## Languages\n\nKnowledge of Swahili is an asset.\n\n## How to apply\n\nSend a CV to jobs@example.org.\n'
    const markdown = format(source, { path: 'draft.md' })
    const kept = markdown.slice(markdown.indexOf('## Other sections'))
    expect(kept).toContain('### Languages\n\nKnowledge of Swahili is an asset.')
    expect(kept).toContain('### How to apply\n\nSend a CV to jobs@example.org.')
  })

  it('is never read back into fields', () => {
    const tor = parse('## Responsibilities\n\n- Coordinate the programme.\n\n## Other sections\n\n### Duties\n\n- An extra duty kept as written.\n\nDuty Station: Nairobi\n', { path: 'formatted.md' }).tor
    expect(tor.responsibilities.map((item) => item.text)).toEqual(['Coordinate the programme.'])
    expect(tor.position.dutyStation).toBeNull()
  })

  it('ends at the next heading of its level', () => {
    const tor = parse('## Other sections\n\n### Notes\n\nKept.\n\n## Responsibilities\n\n- Read again.\n', { path: 'formatted.md' }).tor
    expect(tor.responsibilities.map((item) => item.text)).toEqual(['Read again.'])
  })

  it('is not added for a bare ToR, which has no source text', () => {
    const tor = parse('## Responsibilities\n\n- Coordinate.\n\n## Notes\n\nApply online.\n', { path: 'x.md' }).tor
    expect(format(tor)).not.toContain('Other sections')
    expect(format('## Responsibilities\n\n- Coordinate.\n\n## Notes\n\nApply online.\n', { path: 'x.md' })).toContain('## Other sections\n\n### Notes\n\nApply online.')
  })
})
