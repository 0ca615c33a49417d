// Every rule's documented examples are its test cases: the bad ones must produce exactly the listed
// messages, the good ones none. Each example runs with only its own rule enabled.
import { describe, expect, it } from 'vitest'
import { lint, rules } from '../../src/index.js'
import { resolveConfig } from '../../src/config/resolve.js'

function run(ruleId: string, text: string, format: 'text' | 'markdown' | undefined, options: unknown): string[] {
  const rule = rules.find((candidate) => candidate.id === ruleId)!
  const config = resolveConfig({
    config: { rules: { [ruleId]: options === undefined ? rule.severity : [rule.severity, options] } },
    source: 'example',
    rules: [rule],
  })
  const result = lint(text, { path: format === 'text' ? 'example.txt' : 'example.md', config, rules: [rule] })
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`)
}

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  it('documents at least one bad and one good example', () => {
    expect(rule.examples.bad.length).toBeGreaterThan(0)
    expect(rule.examples.good.length).toBeGreaterThan(0)
    for (const bad of rule.examples.bad) expect(bad.messages?.length ?? 0).toBeGreaterThan(0)
  })
  it.each(rule.examples.bad.map((example, index) => [index, example] as const))('bad example %i reports exactly its messages', (_index, example) => {
    expect(run(rule.id, example.text, example.format, example.options)).toEqual(example.messages)
  })
  it.each(rule.examples.good.map((example, index) => [index, example] as const))('good example %i reports nothing', (_index, example) => {
    expect(run(rule.id, example.text, example.format, example.options)).toEqual([])
  })
})
