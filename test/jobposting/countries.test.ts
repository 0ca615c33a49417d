// The country tables are data: valid against their schema, and every code one that i18n-iso-countries knows.
import countries from 'i18n-iso-countries'
import { expect, it } from 'vitest'
import { countryAliases, countryAliasesSchema, dutyStationCountries, officeWords, remoteWords } from '../../src/data/countries.js'
import { countryCode, placeOf } from '../../src/jobposting/index.js'

it('the alias and duty-station tables are lower-case names mapped to ISO 3166-1 alpha-2 codes', () => {
  expect(() => countryAliasesSchema.parse(countryAliases)).not.toThrow()
  expect(() => countryAliasesSchema.parse(dutyStationCountries)).not.toThrow()
  for (const name of [...Object.keys(countryAliases), ...Object.keys(dutyStationCountries), ...officeWords, ...remoteWords]) expect(name).toBe(name.toLowerCase())
  // Kosovo's XK is user-assigned, not ISO, but it is what job boards and i18n-iso-countries use.
  for (const code of new Set([...Object.values(countryAliases), ...Object.values(dutyStationCountries)])) expect(countries.isValid(code) || code === 'XK', code).toBe(true)
})

it('country names in English, French and Spanish, and UN spellings', () => {
  expect(countryCode('Sierra Leone')).toBe('SL')
  expect(countryCode('Sénégal')).toBe('SN')
  expect(countryCode('Etiopía')).toBe('ET')
  expect(countryCode('the Philippines')).toBe('PH')
  expect(countryCode('Lao PDR')).toBe('LA')
  expect(countryCode('Iran (Islamic Republic of)')).toBe('IR')
  expect(countryCode('Freetown')).toBeNull()
})

it('a known duty station without its country, "The Hague" included', () => {
  expect(placeOf('The Hague')).toEqual({ locality: 'The Hague', country: 'NL', remote: false })
  expect(placeOf('Geneva, HQ')).toEqual({ locality: 'Geneva', country: 'CH', remote: false })
})
