import { z } from 'zod'
import { defineRule, findInLines, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import type { DomainData } from '../data/index.js'
import { perKey, perObject } from '../memo.js'
import type { Block } from '../segment/index.js'
import { headingText } from './util/heading-text.js'
import { alternation, cleanText, escapeRegExp, normalizeKey, phrasePattern } from '../text.js'

interface Mention {
  title: string
  at: Span
  /** Read from a sentence, not from a field or heading. */
  prose: boolean
}

/** Title words for comparison: no case, punctuation or grade in brackets; "programme" spelt one way. */
function words(title: string): string {
  return normalizeKey(title)
    .replace(/\((?:p|d|g|gs|no)[\s-]?(?:\d{1,2}|[a-e])\)/g, ' ')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// Words that make another post of the same line of work: "Associate Economic Affairs Officer" is a P-2,
// "Economic Affairs Officer" a P-3.
const RANKS = new Set(['senior', 'associate', 'assistant', 'junior', 'deputy', 'principal', 'chief', 'head', 'lead', 'regional', 'national', 'international', 'acting'])

/** One title is the other, or names it with qualifiers around it ("JPO, Program Officer ..."), but no rank word. */
function agree(a: string, b: string): boolean {
  const [x, y] = [` ${words(a)} `, ` ${words(b)} `]
  const [long, short] = x.length >= y.length ? [x, y] : [y, x]
  const at = long.indexOf(short)
  if (at < 0) return false
  const extra = `${long.slice(0, at)} ${long.slice(at + short.length)}`.split(' ')
  return !extra.some((word) => RANKS.has(word))
}

/** The title words of the generic titles, once per table. */
const genericKeysOf = perObject((titles: DomainData['genericTitles']): string[] => titles.map(words))

function isGeneric(title: string, data: DomainData): boolean {
  const key = words(title)
  return genericKeysOf(data.genericTitles).some((generic) => key === generic || key.startsWith(`${generic} `))
}

// Per data table, then per list of verbs (an option: equal lists in new arrays share their patterns).
const nounPatterns = perObject((data: DomainData) => {
  const nouns = data.jobTitleNouns.map(escapeRegExp).join('|')
  return perKey(
    (verbs: string[]) => verbs.join('\n'),
    (verbs): { last: RegExp; own: RegExp } => {
      return {
        // The words of a requisition line up to its last title noun: "Reintegration Officer".
        last: new RegExp(`^(.*\\b(?:${nouns}))(?![\\p{L}])`, 'u'),
        // "The Reintegration Officer will be responsible for ...": the position's own title, as the subject
        // of a sentence about its duties or its place. Capitalised words, with "and"/"of" between them.
        own: new RegExp(
          `(?:^|[.;:!?,]\\s+)(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:and|of|for|&)\\s+)?){1,5}(?:${nouns}))\\s+(?:${alternation(verbs, phrasePattern) || '(?!)'})(?![\\p{L}])`,
          'gu',
        ),
      }
    },
  )
})

function patterns(data: DomainData, verbs: string[]): { last: RegExp; own: RegExp } {
  const found = nounPatterns(data)(verbs)
  found.own.lastIndex = 0
  return found
}

function spanIn(doc: ParsedDocument, block: Block, text: string): Span {
  const start = block.rowValueAt ?? { line: block.line, column: block.column }
  return findInLines(doc, start.line, block.endLine, text, start.column) ?? start
}

/** Title rows, the requisition line, a first-level heading and body sentences that name the position. */
function mentions(doc: ParsedDocument, data: DomainData, verbs: string[]): Mention[] {
  const found: Mention[] = []
  const { last, own } = patterns(data, verbs)
  const code = doc.tor.position.vacancyNumber
  const blocks = doc.segmented.blocks
  for (const block of blocks) {
    if (block.type === 'row' && block.rowField === 'title' && block.rowValue) {
      const title = cleanText(block.rowValueLead ?? block.rowValue)
      found.push({ title, at: spanIn(doc, block, title), prose: false })
    }
    if (block.type === 'row' && block.rowField === 'vacancyNumber' && block.rowValue && code && block.rowValue.startsWith(code)) {
      // "SVN 2022 26 Reintegration Officer (P2) Freetown, Sierra Leone (57374860) Released"
      const rest = block.rowValue.slice(code.length).split(/[(,]/)[0]!.trim()
      const title = last.exec(rest)?.[1]?.trim()
      if (title) found.push({ title, at: spanIn(doc, block, title), prose: false })
    }
  }
  const heading = doc.segmented.sections.find((section) => section.headingBlock)?.headingBlock
  if (heading && heading.depth === 1 && !heading.headingKind && last.test(heading.text)) found.push({ title: headingText(heading.text), at: { line: heading.line, column: heading.column }, prose: false })
  const supervisor = doc.tor.position.reportsTo
  for (const section of doc.segmented.sections) {
    if (!['header', 'position', 'context', 'responsibilities', 'other'].includes(section.kind)) continue
    for (const block of section.blocks) {
      if (block.type !== 'text') continue
      for (const match of block.text.matchAll(own)) {
        const title = match[1]!
        if (supervisor && agree(title, supervisor)) continue
        found.push({ title, at: findInLines(doc, block.line, block.endLine, title, block.column) ?? { line: block.line, column: block.column }, prose: true })
      }
    }
  }
  return found.filter((mention) => !isGeneric(mention.title, data))
}

function headNoun(title: string): string {
  return words(title).split(' ').pop() ?? ''
}

/** The words before the head noun, without rank words: "program" for "Senior Programme Officer". */
function qualifiers(title: string): string {
  return words(title).split(' ').slice(0, -1).filter((word) => !RANKS.has(word)).join(' ')
}

/**
 * Whether a body sentence names the post under another title. The same kind of role with other words
 * ("Protection Officer" for "Reintegration Officer"), or the same line of work with another role noun
 * ("Programme Officer" for "Programme Analyst"): a title left from the notice this one was copied from.
 * A role that leads others ("the Programme Manager will be responsible for ...") is another person.
 */
function namesThePost(mention: string, reference: string, otherRoles: Set<string>): boolean {
  const head = headNoun(mention)
  if (head === headNoun(reference)) return true
  if (otherRoles.has(head)) return false
  const own = qualifiers(mention)
  return own !== '' && own === qualifiers(reference)
}

export default defineRule({
  id: 'title-consistency',
  severity: 'error',
  description: 'The position title differs between the header, the requisition line and the body.',
  help: [
    'A vacancy built from an older one often keeps the old title somewhere: in a second header row, the requisition line or a sentence about the incumbent. Candidates and the recruitment system then disagree on what the job is.',
    'Titles are compared without case, punctuation or a grade in brackets; a shorter form ("Program Officer" for "JPO, Program Officer Mental Health") agrees with the full one.',
    'A body sentence counts only when it is clearly about the position itself ("The Protection Officer will be responsible for ...", `proseVerbs`), with the same kind of role (the same last word) or the same line of work under another role noun ("the Programme Officer will" in a Programme Analyst notice); roles that lead others (`otherRoles`) and other roles the text names are not compared.',
    'Use the same title everywhere.',
  ].join('\n\n'),
  tags: ['consistency', 'fields'],
  options: z
    .object({
      proseVerbs: z
        .array(z.string())
        .default([
          'will be responsible', 'will be based', 'will be located', 'will be in', 'will be part of', 'will be expected to', 'will work', 'will report',
          'will support', 'will assist', 'will contribute', 'is responsible', 'is based', 'is located', 'is part of', 'is expected to',
        ])
        .describe('What follows a title in a body sentence about the post itself ("The Protection Officer will be responsible for")'),
      otherRoles: z
        .array(z.string())
        .default(['manager', 'head', 'chief', 'director', 'coordinator', 'representative', 'lead', 'supervisor'])
        .describe('Role nouns of people who lead others: a body sentence about one of them is about another post, unless the head noun is the title\'s own'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: 'Position Title: Reintegration Officer\nDuty Station: Freetown\n\nThe Senior Protection Officer will be responsible for reintegration assistance.\n\nRequisition: SVN 2022 26 Reintegration Assistant (G5) Freetown, Sierra Leone\n',
        messages: [
          '4:5 says "Senior Protection Officer" but the title is "Reintegration Officer" (line 1): use the same title throughout',
          '6:26 says "Reintegration Assistant" but the title is "Reintegration Officer" (line 1): use the same title throughout',
        ],
      },
      {
        text: '# Programme Analyst\n\nPosition Title: Programme Analyst\n\n## Responsibilities\n\nThe Programme Officer will support the design and monitoring of the country programme.\n',
        messages: ['7:5 says "Programme Officer" but the title is "Programme Analyst" (line 3): use the same title throughout'],
      },
    ],
    good: [
      {
        text: 'Position Title: Programme Analyst\n\n## Responsibilities\n\nThe Programme Manager will be responsible for the overall portfolio. The Finance Officer will support budget monitoring, and the Programme Analyst will support the design of the country programme.\n',
      },
      {
        text: 'Position Title: Reintegration Officer\n\nIn coordination with the Regional Reintegration Officer in Dakar, the Reintegration Officer will be responsible for reintegration assistance.\n\nRequisition: SVN 2022 26 Reintegration Officer (P2) Freetown, Sierra Leone\n',
      },
    ],
  },
  check({ doc, data, options, report }) {
    const reference = doc.tor.position.title
    const at = doc.tor.positionLocations.title
    if (!reference || !at) return
    const otherRoles = new Set(options.otherRoles.map((role) => words(role)))
    for (const mention of mentions(doc, data, options.proseVerbs)) {
      if (mention.at.line === at.line || agree(mention.title, reference)) continue
      // A body sentence about another kind of role ("the Programme Manager will be responsible") is not the title.
      if (mention.prose && !namesThePost(mention.title, reference, otherRoles)) continue
      report(mention.at, `says "${mention.title}" but the title is "${reference}" (line ${at.line}): use the same title throughout`)
    }
  },
})
