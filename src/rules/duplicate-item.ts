import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { Item, ToR } from '../schema.js'
import { SpanMap, wordSpans } from './util/words.js'
import { blockAt } from './util/block-at.js'
import type { ParsedDocument } from '../document/index.js'
import type { Block } from '../segment/index.js'

// Lists assembled from older notices repeat themselves: the same requirement twice, or a second copy cut
// short ("... maintaining a website" after "... maintaining a website, knowledge platform or the like").

const FIELDS = ['responsibilities', 'learningElements', 'performanceIndicators', 'education', 'experience', 'skills'] as const
type Field = (typeof FIELDS)[number]

interface Entry {
  item: Item
  /** The words, as numbers of the `Words` they were read with: comparing numbers is cheaper than text. */
  tokens: number[]
  /** `sequenceHash` of the first words, which open a cut-short copy too (null when there are fewer). */
  opening: number | null
  /** Distinct words, once as a list (for ordering) and once as a set (for lookups, made when first needed). */
  words: number[]
  set: Set<number> | null
  /** `sequenceHash` of all the words. */
  key: number
}

/** A number for each distinct word of the compared items. */
class Words {
  readonly text: string[] = []
  /** The first three code units of each word as one number that sorts as the text does. */
  readonly order: number[] = []
  private readonly numbers = new SpanMap<number>()
  /** The last item each word was seen in, to list an item's distinct words without a set. */
  private readonly seenIn: number[] = []
  private item = 0

  /** Start reading the next item. */
  nextItem(): void {
    this.item++
  }

  /** Whether the word is new to the current item (and now seen in it). */
  firstInItem(number: number): boolean {
    if (this.seenIn[number] === this.item) return false
    this.seenIn[number] = this.item
    return true
  }

  /** The number of the word `text.slice(start, end)` (cut out only when it is new). */
  numberOf(text: string, start: number, end: number): number {
    let number = this.numbers.get(text, start, end)
    if (number === undefined) {
      const word = text.slice(start, end)
      number = this.text.length
      this.numbers.set(word, number)
      this.text.push(word)
      let order = 0
      // 0 for no character, so "ab" sorts before "abc"; equal numbers leave the order to the text.
      for (let index = 0; index < 3; index++) order = order * 65537 + (index < word.length ? word.charCodeAt(index) + 1 : 0)
      this.order.push(order)
    }
    return number
  }

  /** Text order of two words, as `a < b` decides it. */
  compare(a: number, b: number): number {
    return this.order[a]! - this.order[b]! || (this.text[a]! < this.text[b]! ? -1 : 1)
  }
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

function entryOf(item: Item, words: Words, prefixWords: number): Entry {
  // The words of the normalised key: normalising only changes quotes and spaces, which are no words,
  // so the lower-case text has the same ones.
  const text = item.text.toLowerCase()
  const spans = wordSpans(text, 'alphanumeric')
  const tokens: number[] = []
  const distinct: number[] = []
  words.nextItem()
  for (let index = 0; index < spans.length; index += 2) {
    const number = words.numberOf(text, spans[index]!, spans[index + 1]!)
    tokens.push(number)
    if (words.firstInItem(number)) distinct.push(number)
  }
  const opening = tokens.length >= prefixWords ? sequenceHash(tokens, prefixWords) : null
  return { item, tokens, opening, words: distinct, set: null, key: sequenceHash(tokens, tokens.length) }
}

/**
 * A number for the first `length` words, to find items that start alike without comparing every pair:
 * equal words give equal numbers, and items with equal numbers are compared word by word.
 */
function sequenceHash(tokens: number[], length: number): number {
  let hash = 2166136261 ^ length
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ tokens[index]!, 16777619)
  return hash
}

/** Whether both have the same first `length` words. */
function sameStart(a: number[], b: number[], length: number): boolean {
  if (a.length < length || b.length < length) return false
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false
  return true
}

/** Dice coefficient of two word sets. */
function dice(a: Entry, b: Entry): number {
  a.set ??= new Set(a.words)
  let shared = 0
  for (const word of b.words) if (a.set.has(word)) shared++
  return (2 * shared) / (a.words.length + b.words.length)
}

function push<Key>(index: Map<Key, number[]>, key: Key, value: number): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

/** One item is the other cut short (or the other extended). */
function prefixVariant(a: number[], b: number[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.every((word, index) => long[index] === word)
}

/** The first words of an item, to quote it in a message. */
function quote(text: string, words = 8): string {
  const parts = text.split(/\s+/)
  // French sets a space before ";" and ":".
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : text.replace(/(?<![.;,:])[.;,:]+$/, '').trimEnd()
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
function findDuplicates(entries: Entry[], words: Words, options: Omit<Options, 'fields'>): Map<number, { first: number; exact: boolean }> {
  const found = new Map<number, { first: number; exact: boolean }>()
  const frequency = new Int32Array(words.text.length)
  for (const entry of entries) for (const word of entry.words) frequency[word]!++
  const jaccard = options.threshold / (2 - options.threshold)
  // Hash of the words → the first item of each distinct text with that hash.
  const exact = new Map<number, number[]>()
  const byWord = new Map<number, number[]>()
  const byOpening = new Map<number, number[]>()
  // Which item last looked at each candidate, so a candidate found through several words is compared once.
  const checked = new Int32Array(entries.length).fill(-1)

  entries.forEach((entry, index) => {
    if (entry.tokens.length === 0) return
    const firsts = exact.get(entry.key)
    const same = firsts?.find((other) => entries[other]!.tokens.length === entry.tokens.length && sameStart(entries[other]!.tokens, entry.tokens, entry.tokens.length))
    if (same !== undefined) found.set(index, { first: same, exact: true })
    else if (firsts) firsts.push(index)
    else exact.set(entry.key, [index])

    const near = entry.words.length >= options.minWords
    const rare = near ? [...entry.words].sort((a, b) => frequency[a]! - frequency[b]! || words.compare(a, b)) : []
    const probe = rare.slice(0, rare.length - Math.ceil(jaccard * rare.length) + 1)
    const opening = entry.opening

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
      if (opening !== null) {
        // The same hash may hide another opening: only items that start with the same words are candidates.
        for (const other of byOpening.get(opening) ?? []) {
          if (budget <= 0) break
          if (sameStart(entries[other]!.tokens, entry.tokens, options.prefixWords)) consider(other)
        }
      }
      if (first !== Number.POSITIVE_INFINITY) found.set(index, { first, exact: false })
    }
    for (const word of probe) push(byWord, word, index)
    if (opening !== null) push(byOpening, opening, index)
  })
  return found
}

// A list mark and the spaces after it: all a list item's line holds before its text.
const LIST_MARK = /^[ \t]*(?:[-*+•▪◦]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+$/

/** Whether an item's lines hold nothing but the item (its mark before, spaces after): they can go whole. */
function ownsItsLines(doc: ParsedDocument, block: Block): boolean {
  if (block.type !== 'item') return false
  const before = (doc.lines[block.line - 1] ?? '').slice(0, block.column - 1)
  const after = (doc.lines[block.endLine - 1] ?? '').slice(block.endColumn - 1)
  return LIST_MARK.test(before) && after.trim() === ''
}

export default defineRule({
  id: 'duplicate-item',
  severity: 'warn',
  description: 'The same or a nearly identical item appears twice in the duties, learning elements, indicators or requirements.',
  help: 'Notices assembled from older ones often list a requirement twice, sometimes once in full and once cut short, or repeat a duty under two headings. Candidates read the repetition as carelessness, and the two copies drift apart when one is edited. Keep one copy (the complete one) and delete the other, or merge them.',
  tags: ['lists', 'consistency'],
  fixable: true,
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
        output: '## Skills\n\n- Strong drafting skills in English;\n- Ability to work under pressure;\n',
      },
      {
        text:
          '## Experience\n\n- Computer literate, preferably knowledgeable in Microsoft Office and Adobe Acrobat with experience of maintaining a website or knowledge platform;\n' +
          '- Experience of working in a multi-cultural setting;\n' +
          '- Computer literate, preferably knowledgeable in Microsoft Office and Adobe Acrobat with experience of maintaining a website.\n',
        messages: ['5:3 nearly repeats the item on line 3 ("Computer literate, preferably knowledgeable in Microsoft Office and…"): keep one of the two or merge them'],
      },
      {
        text: '## Responsabilités\n\n- Assurer le suivi des activités du projet ;\n- Préparer les rapports mensuels ;\n- Assurer le suivi des activités du projet.\n',
        messages: ['5:3 repeats the item on line 3 ("Assurer le suivi des activités du projet"): delete one of the two'],
        output: '## Responsabilités\n\n- Assurer le suivi des activités du projet ;\n- Préparer les rapports mensuels ;\n',
      },
      {
        // The repeat has items of its own: deleting it would hand them to the item before.
        text: '## Responsibilities\n\n1. Coordinate the project.\n2. Report to the donor.\n3. Coordinate the project.\n   - Chair the steering committee.\n',
        messages: ['5:4 repeats the item on line 3 ("Coordinate the project"): delete one of the two'],
      },
      {
        text: '## Responsabilidades\n\n- Elaborar los informes trimestrales de seguimiento del proyecto para el donante y la oficina regional;\n- Coordinar las actividades con los socios;\n- Elaborar los informes trimestrales de seguimiento del proyecto para el donante y la oficina.\n',
        messages: ['5:3 nearly repeats the item on line 3 ("Elaborar los informes trimestrales de seguimiento del proyecto…"): keep one of the two or merge them'],
      },
    ],
    good: [
      {
        text: '## Responsabilidades\n\n- Elaborar los informes trimestrales del proyecto;\n- Elaborar los términos de referencia de la evaluación final.\n\n## Responsabilités\n\n- Assurer le suivi des activités ;\n- Assurer la liaison avec les partenaires.\n',
      },
      {
        text: '## Experience\n\n- Experience in budget and implementation monitoring;\n- Experience in project management and monitoring and evaluation.\n\n## Skills\n\n- Strong drafting skills in English.\n',
      },
    ],
  },
  check({ doc, options, report }) {
    const items = options.fields.flatMap((field) => flatten(itemsOf(doc.tor, field)))
    items.sort((a, b) => a.line - b.line || a.column - b.column)
    const words = new Words()
    const entries = items.map((item) => entryOf(item, words, options.prefixWords))
    const duplicates = findDuplicates(entries, words, options)
    if (duplicates.size === 0) return
    for (const [index, { first, exact }] of [...duplicates].sort((a, b) => a[0] - b[0])) {
      const item = entries[index]!.item
      const earlier = entries[first]!.item
      const block = blockAt(doc, item.line, item.column)
      const span: Span = block ? { line: block.line, column: block.column, endLine: block.endLine, endColumn: block.endColumn } : { line: item.line, column: item.column }
      const what = `the item on line ${earlier.line} ("${quote(earlier.text)}")`
      const removable = exact && block !== undefined && item.children.length === 0 && block.line > earlier.line && ownsItsLines(doc, block)
      // The later copy goes, with its lines: the same words stay in the list once.
      const fix = removable ? { fix: { at: { line: block.line, column: 1, endLine: block.endLine + 1, endColumn: 1 }, text: '' } } : undefined
      report(span, exact ? `repeats ${what}: delete one of the two` : `nearly repeats ${what}: keep one of the two or merge them`, fix)
    }
  },
})
