// applyFixes and fixUntilStable: the contract the CLI's --fix and the web page build on.
import { describe, expect, it } from 'vitest'
import { applyFixes, fixUntilStable, lint, type LintMessage } from '../../src/index.js'

function finding(range: [number, number], text: string, ruleId = 'r'): LintMessage {
  return { ruleId, severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range, text } }
}

describe('applyFixes', () => {
  it('applies fixes in the order of their ranges, whatever the order of the messages', () => {
    const second = finding([6, 11], 'there')
    const first = finding([0, 5], 'Howdy')
    const result = applyFixes('hello world', [second, first])
    expect(result.output).toBe('Howdy there')
    expect(result.applied).toEqual([first, second])
  })

  it('skips a fix that overlaps or touches one already taken, and messages without a fix', () => {
    const kept = finding([0, 5], 'HELLO')
    const overlapping = finding([3, 8], 'x')
    const touching = finding([5, 6], '_')
    const plain: LintMessage = { ruleId: 'r', severity: 'info', message: 'no fix', line: 1, column: 1, endLine: 1, endColumn: 1 }
    const result = applyFixes('hello world', [overlapping, plain, touching, kept])
    expect(result.output).toBe('HELLO world')
    expect(result.applied).toEqual([kept])
  })

  it('ignores a range outside the text and leaves the text as it was when nothing applies', () => {
    const text = 'short'
    expect(applyFixes(text, [finding([2, 99], 'x'), finding([4, 2], 'y')])).toEqual({ output: text, applied: [] })
  })

  it('takes a fix that changes no text without blocking the fix at the same place', () => {
    const noop = finding([0, 0], '', 'encoding')
    const tag = finding([0, 3], '')
    const result = applyFixes('<p>text', [noop, tag])
    expect(result.output).toBe('text')
    expect(result.applied).toEqual([noop, tag])
  })

  it('inserts at an empty range and deletes with an empty text', () => {
    expect(applyFixes('ac', [finding([1, 1], 'b')]).output).toBe('abc')
    expect(applyFixes('abc', [finding([1, 2], '')]).output).toBe('ac')
  })
})

describe('fixUntilStable', () => {
  it('lints again after each pass until no fix applies, and returns what remains', () => {
    // Each pass removes one "x"; the overlapping fixes of a pass wait for the next.
    const lintText = (text: string) => ({
      messages: [...text.matchAll(/x/g)].map((match) => finding([Math.max(0, match.index - 1), match.index + 1], text.charAt(match.index - 1))),
    })
    const fixed = fixUntilStable('axxxb', lintText)
    expect(fixed.output).toBe('ab')
    expect(fixed.passes).toBeGreaterThan(1)
    expect(fixed.applied).toHaveLength(3)
    expect(fixed.last.messages).toEqual([])
  })

  it('stops after maxPasses even when fixes keep coming', () => {
    const fixed = fixUntilStable('', (text) => ({ messages: [finding([text.length, text.length], 'a')] }), { maxPasses: 3 })
    expect(fixed.output).toBe('aaa')
    expect(fixed.passes).toBe(3)
  })

  it('fixes a real document through lint', () => {
    const text = 'The consultant reports on his/her work.\n'
    const fixed = fixUntilStable(text, (current) => lint(current, { path: 'a.md' }))
    expect(fixed.output).toBe('The consultant reports on their work.\n')
    expect(fixed.last.messages.filter((message) => message.ruleId === 'inclusive-language')).toEqual([])
  })
})

describe('fix offsets', () => {
  it('count in the text as given, CRLF line breaks included', () => {
    const text = '# Post\r\n\r\nThe consultant reports on his/her work.\r\n'
    const result = lint(text, { path: 'a.md' })
    const fix = result.messages.find((message) => message.ruleId === 'inclusive-language')!.fix!
    expect(text.slice(fix.range[0], fix.range[1])).toBe('his/her')
    expect(applyFixes(text, result.messages).output).toBe('# Post\r\n\r\nThe consultant reports on their work.\r\n')
  })
})
