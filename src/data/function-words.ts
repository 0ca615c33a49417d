// The most frequent short words of each language torlint can detect. A paragraph is only said to be in
// another language when it uses that language's function words: on short lines franc alone takes a
// list of country names or a URL for Spanish or Dutch.
import { z } from 'zod'

export const functionWordsSchema = z.record(z.string(), z.array(z.string())).describe('ISO 639-1 code to lower-case function words')

export const functionWords: Record<string, string[]> = {
  en: ['the', 'a', 'and', 'of', 'to', 'in', 'is', 'are', 'for', 'with', 'on', 'that', 'this', 'be', 'will', 'by', 'from', 'as', 'at', 'an', 'or', 'it', 'which', 'have', 'has', 'all', 'their', 'our', 'you', 'your', 'we', 'not', 'who', 'should', 'must', 'can', 'these', 'other', 'such', 'any', 'into', 'within', 'under'],
  fr: ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'sont', 'pour', 'dans', 'sur', 'avec', 'par', 'que', 'qui', 'au', 'aux', 'ce', 'cette', 'ces', 'il', 'elle', 'nous', 'vous', 'votre', 'vos', 'pas', 'ne', 'sera', 'être', 'ou', 'leur', 'leurs', 'son', 'sa', 'ses', 'en'],
  es: ['el', 'la', 'los', 'las', 'del', 'un', 'una', 'y', 'es', 'son', 'para', 'por', 'con', 'en', 'que', 'de', 'al', 'se', 'su', 'sus', 'como', 'más', 'este', 'esta', 'estos', 'estas', 'ser', 'será', 'o', 'no', 'lo', 'le', 'les', 'usted', 'entre', 'sobre'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sind', 'für', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einer', 'im', 'auf', 'an', 'sie', 'ihre', 'ihr', 'wir', 'unter', 'bei', 'nicht', 'auch', 'werden', 'wird', 'oder', 'als', 'sich', 'es', 'alle', 'zur', 'zum'],
  pt: ['o', 'os', 'a', 'as', 'do', 'da', 'dos', 'das', 'um', 'uma', 'e', 'é', 'são', 'para', 'com', 'em', 'no', 'na', 'nos', 'nas', 'que', 'de', 'por', 'não', 'se', 'seu', 'sua', 'ao', 'pelo', 'pela', 'mais', 'como'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'dei', 'delle', 'un', 'una', 'e', 'è', 'sono', 'per', 'con', 'in', 'che', 'da', 'non', 'si', 'al', 'alla', 'nel', 'nella', 'come', 'più', 'questo', 'questa'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'zijn', 'voor', 'met', 'op', 'te', 'dat', 'die', 'niet', 'in', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'door', 'naar', 'worden', 'wordt', 'uw', 'u', 'wij', 'onze'],
  ru: ['и', 'в', 'не', 'на', 'с', 'что', 'по', 'для', 'от', 'к', 'о', 'из', 'это', 'как', 'мы', 'вы', 'или', 'а', 'при', 'его', 'её', 'их'],
  ar: ['في', 'من', 'على', 'إلى', 'أن', 'عن', 'مع', 'هذا', 'هذه', 'التي', 'الذي', 'أو', 'كان', 'لا', 'ما'],
}
