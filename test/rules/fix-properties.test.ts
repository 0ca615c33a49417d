// Applying every fix and linting again: none of the fixed findings comes back, and no word is lost but
// those the fixes replace. Over the fixtures (every .md and .txt, and the corpus's raw notices) and over
// documents fast-check assembles from the rules' own bad examples.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { globSync } from 'tinyglobby'
import { describe, expect, it } from 'vitest'
import { applyFixes, lint, rules, type LintMessage, type LintResult } from '../../src/index.js'
import { MAX_FIX_PASSES } from '../../src/rules/fixes.js'

const root = new URL('../../', import.meta.url)
const WORD = /[\p{L}\p{N}]+/gu

function tally(text: string, into = new Map<string, number>(), sign = 1): Map<string, number> {
  for (const [word] of text.matchAll(WORD)) into.set(word, (into.get(word) ?? 0) + sign)
  return into
}

const isWordChar = (text: string, index: number) => /[\p{L}\p{N}]/u.test(text.charAt(index))

/**
 * The range widened to whole words where the fix joins one: a fix that rewrites part of a word, or
 * writes letters against it, replaces that word. Removing the space between two words replaces neither.
 */
function wordRange(text: string, [start, end]: [number, number], replacement: string): [number, number] {
  let from = start
  let to = end
  const joinsBefore = isWordChar(text, start) || isWordChar(replacement, 0)
  const joinsAfter = (end > start && isWordChar(text, end - 1)) || isWordChar(replacement, replacement.length - 1)
  if (joinsBefore) while (from > 0 && isWordChar(text, from - 1)) from--
  if (joinsAfter) while (to < text.length && isWordChar(text, to)) to++
  return [from, to]
}

/** Words of `before` that are neither in `after` nor inside a fix that was applied. */
function lostWords(before: string, after: string, applied: readonly LintMessage[]): string[] {
  const kept = tally(before)
  for (const message of applied) {
    const [from, to] = wordRange(before, message.fix!.range, message.fix!.text)
    tally(before.slice(from, to), kept, -1)
  }
  tally(after, kept, -1)
  return [...kept].filter(([, count]) => count > 0).map(([word]) => word)
}

const key = (message: LintMessage) => `${message.ruleId}: ${message.message}`

interface Checked {
  output: string
  /** Fixed findings that are reported again after the last pass, or fixed more than once. */
  back: string[]
  /** Words lost in a pass, with the pass. */
  lost: string[]
  passes: number
}

const count = (messages: readonly LintMessage[]) => messages.reduce((counts, message) => counts.set(key(message), (counts.get(key(message)) ?? 0) + 1), new Map<string, number>())

/**
 * Apply the fixes pass by pass as `fixUntilStable` does, checking each pass. A finding is told by its rule
 * and message (its place moves as the text before it changes); the same message may stand at several
 * places, some without a fix, so a pass that fixes k of them must leave at least k fewer.
 */
function fixAndCheck(text: string, lintText: (text: string) => LintResult): Checked {
  let current = text
  let result = lintText(current)
  const back: string[] = []
  const lost: string[] = []
  let passes = 0
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(current, result.messages)
    if (pass.applied.length === 0) break
    passes++
    lost.push(...lostWords(current, pass.output, pass.applied).map((word) => `pass ${passes}: ${word}`))
    const changed = pass.output !== current
    const before = count(result.messages)
    current = pass.output
    result = lintText(current)
    const after = count(result.messages)
    for (const [message, times] of count(pass.applied)) {
      if ((after.get(message) ?? 0) + times > (before.get(message) ?? 0)) back.push(`pass ${passes}: ${message}`)
    }
    if (!changed) break
  }
  return { output: current, back, lost, passes }
}

const files = globSync(['fixtures/**/*.md', 'fixtures/**/*.txt', 'fixtures/corpus/raw/*'], { cwd: root.pathname }).sort()

describe('fixes over the fixtures', () => {
  it('finds the fixtures, and fixable findings in them', () => {
    expect(files.length).toBeGreaterThan(80)
  })

  let fixable = 0
  it.each(files)('%s', (file) => {
    const bytes = readFileSync(new URL(file, root))
    // A fixture made to be unreadable (binary, too deep) has nothing to fix.
    let first: LintResult
    try {
      first = lint(bytes, { path: file })
    } catch {
      return
    }
    if (!first.messages.some((message) => message.fix)) return
    fixable++
    // The text fixes count in: decoded, as the file writes its line breaks (lint of a string keeps them).
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '')
    if (text.includes('\ufffd')) return
    const checked = fixAndCheck(text, (current) => lint(current, { path: file }))
    expect(checked.back).toEqual([])
    expect(checked.lost).toEqual([])
    expect(checked.passes).toBeLessThan(MAX_FIX_PASSES)
  })

  it('had fixable findings to check', () => {
    expect(fixable).toBeGreaterThan(5)
  })
})

// Pieces of documents with fixable findings: the rules' bad examples, and lines that mix them.
const pieces = rules.filter((rule) => rule.fixable).flatMap((rule) => rule.examples.bad.map((example) => example.text))
const filler = ['Duties:', '', 'The consultant will draft reports.', '- Organise meetings.', '1. Monitor the budget.', '## Languages', 'Fluency in English is required.']

describe('fixes over assembled documents', () => {
  it('never bring a fixed finding back nor lose a word, whatever the mix and line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...filler)), { minLength: 1, maxLength: 8 }), fc.boolean(), (parts, crlf) => {
        const lf = parts.join('\n')
        const text = crlf ? lf.replace(/\n/g, '\r\n') : lf
        const checked = fixAndCheck(text, (current) => lint(current, { path: 'notice.md' }))
        expect(checked.back).toEqual([])
        expect(checked.lost).toEqual([])
        // Line breaks stay as the text writes them.
        if (crlf) expect(checked.output.replace(/\r\n/g, '')).not.toContain('\n')
      }),
      { numRuns: 60 },
    )
  })
})

describe('the checks themselves', () => {
  const finding = (range: [number, number], text: string, message: string): LintMessage => ({ ruleId: 'r', severity: 'info', message, line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range, text } })
  const result = (messages: LintMessage[]): LintResult => ({ filePath: 'x', messages, errorCount: 0, warningCount: 0, infoCount: messages.length })

  it('catch a fix whose finding comes back', () => {
    // The "fix" writes the same word again, and the finding stays.
    const checked = fixAndCheck('his/her work', (text) => result(text.startsWith('his/her') ? [finding([0, 7], 'his/her', 'm')] : []))
    expect(checked.back).toContain('pass 1: r: m')
  })

  it('catch a word lost by joining it to the next one', () => {
    // Removing the space between "their" and "work" loses both words: neither is inside the range.
    const checked = fixAndCheck('their  work', (text) => result(text === 'their  work' ? [finding([5, 7], '', 'space')] : []))
    expect(checked.lost.length).toBeGreaterThan(0)
  })
})
