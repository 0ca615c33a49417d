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
})
export type AnnouncementWords = z.infer<typeof announcementWordsSchema>

export const announcementWords: AnnouncementWords = {
  determiners: ['these', 'the following', 'following', 'ces', 'estos', 'estas'],
  articles: ['les', 'des', 'los', 'las'],
  followingBefore: ['siguientes'],
  followingAfter: ['suivants', 'suivantes', 'siguientes'],
}
