// Degree levels, years of experience and language requirements. Read first from the qualification and
// language sections, then from sections under headings the segmenter does not know, and only when those
// say nothing, from clear requirement sentences anywhere else. Each mention is judged in its own clause:
// "English and Arabic; French an asset" requires two languages and welcomes a third.
import type { DomainData } from '../data/index.js'
import type { DegreeLevel, Item, SectionKind } from '../schema.js'
import { degreeLevelSchema } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { perObject } from '../memo.js'
import { alternation, normalizeKey, phrasePattern } from '../text.js'
import { findYearCounts } from './values.js'

const LEVEL_ORDER = degreeLevelSchema.options

/** Folds the spellings a degree phrase is written in ("Bac +5", "bac+5") to the key of the table. */
function degreeKey(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/ ?\+ ?/g, '+')
}

const degreeMatchers = perObject((table: DomainData['degreeWords']) => {
  const levels = new Map<string, DegreeLevel>()
  for (const entry of table) for (const phrase of entry.phrases) if (!levels.has(degreeKey(normalizeKey(phrase)))) levels.set(degreeKey(normalizeKey(phrase)), entry.level)
  const source = alternation(levels.keys(), (phrase) => phrasePattern(phrase).replace(/\\\+/g, ' ?\\+ ?'))
  return { pattern: new RegExp(`(?<![\\p{L}])(${source})(?![\\p{L}])`, 'giu'), levels }
})

function degreeMatcher(data: DomainData) {
  const matcher = degreeMatchers(data.degreeWords)
  matcher.pattern.lastIndex = 0
  return matcher
}

interface DegreeMention {
  level: DegreeLevel
  index: number
  end: number
}

/** Offsets of phrases in a normalised text, cached per phrase list. */
const phrasePatterns = perObject((phrases: string[]): RegExp => {
  const source = alternation(phrases.map(normalizeKey), phrasePattern)
  return new RegExp(source === '' ? '(?!)' : `(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'gu')
})

function phraseMatcher(phrases: string[]): RegExp {
  const pattern = phrasePatterns(phrases)
  pattern.lastIndex = 0
  return pattern
}

function phraseRanges(key: string, phrases: string[]): { index: number; end: number }[] {
  return [...key.matchAll(phraseMatcher(phrases))].map((match) => ({ index: match.index!, end: match.index! + match[0].length }))
}

/** Offset of the first of the phrases in the text, or -1. */
function containsAny(key: string, phrases: string[]): number {
  return phraseRanges(key, phrases)[0]?.index ?? -1
}

/**
 * Degrees named in a text (as offsets in its normalised form). A phrase that only looks like a degree
 * ("maîtrise de l'anglais") is not one; a general phrase followed by the level it means ("diplôme
 * universitaire (master)", "university degree at master's level") counts as that level only.
 */
export function findDegrees(text: string, data: DomainData): DegreeMention[] {
  return degreesInKey(normalizeKey(text), data)
}

const NARROWING = /^\s?(?:\(|(?:de |at |of |at the |au )?(?:niveau|level|nivel)(?: de| of)?\s)\s?$/u

function degreesInKey(key: string, data: DomainData): DegreeMention[] {
  const { pattern, levels } = degreeMatcher(data)
  const lookalikes = phraseRanges(key, data.requirementWords.degreeLookalikes)
  const found: DegreeMention[] = []
  for (const match of key.matchAll(pattern)) {
    const level = levels.get(degreeKey(match[1]!))
    const index = match.index!
    if (!level || lookalikes.some((range) => range.index <= index && index < range.end)) continue
    found.push({ level, index, end: index + match[0].length })
  }
  return found.filter((mention, at) => {
    const next = found[at + 1]
    return !next || !NARROWING.test(key.slice(mention.end, next.index))
  })
}

function byRank(levels: Iterable<DegreeLevel>): DegreeLevel[] {
  return [...new Set(levels)].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b))
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

// --- Where a requirement is read from -------------------------------------------------------------

export type LanguageStance = 'required' | 'advantageous' | null

/**
 * How far a statement is trusted to state a requirement: the language sections, the qualification
 * sections, sections the segmenter could not name (and the text before the first heading), and the rest.
 */
export type Tier = 'languages' | 'requirements' | 'open' | 'elsewhere'

export interface Statement {
  text: string
  tier: Tier
  /** The stance a heading, a label line ("Desirable:") or a lead-in ("Requerida: ...") gives the text. */
  stance: LanguageStance
  /** Under a heading about experience: "Au moins 2 ans dans l'aide humanitaire" counts years of it. */
  experience?: boolean
  /** A list item: one that starts with a degree ("- Master's degree in law") states a requirement. */
  listed?: boolean
}

const TIER_OF: Partial<Record<SectionKind, Tier>> = {
  languages: 'languages',
  languagesRequired: 'languages',
  languagesAdvantageous: 'languages',
  qualifications: 'requirements',
  education: 'requirements',
  experience: 'requirements',
  skills: 'requirements',
  competencies: 'requirements',
  other: 'open',
  header: 'open',
  position: 'open',
  unit: 'open',
  context: 'elsewhere',
  responsibilities: 'elsewhere',
  learningElements: 'elsewhere',
  performanceIndicators: 'elsewhere',
  introduction: 'elsewhere',
  notes: 'elsewhere',
  candidates: 'elsewhere',
  assessment: 'elsewhere',
  travel: 'elsewhere',
}

const KIND_STANCE: Partial<Record<SectionKind, LanguageStance>> = { languagesRequired: 'required', languagesAdvantageous: 'advantageous' }

interface Marker {
  index: number
  end: number
  stance: 'required' | 'advantageous'
  /** Written as a lead-in ("Deseable: inglés"): it speaks of what follows only. */
  forward: boolean
}

/** A stance word followed by a colon or by the noun of a label ("Desirable languages") speaks of what follows. */
function leadsIn(key: string, end: number, data: DomainData): boolean {
  const rest = key.slice(end, end + 40)
  if (/^\s?:/.test(rest)) return true
  const noun = /^\s(\p{L}+)/u.exec(rest)?.[1]
  return noun !== undefined && data.requirementWords.labelNouns.includes(noun)
}

function markersIn(key: string, data: DomainData): Marker[] {
  const words = data.languageRequirementWords
  const found: Marker[] = []
  for (const [stance, phrases] of [['required', words.required], ['advantageous', words.advantageous]] as const) {
    for (const range of phraseRanges(key, phrases)) found.push({ ...range, stance, forward: leadsIn(key, range.end, data) })
  }
  return found.sort((a, b) => a.index - b.index)
}

const LABEL_END = new Set('*_:. ')

/** A label without the colon, stars and dots it ends with (read from the end: a pattern would backtrack). */
function trimLabelEnd(key: string): string {
  let end = key.length
  while (end > 0 && LABEL_END.has(key.charAt(end - 1))) end--
  return key.slice(0, end)
}

/**
 * The stance of a short label ("Desirable:", "Required Languages", "Requisitos obligatorios:"), if it is
 * one. Words that in a heading name the profile sought ("Profil souhaité") give none.
 */
function labelStance(text: string, data: DomainData): LanguageStance {
  const key = trimLabelEnd(normalizeKey(text))
  if (key === '' || key.split(' ').length > 5) return null
  const neutral = phraseRanges(key, data.requirementWords.profileWords)
  return markersIn(key, data).find((marker) => !neutral.some((range) => range.index <= marker.index && marker.index < range.end))?.stance ?? null
}

/** A block that is only a stance label ("Essential", "Requisitos Obligatorios:") names no language or degree. */
function isLabelBlock(block: Block, data: DomainData): LanguageStance {
  if (block.type === 'row') return null
  const stance = labelStance(block.text, data)
  if (!stance || findLanguages(block.text, data).length > 0 || findDegrees(block.text, data).length > 0) return null
  return /:\s*$/.test(block.text) || block.text.trim().split(/\s+/).length <= 3 ? stance : null
}

/** Whether a heading or label speaks of experience ("Expérience :", "Experiencia y competencias"). */
function aboutExperience(text: string, data: DomainData): boolean {
  return containsAny(normalizeKey(text), data.requirementWords.experience) >= 0
}

/** "Requerida: Enfermera ..." / "Altamente deseable: ...": a lead-in that decides for its whole block. */
function leadStance(text: string, data: DomainData): LanguageStance {
  const lead = /^([^:]{1,40}):\s*\S/u.exec(text)
  return lead ? labelStance(lead[1]!, data) : null
}

const TEXT_BLOCKS = new Set<Block['type']>(['text', 'item', 'row'])

/** The statements of every section worth reading for requirements, each with its tier and stance. */
export function requirementStatements(sections: Section[], data: DomainData): Statement[] {
  const statements: Statement[] = []
  for (const section of sections) {
    const tier = TIER_OF[section.kind]
    if (!tier) continue
    const sectionStance = KIND_STANCE[section.kind] ?? labelStance(section.heading, data)
    const sectionExperience = section.kind === 'experience' || aboutExperience(section.heading, data)
    let stance = sectionStance
    let experience = sectionExperience
    for (const block of section.blocks) {
      if (block.type === 'heading' || block.type === 'subheading') {
        // "Required profile" then "Applicants should demonstrate:": an introduction keeps the label's stance.
        const own = labelStance(block.text, data)
        if (own || !/:\s*$/.test(block.text)) stance = own ?? sectionStance
        experience = sectionExperience || aboutExperience(block.text, data)
        continue
      }
      if (!TEXT_BLOCKS.has(block.type)) continue
      const label = isLabelBlock(block, data)
      if (label) {
        stance = label
        continue
      }
      statements.push({ text: block.text, tier, stance: leadStance(block.text, data) ?? stance, experience, listed: block.type === 'item' })
    }
  }
  return statements
}

// --- Clauses and the stance of each mention ---------------------------------------------------------

interface Clause {
  index: number
  end: number
}

/** Sentences and semicolon clauses of a normalised text, as offsets. */
function clausesOf(key: string): Clause[] {
  const clauses: Clause[] = []
  let start = 0
  for (const match of key.matchAll(/[.!?;](?=\s)/g)) {
    const end = match.index! + 1
    // "e.g." and "No." do not end a sentence; a decimal point has no space after it anyway.
    if (/(?:\be\.g|\bi\.e|\bno|\betc)$/u.test(key.slice(Math.max(start, end - 5), end - 1))) continue
    clauses.push({ index: start, end })
    start = end
  }
  if (start < key.length) clauses.push({ index: start, end: key.length })
  return clauses
}

function clauseAt(clauses: Clause[], index: number): Clause {
  return clauses.find((clause) => index >= clause.index && index < clause.end) ?? clauses[clauses.length - 1]!
}

/** Words that start a new clause inside a sentence: a stance after them does not reach back over them. */
const CLAUSE_BREAK = /(?<![\p{L}])(?:with|while|whereas|but|and ability|avec|mais|alors que|con|pero|aunque|mientras)(?![\p{L}])|:/u

/**
 * The stance of a mention from the stance words of its clause: the word before it ("Fluency in English",
 * "Deseable: inglés") or the word after it ("French is an asset", "l'anglais et arabe sont un plus").
 * A word after it reaches back over a list of names, not over another clause or a comma when a word
 * before it says otherwise ("maîtrisez le français, l'anglais et arabe sont un plus").
 */
function stanceOf(key: string, clause: Clause, mention: { index: number; end: number }, markers: Marker[]): LanguageStance {
  const inClause = markers.filter((marker) => marker.index >= clause.index && marker.end <= clause.end)
  const before = [...inClause].reverse().find((marker) => marker.end <= mention.index)
  const after = inClause.find((marker) => marker.index >= mention.end && !marker.forward)
  const between = after ? key.slice(mention.end, after.index) : ''
  // Over a comma only when what it separates are list entries ("French, Spanish, or Arabic is an asset").
  const reaches = after !== undefined && !CLAUSE_BREAK.test(between) && between.split(',').slice(0, -1).every((entry) => entry.trim().split(' ').length <= 3)
  if (before && after && reaches && before.stance !== after.stance) return between.includes(',') ? before.stance : after.stance
  if (before) return before.stance
  return reaches ? after!.stance : null
}

// --- Education and experience ---------------------------------------------------------------------

export interface EducationRequirement {
  degreeLevels: DegreeLevel[]
  minYearsExperience: number | null
}

interface Found {
  levels: DegreeLevel[]
  routes: { level: DegreeLevel; years: number; additional: boolean }[]
  counts: number[]
}

/** A sentence outside the qualification sections states a requirement when a list item starts with it or it says so. */
function readsAsRequirement(key: string, clause: Clause, index: number, statement: Statement, data: DomainData): boolean {
  if (statement.tier === 'requirements' || statement.tier === 'languages' || statement.stance === 'required') return true
  if (statement.listed && key.slice(0, index).split(' ').length <= 6) return true
  return containsAny(key.slice(clause.index, clause.end), data.requirementWords.cues) >= 0
}

function readEducation(statements: Statement[], data: DomainData): Found {
  const found: Found = { levels: [], routes: [], counts: [] }
  for (const statement of statements) {
    if (statement.stance === 'advantageous') continue
    const key = normalizeKey(statement.text)
    const clauses = clausesOf(key)
    const markers = markersIn(key, data)
    const advantageous = (at: { index: number; end: number }) => stanceOf(key, clauseAt(clauses, at.index), at, markers) === 'advantageous'
    const degrees = degreesInKey(key, data).filter((degree) => !advantageous(degree) && readsAsRequirement(key, clauseAt(clauses, degree.index), degree.index, statement, data))
    found.levels.push(...degrees.map((degree) => degree.level))
    for (const count of experienceCounts(key, clauses, statement, data)) {
      if (advantageous({ index: count.index, end: count.index + 1 })) continue
      // A year count belongs to the degree named last before it ("Bachelor's ... with two additional
      // years ... in lieu of the Master's" is the bachelor's route).
      const owner = [...degrees].reverse().find((degree) => degree.index < count.index) ?? degrees[0]
      if (owner) found.routes.push({ level: owner.level, years: count.years, additional: count.additional })
      else found.counts.push(count.years)
    }
  }
  return found
}

/** Year counts of the clauses about experience, "no experience required" as 0. */
function experienceCounts(key: string, clauses: Clause[], statement: Statement, data: DomainData): { years: number; index: number; additional: boolean }[] {
  const words = data.requirementWords
  const counts: { years: number; index: number; additional: boolean }[] = []
  const years = findYearCounts(key, data)
  for (const clause of clauses) {
    const text = key.slice(clause.index, clause.end)
    if (!statement.experience && containsAny(text, words.experience) < 0) continue
    const inClause = years.filter((count) => count.index >= clause.index && count.index < clause.end)
    if (inClause.length === 0 && containsAny(text, words.noExperience) >= 0) counts.push({ years: 0, index: clause.index, additional: false })
    for (const count of inClause) if (readsAsRequirement(key, clause, count.index, statement, data)) counts.push(count)
  }
  return counts
}

/**
 * Levels the education requirement accepts, and the years asked with the highest of them ("Master's +
 * 2 years, or Bachelor's + 4" → 2). When the highest level names no years, the first count stated for
 * experience (a later, smaller one is a part of it: "7 years, of which 5 in management"); when none is
 * stated but a lower level carries years, the highest level needs none (0).
 */
export function educationFromStatements(statements: Statement[], data: DomainData): EducationRequirement {
  // The qualification sections first: a count there is the requirement; one under an unknown heading
  // comes after it.
  const listed = readEducation(
    statements.filter((statement) => statement.tier === 'requirements' || statement.tier === 'languages'),
    data,
  )
  const open = readEducation(
    statements.filter((statement) => statement.tier === 'open'),
    data,
  )
  const main: Found = { levels: [...listed.levels, ...open.levels], routes: [...listed.routes, ...open.routes], counts: [...listed.counts, ...open.counts] }
  const rest = () => readEducation(
    statements.filter((statement) => statement.tier === 'elsewhere'),
    data,
  )
  const levels = main.levels.length > 0 ? main.levels : rest().levels
  const degreeLevels = byRank(levels)
  const top = degreeLevels[0]
  const routes = main.routes.length > 0 || main.counts.length > 0 ? main : rest()
  const topYears = routes.routes.filter((route) => route.level === top && !route.additional).map((route) => route.years)
  if (topYears.length > 0) return { degreeLevels, minYearsExperience: Math.min(...topYears) }
  if (routes.counts.length > 0) return { degreeLevels, minYearsExperience: routes.counts[0]! }
  if (routes.routes.length > 0) return { degreeLevels, minYearsExperience: top !== undefined && routes.routes.every((route) => route.level !== top) ? 0 : Math.min(...routes.routes.map((route) => route.years)) }
  return { degreeLevels, minYearsExperience: null }
}

/** The education requirement of item lists alone (the formatter re-reads what it writes). */
export function educationRequirement(education: Item[], experienceTexts: string[], data: DomainData): EducationRequirement {
  const statements: Statement[] = [
    ...flatten(education).map((item) => ({ text: item.text, tier: 'requirements' as const, stance: null })),
    ...experienceTexts.map((text) => ({ text, tier: 'requirements' as const, stance: null })),
  ]
  return educationFromStatements(statements, data)
}

// --- Languages ------------------------------------------------------------------------------------

export interface LanguageRequirement {
  required: string[]
  requiredOneOf: string[]
  advantageous: string[]
}

const languageMatchers = perObject((table: DomainData['languageNames']) => {
  const names = new Map<string, string>()
  for (const entry of table) for (const alias of [entry.name, ...entry.aliases]) names.set(normalizeKey(alias), entry.name)
  return { pattern: new RegExp(`(?<![\\p{L}])(${alternation(names.keys())})(?![\\p{L}])`, 'giu'), names }
})

function languageMatcher(data: DomainData) {
  const matcher = languageMatchers(data.languageNames)
  matcher.pattern.lastIndex = 0
  return matcher
}

export interface LanguageMention {
  name: string
  index: number
  length: number
}

export function findLanguages(text: string, data: DomainData): LanguageMention[] {
  return languagesInKey(normalizeKey(text), data)
}

/** "French-speaking countries" names a region, not a language asked for. */
const SPEAKING = /^[- ]speaking/

function languagesInKey(key: string, data: DomainData): LanguageMention[] {
  const { pattern, names } = languageMatcher(data)
  return [...key.matchAll(pattern)]
    .filter((match) => !SPEAKING.test(key.slice(match.index! + match[1]!.length, match.index! + match[1]!.length + 10)))
    .map((match) => ({ name: names.get(match[1]!)!, index: match.index!, length: match[1]!.length }))
}

type Bucket = 'required' | 'requiredOneOf' | 'advantageous'

/** How sure a reading is: a stance word of the clause, then a heading or label, then the section alone. */
const RANK = { word: 3, label: 2, section: 1 } as const

/**
 * Sort the languages named in the statements into required, one-of and advantageous. Each mention is
 * judged in its own clause; a clause's own stance word outranks a heading or label, which outranks a bare
 * listing under a Languages heading ("Idiomas: Español, Inglés" then "el inglés es una ventaja").
 */
export function languagesFromStatements(statements: Statement[], data: DomainData): LanguageRequirement {
  const words = data.requirementWords
  // Per language, the buckets of its surest reading: two clauses that say "required" and "an asset" of
  // the same language both count (the language-requirement rule reports the contradiction).
  const best = new Map<string, { rank: number; buckets: Set<Bucket>; order: number }>()
  let order = 0
  const note = (name: string, rank: number, bucket: Bucket) => {
    const current = best.get(name)
    if (current && rank < current.rank) return
    if (current && rank === current.rank) current.buckets.add(bucket)
    else best.set(name, { rank, buckets: new Set([bucket]), order: current?.order ?? order++ })
  }
  for (const statement of statements) {
    const key = normalizeKey(statement.text)
    const mentions = languagesInKey(key, data)
    if (mentions.length === 0) continue
    const clauses = clausesOf(key)
    const markers = markersIn(key, data)
    for (const clause of clauses) {
      const inClause = mentions.filter((mention) => mention.index >= clause.index && mention.index < clause.end)
      if (inClause.length === 0) continue
      const text = key.slice(clause.index, clause.end)
      if (containsAny(text, words.languageContext) >= 0) continue
      const skill = containsAny(text, words.languageSkills) >= 0
      const oneOfAt = containsAny(text, data.languageRequirementWords.oneOf)
      for (const mention of inClause) {
        const word = stanceOf(key, clause, { index: mention.index, end: mention.index + mention.length }, markers)
        let stance: LanguageStance = null
        let rank = 0
        if (word && (skill || statement.tier !== 'elsewhere')) [stance, rank] = [word, RANK.word]
        else if (statement.stance) [stance, rank] = [statement.stance, RANK.label]
        else if (statement.tier === 'languages' || (skill && statement.tier !== 'elsewhere')) [stance, rank] = ['required', RANK.section]
        if (!stance) continue
        const oneOf = stance === 'required' && oneOfAt >= 0 && mention.index > clause.index + oneOfAt
        note(mention.name, rank, stance === 'advantageous' ? 'advantageous' : oneOf ? 'requiredOneOf' : 'required')
      }
    }
  }
  const result: LanguageRequirement = { required: [], requiredOneOf: [], advantageous: [] }
  for (const [name, { buckets }] of [...best].sort((a, b) => a[1].order - b[1].order)) for (const bucket of buckets) result[bucket].push(name)
  return result
}

/** The languages of plain texts, each with the stance its heading gives (config tests and tools). */
export function languageRequirement(texts: { text: string; stance: LanguageStance }[], data: DomainData): LanguageRequirement {
  return languagesFromStatements(
    texts.map(({ text, stance }) => ({ text, stance, tier: 'languages' })),
    data,
  )
}
