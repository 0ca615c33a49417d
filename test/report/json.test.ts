import { describe, expect, it } from 'vitest'
import { json } from '../../src/report/json.js'
import { lint } from '../../src/index.js'
import type { LintResult } from '../../src/rules/types.js'
import { context, nastyMessage, results } from './fixtures.js'

describe('json', () => {
  it('is JSON.stringify of the results', () => {
    expect(json(results, context())).toBe(JSON.stringify(results))
  })

  it('round-trips to the contract shape with exactly the contract keys', () => {
    const parsed = JSON.parse(json(results, context())) as LintResult[]
    expect(parsed).toEqual(results)
    for (const file of parsed) {
      expect(Object.keys(file)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount'])
      for (const m of file.messages) {
        expect(Object.keys(m)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'])
        expect(['error', 'warning', 'info']).toContain(m.severity)
      }
    }
    expect(parsed[0]!.messages[1]!.message).toBe(nastyMessage)
  })

  it('drops properties outside the contract', () => {
    const extra = [
      { ...results[2]!, source: 'secret', messages: [{ ...results[2]!.messages[0]!, suggestions: [{ text: 'x' }], fix: { range: [0, 3], text: 'x', note: 'internal' } }] },
    ] as unknown as LintResult[]
    const parsed = JSON.parse(json(extra, context())) as Record<string, unknown>[]
    expect(parsed[0]).not.toHaveProperty('source')
    expect((parsed[0]!.messages as Record<string, unknown>[])[0]).not.toHaveProperty('suggestions')
    expect((parsed[0]!.messages as Record<string, unknown>[])[0]!.fix).toEqual({ range: [0, 3], text: 'x' })
  })

  it('carries a fix as ESLint does: range into the linted text, replacement text', () => {
    const result = lint('Staff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n', { path: 'a.md' })
    const parsed = JSON.parse(json([result], context())) as { messages: { ruleId: string; fix?: unknown }[] }[]
    expect(parsed[0]!.messages.find((message) => message.ruleId === 'count-mismatch')?.fix).toEqual({ range: [29, 34], text: 'two' })
    expect(parsed[0]!.messages.filter((message) => message.ruleId !== 'count-mismatch' && message.fix !== undefined)).toEqual([])
  })

  it('is an empty array for no files', () => {
    expect(json([], context())).toBe('[]')
  })
})
