import { z } from 'zod'
import { defineRule } from './define.js'
import type { DomainData } from '../data/index.js'
import { paragraphLanguage } from '../extract/index.js'
import type { Block } from '../segment/index.js'

interface Unit {
  blocks: Block[]
  text: string
}

const PROSE = new Set(['text', 'subheading', 'item', 'footnote'])
// A paragraph shorter than this (a heading, a line cut by a hard break) is detected together with the
// lines right below it; a long one stands alone, so it cannot swallow a short line in another language.
const SHORT = 80
const URL = /(?:https?:\/\/|www\.)[^\s)>\]]+/g

/** A letterhead gives the organisation's name in several languages ("IOM ... OIM Organisation internationale ..."). */
function isLetterhead(text: string, data: DomainData): boolean {
  const key = text.toLowerCase()
  return data.organizationNames.some((entry) => entry.names.filter((name) => key.includes(name.toLowerCase())).length >= 2)
}

/** Paragraphs to detect: a block, with the lines right below it while the paragraph is still short. */
function unitsOf(blocks: Block[], data: DomainData): Unit[] {
  const units: Unit[] = []
  let current: Unit | null = null
  for (const block of blocks) {
    if (!PROSE.has(block.type) || isLetterhead(block.text, data)) {
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
    } else {
      current = { blocks: [block], text: block.text }
      units.push(current)
    }
  }
  return units
}

/**
 * franc alone misreads short lines (a list of country names as Spanish, a URL as French): a paragraph
 * must also use at least two function words of the other language, and more than of the document's.
 * Counting them first also spares running franc on the many paragraphs that have none.
 */
const wordIndexes = new WeakMap<Record<string, string[]>, Map<string, Set<string>>>()

/** Function word → the languages it belongs to, built once per table. */
function wordIndex(functionWords: Record<string, string[]>): Map<string, Set<string>> {
  let index = wordIndexes.get(functionWords)
  if (!index) {
    index = new Map()
    for (const [language, words] of Object.entries(functionWords)) {
      for (const word of words) {
        const languages = index.get(word) ?? new Set<string>()
        languages.add(language)
        index.set(word, languages)
      }
    }
    wordIndexes.set(functionWords, index)
  }
  return index
}

function functionWordLead(documentLanguage: string, data: DomainData): (text: string) => Set<string> {
  const index = wordIndex(data.functionWords)
  return (text) => {
    // Per other language: its function words that are not the document's, against the document's
    // function words that are not also that language's.
    const foreign = new Map<string, number>()
    const shared = new Map<string, number>()
    let own = 0
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const languages = index.get(word)
      if (!languages) continue
      const isOwn = languages.has(documentLanguage)
      if (isOwn) own++
      for (const language of languages) {
        if (language === documentLanguage) continue
        if (isOwn) shared.set(language, (shared.get(language) ?? 0) + 1)
        else foreign.set(language, (foreign.get(language) ?? 0) + 1)
      }
    }
    return new Set([...foreign].filter(([language, count]) => count >= 2 && count > own - (shared.get(language) ?? 0)).map(([language]) => language))
  }
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
      const leads = leadsOf(unit.text.replace(URL, ' '))
      if (leads.size === 0) return { unit, language: null }
      const language = paragraphLanguage(unit.text, data)
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
