// Position fields from YAML front matter: every scalar at any depth, named by its own key, so that a
// site's nesting ("SELECTION_NOTIFICATION:" → "EOI_DEADLINE:", "SELECTION_COUNTRY:" → "- COUNTRY_NAME:")
// does not hide the fields it holds.
import type { DomainData } from '../data/index.js'
import type { PositionField } from '../schema.js'
import { perObject } from '../memo.js'

/** Deep enough for a page's sections and their lists; a deeper structure is data, not a notice. */
const MAX_DEPTH = 4

export interface FrontMatterEntry {
  key: string
  value: string
}

/** Scalars of the front matter in document order, each with the key it is written under. */
export function frontMatterEntries(values: Record<string, unknown>): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = []
  const visit = (value: unknown, key: string, depth: number): void => {
    if (value === null || value === undefined) return
    if (Array.isArray(value)) {
      if (depth < MAX_DEPTH) for (const item of value) visit(item, key, depth + 1)
    } else if (typeof value === 'object') {
      if (depth < MAX_DEPTH) for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) visit(innerValue, inner, depth + 1)
    } else entries.push({ key, value: String(value) })
  }
  for (const [key, value] of Object.entries(values)) visit(value, key, 0)
  return entries
}

const keyText = (key: string) => key.replace(/[_-]+/g, ' ').trim().toLowerCase()

const keyFields = perObject((table: DomainData['frontMatterKeys']) => new Map(table.flatMap((entry) => entry.keys.map((key) => [keyText(key), entry.field] as const))))

/** The field a front matter key names: the front matter table first, then the row labels. */
export function frontMatterField(key: string, data: DomainData, fieldOf: (label: string) => string | null): string | null {
  const text = keyText(key)
  return (keyFields(data.frontMatterKeys).get(text) as PositionField | undefined) ?? fieldOf(text)
}

/** Words that qualify an appointment type without being a job ("Individual Consultant", "International Consultancy"). */
const TYPE_QUALIFIERS = new Set(['individual', 'international', 'national', 'local', 'external', 'paid', 'unpaid'])

/** "Short-Term Consultant", "Individual Consultancy": every word belongs to an appointment-type phrase. */
function isAppointmentType(text: string, data: DomainData): boolean {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\s-]+/gu, ' ')} `
  const phrases = data.employmentTypes.flatMap((rule) => rule.phrases).sort((a, b) => b.length - a.length)
  let found = false
  for (const phrase of phrases) {
    const spaced = ` ${phrase} `
    while (rest.includes(spaced)) {
      rest = rest.replace(spaced, ' ')
      found = true
    }
  }
  return found && rest.split(/\s+/).every((word) => word === '' || TYPE_QUALIFIERS.has(word))
}

/** A dash with white space on both sides separates a title's parts (one character each side: linear). */
const SPACED_DASH = /\s[-–—]\s/
/** A line without the Markdown around it ("## **Local Lawyer**"). */
function stripMarkup(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && '#*_ \t'.includes(text[start]!)) start++
  while (end > start && '*_ \t'.includes(text[end - 1]!)) end--
  return text.slice(start, end)
}

const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * A site's title often packs the appointment type and the project around the job ("Short-Term Consultant -
 * Local Lawyer for Myanmar Secured Transactions Reform Project"): the parts that name an appointment type
 * go to that field, and when a line at the top of the notice names the job at the start or the end of what
 * is left ("Local Lawyer", "Communications Analyst"), that line is the title. A line scores for ending
 * with a job noun, for standing beside an appointment type as the site's title does, and for ending the title.
 */
export function splitSiteTitle(title: string, headLines: string[], data: DomainData): { title: string; appointmentType: string | null } {
  const parts = title.split(SPACED_DASH).map((part) => part.trim()).filter((part) => part !== '')
  const types = parts.filter((part) => isAppointmentType(part, data))
  const rest = parts.filter((part) => !types.includes(part))
  const job = rest.length > 0 ? rest.join(' - ') : title
  const folded = fold(job)
  let best: { text: string; score: number } | null = null
  for (const line of headLines) {
    const pieces = line.split(SPACED_DASH).map(stripMarkup)
    const besideType = pieces.some((piece) => isAppointmentType(piece, data))
    for (const candidate of pieces) {
      const key = fold(candidate)
      if (key === '' || key === folded || isAppointmentType(candidate, data)) continue
      const suffix = folded.endsWith(` ${key}`)
      if (!suffix && !folded.startsWith(`${key} `)) continue
      const noun = data.jobTitleNouns.some((word) => key.endsWith(` ${word.toLowerCase()}`) || key === word.toLowerCase())
      const score = (noun ? 2 : 0) + (besideType ? 2 : 0) + (suffix ? 1 : 0)
      if (score > 0 && (!best || score > best.score)) best = { text: candidate, score }
    }
  }
  return { title: best?.text ?? job, appointmentType: types[0] ?? null }
}

/** Lines a notice opens with, where a job title stands: the first eight from its first block. */
export function headLines(blocks: { line: number }[], lines: string[]): string[] {
  const first = blocks[0]?.line
  return first === undefined ? [] : lines.slice(first - 1, first + 7).map((line) => line.trim()).filter((line) => line !== '')
}
