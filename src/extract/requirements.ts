// Degree levels, years of experience and language requirements, read from the qualification sections.
import type { DomainData } from '../data/index.js'
import type { DegreeLevel, Item } from '../schema.js'
import { degreeLevelSchema } from '../schema.js'
import { alternation, normalizeKey } from '../text.js'
import { findYearCounts } from './values.js'

const LEVEL_ORDER = degreeLevelSchema.options

const degreePatterns = new WeakMap<DomainData, { pattern: RegExp; levels: Map<string, DegreeLevel> }>()

function degreeMatcher(data: DomainData) {
  let matcher = degreePatterns.get(data)
  if (!matcher) {
    const levels = new Map<string, DegreeLevel>()
    for (const entry of data.degreeWords) for (const phrase of entry.phrases) if (!levels.has(normalizeKey(phrase))) levels.set(normalizeKey(phrase), entry.level)
    matcher = { pattern: new RegExp(`(?<![\\p{L}])(${alternation(levels.keys())})(?![\\p{L}])`, 'giu'), levels }
    degreePatterns.set(data, matcher)
  }
  matcher.pattern.lastIndex = 0
  return matcher
}

interface DegreeMention {
  level: DegreeLevel
  index: number
}

export function findDegrees(text: string, data: DomainData): DegreeMention[] {
  const { pattern, levels } = degreeMatcher(data)
  const key = normalizeKey(text)
  const found: DegreeMention[] = []
  for (const match of key.matchAll(pattern)) {
    const level = levels.get(match[1]!)
    if (level) found.push({ level, index: match.index! })
  }
  return found
}

function byRank(levels: Iterable<DegreeLevel>): DegreeLevel[] {
  return [...new Set(levels)].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b))
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

export interface EducationRequirement {
  degreeLevels: DegreeLevel[]
  minYearsExperience: number | null
}

/**
 * Levels the education requirement accepts, and the fewest years accepted with the highest of them
 * ("Master's + 2 years, or Bachelor's + 4" → 2). Without years in the education text, the smallest count
 * stated in the experience requirements ("two years work experience are mandatory").
 */
export function educationRequirement(education: Item[], experienceTexts: string[], data: DomainData): EducationRequirement {
  const pairs: { level: DegreeLevel; years: number | null }[] = []
  for (const item of flatten(education)) {
    const degrees = findDegrees(item.text, data)
    if (degrees.length === 0) continue
    for (const degree of degrees) pairs.push({ level: degree.level, years: null })
    // A year count belongs to the degree named last before it ("Bachelor's ... with two additional
    // years ... in lieu of the Master's" is the bachelor's route).
    for (const count of findYearCounts(normalizeKey(item.text), data)) {
      const owner = [...degrees].reverse().find((degree) => degree.index < count.index) ?? degrees[0]!
      pairs.push({ level: owner.level, years: count.years })
    }
  }
  const degreeLevels = byRank(pairs.map((pair) => pair.level))
  const top = degreeLevels[0]
  const withYears = pairs.filter((pair) => pair.years !== null && pair.level === top)
  if (withYears.length > 0) return { degreeLevels, minYearsExperience: Math.min(...withYears.map((pair) => pair.years!)) }
  const stated = experienceTexts.flatMap((text) => findYearCounts(normalizeKey(text), data).map((count) => count.years))
  return { degreeLevels, minYearsExperience: stated.length > 0 ? Math.min(...stated) : null }
}

export interface LanguageRequirement {
  required: string[]
  requiredOneOf: string[]
  advantageous: string[]
}

export type LanguageStance = 'required' | 'advantageous' | null

const languageMatchers = new WeakMap<DomainData, { pattern: RegExp; names: Map<string, string> }>()

function languageMatcher(data: DomainData) {
  let matcher = languageMatchers.get(data)
  if (!matcher) {
    const names = new Map<string, string>()
    for (const entry of data.languageNames) for (const alias of [entry.name, ...entry.aliases]) names.set(normalizeKey(alias), entry.name)
    matcher = { pattern: new RegExp(`(?<![\\p{L}])(${alternation(names.keys())})(?![\\p{L}])`, 'giu'), names }
    languageMatchers.set(data, matcher)
  }
  matcher.pattern.lastIndex = 0
  return matcher
}

export interface LanguageMention {
  name: string
  index: number
  length: number
}

export function findLanguages(text: string, data: DomainData): LanguageMention[] {
  const { pattern, names } = languageMatcher(data)
  const key = normalizeKey(text)
  return [...key.matchAll(pattern)].map((match) => ({ name: names.get(match[1]!)!, index: match.index!, length: match[1]!.length }))
}

const phrasePatterns = new WeakMap<string[], RegExp>()

/** Offset of the first of the phrases in the text, or -1. */
function containsAny(key: string, phrases: string[]): number {
  let pattern = phrasePatterns.get(phrases)
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:${alternation(phrases.map(normalizeKey))})(?![\\p{L}])`, 'u')
    phrasePatterns.set(phrases, pattern)
  }
  return key.search(pattern)
}

/**
 * Sort the languages named in a text into required, one-of and advantageous. Each clause is read on its
 * own; a subsection heading ("Advantageous") decides for every clause under it.
 */
export function languageRequirement(texts: { text: string; stance: LanguageStance }[], data: DomainData): LanguageRequirement {
  const result: LanguageRequirement = { required: [], requiredOneOf: [], advantageous: [] }
  const add = (list: string[], name: string) => {
    if (!list.includes(name)) list.push(name)
  }
  const words = data.languageRequirementWords
  for (const { text, stance } of texts) {
    for (const clause of text.split(/(?<=[.!?;])\s+/)) {
      const mentions = findLanguages(clause, data)
      if (mentions.length === 0) continue
      const key = normalizeKey(clause)
      const advantage = containsAny(key, words.advantageous) >= 0
      const required = containsAny(key, words.required) >= 0
      const kind: LanguageStance = stance ?? (advantage ? 'advantageous' : required ? 'required' : null)
      if (!kind) continue
      const oneOfAt = containsAny(key, words.oneOf)
      for (const mention of mentions) {
        if (kind === 'advantageous') add(result.advantageous, mention.name)
        else if (oneOfAt >= 0 && mention.index > oneOfAt) add(result.requiredOneOf, mention.name)
        else add(result.required, mention.name)
      }
    }
  }
  return result
}
