import { z } from 'zod'
import { defineRule } from './define.js'
import type { DomainData } from '../data/index.js'
import { paragraphLanguage } from '../extract/index.js'
import { perKey, perObject } from '../memo.js'
import type { Block } from '../segment/index.js'
import { SpanMap, wordSpans } from './util/words.js'

interface Unit {
  blocks: Block[]
  text: string
  /** The text in lower case (joined from the blocks' lower case: a space keeps their letters apart). */
  lower: string
}

const PROSE = new Set(['text', 'subheading', 'item', 'footnote'])
// A paragraph shorter than this (a heading, a line cut by a hard break) is detected together with the
// lines right below it; a long one stands alone, so it cannot swallow a short line in another language.
const SHORT = 80
const URL = /(?:https?:\/\/|www\.)[^\s)>\]]+/g

/** The paragraph in lower case without its web addresses, which are no language. */
function wordsOf(unit: Unit): string {
  return unit.text.includes('://') || unit.text.includes('www.') ? unit.text.replace(URL, ' ').toLowerCase() : unit.lower
}

interface Letterhead {
  /** Lower-case names of an organisation that has two or more: one name alone makes no letterhead. */
  names: string[]
  /**
   * Text that any two of the names bring: what all names but one have in common (" migra" for IOM's).
   * Most blocks lack it, and one look for it spares looking for each name.
   */
  fragment: string
}

/** The longest text that all `names` contain. */
function commonText(names: string[]): string {
  const [shortest, ...others] = [...names].sort((a, b) => a.length - b.length)
  if (shortest === undefined) return ''
  for (let length = shortest.length; length > 0; length--) {
    for (let start = 0; start + length <= shortest.length; start++) {
      const candidate = shortest.slice(start, start + length)
      if (others.every((name) => name.includes(candidate))) return candidate
    }
  }
  return ''
}

function letterheadOf(names: string[]): Letterhead {
  let fragment = ''
  for (let left = 0; left < names.length; left++) {
    const common = commonText(names.filter((_, index) => index !== left))
    if (common.length > fragment.length) fragment = common
  }
  return { names, fragment }
}

const letterheads = perObject((table: DomainData['organizationNames']): Letterhead[] =>
  table
    .map((entry) => entry.names.map((name) => name.toLowerCase()))
    .filter((names) => names.length >= 2)
    .map(letterheadOf),
)

/**
 * A letterhead gives the organisation's name in several languages ("IOM ... OIM Organisation internationale ...").
 * `key` is the text in lower case.
 */
function isLetterhead(key: string, data: DomainData): boolean {
  for (const { names, fragment } of letterheads(data.organizationNames)) {
    if (!key.includes(fragment)) continue
    let found = 0
    for (let index = 0; index < names.length; index++) {
      if (key.includes(names[index]!) && ++found >= 2) return true
      // Too few names left to reach two.
      if (found + names.length - index - 1 < 2) break
    }
  }
  return false
}

/** Paragraphs to detect: a block, with the lines right below it while the paragraph is still short. */
function unitsOf(blocks: Block[], data: DomainData): Unit[] {
  const units: Unit[] = []
  let current: Unit | null = null
  for (const block of blocks) {
    const lower = PROSE.has(block.type) ? block.text.toLowerCase() : null
    if (lower === null || isLetterhead(lower, data)) {
      current = null
      continue
    }
    const last = current?.blocks[current.blocks.length - 1]
    const joins =
      current !== null &&
      last !== undefined &&
      block.type !== 'item' &&
      last.type !== 'item' &&
      block.type !== 'footnote' &&
      last.type !== 'footnote' &&
      block.line <= last.endLine + 1 &&
      current.text.length < SHORT
    if (joins) {
      current!.blocks.push(block)
      current!.text += ` ${block.text}`
      current!.lower += ` ${lower}`
    } else {
      current = { blocks: [block], text: block.text, lower }
      units.push(current)
    }
  }
  return units
}

interface WordIndex {
  /** The languages of the table, by position. */
  languages: string[]
  /** Function word → the positions of the languages it belongs to. */
  positions: SpanMap<number[]>
  /** The longest function word, in code units: longer words need no look-up. */
  longest: number
}

/** The table by word, built once per table. */
const wordIndex = perObject((functionWords: Record<string, string[]>): WordIndex => {
  const index: WordIndex = { languages: Object.keys(functionWords), positions: new SpanMap(), longest: 0 }
  for (const [position, language] of index.languages.entries()) {
    for (const word of functionWords[language]!) {
      const positions = index.positions.get(word, 0, word.length) ?? []
      if (!positions.includes(position)) positions.push(position)
      index.positions.set(word, positions)
      index.longest = Math.max(index.longest, word.length)
    }
  }
  return index
})

/**
 * franc alone misreads short lines (a list of country names as Spanish, a URL as French): a paragraph
 * must also use at least two function words of the other language, and more than of the document's.
 * Counting them first also spares running franc on the many paragraphs that have none.
 * The lead is counted per other language: its function words that are not the document's, against the
 * document's function words that are not also that language's.
 */
function functionWordLead(documentLanguage: string, data: DomainData): (lower: string) => Set<string> {
  const index = wordIndex(data.functionWords)
  const own = index.languages.indexOf(documentLanguage)
  // Counters per language position, reused from one paragraph to the next.
  const foreign = new Int32Array(index.languages.length)
  const shared = new Int32Array(index.languages.length)
  return (lower) => {
    foreign.fill(0)
    shared.fill(0)
    let ownCount = 0
    let anyForeign = false
    const spans = wordSpans(lower, 'letters')
    for (let at = 0; at < spans.length; at += 2) {
      if (spans[at + 1]! - spans[at]! > index.longest) continue
      const positions = index.positions.get(lower, spans[at]!, spans[at + 1]!)
      if (!positions) continue
      const isOwn = own >= 0 && positions.includes(own)
      if (isOwn) ownCount++
      for (const position of positions) {
        if (position === own) continue
        if (isOwn) shared[position]!++
        else {
          foreign[position]!++
          anyForeign = true
        }
      }
    }
    const leads = new Set<string>()
    if (!anyForeign) return leads
    for (const [position, language] of index.languages.entries()) {
      const count = foreign[position]!
      if (count >= 2 && count > ownCount - shared[position]!) leads.add(language)
    }
    return leads
  }
}

// franc is by far the costliest step, and notices of one programme repeat the same paragraphs (the
// German application note of a JPO programme): each distinct paragraph is detected once per data table.
// Bounded, so a stream of documents cannot grow it without end.
const DETECTED_PARAGRAPHS = 1000
const LONGEST_REMEMBERED = 2000
const detected = perObject((data: DomainData) =>
  perKey(
    (text: string) => text,
    (text) => paragraphLanguage(text, data),
    DETECTED_PARAGRAPHS,
  ),
)

function detectedLanguage(text: string, data: DomainData): string {
  if (text.length > LONGEST_REMEMBERED) return paragraphLanguage(text, data)
  return detected(data)(text)
}

function languageName(code: string, data: DomainData): string {
  return data.languageNames.find((entry) => entry.code === code)?.name ?? code
}

function opening(text: string): string {
  const words = text.split(/\s+/)
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : text
}

export default defineRule({
  id: 'foreign-language',
  severity: 'warn',
  description: 'A paragraph is written in another language than the rest of the document.',
  help: [
    'A paragraph in another language is usually left over from a template or a national recruitment office (for example the German application note of a JPO programme) and is unreadable for most candidates.',
    'Translate it into the document language or remove it. Languages listed in the `allow` option are never reported (for bilingual notices).',
    'A paragraph is reported when franc (the `detectableLanguages` table) finds another language and the paragraph uses at least two function words of it (the `functionWords` table) and more than of the document language: a language needs both tables.',
  ].join(' '),
  tags: ['language', 'template'],
  options: z
    .object({
      allow: z.array(z.string()).default([]).describe('ISO 639-1 codes of languages that may appear besides the document language'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: [
          '## Responsibilities',
          '',
          'The officer will support the unit in collecting, analysing and publishing data on migration flows in the region.',
          '',
          'The officer will also prepare reports for the donors and organise the training of the national staff of the partner ministries.',
          '',
          '**Bitte senden Sie Ihre Bewerbung direkt an das Büro für Internationale Organisationen**',
          '',
        ].join('\n'),
        messages: ['7:3 "Bitte senden Sie Ihre Bewerbung direkt…" is in German, not English like the rest of the document: translate it or remove it'],
      },
    ],
    good: [
      {
        text: [
          '## Responsibilities',
          '',
          'The officer will support the unit in collecting, analysing and publishing data on migration flows in the region.',
          '',
          'The officer will also prepare reports for the donors and organise the training of the national staff of the partner ministries.',
          '',
          'Based in Freetown, Sierra Leone, with travel to Bo, Kenema and Makeni.',
          '',
        ].join('\n'),
      },
      {
        text: [
          '## Responsibilities',
          '',
          'The officer will support the unit in collecting, analysing and publishing data on migration flows in the region.',
          '',
          'The officer will also prepare reports for the donors and organise the training of the national staff of the partner ministries.',
          '',
          'Bitte senden Sie Ihre Bewerbung direkt an das Büro für Internationale Organisationen.',
          '',
        ].join('\n'),
        options: { allow: ['de'] },
      },
    ],
  },
  check({ doc, data, options, report }) {
    const documentLanguage = doc.tor.source.language
    if (documentLanguage === 'und') return
    const accepted = new Set([documentLanguage, 'und', ...options.allow])
    const leadsOf = functionWordLead(documentLanguage, data)
    const verdicts = unitsOf(doc.segmented.blocks, data).map((unit) => {
      const leads = leadsOf(wordsOf(unit))
      if (leads.size === 0) return { unit, language: null }
      const language = detectedLanguage(unit.text, data)
      return { unit, language: leads.has(language) && !accepted.has(language) ? language : null }
    })
    // Neighbouring paragraphs in the same language are one finding: one passage to translate or remove.
    for (let index = 0; index < verdicts.length; index++) {
      const { unit, language } = verdicts[index]!
      if (!language) continue
      let end = index
      while (verdicts[end + 1]?.language === language) end++
      const first = unit.blocks[0]!
      const lastUnit = verdicts[end]!.unit
      const last = lastUnit.blocks[lastUnit.blocks.length - 1]!
      report(
        { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn },
        `"${opening(unit.text)}" is in ${languageName(language, data)}, not ${languageName(documentLanguage, data)} like the rest of the document: translate it or remove it`,
      )
      index = end
    }
  },
})
