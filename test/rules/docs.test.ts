import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { rules } from '../../src/index.js'
import { renderRulesMarkdown } from '../../src/rules/docs.js'
import { formatRuleList } from '../../src/cli/rules-command.js'

it('docs/rules.md is generated from the rule objects (run `npm run docs` after changing a rule)', () => {
  expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesMarkdown(rules))
})

it('`torlint rules` lists every rule with its severity, whether --fix corrects it, and its description', () => {
  const listing = formatRuleList(false)
  for (const rule of rules) {
    expect(listing).toMatch(new RegExp(`^${rule.id} +${rule.severity} +${rule.fixable ? 'fix +' : ''}${rule.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'))
  }
  expect(listing).toMatch(/^count-mismatch +error +fix +A sentence/m)
  expect(listing).toMatch(/^placeholder +error +A placeholder/m)
  expect(listing.trimEnd().split('\n')).toHaveLength(rules.length)
})

it('`torlint rules --json` says which rules are fixable', () => {
  const listed = JSON.parse(formatRuleList(true)) as { id: string; fixable: boolean }[]
  expect(listed.filter((rule) => rule.fixable).map((rule) => rule.id)).toEqual(rules.filter((rule) => rule.fixable).map((rule) => rule.id))
  expect(listed.find((rule) => rule.id === 'count-mismatch')?.fixable).toBe(true)
  expect(listed.find((rule) => rule.id === 'placeholder')?.fixable).toBe(false)
})

it('rule ids are unique and kebab-case', () => {
  const ids = rules.map((rule) => rule.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
})
