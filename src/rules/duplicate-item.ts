import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { Item, ToR } from '../schema.js'
import { normalizeKey } from '../text.js'

// Lists assembled from older notices repeat themselves: the same requirement twice, or a second copy cut
// short ("... maintaining a website" after "... maintaining a website, knowledge platform or the like").

const FIELDS = ['responsibilities', 'learningElements', 'performanceIndicators', 'education', 'experience', 'skills'] as const
type Field = (typeof FIELDS)[number]

interface Entry {
  item: Item
  tokens: string[]
  /** Distinct words, once as a list (for ordering) and once as a set (for lookups). */
  words: string[]
  set: Set<string>
  key: string
}

function itemsOf(tor: ToR, field: Field): Item[] {
  switch (field) {
    case 'education':
    case 'experience':
    case 'skills':
      return tor.qualifications[field]
    default:
      return tor[field]
  }
}

function flatten(items: Item[], out: Item[] = []): Item[] {
  for (const item of items) {
    out.push(item)
    flatten(item.children, out)
  }
  return out
}

function entryOf(item: Item): Entry {
  const tokens = normalizeKey(item.text).match(/[\p{L}\p{N}]+/gu) ?? []
  const set = new Set(tokens)
  return { item, tokens, words: [...set], set, key: tokens.join(' ') }
}

/** Dice coefficient of two word sets. */
function dice(a: Entry, b: Entry): number {
  let shared = 0
  for (const word of b.words) if (a.set.has(word)) shared++
  return (2 * shared) / (a.words.length + b.words.length)
}

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

/** One item is the other cut short (or the other extended). */
function prefixVariant(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((word, index) => long[index] === word)
}

/** The first words of an item, to quote it in a message. */
function quote(text: string, words = 8): string {
  const parts = text.split(/\s+/)
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : text.replace(/[.;,:]+$/, '')
}

// Text made only of the commonest words defeats the rare-word filter; past this many comparisons for one
// item the rest of its candidates are skipped, so a pathological list stays linear.
const MAX_COMPARISONS = 500

interface Options {
  fields: Field[]
  threshold: number
  minWords: number
  prefixWords: number
}

/**
 * For each item, the earliest item before it that it repeats, exactly or nearly. Candidates come from
 * shared rare words (prefix filtering: two sets with Dice >= t share one of their |A| - ceil(j|A|) + 1
 * rarest words, j = t / (2 - t)) and from shared opening words, so long lists do not cost n² comparisons.
 */
function findDuplicates(entries: Entry[], options: Omit<Options, 'fields'>): Map<number, { first: number; exact: boolean }> {
  const found = new Map<number, { first: number; exact: boolean }>()
  const frequency = new Map<string, number>()
  for (const entry of entries) for (const word of entry.words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const jaccard = options.threshold / (2 - options.threshold)
  const exact = new Map<string, number>()
  const byWord = new Map<string, number[]>()
  const byOpening = new Map<string, number[]>()
  // Which item last looked at each candidate, so a candidate found through several words is compared once.
  const checked = new Int32Array(entries.length).fill(-1)

  entries.forEach((entry, index) => {
    if (entry.tokens.length === 0) return
    const same = exact.get(entry.key)
    if (same !== undefined) found.set(index, { first: same, exact: true })
    else exact.set(entry.key, index)

    const near = entry.words.length >= options.minWords
    const rare = near ? [...entry.words].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : 1)) : []
    const probe = rare.slice(0, rare.length - Math.ceil(jaccard * rare.length) + 1)
    const opening = entry.tokens.length >= options.prefixWords ? entry.tokens.slice(0, options.prefixWords).join(' ') : null

    if (same === undefined) {
      let first = Number.POSITIVE_INFINITY
      let budget = MAX_COMPARISONS
      const consider = (other: number) => {
        if (other >= first || checked[other] === index || budget <= 0) return
        checked[other] = index
        budget--
        const earlier = entries[other]!
        const similar = near && earlier.words.length >= options.minWords && dice(earlier, entry) >= options.threshold
        const cutShort = opening !== null && earlier.tokens.length >= options.prefixWords && prefixVariant(earlier.tokens, entry.tokens)
        if (similar || cutShort) first = other
      }
      for (const word of probe) for (const other of byWord.get(word) ?? []) consider(other)
      if (opening) for (const other of byOpening.get(opening) ?? []) consider(other)
      if (first !== Number.POSITIVE_INFINITY) found.set(index, { first, exact: false })
    }
    for (const word of probe) push(byWord, word, index)
    if (opening) push(byOpening, opening, index)
  })
  return found
}

export default defineRule({
  id: 'duplicate-item',
  severity: 'warn',
  description: 'The same or a nearly identical item appears twice in the duties, learning elements, indicators or requirements.',
  help: 'Notices assembled from older ones often list a requirement twice, sometimes once in full and once cut short, or repeat a duty under two headings. Candidates read the repetition as carelessness, and the two copies drift apart when one is edited. Keep one copy (the complete one) and delete the other, or merge them.',
  tags: ['lists', 'consistency'],
  options: z
    .object({
      /** Which lists of the ToR to compare; items are compared within and across them. */
      fields: z.array(z.enum(FIELDS)).default([...FIELDS]),
      /** Dice similarity of the two items' word sets from which they count as nearly identical. */
      threshold: z.number().min(0.5).max(1).default(0.85),
      /** Items shorter than this (in distinct words) are only compared for exact repeats. */
      minWords: z.number().int().min(1).default(5),
      /** A shorter copy counts as a repeat when it is a prefix of the other of at least this many words. */
      prefixWords: z.number().int().min(2).default(8),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: '## Skills\n\n- Strong drafting skills in English;\n- Ability to work under pressure;\n- Strong drafting skills in English.\n',
        messages: ['5:3 repeats the item on line 3 ("Strong drafting skills in English"): delete one of the two'],
      },
      {
        text:
          '## Experience\n\n- Computer literate, preferably knowledgeable in Microsoft Office and Adobe Acrobat with experience of maintaining a website or knowledge platform;\n' +
          '- Experience of working in a multi-cultural setting;\n' +
          '- Computer literate, preferably knowledgeable in Microsoft Office and Adobe Acrobat with experience of maintaining a website.\n',
        messages: ['5:3 nearly repeats the item on line 3 ("Computer literate, preferably knowledgeable in Microsoft Office and…"): keep one of the two or merge them'],
      },
    ],
    good: [
      {
        text: '## Experience\n\n- Experience in budget and implementation monitoring;\n- Experience in project management and monitoring and evaluation.\n\n## Skills\n\n- Strong drafting skills in English.\n',
      },
    ],
  },
  check({ doc, options, report }) {
    const items = options.fields.flatMap((field) => flatten(itemsOf(doc.tor, field)))
    items.sort((a, b) => a.line - b.line || a.column - b.column)
    const entries = items.map(entryOf)
    const duplicates = findDuplicates(entries, options)
    const blocks = new Map(doc.segmented.blocks.map((block) => [`${block.line}:${block.column}`, block]))
    for (const [index, { first, exact }] of [...duplicates].sort((a, b) => a[0] - b[0])) {
      const item = entries[index]!.item
      const earlier = entries[first]!.item
      const block = blocks.get(`${item.line}:${item.column}`)
      const span: Span = block ? { line: block.line, column: block.column, endLine: block.endLine, endColumn: block.endColumn } : { line: item.line, column: item.column }
      const what = `the item on line ${earlier.line} ("${quote(earlier.text)}")`
      report(span, exact ? `repeats ${what}: delete one of the two` : `nearly repeats ${what}: keep one of the two or merge them`)
    }
  },
})
