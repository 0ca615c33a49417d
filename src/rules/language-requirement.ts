import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { DomainData } from '../data/index.js'
import type { ParsedDocument } from '../document/index.js'
import { perKey, perObjectPair } from '../memo.js'
import type { Block, Section } from '../segment/index.js'
import { escapeRegExp } from '../text.js'
import { editDistance, foldKey, listWords, nearestSpelling, spellingsOf, type Spelling } from './util/names.js'
import { forOrganization, organizationOf } from './util/organization.js'

const LANGUAGE_KINDS = new Set(['languages', 'languagesRequired', 'languagesAdvantageous'])

// Moved to ./util/; exported here as well, where other rules first found them.
export { editDistance, foldKey, listWords, nearest } from './util/names.js'
export { forOrganization, organizationOf } from './util/organization.js'

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

function languageSpellings(name: string, data: DomainData): string[] {
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
  const spellings = languageSpellings(name, data)
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

interface KnownSpellings {
  folded: Set<string>
  /** Spellings of five letters or more: shorter ones sit one letter from common words. */
  long: Spelling[]
  lookalikes: Set<string>
  /** A word's verdict, remembered: "Fluency", "Knowledge" come back in every notice. */
  misspelling: (word: string) => Suggestion | null
}

// Past this many judged words the cache starts over, so a stream of documents cannot grow it unbounded.
const JUDGED_WORDS = 10_000

/** The language names and their lookalikes, folded once per pair of tables. */
const knownSpellingsOf = perObjectPair((names: DomainData['languageNames'], lookalikeWords: DomainData['languageLookalikes']): KnownSpellings => {
  const candidates = names.flatMap((entry) => [entry.name, ...entry.aliases])
  const known: KnownSpellings = {
    folded: new Set(candidates.map(foldKey)),
    long: spellingsOf(candidates.filter((candidate) => candidate.length >= 5)),
    lookalikes: new Set(lookalikeWords.map(foldKey)),
    misspelling: perKey(
      (word: string) => word,
      (word) => judge(word, known),
      JUDGED_WORDS,
    ),
  }
  return known
})

function knownSpellings(data: DomainData): KnownSpellings {
  return knownSpellingsOf(data.languageNames, data.languageLookalikes)
}

interface Suggestion {
  name: string
  /** No other spelling is as near: the word can be replaced without asking. */
  certain: boolean
}

/** A misspelt language name: near a known spelling, but not a country or people ("Russia", "Arabia"). */
function judge(word: string, known: KnownSpellings): Suggestion | null {
  const key = foldKey(word)
  if (known.folded.has(key) || known.lookalikes.has(key)) return null
  for (const spelling of known.folded) if (spelling.startsWith(key) || key.startsWith(spelling)) return null
  // Short names sit one letter from common words ("Thai"/"That"), so only longer ones are compared.
  const max = key.length <= 6 ? 1 : 2
  const found = nearestSpelling(foldKey(key), known.long, max)
  if (!found) return null
  const entry = found.candidate
  const folded = foldKey(key)
  const tied = known.long.some((spelling) => spelling.key !== foldKey(entry) && editDistance(folded, spelling.key, found.distance) === found.distance)
  return { name: entry.charAt(0).toUpperCase() + entry.slice(1), certain: !tied }
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
  fixable: true,
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
        // Only the spelling is corrected: which of the two mentions of English to keep is the author's choice.
        output: '# Consultant\n\nIOM (International Organization for Migration) seeks a consultant.\n\n## Languages\n\nFluency in English is required. Working knowledge of French or English is an advantage.\n',
      },
      {
        text: '# Consultant\n\nIOM (International Organization for Migration) seeks a consultant.\n\n## Languages\n\nFluency in the local language is required. Knowledge of English is an advantage.\n',
        messages: ['5:4 no official language of IOM is required (English is only an advantage): state that fluency in English, French or Spanish is required'],
      },
      {
        // Quoted as the notice writes it.
        text: '# Consultor\n\nLa OIM (Organización Internacional para las Migraciones) busca un consultor.\n\n## Idiomas\n\nSe requiere dominio del español y del inglés. El conocimiento del inglés es deseable.\n',
        messages: ['7:67 "inglés" is listed as both required and an advantage: keep it in one of the two'],
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
    for (const block of sections.flatMap((section) => section.blocks)) {
      for (let line = block.line; line <= block.endLine; line++) {
        const text = doc.lines[line - 1] ?? ''
        for (const match of text.matchAll(CAPITALISED)) {
          if (line === block.line && match.index < block.column - 1) continue
          const suggestion = known.misspelling(match[0])
          if (!suggestion) continue
          const column = match.index + 1
          // Replaced only when the nearest spelling is the only one that near ("Spanich" is Spanish, nothing else).
          report({ line, column, endLine: line, endColumn: column + match[0].length }, `"${match[0]}" is not a language name: write "${suggestion.name}"`, suggestion.certain ? { fix: { text: suggestion.name } } : undefined)
        }
      }
    }

    for (const name of advantageous) {
      if (!required.includes(name)) continue
      const mention = advantageSpan(doc, sections, name, data)
      const at = mention ?? (sections[0] ? headingSpan(sections[0]) : { line: 1, column: 1 })
      // Quoted as the document writes it ("inglés"), so the reader finds the word.
      const written = mention ? (doc.lines[mention.line - 1] ?? '').slice(mention.column - 1, (mention.endColumn ?? mention.column) - 1) : ''
      report(at, `"${written || name}" is listed as both required and an advantage: keep it in one of the two`)
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
