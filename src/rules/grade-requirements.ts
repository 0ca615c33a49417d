import { z } from 'zod'
import { perKey, perObject, perObjectPair } from '../memo.js'
import { defineRule, findInLines, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import type { DomainData } from '../data/index.js'
import type { GradeRequirement } from '../data/grades.js'
import { degreeLevelSchema, type DegreeLevel, type Item } from '../schema.js'
import { findDegrees, findYearCounts } from '../extract/index.js'
import { blockAt } from './util/block-at.js'
import { alternation, escapeRegExp, normalizeKey, phrasePattern } from '../text.js'

/** One way in: a degree and the years of experience that go with it ("Master's ... with two years"). */
export interface Route {
  level: DegreeLevel
  years: number | null
  /** The year count as written ("two years"), or null. */
  phrase: string | null
  /** Where the year count (else the requirement) is written. */
  at: Span
  /** Where the degree is named. */
  degreeAt: Span
}

export const DEGREE_NAMES: Record<DegreeLevel, string> = {
  doctorate: 'a doctorate',
  master: "a Master's degree",
  bachelor: "a Bachelor's degree",
  diploma: 'a diploma',
  secondary: 'secondary education',
}

/** 0 for a doctorate, growing towards secondary education. */
export function degreeRank(level: DegreeLevel): number {
  return degreeLevelSchema.options.indexOf(level)
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(item.children)])
}

const yearWordPattern = perObject((data: DomainData): RegExp => {
  const words = [...data.yearWords].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word.replace(/'$/, ''))).join('|')
  return new RegExp(`(?:${words})(?![\\p{L}])`, 'u')
})

/** The year count starting at `index` of a normalised text, up to and including its year word. */
export function yearPhrase(key: string, index: number, data: DomainData): string {
  const rest = key.slice(index, index + 80)
  const match = yearWordPattern(data).exec(rest)
  return match ? rest.slice(0, match.index + match[0].length) : rest.split(' ').slice(0, 2).join(' ')
}

/** Where an item's text is written: its block's lines, so a phrase can be found after a wrap. */
export function locateInItem(doc: ParsedDocument, line: number, column: number, phrase: string): Span {
  return findInLines(doc, line, blockAt(doc, line, column)?.endLine ?? line, phrase, column) ?? { line, column }
}

// "A first-level university degree in combination with two additional years of qualifying experience
// may be accepted in lieu of the advanced university degree": the years add to the Master's route, they
// are not that route's total.
const ADDITIONAL = /\b(?:additional|further|extra|more|supplémentaires?|adicionales?)\b/u
const ADDITIONAL_BEFORE = /\b(?:additional|further|extra|supplémentaires?|adicionales?)\s+$/u

function isAdditional(key: string, index: number, phrase: string): boolean {
  return ADDITIONAL.test(phrase) || ADDITIONAL_BEFORE.test(key.slice(Math.max(0, index - 24), index))
}

type YearCount = ReturnType<typeof findYearCounts>[number]

/** A count given as part of another ("eight years, of which 5 in the field"; "3 années ... dont 5 ans"). */
export interface YearPart {
  /** The whole, as written ("eight years"). */
  total: Route
  years: number
  /** The part as written, its cue included ("of which 5"). */
  phrase: string
  at: Span
}

/** A part cue, an optional qualifier and a number: "of which 5", "dont au moins deux". */
const partPatterns = perObject((data: DomainData): RegExp => {
  const { cues, qualifiers } = data.yearPartWords
  const qualifier = qualifiers.length > 0 ? `(?:(?:${alternation(qualifiers, phrasePattern)})\\s+)?` : ''
  return new RegExp(
    `(?<![\\p{L}])(?:${alternation(cues, phrasePattern) || '(?!)'})\\s+${qualifier}(\\d{1,2}|${alternation(Object.keys(data.numberWords))})(?![\\p{L}\\d])`,
    'gu',
  )
})

function partPattern(data: DomainData): RegExp {
  const pattern = partPatterns(data)
  pattern.lastIndex = 0
  return pattern
}

/**
 * The year counts of a normalised text that are wholes, and the parts given of them. A count right after
 * a part cue is a part: it is not a requirement of its own, so no route or minimum is read from it.
 */
function readCounts(key: string, data: DomainData): { wholes: YearCount[]; parts: { whole: YearCount; years: number; index: number; phrase: string }[] } {
  const counts = findYearCounts(key, data)
  const parts: { whole: YearCount; years: number; index: number; phrase: string }[] = []
  const partStarts = new Set<number>()
  if (counts.length === 0) return { wholes: counts, parts }
  const pattern = partPattern(data)
  for (const match of key.matchAll(pattern)) {
    const number = match[1]!
    const start = match.index + match[0].length - number.length
    const whole = [...counts].reverse().find((count) => count.index < match.index && !partStarts.has(count.index))
    if (!whole) continue
    partStarts.add(start)
    const years = /^\d+$/.test(number) ? Number(number) : data.numberWords[number]
    if (years !== undefined) parts.push({ whole, years, index: match.index, phrase: match[0] })
  }
  return { wholes: counts.filter((count) => !partStarts.has(count.index)), parts }
}

/**
 * Parts larger than their whole, in the education and experience requirements: "3 années d'expérience,
 * dont 5 ans sur le terrain" cannot both be true. Read once per document.
 */
export const oversizedParts: (doc: ParsedDocument, data: DomainData) => readonly YearPart[] = perObjectPair(readOversizedParts)

function readOversizedParts(doc: ParsedDocument, data: DomainData): YearPart[] {
  const found: YearPart[] = []
  const seen = new Set<string>()
  for (const source of [...flatten(doc.tor.qualifications.education), ...countSources(doc)]) {
    const where = `${source.line}:${source.column}`
    if (seen.has(where)) continue
    seen.add(where)
    const key = normalizeKey(source.text)
    for (const part of readCounts(key, data).parts) {
      if (part.years <= part.whole.years) continue
      const phrase = yearPhrase(key, part.whole.index, data)
      const at = locateInItem(doc, source.line, source.column, part.phrase)
      found.push({ total: { level: 'bachelor', years: part.whole.years, phrase, at: locateInItem(doc, source.line, source.column, phrase), degreeAt: at }, years: part.years, phrase: part.phrase, at })
    }
  }
  return found
}

/** Where year counts are stated outside the education requirement: the experience items and the text of the position and qualification sections. */
function countSources(doc: ParsedDocument): { text: string; line: number; column: number }[] {
  return [
    ...flatten(doc.tor.qualifications.experience).map((item) => ({ text: item.text, line: item.line, column: item.column })),
    ...doc.segmented.sections
      .filter((section) => section.kind === 'position' || section.kind === 'header' || section.kind === 'qualifications')
      .flatMap((section) => section.blocks.filter((block) => block.type === 'text')),
  ]
}

/**
 * The degree routes of the education requirement: each year count belongs to the degree named last
 * before it, as the extractor reads them. Counts of additional years are left out. Read once per
 * document (this rule and experience-consistency ask): do not change the list.
 */
export const degreeRoutes: (doc: ParsedDocument, data: DomainData) => readonly Route[] = perObjectPair(readDegreeRoutes)

function readDegreeRoutes(doc: ParsedDocument, data: DomainData): Route[] {
  const routes: Route[] = []
  for (const item of flatten(doc.tor.qualifications.education)) {
    const key = normalizeKey(item.text)
    const degrees = findDegrees(item.text, data)
    if (degrees.length === 0) continue
    const counts = readCounts(key, data).wholes
    const degreeSpans = degrees.map((degree) => locateInItem(doc, item.line, item.column, degreePhrase(key, degree.index, degree.level, data)))
    const owned = new Set<number>()
    for (const count of counts) {
      const ownerIndex = [...degrees.keys()].reverse().find((index) => degrees[index]!.index < count.index) ?? 0
      const owner = degrees[ownerIndex]!
      const phrase = yearPhrase(key, count.index, data)
      if (isAdditional(key, count.index, phrase)) continue
      owned.add(ownerIndex)
      routes.push({ level: owner.level, years: count.years, phrase, at: locateInItem(doc, item.line, item.column, phrase), degreeAt: degreeSpans[ownerIndex]! })
    }
    degrees.forEach((degree, index) => {
      if (owned.has(index) || routes.some((route) => route.level === degree.level)) return
      routes.push({ level: degree.level, years: null, phrase: null, at: degreeSpans[index]!, degreeAt: degreeSpans[index]! })
    })
  }
  return routes
}

/**
 * Year counts stated outside the education requirement: the experience items, and the text of the
 * position and qualification sections ("two years work experience are mandatory"). Read once per
 * document: do not change the list.
 */
export const experienceCounts: (doc: ParsedDocument, data: DomainData) => readonly Route[] = perObjectPair(readExperienceCounts)

function readExperienceCounts(doc: ParsedDocument, data: DomainData): Route[] {
  const sources = countSources(doc)
  const seen = new Set<string>()
  const counts: Route[] = []
  for (const source of sources) {
    const where = `${source.line}:${source.column}`
    if (seen.has(where)) continue
    seen.add(where)
    const key = normalizeKey(source.text)
    for (const count of readCounts(key, data).wholes) {
      const phrase = yearPhrase(key, count.index, data)
      if (isAdditional(key, count.index, phrase)) continue
      const at = locateInItem(doc, source.line, source.column, phrase)
      counts.push({ level: 'bachelor', years: count.years, phrase, at, degreeAt: at })
    }
  }
  return counts
}

const levelPhrases = perObject((table: DomainData['degreeWords']) =>
  perKey(
    (level: DegreeLevel) => level,
    (level) => table.filter((entry) => entry.level === level).flatMap((entry) => entry.phrases.map(normalizeKey)),
  ),
)

/** The normalised phrases of a degree level, once per table. */
function phrasesOf(level: DegreeLevel, data: DomainData): string[] {
  return levelPhrases(data.degreeWords)(level)
}

/** The degree phrase as the vocabulary spells it, at an offset of the normalised text. */
function degreePhrase(key: string, index: number, level: DegreeLevel, data: DomainData): string {
  const phrases = phrasesOf(level, data)
  return phrases.filter((phrase) => key.startsWith(phrase, index)).sort((a, b) => b.length - a.length)[0] ?? key.slice(index).split(' ')[0]!
}

const options = z
  .object({
    /** Years above the grade's minimum that count as far above it; null to not check. */
    farAboveYears: z.number().int().min(1).nullable().default(5),
    /** A multiple of the grade's minimum that counts as far above it; null to not check. */
    farAboveFactor: z.number().min(1).nullable().default(2),
  })
  .strict()
type Options = z.infer<typeof options>

function minimumFor(requirement: GradeRequirement, level: DegreeLevel): number | null | 'degree' {
  if (level === 'doctorate' || level === 'master') return requirement.masterYears ?? requirement.bachelorYears
  if (level === 'bachelor') return requirement.bachelorYears ?? 'degree'
  return requirement.masterYears === null && requirement.bachelorYears === null ? null : 'degree'
}

function farAbove(years: number, minimum: number, settings: Options): boolean {
  if (settings.farAboveYears !== null && years > minimum + settings.farAboveYears) return true
  return settings.farAboveFactor !== null && minimum > 0 && years > minimum * settings.farAboveFactor
}

function yearsText(route: Route): string {
  return route.phrase ? `"${route.phrase}"` : `${route.years} years`
}

export default defineRule({
  id: 'grade-requirements',
  severity: 'error',
  description: "The education and experience asked for are below the grade's minimum, or far above it.",
  help: [
    "Each grade has a minimum: in the common UN scheme P-2 needs a Master's degree and 2 years of experience or a Bachelor's and 4, P-3 5 or 7, P-4 7 or 9, P-5 10 or 12, D-1 15 with an advanced degree.",
    'A requirement below the minimum cannot be classified at that grade; one far above it (`farAboveYears`, `farAboveFactor`) keeps qualified candidates away or means the grade is wrong.',
    'The table is the `gradeRequirements` data table: an organisation with other minimums replaces it in its config.',
  ].join('\n\n'),
  tags: ['consistency', 'qualifications'],
  options,
  examples: {
    bad: [
      {
        text: "Grade: P-3\n\n## Education\n\n- Master's degree with two years of relevant experience.\n",
        messages: ['5:24 accepts a Master\'s degree with "two years" of experience, but grade P-3 needs at least 5: ask for 5 years or review the grade'],
      },
      {
        text: "Grade: P-2\n\n## Education\n\n- Master's degree with twelve years of relevant experience.\n",
        messages: ['5:24 asks for a Master\'s degree with "twelve years" of experience, far above the 2 that grade P-2 needs: lower the requirement or review the grade'],
      },
      {
        text: "Grade: D-1\n\n## Education\n\n- Bachelor's degree with fifteen years of experience.\n",
        messages: ["5:3 accepts a Bachelor's degree, but grade D-1 needs an advanced degree: require a Master's degree or review the grade"],
      },
    ],
    good: [
      {
        text: "Grade: P-2\n\n## Education\n\n- Master's degree with two years of experience; or\n- University degree with four years of experience.\n",
      },
      {
        // The part of a count ("of which 5 years") is not a requirement of its own.
        text: "Grade: P-4\n\n## Education\n\n- Master's degree in economics with eight years of relevant experience, of which 5 years at the international level.\n",
      },
    ],
  },
  check({ doc, data, options: settings, report }) {
    const grade = doc.tor.position.grade
    const requirement = grade ? data.gradeRequirements.find((entry) => entry.grade === grade) : undefined
    if (!requirement) return
    let routes = degreeRoutes(doc, data)
    // No count in the education text: the count the extractor read as `minYearsExperience` (the main
    // experience requirement, not "of which 5 in management" nor "Duration: 2 years") goes with the top
    // degree.
    const top = routes.find((route) => route.level === doc.tor.qualifications.degreeLevels[0])
    const minimum = doc.tor.qualifications.minYearsExperience
    if (top && minimum !== null && !routes.some((route) => route.years !== null)) {
      const stated = experienceCounts(doc, data).find((count) => count.years === minimum)
      if (stated) routes = [{ ...stated, level: top.level, degreeAt: top.degreeAt }, ...routes.filter((route) => route !== top)]
    }
    const reported = new Set<DegreeLevel>()
    for (const route of routes) {
      const minimum = minimumFor(requirement, route.level)
      if (minimum === null) continue
      if (minimum === 'degree') {
        if (reported.has(route.level)) continue
        reported.add(route.level)
        const needed = requirement.bachelorYears === null ? 'an advanced degree' : 'a university degree'
        const ask = requirement.bachelorYears === null ? "a Master's degree" : 'a university degree'
        report(route.degreeAt, `accepts ${DEGREE_NAMES[route.level]}, but grade ${grade} needs ${needed}: require ${ask} or review the grade`)
        continue
      }
      if (route.years === null) continue
      if (route.years < minimum) {
        report(route.at, `accepts ${DEGREE_NAMES[route.level]} with ${yearsText(route)} of experience, but grade ${grade} needs at least ${minimum}: ask for ${minimum} years or review the grade`)
      } else if (farAbove(route.years, minimum, settings)) {
        report(route.at, `asks for ${DEGREE_NAMES[route.level]} with ${yearsText(route)} of experience, far above the ${minimum} that grade ${grade} needs: lower the requirement or review the grade`)
      }
    }
  },
})
