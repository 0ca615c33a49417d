// The typed ToR to a schema.org JobPosting (JSON-LD) as Google's job-posting guidelines describe it.
// Pure: what the document states becomes a property, what it does not is left out, and
// `postingGaps` says which required properties are missing and which line would supply each.
import { defaultData, type DomainData } from '../data/index.js'
import type { EmploymentType } from '../data/jobposting.js'
import type { ParsedDocument } from '../document/index.js'
import type { Item, Position, PositionField, ToR } from '../schema.js'
import { perObject } from '../memo.js'
import { alternation, escapeRegExp, normalizeKey } from '../text.js'
import { descriptionHtml } from './description.js'
import { countryName, placeOf } from './location.js'
import type { JobPosting, RequiredProperty } from './schema.js'

export { jobPostingSchema, jobPostingRequired, type JobPosting, type RequiredProperty } from './schema.js'
export { placeOf, countryCode, type Place } from './location.js'
export { escapeHtml } from './description.js'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function isoDate(value: string | null): string | undefined {
  return value !== null && ISO_DATE.test(value) ? value : undefined
}

function flatten(items: readonly Item[]): string[] {
  return items.flatMap((item) => [item.text, ...flatten(item.children)])
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined
}

/** One value as itself, several as an array: the schema.org idiom. */
function oneOrMany<T>(list: T[]): T | T[] | undefined {
  return list.length === 0 ? undefined : list.length === 1 ? list[0] : list
}

const prefixPattern = perObject((prefixes: string[]) => (prefixes.length === 0 ? null : new RegExp(`^(?:${alternation(prefixes)})\\s*[,:–—-]\\s*(?=\\S)`, 'i')))

/**
 * The job title alone, as Google asks: without the programme tag ("JPO, "), the vacancy number, the
 * grade or the duty station a notice may have written into its title.
 */
export function jobTitle(position: Position, data: DomainData = defaultData): string | null {
  if (position.title === null) return null
  let title = position.title.trim()
  if (position.vacancyNumber && title.startsWith(position.vacancyNumber)) title = title.slice(position.vacancyNumber.length).replace(/^[\s,:;–—-]+/, '')
  const prefix = prefixPattern(data.titlePrefixes)
  if (prefix) title = title.replace(prefix, '')
  if (position.grade) {
    const [category, step] = position.grade.split('-')
    const grade = `${escapeRegExp(category ?? '')}\\s?-?\\s?${escapeRegExp(step ?? '')}`
    title = title.replace(new RegExp(`\\s*(?:\\(\\s*${grade}\\s*\\)|[,–—-]\\s*${grade})$`), '')
  }
  if (position.dutyStation) {
    for (const station of new Set([position.dutyStation, placeOf(position.dutyStation).locality].filter((value): value is string => Boolean(value)))) {
      title = title.replace(new RegExp(`\\s*(?:\\(\\s*${escapeRegExp(station)}\\s*\\)|[,–—-]\\s*${escapeRegExp(station)})$`, 'i'), '')
    }
  }
  title = title.trim()
  return title === '' ? position.title : title
}

const employmentPatterns = perObject((rules: DomainData['employmentTypes']) =>
  rules
    .filter((rule) => rule.phrases.length > 0)
    .map((rule) => ({
      type: rule.type,
      pattern: new RegExp(`(?<![\\p{L}])(?:${alternation(rule.phrases.map(normalizeKey))})(?![\\p{L}])`, 'u'),
    })),
)

/** Employment types the appointment type names, else the one the kind of document implies. */
export function employmentTypes(tor: ToR, data: DomainData = defaultData): EmploymentType[] {
  const appointment = tor.position.appointmentType
  const types = appointment === null ? [] : employmentPatterns(data.employmentTypes).filter(({ pattern }) => pattern.test(normalizeKey(appointment))).map(({ type }) => type)
  if (types.length > 0) return [...new Set(types)]
  const implied = data.employmentTypeByDocument[tor.documentType]
  return implied ? [implied] : []
}

function location(position: Position): Pick<JobPosting, 'jobLocation' | 'jobLocationType' | 'applicantLocationRequirements'> {
  if (position.dutyStation === null) return {}
  const place = placeOf(position.dutyStation)
  // Google rejects a place without its country, and a remote job without the country applicants live in.
  if (place.country === null) return {}
  if (place.remote) {
    const name = countryName(place.country)
    return name ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name } } : {}
  }
  return {
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', ...(place.locality ? { addressLocality: place.locality } : {}), addressCountry: place.country },
    },
  }
}

function isParsed(input: ToR | ParsedDocument): input is ParsedDocument {
  return 'tor' in input && 'segmented' in input
}

export interface JobPostingOptions {
  /** The tables of appointment types, credential categories and title prefixes; torlint's own by default. */
  data?: DomainData
}

/** The ToR (or a parsed document) as a schema.org JobPosting; properties it cannot fill are left out. */
export function toJobPosting(input: ToR | ParsedDocument, options: JobPostingOptions = {}): JobPosting {
  const tor = isParsed(input) ? input.tor : input
  const data = options.data ?? defaultData
  const position = tor.position
  const { education, experience, skills, degreeLevels, minYearsExperience } = tor.qualifications
  const posting: JobPosting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: jobTitle(position, data) ?? undefined,
    description: descriptionHtml(tor) ?? undefined,
    datePosted: isoDate(position.postingFrom),
    validThrough: isoDate(position.closingDate) ?? isoDate(position.postingTo),
    hiringOrganization: position.organization ? { '@type': 'Organization', name: position.organization } : undefined,
    ...location(position),
    employmentType: oneOrMany(employmentTypes(tor, data)),
    identifier: position.vacancyNumber
      ? { '@type': 'PropertyValue', ...(position.organization ? { name: position.organization } : {}), value: position.vacancyNumber }
      : undefined,
    educationRequirements: oneOrMany(
      [...new Set(degreeLevels.map((level) => data.credentialCategories[level]))].map((credentialCategory) => ({ '@type': 'EducationalOccupationalCredential' as const, credentialCategory })),
    ),
    experienceRequirements: minYearsExperience === null ? undefined : { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: minYearsExperience * 12 },
    skills: nonEmpty(flatten(skills)),
    responsibilities: nonEmpty(flatten(tor.responsibilities)),
    qualifications: nonEmpty(flatten([...education, ...experience])),
  }
  // Left-out properties are absent keys, not `undefined` values, so the JSON has no holes to explain.
  return Object.fromEntries(Object.entries(posting).filter(([, value]) => value !== undefined)) as JobPosting
}

export interface PostingGap {
  property: RequiredProperty
  /** The position field whose value is there but unusable; null when the document lacks it. */
  field: PositionField | null
  message: string
}

/** Each required property the document cannot fill, with what to add or change so it can. */
export function postingGaps(tor: ToR, posting: JobPosting = toJobPosting(tor)): PostingGap[] {
  const position = tor.position
  const gaps: PostingGap[] = []
  if (!posting.title) gaps.push({ property: 'title', field: null, message: 'no position title: add a "Position Title:" line so title can be set' })
  if (!posting.description) {
    gaps.push({ property: 'description', field: null, message: 'nothing describes the job: add a Context, Responsibilities or Qualifications section so description can be set' })
  }
  if (!posting.datePosted) {
    gaps.push(
      position.postingFrom === null
        ? { property: 'datePosted', field: null, message: 'no posting start date: add a "Posting period" line so datePosted can be set' }
        : { property: 'datePosted', field: 'postingFrom', message: `the posting start "${position.postingFrom}" is not a real date: correct it so datePosted can be set` },
    )
  }
  if (!posting.hiringOrganization) gaps.push({ property: 'hiringOrganization', field: null, message: 'no hiring organization: add an "Organization:" line so hiringOrganization can be set' })
  if (!posting.jobLocation && !posting.applicantLocationRequirements) {
    const station = position.dutyStation
    gaps.push(
      station === null
        ? { property: 'jobLocation', field: null, message: 'no duty station: add a "Duty Station:" line with the city and country so jobLocation can be set' }
        : placeOf(station).remote
          ? { property: 'jobLocation', field: 'dutyStation', message: `the duty station "${station}" is home-based but names no country: add the country applicants must be in (e.g. "Home-based, Kenya") so the posting can say where it is open` }
          : { property: 'jobLocation', field: 'dutyStation', message: `the duty station "${station}" names no country torlint knows: write it as "City, Country" so jobLocation can give addressCountry` },
    )
  }
  return gaps
}
