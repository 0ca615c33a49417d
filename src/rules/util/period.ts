// A length of time as a notice writes it ("six months", "3 mois", "12 meses", "one year"): a count in
// digits or number words of the domain tables, then a unit. required-field reads a duration from a type
// of appointment with it; the evidence search finds a duration in prose with it.
import type { DomainData } from '../../data/index.js'
import { perObject } from '../../memo.js'
import { alternation } from '../../text.js'

const PERIOD_UNITS = 'months?|years?|weeks?|(?:working\\s+)?days?|mois|ans?|années?|semaines?|jours|meses|mes|años?|semanas?|días'

export const periodPattern = perObject((numberWords: DomainData['numberWords']): RegExp => {
  const numbers = alternation(Object.keys(numberWords))
  return new RegExp(`(?<![\\p{L}\\d])(?:\\d{1,3}${numbers ? `|${numbers}` : ''})[\\s-]+(?:${PERIOD_UNITS})(?![\\p{L}])`, 'iu')
})
