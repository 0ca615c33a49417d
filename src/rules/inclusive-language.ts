import { z } from 'zod'
import { defineRule, findInLines, type Span } from './define.js'
import type { InclusiveWording } from '../data/inclusive.js'
import type { ParsedDocument } from '../index.js'
import { sectionKindSchema, type SectionKind } from '../schema.js'
import type { Block } from '../segment/index.js'
import { escapeRegExp } from '../text.js'

const termPatterns = new WeakMap<InclusiveWording['gendered'], RegExp>()

/** One pattern for every gendered term, longest first ("his or her" before "his"), whole words only. */
function termPattern(terms: InclusiveWording['gendered']): RegExp {
  let pattern = termPatterns.get(terms)
  if (!pattern) {
    const alternatives = [...terms]
      .sort((a, b) => b.term.length - a.term.length)
      .map((entry) => entry.term.toLowerCase().split('/').map((part) => part.split(' ').map(escapeRegExp).join('[ \\t]+')).join('[ \\t]*/[ \\t]*'))
    pattern = new RegExp(`(?<![\\p{L}/-])(?:${alternatives.join('|')})(?![\\p{L}/-])`, 'giu')
    termPatterns.set(terms, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

function replacementFor(found: string, terms: InclusiveWording['gendered']): string {
  const key = found.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ')
  const replacement = terms.find((entry) => entry.term.toLowerCase() === key)?.replacement ?? ''
  return /^\p{Lu}/u.test(found) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

const matchers = new WeakMap<string[], (word: string) => boolean>()

/** Coded-word entries as a matcher: "lead*" is a stem, "active" a whole word. Built once per table. */
function codedMatcher(entries: string[]): (word: string) => boolean {
  const cached = matchers.get(entries)
  if (cached) return cached
  const words = new Set(entries.filter((entry) => !entry.endsWith('*')).map((entry) => entry.toLowerCase()))
  const stems = entries.filter((entry) => entry.endsWith('*')).map((entry) => escapeRegExp(entry.slice(0, -1).toLowerCase()))
  const stem = stems.length > 0 ? new RegExp(`^(?:${stems.join('|')})`, 'u') : null
  const matcher = (word: string) => words.has(word) || (stem !== null && stem.test(word))
  matchers.set(entries, matcher)
  return matcher
}

interface CodedWord {
  word: string
  block: Block
}

// "Response" in "Psychosocial Response" and "Connection" in "Connection Hub" are names, not wording.
function isProperName(text: string, index: number): boolean {
  if (!/\p{Lu}/u.test(text.charAt(index))) return false
  // Look back over spaces only (not a slice per word: blocks can be long).
  let at = index - 1
  while (at >= 0 && /\s/.test(text.charAt(at))) at--
  return at >= 0 && !/[.!?:;•(–—-]/.test(text.charAt(at))
}

/** The masculine- and feminine-coded words of the blocks, each hyphenated word also read by its parts. */
function codedWords(blocks: Block[], wording: InclusiveWording) {
  const masculine = codedMatcher(wording.masculineCoded)
  const feminine = codedMatcher(wording.feminineCoded)
  const uncoded = codedMatcher(wording.uncoded)
  const found = { masculine: [] as CodedWord[], feminine: [] as CodedWord[] }
  // Most words repeat within a document: classify each distinct word once.
  const seen = new Map<string, ('masculine' | 'feminine')[]>()
  const classify = (token: string) => {
    const parts = masculine(token) || feminine(token) ? [token] : token.split('-')
    const kinds: ('masculine' | 'feminine')[] = []
    for (const part of parts) {
      if (uncoded(part)) continue
      if (masculine(part)) kinds.push('masculine')
      else if (feminine(part)) kinds.push('feminine')
    }
    return kinds
  }
  for (const block of blocks) {
    for (const match of block.text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      if (isProperName(block.text, match.index)) continue
      const token = match[0].toLowerCase()
      let kinds = seen.get(token)
      if (!kinds) {
        kinds = classify(token)
        seen.set(token, kinds)
      }
      for (const kind of kinds) found[kind].push({ word: match[0], block })
    }
  }
  return found
}

/** The distinct words of a list, most frequent first, quoted. */
function examples(words: CodedWord[], count: number): string {
  const tally = new Map<string, number>()
  for (const { word } of words) tally.set(word.toLowerCase(), (tally.get(word.toLowerCase()) ?? 0) + 1)
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([word]) => `"${word}"`)
    .join(', ')
}

function firstSpan(doc: ParsedDocument, coded: CodedWord): Span {
  const { block, word } = coded
  return findInLines(doc, block.line, block.endLine, word, block.column) ?? { line: block.line, column: block.column }
}

// The organisation's standard competency text is the same in every notice: the recruiter cannot reword it.
const STANDARD_SECTIONS: SectionKind[] = ['competencies', 'values', 'coreCompetencies', 'managerialCompetencies']

export default defineRule({
  id: 'inclusive-language',
  severity: 'info',
  description: 'Gendered wording ("his/her", "chairman") or a text that leans strongly on masculine- or feminine-coded words.',
  help: [
    'Write for every candidate: "their" instead of "his/her", "chair" instead of "chairman".',
    'Gaucher, Friesen & Kay (2011) found that job advertisements worded with masculine-coded words ("competitive", "dominant", "leader") attract fewer women, who anticipate not belonging.',
    'The rule counts coded words outside the organisation’s standard competency text (the same in every notice) and reports one finding per document when the masculine ones outnumber the feminine ones by `threshold` or more and are twice as many.',
    'Set `lean` to `both` to report a feminine lean too: most ToRs lean feminine because they "support" a unit, and the study found feminine wording hardly deters men.',
  ].join(' '),
  tags: ['wording', 'inclusion'],
  options: z
    .object({
      threshold: z.number().int().min(1).default(4).describe('How many more words of one kind than of the other make a document lean (it must also have twice as many)'),
      lean: z.enum(['masculine', 'both']).default('masculine').describe('Which lean to report: the study found masculine wording deters women, while feminine wording hardly deters men'),
      codedWords: z.boolean().default(true).describe('Report a lean towards masculine- or feminine-coded words'),
      skipSections: z.array(sectionKindSchema).default(STANDARD_SECTIONS).describe('Sections whose wording is standard text and not counted'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: 'The officer will receive regular feedback on his/her performance and will report to the chairman of the board.\n',
        messages: ['1:46 "his/her" is gendered wording: write "their"', '1:89 "chairman" is gendered wording: write "chair"'],
      },
      {
        text: [
          '## Responsibilities',
          '',
          '- Lead a competitive, ambitious team and take decisive action in a challenging environment.',
          '- Lead the analysis of market data and defend an independent, objective opinion.',
          '- Be assertive and confident; drive the agenda of a dominant, fast-growing unit.',
          '',
        ].join('\n'),
        messages: ['3:3 the wording leans masculine (13 masculine-coded words such as "lead", "competitive", "ambitious", 0 feminine-coded), which can deter women from applying: rephrase some of them'],
      },
    ],
    good: [
      { text: 'The officer will receive regular feedback on their performance and will report to the chair of the board.\n' },
      {
        text: '## Responsibilities\n\n- Lead the analysis of data on migration flows and support the team in understanding the results.\n',
      },
    ],
  },
  check({ doc, data, options, report }) {
    // Too little text to tell its language: most notices are in English.
    const language = doc.tor.source.language === 'und' ? 'en' : doc.tor.source.language
    const wording = data.inclusiveWording[language]
    if (!wording) return

    // Gendered terms anywhere, read on the source lines the blocks cover (each line once).
    const lines = new Set<number>()
    for (const block of doc.segmented.blocks) for (let line = block.line; line <= block.endLine; line++) lines.add(line)
    const pattern = termPattern(wording.gendered)
    for (const line of [...lines].sort((a, b) => a - b)) {
      for (const match of (doc.lines[line - 1] ?? '').matchAll(pattern)) {
        const column = match.index + 1
        report({ line, column, endLine: line, endColumn: column + match[0].length }, `"${match[0]}" is gendered wording: write "${replacementFor(match[0], wording.gendered)}"`)
      }
    }

    if (!options.codedWords) return
    const skipped = new Set<SectionKind>(options.skipSections)
    const blocks = doc.segmented.sections
      .filter((section) => !skipped.has(section.kind))
      .flatMap((section) => section.blocks)
      .filter((block) => block.type !== 'heading' && block.type !== 'row')
    const found = codedWords(blocks, wording)
    const [kind, other, many, few] = found.masculine.length >= found.feminine.length
      ? (['masculine', 'feminine', found.masculine, found.feminine] as const)
      : (['feminine', 'masculine', found.feminine, found.masculine] as const)
    if (kind === 'feminine' && options.lean === 'masculine') return
    if (many.length - few.length < options.threshold || many.length < 2 * few.length) return
    const effect = kind === 'masculine' ? 'which can deter women from applying' : 'which can deter some candidates from applying'
    report(
      firstSpan(doc, many[0]!),
      `the wording leans ${kind} (${many.length} ${kind}-coded words such as ${examples(many, 3)}, ${few.length} ${other}-coded), ${effect}: rephrase some of them`,
    )
  },
})
