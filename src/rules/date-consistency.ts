import { z } from 'zod'
import { perObject, perObjectPair } from '../memo.js'
import { defineRule, findInLines, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import type { DomainData } from '../data/index.js'
import { findDates } from '../extract/index.js'
import { proseDeadlines as readDeadlines } from '../extract/deadline.js'
import type { Block } from '../segment/index.js'
import { fieldForLabel, vocabularyFor } from '../segment/vocabulary.js'
import { alternation, phrasePattern } from '../text.js'

export interface Stated {
  iso: string
  /** The date as written. */
  text: string
  at: Span
}

type Report = (at: Span, message: string) => void

const ISO = /^\d{4}-\d{2}-\d{2}$/

/** The span of a date written in a block, or the block's start when markup splits it in the source. */
function dateSpan(doc: ParsedDocument, block: Block, text: string): Span {
  return findInLines(doc, block.line, block.endLine, text, block.column) ?? { line: block.line, column: block.column }
}

function spanAt(doc: ParsedDocument, line: number, column: number, text: string): Span {
  return findInLines(doc, line, line, text, column) ?? { line, column }
}

// Every date `findDates` reads has two digits in a row (a year, or a two-digit year after a month name):
// a line without them is not searched for dates, which most lines are spared.
const TWO_DIGITS = /\d\d/

/** 30 February, 31 April: a date the text names that no calendar has. */
function impossibleDates(doc: ParsedDocument, data: DomainData, report: Report): void {
  doc.lines.forEach((text, index) => {
    if (!TWO_DIGITS.test(text)) return
    for (const date of findDates(text, data)) {
      if (date.iso !== null) continue
      const column = date.index + 1
      report({ line: index + 1, column, endLine: index + 1, endColumn: column + date.text.length }, `"${date.text}" is not a real date: correct the day or the month`)
    }
  })
}

/** Every place the document gives its closing date as a field: label rows and "Deadline" headings. */
function closingStatements(doc: ParsedDocument, data: DomainData): Stated[] {
  const vocabulary = vocabularyFor(data)
  const stated: Stated[] = []
  const add = (block: Block, value: string) => {
    const date = findDates(value, data)[0]
    if (date?.iso) stated.push({ iso: date.iso, text: date.text, at: dateSpan(doc, block, date.text) })
  }
  for (const block of doc.segmented.blocks) {
    if (block.type === 'row' && block.rowField === 'closingDate' && block.rowValue) add(block, block.rowValue)
  }
  for (const section of doc.segmented.sections) {
    if (!section.headingBlock || fieldForLabel(vocabulary, section.heading) !== 'closingDate') continue
    const value = section.blocks.find((block) => block.type === 'text')
    if (value) add(value, value.text)
  }
  // Front matter is not in the blocks: the extracted value stands for it.
  const { closingDate } = doc.tor.position
  const at = doc.tor.positionLocations.closingDate
  if (closingDate && ISO.test(closingDate) && at && !stated.some((statement) => statement.at.line === at.line)) {
    const written = findDates(doc.lines[at.line - 1] ?? '', data).find((date) => date.iso === closingDate)
    stated.push({ iso: closingDate, text: written?.text ?? closingDate, at: written ? spanAt(doc, at.line, at.column, written.text) : at })
  }
  return stated.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
}

/** The posting period's first and last day, as written on its line. */
function postingDates(doc: ParsedDocument, data: DomainData): { from: Stated | null; to: Stated | null } {
  const { postingFrom, postingTo } = doc.tor.position
  const at = doc.tor.positionLocations.postingFrom ?? doc.tor.positionLocations.postingTo
  if (!at) return { from: null, to: null }
  const written = findDates(doc.lines[at.line - 1] ?? '', data)
  const find = (iso: string | null, fromEnd: boolean): Stated | null => {
    if (!iso || !ISO.test(iso)) return null
    const list = fromEnd ? [...written].reverse() : written
    const date = list.find((candidate) => candidate.iso === iso)
    if (!date) return { iso, text: iso, at }
    const column = date.index + 1
    return { iso, text: date.text, at: { line: at.line, column, endLine: at.line, endColumn: column + date.text.length } }
  }
  return { from: find(postingFrom, false), to: find(postingTo, true) }
}

/** Dates in running text that set the deadline ("submit ... by 09 February 2022 at the latest"). */
// Two rules ask (this one and required-field): read once per document.
export const proseDeadlines: (doc: ParsedDocument, data: DomainData) => Stated[] = perObjectPair(readProseDeadlines)

function readProseDeadlines(doc: ParsedDocument, data: DomainData): Stated[] {
  return readDeadlines(doc.segmented.sections, data).map((found) => ({ iso: found.iso, text: found.text, at: dateSpan(doc, found.block, found.text) }))
}

/** A publication label, then only markup, a colon or a tab before the date ("Vacancy Date of Issue: 30 September 2026"). */
const publicationPattern = perObject((words: DomainData['deadlineWords']): RegExp | null => {
  const labels = alternation(words.publication ?? [], phrasePattern)
  return labels ? new RegExp(`(?<![\\p{L}])(?:${labels})[\\s*_]*(?::|\\t|\\s-\\s)[\\s*_]*$`, 'iu') : null
})

/** The date the notice says it was published, from a labelled line. */
function publicationDate(doc: ParsedDocument, data: DomainData): Stated | null {
  const label = publicationPattern(data.deadlineWords)
  if (!label) return null
  for (const [index, text] of doc.lines.entries()) {
    if (!TWO_DIGITS.test(text)) continue
    for (const date of findDates(text, data)) {
      if (!date.iso || !label.test(text.slice(Math.max(0, date.index - 60), date.index))) continue
      const column = date.index + 1
      return { iso: date.iso, text: date.text, at: { line: index + 1, column, endLine: index + 1, endColumn: column + date.text.length } }
    }
  }
  return null
}

function where(stated: Stated): string {
  return `line ${stated.at.line}`
}

export default defineRule({
  id: 'date-consistency',
  severity: 'error',
  description: 'A date is impossible, or the closing date, the posting period and the deadline in the text disagree.',
  help: [
    'A vacancy states its deadline in several places: the closing date field, the posting period and often the "How to apply" text. When they disagree, candidates miss the real deadline or apply after it.',
    'The rule reports dates no calendar has (30 February), a closing date before the notice was published (a "Date of issue" or "Publication date" line, labels from the `deadlineWords` table) or before the posting starts, a posting period that ends on another day than the closing date, two different closing dates, and a deadline in the text that is not the closing date.',
    'Numeric dates are read day first (27.01.2022), as UN documents write them.',
    'Correct the wrong date so that every statement names the same day.',
  ].join('\n\n'),
  tags: ['consistency', 'dates'],
  options: z.object({}).strict(),
  examples: {
    bad: [
      {
        text: 'Closing Date: 30 February 2022\n',
        messages: ['1:15 "30 February 2022" is not a real date: correct the day or the month'],
      },
      {
        text: 'Closing Date: 09 February 2022\n\n## How to apply\n\nSubmit your application by 10 February 2022 at the latest.\n\n## Posting period\n\nFrom 27.01.2022 to 08.02.2022\n',
        messages: [
          '5:28 says to apply by "10 February 2022" but the closing date is "09 February 2022" (line 1): use the same date',
          '9:20 the posting period ends on "08.02.2022" but the closing date is "09 February 2022" (line 1): end the posting on the closing date',
        ],
      },
      {
        text: 'Closing Date: 09 February 2022\nDeadline: 19 February 2022\n',
        messages: ['2:11 gives the closing date as "19 February 2022" but line 1 says "09 February 2022": keep one closing date'],
      },
      {
        text: 'Closing Date: 20 January 2022\n\n## Posting period\n\nFrom 27.01.2022 to 20.01.2022\n',
        messages: [
          '1:15 the closing date "20 January 2022" is before the posting starts on "27.01.2022" (line 5): correct one of the two dates',
          '5:20 the posting period ends on "20.01.2022" before it starts on "27.01.2022": correct one of the two dates',
        ],
      },
      {
        text: 'Vacancy Date of Issue: 15 March 2025\nClosing Date: 10 March 2025\n',
        messages: ['2:15 the closing date "10 March 2025" is before the notice was published on "15 March 2025" (line 1): correct one of the two dates'],
      },
      {
        text: 'Date de publication : 15 mars 2025\nDate de clôture : 10 mars 2025\n',
        messages: ['2:19 the closing date "10 mars 2025" is before the notice was published on "15 mars 2025" (line 1): correct one of the two dates'],
      },
    ],
    good: [
      {
        text: 'Fecha de publicación: 1 de marzo de 2025\nFecha de cierre: 15 de marzo de 2025\n\nThe project was published on 20 April 2025 in the annual report.\n',
      },
      {
        text: 'Closing Date: 09 February 2022\n\n## How to apply\n\nSubmit your application by 09 February 2022 at the latest.\n\n## Posting period\n\nFrom 27.01.2022 to 09.02.2022\n',
      },
    ],
  },
  check({ doc, data, report }) {
    impossibleDates(doc, data, report)
    const closing = closingStatements(doc, data)
    const first = closing[0] ?? null
    for (const other of closing.slice(1)) {
      if (other.iso !== first!.iso) report(other.at, `gives the closing date as "${other.text}" but ${where(first!)} says "${first!.text}": keep one closing date`)
    }
    const posting = postingDates(doc, data)
    if (posting.from && posting.to && posting.to.iso < posting.from.iso) {
      report(posting.to.at, `the posting period ends on "${posting.to.text}" before it starts on "${posting.from.text}": correct one of the two dates`)
    }
    if (first && posting.from && first.iso < posting.from.iso) {
      report(first.at, `the closing date "${first.text}" is before the posting starts on "${posting.from.text}" (${where(posting.from)}): correct one of the two dates`)
    } else if (first && posting.to && posting.to.iso !== first.iso && !(posting.from && posting.to.iso < posting.from.iso)) {
      report(posting.to.at, `the posting period ends on "${posting.to.text}" but the closing date is "${first.text}" (${where(first)}): end the posting on the closing date`)
    }
    const reference = first ?? posting.to
    if (!reference) return
    const published = publicationDate(doc, data)
    if (published && reference.iso < published.iso) {
      const name = first ? `the closing date "${reference.text}" is` : `the posting period ends on "${reference.text}",`
      report(reference.at, `${name} before the notice was published on "${published.text}" (${where(published)}): correct one of the two dates`)
    }
    const fieldLines = new Set(closing.map((stated) => stated.at.line))
    for (const deadline of proseDeadlines(doc, data)) {
      if (deadline.iso === reference.iso || fieldLines.has(deadline.at.line)) continue
      const name = first ? 'the closing date is' : 'the posting period ends on'
      report(deadline.at, `says to apply by "${deadline.text}" but ${name} "${reference.text}" (${where(reference)}): use the same date`)
    }
  },
})
