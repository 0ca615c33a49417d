// Every extracted value is traceable: its line and column point at where its text starts in the source.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, type Item, type ToR } from '../../src/index.js'

const folders = ['seeds', 'layouts', 'i18n', 'phenomena']
const files = folders.flatMap((folder) =>
  readdirSync(new URL(`../../fixtures/${folder}/`, import.meta.url))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => `fixtures/${folder}/${name}`),
)

/** The source from a position on, without the markup the extracted text no longer has. */
function sourceAt(lines: string[], line: number, column: number): string {
  return (lines[line - 1] ?? '')
    .slice(column - 1)
    .replace(/<[^>]+>|\*\*|__|\\/g, '')
    .replace(/\s+/g, ' ')
    .trimStart()
}

function located(tor: ToR): { what: string; text: string; line: number; column: number }[] {
  const out: { what: string; text: string; line: number; column: number }[] = []
  const walk = (what: string, items: Item[]) =>
    items.forEach((item) => {
      out.push({ what, text: item.text, line: item.line, column: item.column })
      walk(what, item.children)
    })
  walk('responsibility', tor.responsibilities)
  walk('learning element', tor.learningElements)
  walk('indicator', tor.performanceIndicators)
  walk('education', tor.qualifications.education)
  walk('experience', tor.qualifications.experience)
  walk('skill', tor.qualifications.skills)
  for (const group of ['values', 'core', 'managerial'] as const) for (const c of tor.competencies[group]) out.push({ what: group, text: c.name, line: c.line, column: c.column })
  // Normalised values (dates, grades, codes) are not written as they are stored; the rest are.
  for (const [field, at] of Object.entries(tor.positionLocations)) {
    if (['grade', 'closingDate', 'startDate', 'postingFrom', 'postingTo', 'vacancyNumber'].includes(field)) continue
    out.push({ what: field, text: tor.position[field as keyof ToR['position']]!, line: at.line, column: at.column })
  }
  return out
}

describe.each(files)('%s', (path) => {
  it('points every item, competency and position value at its own text', () => {
    const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    const { tor, lines } = parse(text, { path })
    const misplaced = located(tor)
      .filter(({ text: value, line, column }) => !sourceAt(lines, line, column).startsWith(value.slice(0, 12).replace(/\s+/g, ' ')))
      .map(({ what, text: value, line, column }) => `${what} "${value.slice(0, 20)}" at ${line}:${column}`)
    expect(misplaced).toEqual([])
  })
})
