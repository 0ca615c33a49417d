// What a careful reviewer must hear about each real seed (the lint acceptance points), in one place.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, type LintMessage } from '../../src/index.js'

function findings(name: string): LintMessage[] {
  const path = `fixtures/seeds/${name}`
  return lint(readFileSync(new URL(`../../${path}`, import.meta.url)), { path }).messages
}
const ids = (messages: LintMessage[]) => new Set(messages.map((message) => message.ruleId))

describe('lint on the seeds', () => {
  it('000: gendered wording, the German closing lines, HTML residue', () => {
    const messages = findings('000_b57d233953506967.txt')
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'inclusive-language', line: 43, message: expect.stringContaining('his/her') }))
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'foreign-language', line: 123, message: expect.stringContaining('German') }))
    expect(ids(messages)).toContain('markup-residue')
  })
  it('001: the repeated "Computer/software literate" item and the German closing lines', () => {
    const messages = findings('001_58b32094f285b7d1.txt')
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'duplicate-item', line: 53, message: expect.stringContaining('Computer/software literate') }))
    expect(ids(messages)).toContain('foreign-language')
  })
  it('002: no title or duty station, a link that is not there, three values announced and five given', () => {
    const messages = findings('002_fe13132658dc064e.txt')
    const fields = messages.filter((message) => message.ruleId === 'required-field' && message.severity === 'error').map((message) => message.message)
    expect(fields).toEqual(expect.arrayContaining([expect.stringContaining('no position title'), expect.stringContaining('no duty station')]))
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'placeholder', line: 49, severity: 'error' }))
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'count-mismatch', line: 49, message: expect.stringContaining('but 5 follow') }))
  })
  it('003: no competencies section and no closing date', () => {
    const messages = findings('003_2ab568e8ad747d79.txt')
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'required-section', severity: 'error', message: expect.stringContaining('no competencies section') }))
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'required-field', severity: 'error', message: expect.stringContaining('no closing date') }))
  })
  it('004: a complete, consistent vacancy notice draws no error', () => {
    expect(findings('004_85fb80d637fbf5cc.txt').filter((message) => message.severity === 'error')).toEqual([])
  })
  it('recommended fields are warnings, not errors (002 has no supervisor or duration)', () => {
    const advisory = findings('002_fe13132658dc064e.txt').filter((message) => message.message.includes('recommended'))
    expect(advisory.length).toBeGreaterThan(0)
    for (const message of advisory) expect(message.severity).toBe('warning')
  })
})
