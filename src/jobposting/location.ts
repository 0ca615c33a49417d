// A duty station as a place: the city (addressLocality) and the ISO 3166-1 alpha-2 country code
// (addressCountry) that job search engines need, or the fact that the work is home-based.
import { createRequire } from 'node:module'
import { countryAliases, dutyStationCountries, officeWords, remoteWords } from '../data/countries.js'
import { escapeRegExp, normalizeKey } from '../text.js'

export interface Place {
  /** The city, without office words ("Regional Office Brussels" → "Brussels"); null when not stated. */
  locality: string | null
  /** ISO 3166-1 alpha-2 code; null when the duty station names no country torlint knows. */
  country: string | null
  /** Home-based or remote work. */
  remote: boolean
}

const LOCALES = ['en', 'fr', 'es'] as const
type Countries = typeof import('i18n-iso-countries')
let loaded: Countries | null = null

/**
 * Country names are loaded on the first lookup, so parsing and linting never pay for them. The package's
 * main entry registers all of its ~80 languages; its core module with our three is a fraction of that.
 */
function library(): Countries {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const countries = require('i18n-iso-countries/index.js') as Countries
  for (const locale of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`))
  loaded = countries
  return countries
}

function key(text: string): string {
  return normalizeKey(text).replace(/^the\s+/, '')
}

/** The alpha-2 code of a country name in English, French or Spanish, as written or without accents. */
export function countryCode(name: string): string | null {
  const countries = library()
  const candidates = [name.trim(), name.replace(/(?<!\s)\s*\([^()]*\)\s*$/, '').trim()].filter((candidate) => candidate !== '')
  for (const candidate of candidates) {
    const alias = countryAliases[key(candidate)]
    if (alias) return alias
    const straight = candidate.replace(/[‘’`´]/g, "'")
    for (const locale of LOCALES) {
      const code = countries.getAlpha2Code(straight, locale) ?? countries.getSimpleAlpha2Code(straight, locale)
      if (code) return code
    }
    const bare = straight.replace(/^the\s+/i, '')
    if (bare !== straight) {
      for (const locale of LOCALES) {
        const code = countries.getAlpha2Code(bare, locale) ?? countries.getSimpleAlpha2Code(bare, locale)
        if (code) return code
      }
    }
  }
  return null
}

/** The English name of a country code, for `applicantLocationRequirements`. */
export function countryName(code: string): string | null {
  return library().getName(code, 'en') ?? null
}

let officePattern: RegExp | null = null

function withoutOfficeWords(text: string): string {
  // A part that is only an office ("Geneva, HQ") names no place.
  if (officeWords.includes(normalizeKey(text))) return ''
  officePattern ??= new RegExp(`^(?:${officeWords.map(escapeRegExp).join('|')})(?:\\s+(?:in|of|for|de|en|à))?\\s+|\\s+(?:${officeWords.map(escapeRegExp).join('|')})$`, 'iu')
  return text.replace(officePattern, '').trim()
}

let remotePattern: RegExp | null = null

function isRemote(text: string): boolean {
  remotePattern ??= new RegExp(`(?<![\\p{L}])(?:${remoteWords.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu')
  return remotePattern.test(normalizeKey(text))
}

/**
 * "Freetown, Sierra Leone" → Freetown, SL; "Regional Office Brussels, Belgium" → Brussels, BE;
 * "Cameroon" → no locality, CM; "Nairobi" → Nairobi, KE (a duty station known without its country).
 */
export function placeOf(dutyStation: string): Place {
  const remote = isRemote(dutyStation)
  const parts = dutyStation
    .split(/(?<!\s)(?:\s*[,;/]\s*|\s+[-–—]\s+)/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !isRemote(part))
  let country: string | null = null
  let countryIndex = -1
  for (let index = parts.length - 1; index >= 0 && country === null; index--) {
    country = countryCode(parts[index]!)
    if (country) countryIndex = index
  }
  const localities = parts.filter((_, index) => index !== countryIndex).map(withoutOfficeWords).filter((part) => part !== '')
  if (country === null) {
    for (const locality of localities) {
      country = dutyStationCountries[normalizeKey(locality)] ?? dutyStationCountries[key(locality)] ?? null
      if (country) break
    }
  }
  return { locality: localities.length > 0 ? localities.join(', ') : null, country, remote }
}
