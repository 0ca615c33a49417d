// Capitalised words one or two letters away from a language name that are not misspellings of it:
// countries and peoples. Words a language name starts ("Russia", "Korea") or that start with one
// ("Germany", "Frenchman") are told apart without this list.
import { z } from 'zod'

export const languageLookalikesSchema = z.array(z.string()).describe('Lower-case words that are not misspelt language names')

export const languageLookalikes: string[] = [
  'arabia', 'arabs', 'china', 'chile', 'greece', 'portugal', 'ukraine', 'spain', 'italy', 'francia', 'italia',
  'turkey', 'persia', 'malaysia', 'malawi', 'serbs', 'croats', 'czechia', 'polska', 'thais', 'tamils',
]
