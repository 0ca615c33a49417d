// Third-person pronouns that give the person to be recruited a gender ("he will coordinate", "his team",
// "il devra", "él deberá"). A pronoun counts only when the nearest person the text names before it, in its
// block or the one before, is the candidate (or nobody, inside the duties and requirements); a pronoun
// after "Ms. Diallo", "the supervisor" or a beneficiary is about that person, and "he/she" is a pair.
import type { CandidatePronouns } from '../../data/inclusive.js'
import type { ParsedDocument } from '../../document/index.js'
import type { SectionKind } from '../../schema.js'
import type { Block } from '../../segment/index.js'
import { perKey, perObject, perObjectPair } from '../../memo.js'
import { alternation, phrasePattern } from '../../text.js'
import type { Span } from '../define.js'

export interface PronounFinding {
  at: Span
  text: string
  replacements: string[]
}

interface Matchers {
  pronoun: RegExp
  /** Pronoun (lower case) to its pairs. */
  pairs: Map<string, CandidatePronouns['pairs']>
  /** A pronoun of the table, then a joiner, right before the match: "he or |she|". */
  pairedBefore: RegExp
  /** A joiner, then a pronoun of the table, right after the match: "|he| or she". */
  pairedAfter: RegExp
  candidates: RegExp
  others: RegExp
}

/** Whole words of a list (a trailing "s" allowed, for plurals), as one case-insensitive pattern. */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternation(words, phrasePattern) || '(?!)'})s?(?![\\p{L}])`, 'giu')
}

// Per pronoun table and list of job nouns (the "others" pattern holds them).
const matchersFor = perObjectPair((table: CandidatePronouns, titleNouns: string[]): Matchers => {
  const words = table.pairs.flatMap((pair) => [pair.masculine, pair.feminine])
  const pairs = new Map<string, CandidatePronouns['pairs']>()
  for (const pair of table.pairs) {
    for (const word of [pair.masculine, pair.feminine]) pairs.set(word.toLowerCase(), [...(pairs.get(word.toLowerCase()) ?? []), pair])
  }
  const pronouns = alternation(words)
  const joiners = alternation(table.joiners)
  const join = `(?:\\s*[/(]\\s*|\\s+(?:${joiners || '(?!)'})\\s+)`
  return {
    pronoun: new RegExp(`(?<![\\p{L}/])(?:${pronouns})(?![\\p{L}])`, 'giu'),
    pairs,
    pairedBefore: new RegExp(`(?<![\\p{L}])(?:${pronouns})${join}$`, 'iu'),
    pairedAfter: new RegExp(`^${join}(?:${pronouns})(?![\\p{L}])`, 'iu'),
    candidates: wordsPattern(table.candidates),
    // Other roles: the job title nouns name people too ("the Head of Unit ... he").
    others: wordsPattern([...table.others, ...titleNouns]),
  }
})

/** Whether what follows the pronoun fits the pair's `follow` and `except` words. */
// Built once per pair, not at every pronoun met.
const pairPatterns = perObject((pair: CandidatePronouns['pairs'][number]) => {
  const startsWith = (phrase: string) => new RegExp(`^\\s+${phrasePattern(phrase)}(?![\\p{L}])`, 'iu')
  return { except: pair.except.map(startsWith), follow: pair.follow.map(startsWith) }
})

function fits(after: string, pair: CandidatePronouns['pairs'][number]): boolean {
  const { except, follow } = pairPatterns(pair)
  if (except.some((pattern) => pattern.test(after))) return false
  return follow.length === 0 || follow.some((pattern) => pattern.test(after))
}

type Person = 'candidate' | 'other' | null

// A sentence opens with at most this many words before its subject ("Le ou la titulaire du poste").
const SUBJECT_AFTER_WORDS = 3

/** Whether the mention at `index` is the subject of its sentence: few words stand before it. */
function opensSentence(text: string, index: number): boolean {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('; ', index), text.lastIndexOf('\n', index), text.lastIndexOf(': ', index))
  const lead = text.slice(start + 1, index).trim()
  return lead === '' || lead.split(/\s+/).length <= SUBJECT_AFTER_WORDS
}

/**
 * The kind of the last person named in `text` (the title of the post is the candidate). The candidate
 * counts as the subject of a sentence only: "la méthodologie proposée par le consultant. Elle ..." is
 * about the method, so a candidate named elsewhere in a sentence makes the pronoun unclear, as another
 * person does.
 */
function lastPerson(text: string, found: Matchers, title: RegExp | null): Person {
  let last = -1
  let kind: Person = null
  const spans: [number, number][] = []
  for (const pattern of title ? [title, found.candidates] : [found.candidates]) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      spans.push([match.index, match.index + match[0].length])
      if (match.index > last) [last, kind] = [match.index, opensSentence(text, match.index) ? 'candidate' : 'other']
    }
  }
  found.others.lastIndex = 0
  for (const match of text.matchAll(found.others)) {
    // "Officer" inside the post's own title "Programme Officer" is the candidate.
    if (spans.some(([start, end]) => match.index >= start && match.index < end)) continue
    if (match.index > last) [last, kind] = [match.index, 'other']
  }
  return kind
}

// Sections about the post itself: a pronoun with nobody named before it is about the candidate.
const POST_SECTIONS = new Set<SectionKind>(['responsibilities', 'qualifications', 'education', 'experience', 'skills', 'competencies', 'coreCompetencies', 'managerialCompetencies', 'values', 'learningElements', 'performanceIndicators'])

// Past this many titles the cache starts over, so a stream of documents cannot grow it without end.
const TITLE_PATTERNS = 1000
const titlePatternOf = perKey(
  (title: string) => title,
  // "Programme Analyst (P-2)": the words before a bracket are the title prose repeats.
  (title) => new RegExp(`(?<![\\p{L}])${phrasePattern(title.split('(')[0]!)}(?![\\p{L}])`, 'giu'),
  TITLE_PATTERNS,
)

function titlePattern(title: string | null): RegExp | null {
  if (!title || title.trim().length < 3) return null
  return titlePatternOf(title)
}

/** The pronouns of the document that stand for the candidate. */
export function candidatePronouns(doc: ParsedDocument, table: CandidatePronouns, titleNouns: string[]): PronounFinding[] {
  const found = matchersFor(table, titleNouns)
  const title = titlePattern(doc.tor.position.title)
  const findings: PronounFinding[] = []
  for (const section of doc.segmented.sections) {
    const blocks = section.blocks.filter((block) => block.type === 'text' || block.type === 'item')
    blocks.forEach((block, position) => {
      found.pronoun.lastIndex = 0
      for (const match of block.text.matchAll(found.pronoun)) {
        const before = block.text.slice(0, match.index)
        const after = block.text.slice(match.index + match[0].length)
        if (found.pairedBefore.test(before.slice(-24)) || found.pairedAfter.test(after.slice(0, 24))) continue
        const pairs = (found.pairs.get(match[0].toLowerCase()) ?? []).filter((pair) => fits(after, pair))
        if (pairs.length === 0) continue
        const previous = position > 0 ? `${blocks[position - 1]!.text}\n` : ''
        const person = lastPerson(previous + before, found, title)
        if (person === 'other' || (person === null && !POST_SECTIONS.has(section.kind))) continue
        const at = locate(doc, block, match[0], occurrence(block.text, match[0], match.index))
        findings.push({ at, text: match[0], replacements: [...new Set(pairs.map((pair) => pair.replacement))] })
      }
    })
  }
  return findings
}

/** Whole-word occurrences of `word` in `text` (any case). */
function wholeWords(text: string, word: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}])${phrasePattern(word)}(?![\\p{L}])`, 'giu')
  return [...text.matchAll(pattern)].map((match) => match.index)
}

/** Which whole-word occurrence of `word` in `text` starts at `index` (0 for the first). */
function occurrence(text: string, word: string, index: number): number {
  return Math.max(0, wholeWords(text, word).indexOf(index))
}

/** The `nth` whole-word occurrence of `word` on the block's source lines ("he" is not the end of "the"). */
function locate(doc: ParsedDocument, block: Block, word: string, nth: number): Span {
  let seen = 0
  for (let line = block.line; line <= block.endLine; line++) {
    const text = doc.lines[line - 1] ?? ''
    const from = line === block.line ? Math.max(0, block.column - 1) : 0
    for (const index of wholeWords(text, word)) {
      if (index < from) continue
      if (seen++ === nth) return { line, column: index + 1, endLine: line, endColumn: index + 1 + word.length }
    }
  }
  return { line: block.line, column: block.column }
}
