// Lookup structures built once per domain-data object from the heading and field-label tables.
import type { DomainData } from '../data/index.js'
import { perObject } from '../memo.js'
import type { SectionKind } from '../schema.js'
import { normalizeKey, stripFootnoteMarkers } from '../text.js'

export interface HeadingMatch {
  kind: SectionKind
  phrase: string
}

interface HeadingSense {
  kind: SectionKind
  within: SectionKind[] | undefined
}

export interface Vocabulary {
  senses: Map<string, HeadingSense[]>
  /** Phrases by their first word, longest first, for finding headings glued into running text. */
  byFirstWord: Map<string, string[]>
  fields: Map<string, string>
  openers: { prefix: string; kind: SectionKind }[]
}

export const vocabularyFor = perObject((data: DomainData): Vocabulary => {
  const senses = new Map<string, HeadingSense[]>()
  for (const entry of data.headings) {
    for (const raw of entry.phrases) {
      const phrase = normalizeKey(raw)
      const list = senses.get(phrase) ?? []
      if (!list.some((sense) => sense.kind === entry.kind && sense.within === entry.within)) list.push({ kind: entry.kind, within: entry.within })
      senses.set(phrase, list)
    }
  }
  const byFirstWord = new Map<string, string[]>()
  for (const phrase of senses.keys()) {
    const first = phrase.split(' ')[0]!
    const list = byFirstWord.get(first) ?? []
    list.push(phrase)
    byFirstWord.set(first, list)
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length)
  const fields = new Map<string, string>()
  for (const entry of data.fieldLabels) {
    for (const label of entry.labels) if (!fields.has(normalizeKey(label))) fields.set(normalizeKey(label), entry.field)
  }
  const openers = data.openers.flatMap((entry) => entry.prefixes.map((prefix) => ({ prefix: normalizeKey(prefix), kind: entry.kind })))
  return { senses, byFirstWord, fields, openers }
})

// The blocks stage asks for the key of the same line several times in a row (is the line a heading as a
// whole, is it heading-like, does a heading open it): the last answer is kept.
let lastText: string | null = null
let lastKey = ''

/** Heading text without numbering, footnote markers, markup leftovers or a trailing colon. */
export function headingKey(text: string): string {
  if (text === lastText) return lastKey
  let key = stripFootnoteMarkers(text)
  key = key.replace(/^\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[A-Za-z])[.)]\s+/, '')
  key = key.replace(/(?<![\s*_#:.])[\s*_#:.]+$/, '').replace(/^[\s*_#]+/, '')
  lastText = text
  lastKey = normalizeKey(key)
  return lastKey
}

function senseFor(vocabulary: Vocabulary, phrase: string, open: SectionKind | null): SectionKind | null {
  const list = vocabulary.senses.get(phrase)
  if (!list) return null
  const scoped = list.find((sense) => sense.within && open && sense.within.includes(open))
  if (scoped) return scoped.kind
  return list.find((sense) => !sense.within)?.kind ?? null
}

/**
 * The section a heading opens, or null when the vocabulary does not know it. A known phrase followed by
 * a qualifier ("Core Competencies – behavioural indicators level 2") still counts.
 */
export function classifyHeading(vocabulary: Vocabulary, text: string, open: SectionKind | null): HeadingMatch | null {
  return classifyKey(vocabulary, headingKey(text), open)
}

/** `classifyHeading` for a heading already read with `headingKey`, for callers that need the key too. */
export function classifyKey(vocabulary: Vocabulary, key: string, open: SectionKind | null): HeadingMatch | null {
  if (key === '') return null
  const exact = senseFor(vocabulary, key, open)
  if (exact) return { kind: exact, phrase: key }
  const space = key.indexOf(' ')
  const first = space < 0 ? key : key.slice(0, space)
  for (const phrase of vocabulary.byFirstWord.get(first) ?? []) {
    if (phrase.length >= key.length || !key.startsWith(phrase)) continue
    const rest = key.slice(phrase.length)
    if (/^\s*(?:[-–—:(,/]|\d)/.test(rest)) {
      const kind = senseFor(vocabulary, phrase, open)
      if (kind) return { kind, phrase }
    }
  }
  return null
}

export function fieldForLabel(vocabulary: Vocabulary, label: string): string | null {
  const key = normalizeKey(label.replace(/[*_]/g, ' ').replace(/(?<![\s:.])[\s:.]+$/, '').replace(/(?<!\s)\s*\([^()]*\)$/, ''))
  return vocabulary.fields.get(key) ?? null
}
