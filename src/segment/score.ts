// A heading the phrase table does not know, scored by meaning and structure: the words it holds
// (`headingWords`), its form (Markdown level, capitals, bold line, label ending with a colon) and what
// follows it (task sentences are duties; degrees and years are requirements). Every point is given with
// its reason, so a reader can see why a heading opened the section it did.
import type { DomainData } from '../data/index.js'
import type { SectionKind } from '../schema.js'
import { perObject } from '../memo.js'
import type { Block } from './blocks.js'

export interface HeadingScore {
  kind: SectionKind | null
  /** The winning kind's points (words and what follows). */
  points: number
  /** Where the points come from, e.g. `words "taches" +3 responsibilities`, `form bold line (rank 8)`. */
  reasons: string[]
}

export interface Form {
  /** 1-6 for Markdown levels, then capitals 7, bold line 8, label with a colon 9, plain line 10. */
  rank: number
  name: string
  points: number
}

interface WordEntry {
  kind: SectionKind
  tokens: string[]
  /** The last token matches any word it starts. */
  prefix: boolean
  weight: number
  text: string
}

interface Scorer {
  entries: WordEntry[]
  verbs: Set<string>
  /** Infinitive endings, for languages whose duty lines start with an infinitive. */
  endings: string[]
  requirements: Set<string>
}

/** Lower case without accents; every run of other characters is one space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const scorerFor = perObject((data: DomainData): Scorer => {
  const entries: WordEntry[] = []
  for (const entry of data.headingWords) {
    for (const word of entry.words) {
      const prefix = word.endsWith('*')
      const tokens = fold(prefix ? word.slice(0, -1) : word).split(' ').filter(Boolean)
      if (tokens.length > 0) entries.push({ kind: entry.kind, tokens, prefix, weight: entry.weight, text: word })
    }
  }
  const verbs = new Set(Object.values(data.headingCues.taskVerbs).flat().map(fold))
  const endings = [...new Set(Object.values(data.headingCues.infinitiveEndings).flat())]
  return { entries, verbs, endings, requirements: new Set(data.headingCues.requirementWords.map(fold)) }
})

/** Where `entry` occurs in the tokens, or -1. */
function findEntry(tokens: string[], entry: WordEntry): number {
  const last = entry.tokens.length - 1
  for (let start = 0; start + last < tokens.length; start++) {
    let index = 0
    for (; index <= last; index++) {
      const token = tokens[start + index]!
      const want = entry.tokens[index]!
      if (index === last && entry.prefix ? !token.startsWith(want) : token !== want) break
    }
    if (index > last) return start
  }
  return -1
}

interface KindPoints {
  kind: SectionKind
  points: number
  /** First token of the earliest word: on a tie, the word the heading starts with names it. */
  at: number
  reasons: string[]
}

/** Points per kind from the words of the heading; a token counts once per kind. */
export function wordPoints(text: string, data: DomainData): Map<SectionKind, KindPoints> {
  const scorer = scorerFor(data)
  const tokens = fold(text).split(' ')
  const byKind = new Map<SectionKind, KindPoints>()
  const used = new Map<SectionKind, Set<number>>()
  for (const entry of scorer.entries) {
    const at = findEntry(tokens, entry)
    if (at < 0) continue
    const taken = used.get(entry.kind) ?? new Set<number>()
    if (taken.has(at)) continue
    for (let index = at; index < at + entry.tokens.length; index++) taken.add(index)
    used.set(entry.kind, taken)
    const current = byKind.get(entry.kind) ?? { kind: entry.kind, points: 0, at, reasons: [] }
    current.points += entry.weight
    current.at = Math.min(current.at, at)
    current.reasons.push(`words "${entry.text}" +${entry.weight} ${entry.kind}`)
    byKind.set(entry.kind, current)
  }
  return byKind
}

const ARTICLES = new Set(['l', 'le', 'la', 'les', 'des', 'de', 'du', 'un', 'une', 'au', 'aux', 'a', 'el', 'los', 'las', 'en', 'con', 'al', 'y', 'et', 'que', 'sur', 'por', 'para', 'lo'])

/** The line reads as a duty: it starts with a task verb (see `isTaskLine`). */
export function readsAsTask(text: string, data: DomainData): boolean {
  return isTaskLine(fold(text).split(' ', 2), scorerFor(data))
}

/**
 * The line (its folded words) starts with a verb of duty: a known one, its third person ("Develops"), or
 * an infinitive before an article.
 */
function isTaskLine(words: string[], scorer: Scorer): boolean {
  const [first = '', second = ''] = words
  if (scorer.verbs.has(first)) return true
  if (first.endsWith('s') && (scorer.verbs.has(first.slice(0, -1)) || (first.endsWith('es') && scorer.verbs.has(first.slice(0, -2))))) return true
  return first.length >= 5 && scorer.endings.some((ending) => first.endsWith(ending)) && ARTICLES.has(second)
}

function isRequirementLine(words: string[], scorer: Scorer): boolean {
  return words.some((token) => scorer.requirements.has(token))
}

// Heading candidates close together read the same lines after them: each line is folded once.
const foldedWords = perObject((block: Block): string[] => fold(block.text).split(' '))

/** What the lines after a heading (up to the next heading) point to: duties or requirements. */
export function followingPoints(after: Block[], data: DomainData): KindPoints | null {
  const scorer = scorerFor(data)
  const cues = data.headingCues
  const lines: Block[] = []
  for (const block of after) {
    if (block.type === 'heading') break
    if (block.type !== 'item' && block.type !== 'text') continue
    lines.push(block)
    if (lines.length >= 10) break
  }
  // Prose before a list introduces it: the list decides.
  const listed = lines.filter((block) => block.type === 'item')
  const read = listed.length >= cues.minLines ? listed : lines
  if (read.length < cues.minLines) return null
  const tasks = read.filter((block) => isTaskLine(foldedWords(block), scorer)).length
  if (tasks / read.length >= cues.minShare) return { kind: 'responsibilities', points: cues.weight, at: Number.POSITIVE_INFINITY, reasons: [`follows: ${tasks} of ${read.length} lines are tasks +${cues.weight} responsibilities`] }
  const requirements = read.filter((block) => isRequirementLine(foldedWords(block), scorer)).length
  if (requirements / read.length >= cues.minShare) return { kind: 'qualifications', points: cues.weight, at: Number.POSITIVE_INFINITY, reasons: [`follows: ${requirements} of ${read.length} lines are requirements +${cues.weight} qualifications`] }
  return null
}

const ROMAN_OR_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)[.)]\s/

/** The form of a heading line and its rank: a heading closes sections of the same or a lower rank. */
export function formOf(block: Block, data: DomainData): Form {
  const weights = data.headingForm.weights
  const numbered = ROMAN_OR_NUMBER.test(block.text) ? weights.numbered : 0
  if (block.markdown) return { rank: Math.max(1, Math.min(6, block.depth)), name: `Markdown level ${block.depth}`, points: weights.markdown + numbered }
  const letters = block.text.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 3 && letters === letters.toUpperCase()) return { rank: 7, name: 'capitals', points: weights.capitals + numbered }
  if (block.bold) return { rank: 8, name: 'bold line', points: weights.bold + numbered }
  if (/:\s*$/.test(block.text)) return { rank: 9, name: 'label with a colon', points: weights.colon + numbered }
  return { rank: 10, name: 'plain line', points: weights.plain + numbered }
}

/**
 * The kind a heading names, from its words and (when `follow` is set) what follows it. The kind with the
 * most points wins; on a tie, see below. `form` is the block's `formOf`, when the caller has it already.
 */
export function scoreHeading(block: Block, after: Block[], data: DomainData, follow: boolean, text = block.text, form = formOf(block, data)): HeadingScore {
  const byKind = wordPoints(text, data)
  const following = follow ? followingPoints(after, data) : null
  if (following) {
    const current = byKind.get(following.kind)
    if (current) {
      current.points += following.points
      current.reasons.push(...following.reasons)
    } else byKind.set(following.kind, following)
  }
  // On a tie, a list of topics ("Experiencia y competencias") is named by its first word, a compound
  // ("Leadership Profile Competencies") by its last.
  const listed = /[,/&]|\s(?:and|et|y|e)\s/i.test(text)
  const ranked = [...byKind.values()].sort((a, b) => b.points - a.points || (listed ? a.at - b.at : b.at - a.at))
  const best = ranked[0]
  const reasons = [`form ${form.name} (rank ${form.rank}) +${form.points}`]
  if (!best) return { kind: null, points: 0, reasons }
  reasons.push(...best.reasons)
  for (const other of ranked.slice(1)) reasons.push(`beat ${other.kind} ${other.points}`)
  return { kind: best.points >= data.headingForm.minScore ? best.kind : null, points: best.points, reasons }
}
