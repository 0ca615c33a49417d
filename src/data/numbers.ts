// Number words, months and grade patterns in the three working languages.
import { z } from 'zod'

export const numberWordsSchema = z.record(z.string(), z.number().int().min(0))
/** The number words of each language, 1 upwards (several spellings of one number are joined by "|"). */
export const numberWordsByLanguage: Record<string, string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  // "six" is French too.
  fr: ['un|une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
  es: ['uno|una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis|dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte'],
}

export const numberWords: Record<string, number> = Object.fromEntries(
  Object.values(numberWordsByLanguage).flatMap((words) => words.flatMap((spellings, index) => spellings.split('|').map((word) => [word, index + 1] as const))),
)

export const yearPartWordsSchema = z.object({
  /** Words that make the count after them a part of the count before ("eight years, of which 5 in the field"). */
  cues: z.array(z.string()),
  /** Words that may stand between the cue and the number ("dont au moins 2 ans"). */
  qualifiers: z.array(z.string()),
})
export type YearPartWords = z.infer<typeof yearPartWordsSchema>

export const yearPartWords: YearPartWords = {
  cues: ['of which', 'out of which', 'among which', 'including', 'dont', 'parmi lesquelles', 'parmi lesquels', 'y compris', 'de los cuales', 'de las cuales', 'incluidos', 'incluyendo'],
  qualifiers: ['at least', 'a minimum of', 'minimum', 'no less than', 'au moins', 'au minimum', 'un minimum de', 'minimum de', 'al menos', 'como mínimo', 'un mínimo de', 'mínimo'],
}

export const monthNamesSchema = z.record(z.string(), z.number().int().min(1).max(12))
export const monthNames: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
}

/** Words for "year(s)" after a count, for experience requirements. */
export const yearWords = ['years', 'year', "years'", 'yrs', 'ans', 'années', 'année', 'an', 'años', 'año']

/** Staff categories written before a grade number, normalised as `P-2`, `NO-B`, `G-5`, `D-1`. */
export const gradeCategories = ['ASG', 'USG', 'NO', 'GS', 'FS', 'SB', 'SC', 'P', 'D', 'G', 'L', 'UG']
