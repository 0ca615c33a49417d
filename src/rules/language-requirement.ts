import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { DomainData } from '../data/index.js'
import type { ParsedDocument } from '../index.js'
import type { Block, Section } from '../segment/index.js'
import { escapeRegExp } from '../text.js'

const LANGUAGE_KINDS = new Set(['languages', 'languagesRequired', 'languagesAdvantageous'])

/** Lower case without accents: "Inglés" and "ingles" are one spelling. */
export function foldKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > max) return max + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/** The candidate closest to `word` within `max` edits (ties: the first), or null. */
export function nearest(word: string, candidates: readonly string[], max: number): { candidate: string; distance: number } | null {
  let best: { candidate: string; distance: number } | null = null
  const key = foldKey(word)
  for (const candidate of candidates) {
    const distance = editDistance(key, foldKey(candidate), best ? Math.min(max, best.distance - 1) : max)
    if (distance <= max && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best
}

const organizationPatterns = new WeakMap<DomainData['organizationNames'], RegExp>()

function organizationPattern(table: DomainData['organizationNames']): RegExp {
  let pattern = organizationPatterns.get(table)
  if (!pattern) {
    const alternatives = [...new Set(table.flatMap((entry) => [...entry.acronyms, ...entry.names]))]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu')
    organizationPatterns.set(table, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

/** Which organisation a mention names: acronyms only in capitals ("WHO", not "who"). */
function organizationOfMention(mention: string, table: DomainData['organizationNames']): string | null {
  const key = mention.toLowerCase()
  for (const entry of table) {
    if (entry.acronyms.includes(mention) || entry.names.some((name) => name.toLowerCase() === key)) return entry.id
  }
  return null
}

/**
 * The organisation a notice belongs to: the option, else the first one the Organization field names,
 * else the one the text mentions most (an IOM notice also says "a Related Organization of the UN").
 */
export function organizationOf(doc: ParsedDocument, data: DomainData, option: string | null): string | null {
  const table = data.organizationNames
  if (option) return table.find((entry) => foldKey(entry.id) === foldKey(option))?.id ?? option
  const declared = doc.tor.position.organization
  if (declared) {
    for (const match of declared.matchAll(organizationPattern(table))) {
      const id = organizationOfMention(match[0], table)
      if (id) return id
    }
  }
  return mostMentioned(doc, table)
}

const mentionCache = new WeakMap<ParsedDocument, string | null>()

/** The organisation the text names most often; computed once per document, several rules ask. */
function mostMentioned(doc: ParsedDocument, table: DomainData['organizationNames']): string | null {
  if (mentionCache.has(doc)) return mentionCache.get(doc)!
  const counts = new Map<string, number>()
  for (const match of doc.source.text.matchAll(organizationPattern(table))) {
    const id = organizationOfMention(match[0], table)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [id, count] of counts) if (!best || count > counts.get(best)!) best = id
  mentionCache.set(doc, best)
  return best
}

/** The value of a string-keyed table for an organisation id, ignoring case. */
export function forOrganization<T>(table: Record<string, T>, organization: string | null): T | null {
  if (!organization) return null
  const key = Object.keys(table).find((name) => foldKey(name) === foldKey(organization))
  return key === undefined ? null : table[key]!
}

/** "English, French or Spanish". */
export function listWords(words: readonly string[], conjunction: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`
}

/** Every whole-word occurrence of any of the words in a block's source lines. */
function findWords(doc: ParsedDocument, block: Block, words: readonly string[]): Span[] {
  const pattern = new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu')
  const spans: Span[] = []
  for (let line = block.line; line <= block.endLine; line++) {
    const text = doc.lines[line - 1] ?? ''
    for (const match of text.matchAll(pattern)) {
      if (line === block.line && match.index < block.column - 1) continue
      spans.push({ line, column: match.index + 1, endLine: line, endColumn: match.index + 1 + match[0].length })
    }
  }
  return spans
}

function spellingsOf(name: string, data: DomainData): string[] {
  const entry = data.languageNames.find((candidate) => candidate.name === name)
  return entry ? [entry.name, ...entry.aliases] : [name]
}

/** The sentence of a source line a span sits in. */
function sentenceAt(doc: ParsedDocument, span: Span): string {
  const text = doc.lines[span.line - 1] ?? ''
  const start = Math.max(...['.', ';', '!', '?'].map((mark) => text.lastIndexOf(mark, span.column - 1)))
  const ends = ['.', ';', '!', '?'].map((mark) => text.indexOf(mark, span.column - 1)).filter((index) => index >= 0)
  return text.slice(start + 1, ends.length > 0 ? Math.min(...ends) : text.length).toLowerCase()
}

/** Where the advantage is stated: the "Advantageous" subsection, else a mention in a sentence about an advantage. */
function advantageSpan(doc: ParsedDocument, sections: Section[], name: string, data: DomainData): Span | null {
  const spellings = spellingsOf(name, data)
  const inAdvantageous = sections.filter((section) => section.kind === 'languagesAdvantageous').flatMap((section) => section.blocks)
  const first = inAdvantageous.flatMap((block) => findWords(doc, block, spellings))[0]
  if (first) return first
  const mentions = sections.flatMap((section) => section.blocks).flatMap((block) => findWords(doc, block, spellings))
  const words = data.languageRequirementWords.advantageous.map((word) => word.toLowerCase())
  return mentions.find((span) => words.some((word) => sentenceAt(doc, span).includes(word))) ?? mentions[mentions.length - 1] ?? null
}

function headingSpan(section: Section): Span {
  return { line: section.line, column: section.column, endLine: section.line, endColumn: section.column + section.heading.length }
}

// A capitalised word of five letters or more: English writes language names with a capital.
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}{4,}(?![\p{L}])/gu

function knownSpellings(data: DomainData): { folded: Set<string>; candidates: string[] } {
  const candidates = data.languageNames.flatMap((entry) => [entry.name, ...entry.aliases])
  return { folded: new Set(candidates.map(foldKey)), candidates }
}

/** A misspelt language name: near a known spelling, but not a country or people ("Russia", "Arabia"). */
function misspelling(word: string, known: { folded: Set<string>; candidates: string[] }, lookalikes: Set<string>): string | null {
  const key = foldKey(word)
  if (known.folded.has(key) || lookalikes.has(key)) return null
  for (const spelling of known.folded) if (spelling.startsWith(key) || key.startsWith(spelling)) return null
  // Short names sit one letter from common words ("Thai"/"That"), so only longer ones are compared.
  const max = key.length <= 6 ? 1 : 2
  const candidates = known.candidates.filter((candidate) => candidate.length >= 5)
  const found = nearest(key, candidates, max)
  if (!found) return null
  const entry = found.candidate
  return entry.charAt(0).toUpperCase() + entry.slice(1)
}

export default defineRule({
  id: 'language-requirement',
  severity: 'warn',
  description: 'The language requirement lists a language twice, misspells one, or requires none of the organisation’s official languages.',
  help: [
    'A language cannot be both required and an advantage, and a misspelt language name ("Englsh") is missed by job boards and screening tools.',
    'Most organisations require fluency in one of their official languages (IOM: English, French or Spanish; UN: the six official languages).',
    'The organisation is read from the Organization field or the text; set the `organization` option when it is not.',
  ].join(' '),
  tags: ['languages', 'requirements'],
  options: z
    .object({
      organization: z.string().nullable().default(null).describe('Organisation whose official languages apply (a key of the officialLanguages table); detected when null'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: '# Consultant\n\nIOM (International Organization for Migration) seeks a consultant.\n\n## Languages\n\nFluency in English is required. Working knowledge of Frensh or English is an advantage.\n',
        messages: [
          '7:54 "Frensh" is not a language name: write "French"',
          '7:64 "English" is listed as both required and an advantage: keep it in one of the two',
        ],
      },
      {
        text: '# Consultant\n\nIOM (International Organization for Migration) seeks a consultant.\n\n## Languages\n\nFluency in the local language is required. Knowledge of English is an advantage.\n',
        messages: ['5:4 no official language of IOM is required (English is only an advantage): state that fluency in English, French or Spanish is required'],
      },
    ],
    good: [
      { text: '# Consultant\n\nIOM (International Organization for Migration) seeks a consultant.\n\n## Languages\n\nFluency in English is required. Working knowledge of French is an advantage.\n' },
      {
        text: '# Consultant\n\nThe consultant will be based in Dushanbe.\n\n## Languages\n\nFluency in Russian is required. Knowledge of Tajik is an advantage.\n',
        options: { organization: 'UN' },
      },
    ],
  },
  check({ doc, data, options, report }) {
    const sections = doc.segmented.sections.filter((section) => LANGUAGE_KINDS.has(section.kind))
    const { required, requiredOneOf, advantageous } = doc.tor.languages

    const known = knownSpellings(data)
    const lookalikes = new Set(data.languageLookalikes.map(foldKey))
    for (const block of sections.flatMap((section) => section.blocks)) {
      for (let line = block.line; line <= block.endLine; line++) {
        const text = doc.lines[line - 1] ?? ''
        for (const match of text.matchAll(CAPITALISED)) {
          if (line === block.line && match.index < block.column - 1) continue
          const suggestion = misspelling(match[0], known, lookalikes)
          if (!suggestion) continue
          const column = match.index + 1
          report({ line, column, endLine: line, endColumn: column + match[0].length }, `"${match[0]}" is not a language name: write "${suggestion}"`)
        }
      }
    }

    for (const name of advantageous) {
      if (!required.includes(name)) continue
      const at = advantageSpan(doc, sections, name, data) ?? (sections[0] ? headingSpan(sections[0]) : { line: 1, column: 1 })
      report(at, `"${name}" is listed as both required and an advantage: keep it in one of the two`)
    }

    const said = required.length + requiredOneOf.length + advantageous.length > 0
    if (sections.length === 0 && !said) return
    const organization = organizationOf(doc, data, options.organization)
    const official = forOrganization(data.officialLanguages, organization)
    if (!official || official.length === 0) return
    if ([...required, ...requiredOneOf].some((name) => official.includes(name))) return
    const merelyAdvantage = advantageous.filter((name) => official.includes(name))
    const note = merelyAdvantage.length > 0 ? ` (${listWords(merelyAdvantage, 'and')} ${merelyAdvantage.length === 1 ? 'is' : 'are'} only an advantage)` : ''
    const at = sections[0] ? headingSpan(sections[0]) : { line: 1, column: 1 }
    report(at, `no official language of ${organization} is required${note}: state that fluency in ${listWords(official, 'or')} is required`)
  },
})
