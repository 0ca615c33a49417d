// Every rule's documented examples are its test cases: the bad ones must produce exactly the listed
// messages, the good ones none, and a fixable rule's bad example its `output` once its fixes are applied
// (as ESLint's RuleTester checks `output`). Each example runs with only its own rule enabled.
import { describe, expect, it } from 'vitest'
import { fixUntilStable, lint, rules, type LintResult } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'
import type { AnyRule, RuleExample } from '../../src/rules/define.js'

function lintExample(rule: AnyRule, text: string, example: RuleExample): LintResult {
  const config = resolveConfig({
    config: { rules: { [rule.id]: example.options === undefined ? rule.severity : [rule.severity, example.options] } },
    source: 'example',
    rules: [rule],
  })
  return lint(text, { path: example.format === 'text' ? 'example.txt' : 'example.md', config, rules: [rule] })
}

function run(rule: AnyRule, example: RuleExample): string[] {
  return lintExample(rule, example.text, example).messages.map((message) => `${message.line}:${message.column} ${message.message}`)
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('documents at least one bad and one good example', () => {
    expect(rule.examples.bad.length).toBeGreaterThan(0)
    expect(rule.examples.good.length).toBeGreaterThan(0)
    for (const bad of rule.examples.bad) expect(bad.messages?.length ?? 0).toBeGreaterThan(0)
  })
  it('shows a fix in an example exactly when it is fixable', () => {
    expect(rule.examples.bad.some((example) => example.output !== undefined)).toBe(rule.fixable === true)
  })
  it.each(rule.examples.bad.map((example, index) => [index, example] as const))('bad example %i reports exactly its messages', (_index, example) => {
    expect(run(rule, example)).toEqual(example.messages)
  })
  it.each(rule.examples.bad.map((example, index) => [index, example] as const))('bad example %i fixes to its output', (_index, example) => {
    const fixed = fixUntilStable(example.text, (text) => lintExample(rule, text, example))
    // Without an `output`, none of the example's findings has a fix.
    expect(fixed.output).toBe(example.output ?? example.text)
    if (example.output === undefined) expect(fixed.applied).toEqual([])
    else expect(fixed.applied.length).toBeGreaterThan(0)
  })
  it.each(rule.examples.good.map((example, index) => [index, example] as const))('good example %i reports nothing', (_index, example) => {
    expect(run(rule, example)).toEqual([])
  })
})
