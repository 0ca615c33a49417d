import { z } from 'zod'
import { defineRule, type FixEdit, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import type { Block } from '../segment/index.js'

// Numbered and lettered lists must count 1, 2, 3 (a, b, c) without gaps, repeats or restarts. Lettered
// groups with their own numbered children (a: 1-3, b: 1-3) are nested lists, not restarts; a list that
// goes on after a page break, a footnote or an explanatory paragraph continues, it does not restart.

type Kind = 'number' | 'lower' | 'upper'

interface Entry {
  kind: Kind
  /** 1 for "1" and "a". */
  value: number
  /** As the source writes it. */
  label: string
  depth: number
  line: number
  span: Span
}

interface Sequence {
  kind: Kind
  depth: number
  last: Entry
  /** Every item of the list, in order. */
  entries: Entry[]
  /** A paragraph, subheading or row came after the last item: a fresh "1." starts a new list. */
  interrupted: boolean
}

// Markdown renumbers ordered lists (the parser's label counts from the list start), so the number the
// author typed is read back from the source, just before the item text: `3. `, `<li>4. `, `12) **`.
const SOURCE_NUMBER = /(?<!\d)(\d{1,4})[.)][\s*_]*$/

function entryOf(doc: ParsedDocument, block: Block): Entry | null {
  if (block.type !== 'item' || (block.marker !== 'number' && block.marker !== 'letter') || block.label === null) return null
  const before = (doc.lines[block.line - 1] ?? '').slice(0, block.column - 1)
  if (block.marker === 'number') {
    const typed = SOURCE_NUMBER.exec(before)
    const label = typed?.[1] ?? block.label
    const value = Number(label)
    if (!Number.isInteger(value)) return null
    const column = typed ? typed.index + 1 : block.column
    return { kind: 'number', value, label, depth: block.depth, line: block.line, span: { line: block.line, column, endLine: block.line, endColumn: column + label.length } }
  }
  const label = block.label
  const kind: Kind = label === label.toLowerCase() ? 'lower' : 'upper'
  const value = label.toLowerCase().charCodeAt(0) - 96
  const at = before.lastIndexOf(label)
  const column = at >= 0 ? at + 1 : block.column
  return { kind, value, label, depth: block.depth, line: block.line, span: { line: block.line, column, endLine: block.line, endColumn: column + 1 } }
}

function labelFor(kind: Kind, value: number): string {
  if (kind === 'number') return String(value)
  const letter = String.fromCharCode(96 + value)
  return kind === 'upper' ? letter.toUpperCase() : letter
}

function missing(kind: Kind, from: number, to: number): string {
  if (to === from) return `item ${labelFor(kind, from)}`
  if (to === from + 1) return `items ${labelFor(kind, from)} and ${labelFor(kind, to)}`
  return `items ${labelFor(kind, from)} to ${labelFor(kind, to)}`
}

/**
 * What is wrong with `entry` following `last` in the same list; null when it goes on (or starts anew).
 * `renumber` when renumbering is the correction; a restart may as well be two lists that want a heading.
 */
function problem(last: Entry, entry: Entry, interrupted: boolean): { message: string; renumber: boolean } | null {
  const expected = last.value + 1
  if (entry.value === expected) return null
  if (entry.value === 1) {
    // After a paragraph or subheading, "1." opens the next list.
    if (interrupted) return null
    return { message: `restarts at ${entry.label} after ${last.label} on line ${last.line}: continue with ${labelFor(entry.kind, expected)}, or put a heading or sentence between the two lists`, renumber: false }
  }
  if (entry.value === last.value) return { message: `repeats the ${entry.kind === 'number' ? 'number' : 'letter'} ${entry.label} from line ${last.line}: renumber the list`, renumber: true }
  if (entry.value > expected) return { message: `jumps from ${last.label} to ${entry.label}: renumber the list or restore the missing ${missing(entry.kind, expected, entry.value - 1)}`, renumber: true }
  return { message: `goes back from ${last.label} to ${entry.label}: renumber the list`, renumber: true }
}

interface Finding {
  entry: Entry
  message: string
  /** The list the entry is in and its place there, for the fix: renumber it and the items that follow it. */
  sequence: Sequence | null
  index: number
  expected: number
}

/**
 * The fix that renumbers a list from `finding`'s item on: each item that follows on from the one before
 * (as the source numbers them) gets the next number, until an item with a finding of its own, which has
 * its own fix. One fix over the labels' lines, so a long list is renumbered in one pass.
 */
function renumbering(doc: ParsedDocument, finding: Finding, reported: Set<Entry>): FixEdit | undefined {
  const entries = finding.sequence?.entries
  if (!entries) return undefined
  const run: Entry[] = [finding.entry]
  for (let index = finding.index + 1; index < entries.length; index++) {
    const entry = entries[index]!
    if (reported.has(entry) || entry.value !== run[run.length - 1]!.value + 1) break
    run.push(entry)
  }
  const last = run[run.length - 1]!
  // Letters stop at z; a label written otherwise than the parser read it is left alone.
  if (finding.entry.kind !== 'number' && finding.expected + run.length - 1 > 26) return undefined
  const first = finding.entry.span
  const lines = doc.lines.slice(first.line - 1, last.line)
  let text = ''
  let copiedLine = first.line
  let copiedColumn = first.column
  run.forEach((entry, offset) => {
    const between = lines.slice(copiedLine - first.line, entry.span.line - first.line + 1).join('\n')
    const startInBetween = copiedColumn - 1
    const endInBetween = between.length - (lines[entry.span.line - first.line]!.length - (entry.span.column - 1))
    text += between.slice(startInBetween, endInBetween) + labelFor(entry.kind, finding.expected + offset)
    copiedLine = entry.span.line
    copiedColumn = entry.span.endColumn!
  })
  return { at: { line: first.line, column: first.column, endLine: last.span.line, endColumn: last.span.endColumn }, text }
}

/**
 * The open list an item belongs to: same kind at the same depth; failing that, same kind where the number
 * follows on (a continuation the parser gave another depth). -1 when the item opens a new list.
 */
function sequenceFor(stack: Sequence[], entry: Entry): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.kind === entry.kind && stack[i]!.depth === entry.depth) return i
  }
  return stack.findIndex((sequence) => sequence.kind === entry.kind && sequence.last.value + 1 === entry.value)
}

// "i." is a letter to the parser but usually opens a roman-numbered list (i, ii, iii): a list that starts
// at i, v or x without the letters before it is left alone.
const ROMAN_START = new Set([9, 22, 24])

export default defineRule({
  id: 'list-numbering',
  severity: 'warn',
  description: 'A numbered or lettered list skips, repeats or restarts a number.',
  help: 'When a list goes 1, 2, 4 or restarts at 1 halfway, readers wonder what was lost, and references such as "see item 3" break. Renumber the list, restore the missing item, or separate two lists with a heading or a sentence. A list that goes on after a page break keeps counting and is fine; so are lettered groups whose numbered items start again at 1 under each letter.',
  tags: ['lists', 'consistency'],
  fixable: true,
  options: z
    .object({
      /** Report a list whose first number is not 1 (unless it continues the previous section's list). */
      checkStart: z.boolean().default(true),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n4. Monitor the budget.\n',
        messages: ['5:1 jumps from 2 to 4: renumber the list or restore the missing item 3'],
        output: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n3. Monitor the budget.\n',
      },
      {
        text: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n2. Monitor the budget.\n',
        messages: ['5:1 repeats the number 2 from line 4: renumber the list'],
        output: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n3. Monitor the budget.\n',
      },
      {
        text: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n2. Monitor the budget.\n3. Brief the donors.\n   a) Quarterly.\n   b) Yearly.\n4. Travel.\n',
        messages: ['5:1 repeats the number 2 from line 4: renumber the list'],
        output: 'Duties:\n\n1. Draft reports.\n2. Organise meetings.\n3. Monitor the budget.\n4. Brief the donors.\n   a) Quarterly.\n   b) Yearly.\n5. Travel.\n',
      },
      {
        text: 'Duties:\n\na) Draft reports.\nb) Organise meetings.\na) Monitor the budget.\n',
        messages: ['5:1 restarts at a after b on line 4: continue with c, or put a heading or sentence between the two lists'],
        // Continuing the list or separating two lists: the author decides.
      },
    ],
    good: [
      { text: 'Duties:\n\n1. Draft reports and\n\ncirculate them.\n\n2. Organise meetings.\n3. Monitor the budget.\n' },
      { text: 'Duties:\n\na) Policy\n\n1. Draft policy.\n2. Review policy.\n\nb) Liaison\n\n1. Meet donors.\n2. Report to donors.\n' },
      { text: 'Tasks:\n\n1. Draft reports.\n2. Organise meetings.\n\nDeliverables:\n\n1. Inception report.\n2. Final report.\n' },
    ],
  },
  check({ doc, options, report }) {
    // The last number each list kind reached, across sections: a section that goes on at 5 after a
    // section that stopped at 4 continues the same list.
    const reached = new Map<Kind, number>()
    const findings: Finding[] = []
    for (const section of doc.segmented.sections) {
      const stack: Sequence[] = []
      for (const block of section.blocks) {
        const entry = entryOf(doc, block)
        if (!entry) {
          // Paragraphs and subheadings end a list; a bulleted list does too, unless it is nested in an item.
          if (block.type === 'footnote') continue
          for (const sequence of stack) if (block.type !== 'item' || block.depth <= sequence.depth) sequence.interrupted = true
          continue
        }
        const index = sequenceFor(stack, entry)
        if (index < 0) {
          const isRoman = entry.kind !== 'number' && ROMAN_START.has(entry.value)
          if (isRoman) continue
          const previous = reached.get(entry.kind)
          const continues = previous !== undefined && previous + 1 === entry.value
          if (options.checkStart && entry.kind === 'number' && entry.value !== 1 && !continues) {
            findings.push({ entry, message: `list starts at ${entry.label}: number it from 1 or restore the missing ${missing(entry.kind, 1, entry.value - 1)}`, sequence: null, index: 0, expected: 1 })
          }
          stack.push({ kind: entry.kind, depth: entry.depth, last: entry, entries: [entry], interrupted: false })
          reached.set(entry.kind, entry.value)
          continue
        }
        // A parent item (a lettered group) closes the lists nested under its predecessor.
        stack.length = index + 1
        const sequence = stack[index]!
        const found = problem(sequence.last, entry, sequence.interrupted)
        if (found) findings.push({ entry, message: found.message, sequence: found.renumber ? sequence : null, index: sequence.entries.length, expected: sequence.last.value + 1 })
        sequence.entries.push(entry)
        sequence.last = entry
        sequence.interrupted = false
        reached.set(entry.kind, entry.value)
      }
    }
    const reported = new Set(findings.map((finding) => finding.entry))
    for (const finding of findings) {
      const fix = renumbering(doc, finding, reported)
      report(finding.entry.span, finding.message, fix ? { fix } : undefined)
    }
  },
})
