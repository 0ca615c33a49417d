// Language names as written in EN/FR/ES documents (and natively), mapped to English canonical names.
import { z } from 'zod'

export const languageNameSchema = z.object({
  name: z.string().describe('English canonical name'),
  code: z.string().describe('ISO 639-1 code'),
  aliases: z.array(z.string()).describe('Lower-case spellings that mean this language'),
})
export type LanguageName = z.infer<typeof languageNameSchema>

export const languageNames: LanguageName[] = [
  { name: 'English', code: 'en', aliases: ['english', 'anglais', 'inglés', 'ingles', 'englisch', 'langue anglaise', 'lengua inglesa'] },
  { name: 'French', code: 'fr', aliases: ['french', 'français', 'francais', 'francés', 'frances', 'französisch', 'langue française', 'lengua francesa'] },
  { name: 'Spanish', code: 'es', aliases: ['spanish', 'espagnol', 'español', 'espanol', 'castellano', 'spanisch', 'langue espagnole', 'lengua española', 'lengua castellana'] },
  { name: 'Arabic', code: 'ar', aliases: ['arabic', 'arabe', 'árabe', 'arabisch', 'langue arabe', 'lengua árabe'] },
  { name: 'Chinese', code: 'zh', aliases: ['chinese', 'chinois', 'chino', 'mandarin', 'chinesisch'] },
  { name: 'Russian', code: 'ru', aliases: ['russian', 'russe', 'ruso', 'russisch'] },
  { name: 'Portuguese', code: 'pt', aliases: ['portuguese', 'portugais', 'portugués', 'portugues', 'português', 'langue portugaise', 'lengua portuguesa'] },
  { name: 'German', code: 'de', aliases: ['german', 'allemand', 'alemán', 'aleman', 'deutsch'] },
  { name: 'Italian', code: 'it', aliases: ['italian', 'italien', 'italiano'] },
  { name: 'Dutch', code: 'nl', aliases: ['dutch', 'néerlandais', 'neerlandés', 'nederlands'] },
  { name: 'Turkish', code: 'tr', aliases: ['turkish', 'turc', 'turco'] },
  { name: 'Ukrainian', code: 'uk', aliases: ['ukrainian', 'ukrainien', 'ucraniano'] },
  { name: 'Persian', code: 'fa', aliases: ['persian', 'farsi', 'persan', 'persa'] },
  { name: 'Dari', code: 'prs', aliases: ['dari'] },
  { name: 'Pashto', code: 'ps', aliases: ['pashto', 'pachto', 'pastún'] },
  { name: 'Tajik', code: 'tg', aliases: ['tajik', 'tadjik', 'tayiko'] },
  { name: 'Urdu', code: 'ur', aliases: ['urdu', 'ourdou'] },
  { name: 'Hindi', code: 'hi', aliases: ['hindi'] },
  { name: 'Bengali', code: 'bn', aliases: ['bengali', 'bangla'] },
  { name: 'Swahili', code: 'sw', aliases: ['swahili', 'kiswahili', 'suajili'] },
  { name: 'Amharic', code: 'am', aliases: ['amharic', 'amharique', 'amhárico'] },
  { name: 'Tigrinya', code: 'ti', aliases: ['tigrinya', 'tigrigna'] },
  { name: 'Somali', code: 'so', aliases: ['somali', 'somalí'] },
  { name: 'Hausa', code: 'ha', aliases: ['hausa', 'haoussa'] },
  { name: 'Japanese', code: 'ja', aliases: ['japanese', 'japonais', 'japonés'] },
  { name: 'Korean', code: 'ko', aliases: ['korean', 'coréen', 'coreano'] },
  { name: 'Greek', code: 'el', aliases: ['greek', 'grec', 'griego'] },
  { name: 'Polish', code: 'pl', aliases: ['polish', 'polonais', 'polaco'] },
  { name: 'Romanian', code: 'ro', aliases: ['romanian', 'roumain', 'rumano'] },
  { name: 'Serbian', code: 'sr', aliases: ['serbian', 'serbe', 'serbio'] },
  { name: 'Thai', code: 'th', aliases: ['thai', 'thaï', 'tailandés'] },
  { name: 'Vietnamese', code: 'vi', aliases: ['vietnamese', 'vietnamien', 'vietnamita'] },
  { name: 'Indonesian', code: 'id', aliases: ['indonesian', 'bahasa indonesia', 'indonésien', 'indonesio'] },
  { name: 'Tagalog', code: 'tl', aliases: ['tagalog', 'filipino'] },
  { name: 'Nepali', code: 'ne', aliases: ['nepali', 'népalais'] },
  { name: 'Krio', code: 'kri', aliases: ['krio'] },
  { name: 'Wolof', code: 'wo', aliases: ['wolof'] },
  { name: 'Fula', code: 'ff', aliases: ['fula', 'fulani', 'fulfulde', 'pulaar', 'peul'] },
  { name: 'Bambara', code: 'bm', aliases: ['bambara'] },
  { name: 'Mossi', code: 'mos', aliases: ['mossi', 'mooré'] },
  { name: 'Dyula', code: 'dyu', aliases: ['dyula', 'dioula', 'jula'] },
  { name: 'Yoruba', code: 'yo', aliases: ['yoruba'] },
  { name: 'Igbo', code: 'ig', aliases: ['igbo'] },
  { name: 'Lingala', code: 'ln', aliases: ['lingala'] },
  { name: 'Kinyarwanda', code: 'rw', aliases: ['kinyarwanda'] },
  { name: 'Kirundi', code: 'rn', aliases: ['kirundi'] },
  { name: 'Malagasy', code: 'mg', aliases: ['malagasy', 'malgache'] },
  { name: 'Oromo', code: 'om', aliases: ['oromo', 'afaan oromo'] },
  { name: 'Zulu', code: 'zu', aliases: ['zulu', 'isizulu'] },
  { name: 'Shona', code: 'sn', aliases: ['shona'] },
  { name: 'Sinhala', code: 'si', aliases: ['sinhala', 'sinhalese'] },
  { name: 'Tamil', code: 'ta', aliases: ['tamil', 'tamoul'] },
  { name: 'Burmese', code: 'my', aliases: ['burmese', 'myanmar language', 'myanmar languages', 'birman'] },
  { name: 'Khmer', code: 'km', aliases: ['khmer', 'jemer'] },
  { name: 'Mongolian', code: 'mn', aliases: ['mongolian', 'mongol'] },
  { name: 'Georgian', code: 'ka', aliases: ['georgian', 'géorgien'] },
  { name: 'Armenian', code: 'hy', aliases: ['armenian', 'arménien'] },
  { name: 'Azerbaijani', code: 'az', aliases: ['azerbaijani', 'azeri'] },
  { name: 'Kazakh', code: 'kk', aliases: ['kazakh'] },
  { name: 'Kyrgyz', code: 'ky', aliases: ['kyrgyz', 'kirghiz'] },
  { name: 'Uzbek', code: 'uz', aliases: ['uzbek', 'ouzbek'] },
  { name: 'Albanian', code: 'sq', aliases: ['albanian', 'albanais'] },
  { name: 'Bosnian', code: 'bs', aliases: ['bosnian', 'bosnien'] },
  { name: 'Croatian', code: 'hr', aliases: ['croatian', 'croate'] },
  { name: 'Macedonian', code: 'mk', aliases: ['macedonian', 'macédonien'] },
  { name: 'Bulgarian', code: 'bg', aliases: ['bulgarian', 'bulgare'] },
  { name: 'Hungarian', code: 'hu', aliases: ['hungarian', 'hongrois'] },
  { name: 'Czech', code: 'cs', aliases: ['czech', 'tchèque'] },
  { name: 'Haitian Creole', code: 'ht', aliases: ['haitian creole', 'créole haïtien', 'kreyòl'] },
  { name: 'Quechua', code: 'qu', aliases: ['quechua'] },
  { name: 'Hebrew', code: 'he', aliases: ['hebrew', 'hébreu', 'hebreo'] },
  { name: 'Malay', code: 'ms', aliases: ['malay', 'bahasa malaysia', 'malais'] },
  { name: 'Tetum', code: 'tet', aliases: ['tetum', 'tetun'] },
  { name: 'Sign language', code: 'sgn', aliases: ['sign language', 'langue des signes', 'lengua de señas'] },
]

/** Official and working languages per organisation, for the language-requirement rule. */
export const officialLanguages: Record<string, string[]> = {
  IOM: ['English', 'French', 'Spanish'],
  UN: ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'],
}

export const languageRequirementWordsSchema = z.object({
  required: z.array(z.string()),
  advantageous: z.array(z.string()),
  oneOf: z.array(z.string()),
})
export type LanguageRequirementWords = z.infer<typeof languageRequirementWordsSchema>

/** Words that make a sentence about languages a requirement, an advantage, or a choice among several. */
export const languageRequirementWords: LanguageRequirementWords = {
  required: ['required', 'requires', 'requirement', 'fluency', 'fluent', 'proficient', 'proficiency', 'essential', 'mandatory', 'excellent command',
    'requis', 'requise', 'requises', 'exigé', 'exigée', 'exigés', 'exigées', 'maîtrise', 'maitrise', 'maîtrisez', 'maitrisez', 'maîtriser', 'obligatoire', 'obligatoires', 'indispensable', 'courant',
    'essentiel', 'essentielle', 'essentiels', 'essentielles',
    'requerido', 'requerida', 'requeridos', 'requeridas', 'esencial', 'esenciales', 'dominio', 'imprescindible', 'obligatorio', 'obligatoria', 'obligatorios', 'obligatorias', 'fluidez', 'excelente manejo'],
  advantageous: ['advantage', 'advantageous', 'asset', 'desirable', 'preferred', 'preferable', 'preferably', 'an added value', 'a plus', 'favored', 'favoured', 'would be welcome',
    'atout', 'souhaitable', 'souhaitables', 'souhaitée', 'souhaité', 'souhaitées', 'souhaités', 'un plus', 'un vrai plus', 'un réel plus', 'appréciée', 'apprécié', 'serait un avantage', 'avantage', 'préférence', 'de préférence',
    'deseable', 'deseables', 'ventaja', 'se valorará', 'valorable', 'valorado', 'valorada', 'preferiblemente', 'preferentemente'],
  oneOf: ['one of', 'one additional', 'another official', 'any of', 'either', 'one other',
    "l'une des", "l'une des langues", 'une autre langue', 'une langue supplémentaire',
    'uno de', 'una de', 'otro idioma', 'un idioma adicional'],
}

/** ISO 639-3 codes franc returns, for the languages torlint tells apart. */
export const detectableLanguages: Record<string, string> = {
  eng: 'en', fra: 'fr', spa: 'es', deu: 'de', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', arb: 'ar',
}
