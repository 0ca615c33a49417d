// Words that rules read around dates and counts, in the three working languages. Data, so that another
// organisation's wording ("no later than", "à soumettre avant le") is a config change, not a fork.
import { z } from 'zod'

export const deadlineWordsSchema = z.object({
  /** Words right before a date that make it a deadline ("by", "no later than", "avant le", "hasta el"). */
  cues: z.array(z.string()),
  /** Articles that may stand between the cue and the date ("by the 9 February"). */
  articles: z.array(z.string()),
  /** Word starts that show a sentence is about applying, so "the project ends by 31 December" is not a deadline. */
  application: z.array(z.string()),
  /** Labels of the date the notice was published ("Date of issue: 1 March 2025"); the closing date cannot be before it. */
  publication: z.array(z.string()).default([]),
})
export type DeadlineWords = z.infer<typeof deadlineWordsSchema>

export const deadlineWords: DeadlineWords = {
  cues: [
    'by', 'before', 'until', 'later than', 'deadline', 'deadline is', 'deadline of', 'closing date', 'closing date is', 'closing date of', 'close on', 'closes on', 'closed on',
    'avant le', 'au plus tard le', "jusqu'au",
    'antes de', 'antes del', 'hasta el', 'más tardar el',
  ],
  articles: ['the', 'le', 'el'],
  application: ['apply', 'applic', 'submi', 'candida', 'postul', 'solicit', 'deadline', 'closing', 'clôture', 'cierre', 'date limite', 'fecha límite'],
  publication: [
    'date of issue', 'issue date', 'date of issuance', 'publication date', 'date of publication', 'date published', 'published on', 'date posted', 'posted on', 'posting date',
    "date d'émission", 'date de publication', 'publié le', 'date de diffusion',
    'fecha de publicación', 'fecha de emisión', 'publicado el',
  ],
}

export const announcementWordsSchema = z.object({
  /** Words that announce a list by themselves before a number ("these three", "ces trois", "estos tres"). */
  determiners: z.array(z.string()),
  /** Articles that announce a list only with a "following" word ("les trois valeurs suivantes"). */
  articles: z.array(z.string()),
  /** "following" written between the article and the number ("los siguientes tres valores"). */
  followingBefore: z.array(z.string()),
  /** "following" written after the noun ("les trois valeurs suivantes"). */
  followingAfter: z.array(z.string()),
  /** A written-out number and its noun ending the sentence announce the list alone ("four priority areas:", "quatre compétences :"). */
  bareNumbers: z.boolean().default(false),
})
export type AnnouncementWords = z.infer<typeof announcementWordsSchema>

export const announcementWords: AnnouncementWords = {
  determiners: ['these', 'the following', 'following', 'ces', 'estos', 'estas'],
  articles: ['les', 'des', 'los', 'las'],
  followingBefore: ['siguientes'],
  followingAfter: ['suivants', 'suivantes', 'siguientes'],
  bareNumbers: true,
}

export const supervisorPhraseSchema = z.object({
  lang: z.string(),
  /**
   * Lower-case phrases that lead to the supervisor's title, articles included where the language needs one
   * ("sous la supervision du"); a phrase ending in an apostrophe ("de l'") may touch the title.
   */
  leads: z.array(z.string()),
  /** Articles that may stand between a lead and the title ("the"). */
  articles: z.array(z.string()),
  /** Words that end the title when they follow it ("and", "in coordination"). */
  stops: z.array(z.string()),
  /** The title must start with a capital: the lead also introduces things that are not a supervisor ("accountable to affected populations"). */
  capitalised: z.boolean().optional(),
})
export type SupervisorPhrase = z.infer<typeof supervisorPhraseSchema>

/**
 * How prose names the supervisor ("under the direct supervision of the Programme Manager"). Tried in
 * order, the first that matches wins: "under the supervision of A and the direct supervision of B" is B.
 */
export const supervisorPhrases: SupervisorPhrase[] = [
  { lang: 'en', leads: ['direct supervision of', 'immediate supervision of'], articles: ['the'], stops: ['and', 'in coordination', 'under'] },
  { lang: 'en', leads: ['supervision of'], articles: ['the'], stops: ['and', 'in coordination', 'under'] },
  { lang: 'en', leads: ['reports to', 'report to', 'reports directly to', 'report directly to', 'reporting to', 'reporting directly to'], articles: ['the'], stops: ['and', 'under'] },
  { lang: 'en', leads: ['under the direction of', 'accountable to', 'directly accountable to'], articles: ['the'], stops: ['and', 'in coordination', 'under'], capitalised: true },
  {
    lang: 'fr',
    leads: ['du', 'de la', "de l'", 'de l’', 'des', 'de'].flatMap((article) => ['', 'directe ', 'générale ', 'technique '].map((kind) => `sous la supervision ${kind}${article}`)),
    articles: [],
    stops: ['et', 'en coordination'],
  },
  {
    lang: 'fr',
    leads: ['du', 'de la', "de l'", 'de l’', 'des', 'de'].flatMap((article) => [
      ...['', 'directe ', 'hiérarchique '].map((kind) => `sous la responsabilité ${kind}${article}`),
      ...['', 'directe ', 'hiérarchique '].map((kind) => `sous l'autorité ${kind}${article}`),
      ...['', 'directe ', 'hiérarchique '].map((kind) => `sous l’autorité ${kind}${article}`),
      `sous la direction ${article}`,
    ]),
    articles: [],
    stops: ['et', 'en coordination'],
    capitalised: false,
  },
  {
    lang: 'es',
    leads: ['del', 'de la', 'de'].flatMap((article) => ['', 'directa ', 'general ', 'técnica '].map((kind) => `bajo la supervisión ${kind}${article}`)),
    articles: [],
    stops: ['y', 'en coordinación'],
  },
  {
    lang: 'es',
    leads: ['del', 'de la', 'de'].flatMap((article) => ['', 'directa '].map((kind) => `bajo la autoridad ${kind}${article}`).concat(`bajo la dirección ${article}`, `bajo la responsabilidad ${article}`)),
    articles: [],
    stops: ['y', 'en coordinación'],
    capitalised: true,
  },
]
