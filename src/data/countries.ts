// Duty stations to countries. Country names in English, French and Spanish come from i18n-iso-countries;
// these tables add what it does not know: the names UN documents use ("Viet Nam", "Lao PDR", "DRC"),
// duty stations often written without their country, and the office words around a city name.
import { z } from 'zod'

const alpha2 = z.string().regex(/^[A-Z]{2}$/)

export const countryAliasesSchema = z.record(z.string(), alpha2).describe('Lower-case name → ISO 3166-1 alpha-2 code')

/** Country names as UN notices write them, where i18n-iso-countries has another spelling. */
export const countryAliases: Record<string, string> = {
  syria: 'SY',
  'lao pdr': 'LA',
  laos: 'LA',
  moldova: 'MD',
  'republic of moldova': 'MD',
  drc: 'CD',
  'dr congo': 'CD',
  'd.r. congo': 'CD',
  rdc: 'CD',
  'viet nam': 'VN',
  'occupied palestinian territory': 'PS',
  'occupied palestinian territories': 'PS',
  opt: 'PS',
  swaziland: 'SZ',
  burma: 'MM',
  'east timor': 'TL',
  kosovo: 'XK',
  'côte d ivoire': 'CI',
  'cote d ivoire': 'CI',
  'cote d\'ivoire': 'CI',
  uk: 'GB',
  usa: 'US',
  'united states of america': 'US',
}

/**
 * Duty stations written without their country ("Duty Station: Nairobi"). Only cities whose name means one
 * place: the UN's headquarters, regional hubs and the capitals of its large field operations.
 */
export const dutyStationCountries: Record<string, string> = {
  geneva: 'CH', genève: 'CH', ginebra: 'CH',
  'new york': 'US', 'nueva york': 'US',
  nairobi: 'KE',
  bangkok: 'TH',
  vienna: 'AT', vienne: 'AT', viena: 'AT',
  rome: 'IT', roma: 'IT',
  paris: 'FR',
  copenhagen: 'DK', copenhague: 'DK',
  brussels: 'BE', bruxelles: 'BE', bruselas: 'BE',
  'the hague': 'NL', 'la haye': 'NL',
  bonn: 'DE', berlin: 'DE',
  amman: 'JO',
  beirut: 'LB', beyrouth: 'LB',
  cairo: 'EG', 'le caire': 'EG',
  dakar: 'SN',
  'addis ababa': 'ET', 'addis-abeba': 'ET',
  'panama city': 'PA', 'ciudad de panamá': 'PA',
  santiago: 'CL',
  istanbul: 'TR', ankara: 'TR',
  budapest: 'HU',
  manila: 'PH',
  kabul: 'AF',
  islamabad: 'PK',
  baghdad: 'IQ', erbil: 'IQ',
  juba: 'SS',
  khartoum: 'SD',
  kinshasa: 'CD', goma: 'CD',
  'port-au-prince': 'HT',
  beijing: 'CN',
  'new delhi': 'IN',
  jakarta: 'ID',
  pretoria: 'ZA', johannesburg: 'ZA',
  abuja: 'NG', maiduguri: 'NG',
  accra: 'GH',
  kampala: 'UG', entebbe: 'UG',
  'dar es salaam': 'TZ',
  harare: 'ZW',
  lusaka: 'ZM',
  maputo: 'MZ',
  bamako: 'ML',
  niamey: 'NE',
  ouagadougou: 'BF',
  "n'djamena": 'TD', ndjamena: 'TD',
  abidjan: 'CI',
  conakry: 'GN',
  freetown: 'SL',
  monrovia: 'LR',
  mogadishu: 'SO',
  "sana'a": 'YE', sanaa: 'YE', aden: 'YE',
  damascus: 'SY', damas: 'SY',
  tunis: 'TN',
  rabat: 'MA',
  tripoli: 'LY',
  'guatemala city': 'GT', 'ciudad de guatemala': 'GT',
  'mexico city': 'MX', 'ciudad de méxico': 'MX',
  bogotá: 'CO', bogota: 'CO',
  lima: 'PE',
  quito: 'EC',
  'san josé': 'CR', 'san jose': 'CR',
  'cox\'s bazar': 'BD', dhaka: 'BD',
  'yangon': 'MM',
  kyiv: 'UA', kiev: 'UA',
  tbilisi: 'GE',
  tashkent: 'UZ',
  dushanbe: 'TJ',
  almaty: 'KZ', astana: 'KZ',
  'brindisi': 'IT',
  montreal: 'CA', montréal: 'CA',
  tokyo: 'JP',
}

/** Words around a city that name an office, not a place: "Regional Office Brussels" is in Brussels. */
export const officeWords: string[] = [
  'regional office', 'sub-regional office', 'subregional office', 'country office', 'sub-office', 'sub office', 'field office',
  'liaison office', 'project office', 'headquarters', 'hq', 'office',
  'bureau régional', 'bureau de pays', 'sous-bureau', 'bureau',
  'oficina regional', 'oficina de país', 'suboficina', 'oficina', 'sede',
]

/** Duty stations that mean the work is done from home: the posting says so instead of giving a place. */
export const remoteWords: string[] = ['home-based', 'home based', 'remote', 'remotely', 'telecommute', 'à domicile', 'à distance', 'télétravail', 'a distancia', 'remoto', 'teletrabajo', 'desde casa']
