// Phrases that put the position somewhere in running text ("will be based in Beirut", "con sede en
// Santa Bárbara del Zulia"), per language: the words after one that read as a place name are the duty
// station when no label gives it. Each phrase speaks of the position itself: "staff based in" or the
// office "located in" say where others are.
import { z } from 'zod'

export const dutyStationPhrasesSchema = z.record(z.string(), z.array(z.string().min(1)))

export const dutyStationPhrases: Record<string, string[]> = {
  en: ['will be based in', 'will be based at', 'is based in', 'position is located in', 'post is located in', 'duty station is', 'duty station will be', 'with duty station in', 'will be stationed in', 'the position is in'],
  fr: ['sera basé à', 'sera basée à', 'sera basé(e) à', 'sera basé.e à', 'poste est basé à', 'poste basé à', 'avec résidence à', 'lieu d\'affectation est'],
  es: ['con sede en', 'tendrá su sede en', 'estará basado en', 'estará basada en', 'estará basado/a en', 'con base en', 'lugar de destino es'],
}
