// Normalisers for the values ToRs state in many ways: grades, dates, year counts, vacancy codes.
import type { DomainData } from '../data/index.js'
import { perObject } from '../memo.js'
import { alternation, normalizeKey } from '../text.js'

const gradePattern = perObject((data: DomainData): RegExp => {
  const categories = alternation(data.gradeCategories)
  return new RegExp(`(?<![A-Za-z])(${categories})\\s?[-–]?\\s?(\\d{1,2}|[A-E])(?![A-Za-z0-9])`)
})

/** "Professional Staff, Grade P2" → "P-2"; "NOB" → "NO-B". Null when no grade code is present. */
export function normalizeGrade(text: string, data: DomainData): string | null {
  const match = gradePattern(data).exec(text)
  if (!match) return null
  const category = match[1]!
  const step = match[2]!
  // A bare letter after P, D or G is not a grade ("P A" in running text); National Officers use letters.
  if (/^[A-E]$/.test(step) && category !== 'NO') return null
  return `${category}-${step}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000
  if (month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > days) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

export interface FoundDate {
  iso: string | null
  /** The text that was read as a date, also when it names an impossible day (30 February). */
  text: string
  index: number
}

interface DateMatchers {
  pattern: RegExp
  /** Any month name, with the pattern's flags (an empty table matches anywhere, as its empty group does). */
  month: RegExp
}

const dateMatchers = perObject((data: DomainData): DateMatchers => {
  const months = alternation(Object.keys(data.monthNames))
  const pattern = new RegExp(
    [
      `(?<iso>\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d))`,
      `(?<dmy>\\b(\\d{1,2})(?:st|nd|rd|th|er)?[\\s.-]+(?:de\\s+)?(${months})\\.?,?[\\s.-]+(?:de\\s+)?(\\d{4}|\\d{2})\\b)`,
      `(?<mdy>\\b(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b)`,
      `(?<num>\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b)`,
    ].join('|'),
    'giu',
  )
  return { pattern, month: new RegExp(months, 'iu') }
})

function dateMatchersFor(data: DomainData): DateMatchers {
  const matchers = dateMatchers(data)
  matchers.pattern.lastIndex = 0
  return matchers
}

const FOUR_DIGITS = /\d{4}/

/** Every date written in the text, in order. Day-first for numeric dates, as UN documents write them. */
export function findDates(text: string, data: DomainData): FoundDate[] {
  const found: FoundDate[] = []
  const { pattern, month } = dateMatchersFor(data)
  // Every form but "5 May 22" has a four-digit year, and that one names its month: most texts have
  // neither, and the two quick searches spare the slow pattern.
  if (!FOUR_DIGITS.test(text) && !month.test(text)) return found
  for (const match of text.matchAll(pattern)) {
    const g = match
    const groups = match.groups!
    let iso: string | null = null
    if (groups.iso) iso = isoDate(Number(g[2]), Number(g[3]), Number(g[4]))
    else if (groups.dmy) iso = isoDate(Number(g[8]), data.monthNames[normalizeKey(g[7]!)] ?? 0, Number(g[6]))
    else if (groups.mdy) iso = isoDate(Number(g[12]), data.monthNames[normalizeKey(g[10]!)] ?? 0, Number(g[11]))
    else if (groups.num) iso = isoDate(Number(g[16]), Number(g[15]), Number(g[14]))
    found.push({ iso, text: match[0], index: match.index! })
  }
  return found
}

/** A date field: ISO when the text is a date, else the text as written ("As soon as possible"). */
export function normalizeDate(text: string, data: DomainData): string {
  const [first] = findDates(text, data)
  return first?.iso ?? text
}

const yearPattern = perObject((data: DomainData): RegExp => {
  const numbers = `\\d{1,2}|${alternation(Object.keys(data.numberWords))}`
  const years = alternation(data.yearWords)
  return new RegExp(
    `(?<![\\p{L}\\d])(${numbers})(?:\\s*\\(\\d{1,2}\\))?(?:\\s*\\+)?(?:\\s*(?:-|–|to|or|à|a|o)\\s*(?:${numbers}))?(?:\\s+or\\s+more)?[\\s-]+(?:(additional|further|more|extra|full[- ]time|supplémentaires?|adicionales?)\\s+)?(?:${years})(?![\\p{L}])`,
    'giu',
  )
})

export interface YearCount {
  years: number
  index: number
  /** "two additional years": a count on top of another route's, not a requirement on its own. */
  additional: boolean
}

/** Year counts: "two years", "5 years", "two to three years'", "3+ years", "1-year", "cinq ans", "dos años". */
export function findYearCounts(text: string, data: DomainData): YearCount[] {
  const pattern = yearPattern(data)
  pattern.lastIndex = 0
  const counts: YearCount[] = []
  for (const match of text.matchAll(pattern)) {
    const raw = match[1]!.toLowerCase()
    const years = /^\d+$/.test(raw) ? Number(raw) : data.numberWords[raw]
    if (years !== undefined) counts.push({ years, index: match.index!, additional: match[2] !== undefined && !/full/.test(match[2]) })
  }
  return counts
}

/** The code of a requisition line ("SVN 2022 26 Reintegration Officer ..." → "SVN 2022 26"). */
export function vacancyCode(text: string): string {
  const code = /^([A-Z]{2,6}[ /-]?\d{2,4}(?:[ /-]\d{1,5})+)\b/.exec(text)
  return code ? code[1]! : text
}

/** A row value can carry a note after its first sentence; the field is the first sentence. */
export function firstSentence(text: string): string {
  const cut = /^(.{3,}?[a-z)\]])\.\s+(?=\p{Lu})/u.exec(text)
  return cut ? cut[1]! : text
}
