// The `jobposting` preset turns on `jobposting-required`, which says what each seed lacks to be
// published as a schema.org JobPosting, at the line to change.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint, resolveConfig, rules, type LintMessage } from '../../src/index.js'

function findings(name: string, presets: ('recommended' | 'jobposting')[]): LintMessage[] {
  const path = `fixtures/seeds/${name}`
  const config = resolveConfig({ config: { extends: presets }, source: 'test', rules })
  return lint(readFileSync(new URL(`../../${path}`, import.meta.url)), { path, config }).messages.filter((message) => message.ruleId === 'jobposting-required')
}
const said = (messages: LintMessage[]) => messages.map((message) => `${message.line}:${message.column} ${message.message}`)

describe('jobposting-required on the seeds', () => {
  it('is off unless the jobposting preset is used', () => {
    expect(findings('002_fe13132658dc064e.txt', ['recommended'])).toEqual([])
    expect(findings('002_fe13132658dc064e.txt', ['jobposting']).length).toBeGreaterThan(0)
  })

  it('000: a JPO ToR without a posting period (reported at the first header field)', () => {
    // 000's position table starts with "Position Title<TAB>..." on line 14.
    const messages = findings('000_b57d233953506967.txt', ['recommended', 'jobposting'])
    expect(said(messages)).toEqual(['14:1 no posting start date: add a "Posting period" line so datePosted can be set'])
    expect(messages[0]!.severity).toBe('error')
  })

  it('001: the same', () => {
    expect(said(findings('001_58b32094f285b7d1.txt', ['jobposting']))).toEqual([expect.stringContaining('no posting start date')])
  })

  it('002: no title, posting date or duty station (the prose names IOM, the organization)', () => {
    const messages = said(findings('002_fe13132658dc064e.txt', ['jobposting']))
    expect(messages).toHaveLength(3)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no position title: add a "Position Title:" line so title can be set'),
        expect.stringContaining('no posting start date'),
        expect.stringContaining('no duty station: add a "Duty Station:" line with the city and country so jobLocation can be set'),
      ]),
    )
  })

  it('003: no posting date; "IOM is a Related Organization ..." names the organization; its duty station "Cameroon" is a country, which is enough', () => {
    const messages = said(findings('003_2ab568e8ad747d79.txt', ['jobposting']))
    expect(messages).toEqual([expect.stringContaining('no posting start date')])
  })

  it('004: everything a posting needs is there', () => {
    expect(findings('004_85fb80d637fbf5cc.txt', ['recommended', 'jobposting'])).toEqual([])
  })
})

it('points at the value to correct when there is one', () => {
  const config = resolveConfig({ config: { extends: 'jobposting' }, source: 'test', rules })
  const text = 'Position Title: Clerk\nOrganization: UNDP\nDuty Station: Bangkok, Atlantis\nPosting period: From 30.02.2022 to 09.03.2022\n\n## Context\n\nThe office.\n'
  const messages = lint(text, { path: 'x.md', config }).messages.filter((message) => message.ruleId === 'jobposting-required')
  // "Bangkok" is known without its country, so "Bangkok, Atlantis" still has one: only the date is wrong.
  expect(said(messages)).toEqual(['4:22 the posting start "30.02.2022" is not a real date: correct it so datePosted can be set'])
})
