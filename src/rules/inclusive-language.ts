import { z } from 'zod'
import { defineRule, findInLines, type Span } from './define.js'
import type { InclusiveWording } from '../data/inclusive.js'
import type { ParsedDocument } from '../document/index.js'
import { perKey, perObject } from '../memo.js'
import { sectionKindSchema, type SectionKind } from '../schema.js'
import type { Block } from '../segment/index.js'
import { escapeRegExp } from '../text.js'
import { lookbehindMatcher, type Matcher } from './util/alternatives.js'
import { linesText } from './util/source-text.js'
import { candidatePronouns } from './util/candidate-pronouns.js'
import { isAscii, wordSpans } from './util/words.js'

/** One pattern for every gendered term, longest first ("his or her" before "his"), whole words only. */
const termMatcher = perObject((terms: InclusiveWording['gendered']): Matcher => {
  const alternatives = [...terms]
    .sort((a, b) => b.term.length - a.term.length)
    .map((entry) => entry.term.toLowerCase().split('/').map((part) => part.split(' ').map(escapeRegExp).join('[ \\t]+')).join('[ \\t]*/[ \\t]*'))
  return lookbehindMatcher('[\\p{L}/-]', `(?:${alternatives.join('|')})(?![\\p{L}/-])`, 'iu')
})

/**
 * The gendered terms of every line. No term spans a line break, so the text is searched in one go (a
 * search per line costs more) and each match is placed on its line. `joined` is the lines joined by "\n".
 */
function termsOnLines(lines: string[], joined: string, terms: InclusiveWording['gendered']): { line: number; column: number; text: string }[] {
  const matcher = termMatcher(terms)
  const found: { line: number; column: number; text: string }[] = []
  if (terms.some((entry) => entry.term.includes('\n'))) {
    lines.forEach((text, index) => {
      for (const match of matcher(text)) found.push({ line: index + 1, column: match.index + 1, text: match.text })
    })
    return found
  }
  let line = 0
  let lineStart = 0
  for (const match of matcher(joined)) {
    while (match.index >= lineStart + lines[line]!.length + 1) lineStart += lines[line++]!.length + 1
    found.push({ line: line + 1, column: match.index - lineStart + 1, text: match.text })
  }
  return found
}

function replacementFor(found: string, terms: InclusiveWording['gendered']): { text: string; fix: boolean } {
  const key = found.toLowerCase().replace(/(?<!\s)\s*\/\s*/g, '/').replace(/\s+/g, ' ')
  const entry = terms.find((candidate) => candidate.term.toLowerCase() === key)
  const replacement = entry?.replacement ?? ''
  return { text: /^\p{Lu}/u.test(found) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement, fix: entry?.fix === true && replacement !== '' }
}

/** Coded-word entries as a matcher: "lead*" is a stem, "active" a whole word. */
function codedMatcher(entries: string[]): (word: string) => boolean {
  const words = new Set(entries.filter((entry) => !entry.endsWith('*')).map((entry) => entry.toLowerCase()))
  const stems = entries.filter((entry) => entry.endsWith('*')).map((entry) => escapeRegExp(entry.slice(0, -1).toLowerCase()))
  const stem = stems.length > 0 ? new RegExp(`^(?:${stems.join('|')})`, 'u') : null
  return (word: string) => words.has(word) || (stem !== null && stem.test(word))
}

type Kind = 'masculine' | 'feminine'

interface Classifier {
  /** The coding of a lower-case word, each hyphenated word also read by its parts. */
  classify: (token: string) => Kind[]
  /** Which ASCII words without a hyphen can be coded, by their first letters; null when any may be. */
  prefixes: Prefixes | null
}

/**
 * The starts of the coded entries, as `prefixKey` numbers. A word is coded when it is an entry or starts
 * with a stem, so a word of three letters must be an entry of three, and a longer one must start like an
 * entry of four or more, or with a stem of three. Most words start like none, and need no look-up.
 */
interface Prefixes {
  three: Set<number>
  stemsOfThree: Set<number>
  four: Set<number>
}

/** Up to four ASCII character codes as one number. */
function prefixKey(text: string, start: number, length: number): number {
  let key = 0
  for (let index = start; index < start + length; index++) key = (key << 7) | text.charCodeAt(index)
  return key
}

function prefixesOf(entries: string[]): Prefixes | null {
  const prefixes: Prefixes = { three: new Set(), stemsOfThree: new Set(), four: new Set() }
  for (const entry of entries) {
    const stem = entry.endsWith('*')
    const word = (stem ? entry.slice(0, -1) : entry).toLowerCase()
    if (word.length < 3) return null
    const length = Math.min(word.length, 4)
    // An entry that starts beyond ASCII cannot match an ASCII word.
    if (!/^[\x00-\x7f]*$/.test(word.slice(0, length))) continue
    if (word.length === 3) {
      prefixes.three.add(prefixKey(word, 0, 3))
      if (stem) prefixes.stemsOfThree.add(prefixKey(word, 0, 3))
    } else prefixes.four.add(prefixKey(word, 0, 4))
  }
  return prefixes
}

/** Whether an ASCII word without a hyphen, `text.slice(start, end)` in lower case, can be coded. */
function mayBeCoded(prefixes: Prefixes, text: string, start: number, end: number): boolean {
  const length = end - start
  if (length < 3) return false
  if (length === 3) return prefixes.three.has(prefixKey(text, start, 3))
  return prefixes.four.has(prefixKey(text, start, 4)) || prefixes.stemsOfThree.has(prefixKey(text, start, 3))
}

// Past this many distinct words the cache starts over, so a stream of documents cannot grow it unbounded.
const CACHED_WORDS = 50_000

/** Most words repeat within a document and across documents: each is classified once per wording table. */
const classifier = perObject((wording: InclusiveWording): Classifier => {
  const masculine = codedMatcher(wording.masculineCoded)
  const feminine = codedMatcher(wording.feminineCoded)
  const uncoded = codedMatcher(wording.uncoded)
  const classify = perKey(
    (token: string) => token,
    (token): Kind[] => {
      const kinds: Kind[] = []
      const parts = masculine(token) || feminine(token) ? [token] : token.split('-')
      for (const part of parts) {
        if (uncoded(part)) continue
        if (masculine(part)) kinds.push('masculine')
        else if (feminine(part)) kinds.push('feminine')
      }
      return kinds
    },
    CACHED_WORDS,
  )
  return { classify, prefixes: prefixesOf([...wording.masculineCoded, ...wording.feminineCoded]) }
})

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

/** The masculine- and feminine-coded words of the blocks (words joined by hyphens are one word). */
function codedWords(blocks: Block[], wording: InclusiveWording) {
  const { classify, prefixes } = classifier(wording)
  const found: Record<Kind, CodedWord[]> = { masculine: [], feminine: [] }
  const add = (text: string, start: number, end: number, kinds: Kind[], block: Block) => {
    if (kinds.length === 0 || isProperName(text, start)) return
    const word = text.slice(start, end)
    for (const kind of kinds) found[kind].push({ word, block })
  }
  for (const block of blocks) {
    const text = block.text
    const spans = wordSpans(text, 'hyphenated')
    if (!isAscii(text)) {
      for (let index = 0; index < spans.length; index += 2) {
        const [start, end] = [spans[index]!, spans[index + 1]!]
        add(text, start, end, classify(text.slice(start, end).toLowerCase()), block)
      }
      continue
    }
    // ASCII keeps its offsets in lower case: one call per block, and the prefix test reads codes.
    const lower = text.toLowerCase()
    let hyphen = lower.indexOf('-')
    for (let index = 0; index < spans.length; index += 2) {
      const [start, end] = [spans[index]!, spans[index + 1]!]
      while (hyphen >= 0 && hyphen < start) hyphen = lower.indexOf('-', hyphen + 1)
      const plain = hyphen < 0 || hyphen >= end
      if (plain && prefixes && !mayBeCoded(prefixes, lower, start, end)) continue
      add(text, start, end, classify(lower.slice(start, end)), block)
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
  description: 'Gendered wording ("his/her", "chairman", "he will" about the candidate) or a text that leans strongly on masculine- or feminine-coded words.',
  help: [
    'Write for every candidate: "their" instead of "his/her", "chair" instead of "chairman".',
    'A pronoun with a gender that stands for the candidate ("he will coordinate", "his team", "il devra", "él deberá") is reported when the last person the text names before it is the candidate (the incumbent, the consultant, the post’s title) as the subject of a sentence, or nobody in the duties and requirements; a pronoun after another person ("the Head of Unit ... he") and the pairs ("he/she", "il ou elle") are left alone. The words are the `pronouns` part of the `inclusiveWording` table.',
    'Gaucher, Friesen & Kay (2011) found that job advertisements worded with masculine-coded words ("competitive", "dominant", "leader") attract fewer women, who anticipate not belonging.',
    'The rule counts coded words outside the organisation’s standard competency text (the same in every notice) and reports one finding per document when the masculine ones outnumber the feminine ones by `threshold` or more and are twice as many.',
    'Set `lean` to `both` to report a feminine lean too: most ToRs lean feminine because they "support" a unit, and the study found feminine wording hardly deters men.',
  ].join(' '),
  tags: ['wording', 'inclusion'],
  fixable: true,
  options: z
    .object({
      threshold: z.number().int().min(1).default(4).describe('How many more words of one kind than of the other make a document lean (it must also have twice as many)'),
      lean: z.enum(['masculine', 'both']).default('masculine').describe('Which lean to report: the study found masculine wording deters women, while feminine wording hardly deters men'),
      pronouns: z.boolean().default(true).describe('Report a gendered pronoun ("he will", "his team", "il devra", "él deberá") that stands for the candidate'),
      codedWords: z.boolean().default(true).describe('Report a lean towards masculine- or feminine-coded words'),
      skipSections: z.array(sectionKindSchema).default(STANDARD_SECTIONS).describe('Sections whose wording is standard text and not counted'),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: 'The officer will receive regular feedback on his/her performance and will report to the chairman of the board.\n',
        messages: ['1:46 "his/her" is gendered wording: write "their"', '1:89 "chairman" is gendered wording: write "chair"'],
        // "Chairman" may be a title the organisation uses: only the pronoun pair is rewritten.
        output: 'The officer will receive regular feedback on their performance and will report to the chairman of the board.\n',
      },
      {
        text: 'He or she will agree the workplan with the supervisor. His or Her travel is paid, and we will brief him/her.\n',
        messages: [
          '1:1 "He or she" is gendered wording: write "They"',
          '1:56 "His or Her" is gendered wording: write "Their"',
          '1:101 "him/her" is gendered wording: write "them"',
        ],
        // "They" needs its verb to agree ("he or she has" is "they have"): it is not rewritten.
        output: 'He or she will agree the workplan with the supervisor. Their travel is paid, and we will brief them.\n',
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
      {
        text: '# Programme Analyst\n\n## Responsibilities\n\n- Coordinate the unit; he will also ensure that his team delivers on time.\n- The Programme Analyst supports the field offices, and her reports go to the donors.\n',
        messages: ['5:24 "he" gives the candidate a gender: write "they" or rephrase', '6:57 "her" gives the candidate a gender: write "their" or "them" or rephrase'],
      },
      {
        text: '# Chargé de programme\n\n## Responsabilités\n\nLe titulaire du poste appuiera la mise en œuvre du projet. Il devra assurer le suivi des activités et rédiger les rapports trimestriels.\n',
        messages: ['5:60 "Il" gives the candidate a gender: write "La personne titulaire" or rephrase'],
      },
      {
        text: '# Oficial de programas\n\n## Responsabilidades\n\nEl titular del puesto apoyará la ejecución del proyecto. Él deberá asegurar el seguimiento de las actividades y preparar los informes.\n',
        messages: ['5:58 "Él" gives the candidate a gender: write "La persona seleccionada" or rephrase'],
      },
    ],
    good: [
      { text: 'The officer will receive regular feedback on their performance and will report to the chair of the board.\n' },
      {
        // Pronouns about other people, the inclusive pair, and the impersonal or inanimate French "il".
        text: '# Programme Analyst\n\n## Responsibilities\n\n- Support the Head of Unit, who chairs the board; he approves the workplan.\n- Interview each survivor and make sure she is referred to a caseworker.\n\n## Context\n\nMs. Diallo, the former representative, said she was pleased with the results.\n',
      },
      {
        text: '# Chargé de programme\n\n## Responsabilités\n\nLe ou la titulaire appuiera la mise en œuvre du projet. Il ou elle devra assurer le suivi des activités. Il est nécessaire de respecter les délais. Le rapport final sera soumis au bailleur ; il devra être validé par le comité.\n',
      },
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
    const terms = wording.gendered.length > 0 ? termsOnLines(doc.lines, linesText(doc), wording.gendered) : []
    const covered = new Uint8Array(terms.length > 0 ? doc.lines.length + 1 : 0)
    if (terms.length > 0) {
      for (const block of doc.segmented.blocks) {
        for (let line = Math.max(1, block.line); line <= Math.min(block.endLine, doc.lines.length); line++) covered[line] = 1
      }
    }
    for (const { line, column, text } of terms) {
      if (covered[line] === 0) continue
      const replacement = replacementFor(text, wording.gendered)
      report({ line, column, endLine: line, endColumn: column + text.length }, `"${text}" is gendered wording: write "${replacement.text}"`, replacement.fix ? { fix: { text: replacement.text } } : undefined)
    }

    if (options.pronouns && wording.pronouns) {
      const lines = new Set<number>()
      for (const found of candidatePronouns(doc, wording.pronouns, data.jobTitleNouns)) {
        // One finding a line: a text written with "he" throughout says so on every line.
        if (lines.has(found.at.line)) continue
        lines.add(found.at.line)
        const capital = /^\p{Lu}/u.test(found.text)
        const write = found.replacements.map((replacement) => `"${capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement}"`).join(' or ')
        report(found.at, `"${found.text}" gives the candidate a gender: write ${write} or rephrase`)
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
