// Wording that keeps some candidates from applying, per document language: gendered terms with their
// neutral form, and the gender-coded words of Gaucher, Friesen & Kay (2011), "Evidence that gendered
// wording in job advertisements exists and sustains gender inequality", JPSP 101(1). A trailing `*`
// makes an entry a stem ("lead*" is "lead", "leads", "leadership"); other entries are whole words.
import { z } from 'zod'

export const genderedTermSchema = z.object({
  term: z.string().describe('Case-insensitive; "/" may have spaces around it in the text'),
  replacement: z.string().describe('The neutral wording to suggest'),
})
export const inclusiveWordingSchema = z.object({
  gendered: z.array(genderedTermSchema),
  masculineCoded: z.array(z.string()),
  feminineCoded: z.array(z.string()),
  uncoded: z.array(z.string()).describe('Words a coded stem catches that carry no coding ("committee" is not "commit*")'),
})
export type InclusiveWording = z.infer<typeof inclusiveWordingSchema>

const gendered = (term: string, replacement: string) => ({ term, replacement })

export const inclusiveWording: Record<string, InclusiveWording> = {
  en: {
    gendered: [
      gendered('his/her', 'their'),
      gendered('her/his', 'their'),
      gendered('his or her', 'their'),
      gendered('her or his', 'their'),
      gendered('him/her', 'them'),
      gendered('him or her', 'them'),
      gendered('he/she', 'they'),
      gendered('she/he', 'they'),
      gendered('he or she', 'they'),
      gendered('she or he', 'they'),
      gendered('s/he', 'they'),
      gendered('himself/herself', 'themselves'),
      gendered('himself or herself', 'themselves'),
      gendered('chairman', 'chair'),
      gendered('chairmen', 'chairs'),
      gendered('chairwoman', 'chair'),
      gendered('spokesman', 'spokesperson'),
      gendered('spokesmen', 'spokespeople'),
      gendered('manpower', 'workforce'),
      gendered('mankind', 'humankind'),
      gendered('man-made', 'artificial'),
      gendered('man-hours', 'work hours'),
      gendered('man-days', 'workdays'),
      gendered('workmanship', 'quality of work'),
      gendered('foreman', 'supervisor'),
      gendered('layman', 'non-specialist'),
      gendered('laymen', 'non-specialists'),
      gendered('businessman', 'businessperson'),
      gendered('businessmen', 'business people'),
      gendered('middleman', 'intermediary'),
      gendered('policeman', 'police officer'),
      gendered('policemen', 'police officers'),
      gendered('fireman', 'firefighter'),
      gendered('salesman', 'salesperson'),
      gendered('cameraman', 'camera operator'),
      gendered('craftsman', 'artisan'),
    ],
    masculineCoded: [
      'active', 'adventurous', 'aggress*', 'ambitio*', 'analy*', 'assert*', 'athlet*', 'autonom*', 'boast*', 'challeng*',
      'compet*', 'confident', 'courag*', 'decisive', 'determin*', 'dominant', 'force*', 'greedy', 'headstrong', 'hierarch*',
      'hostil*', 'impulsive', 'independen*', 'individual*', 'intellect*', 'lead*', 'logic', 'masculine', 'objective', 'opinion',
      'outspoken', 'persist', 'principle*', 'reckless', 'stubborn', 'superior', 'self-confiden*', 'self-relian*', 'self-sufficien*',
    ],
    feminineCoded: [
      'affectionate', 'cheer*', 'commit*', 'communal', 'compassion*', 'connect*', 'considerate', 'cooperat*', 'depend*', 'emotiona*',
      'empath*', 'feminine', 'flatterable', 'gentle', 'honest', 'interpersonal', 'interdependen*', 'interpersona*', 'kind', 'kinship',
      'loyal*', 'modesty', 'nag', 'nurtur*', 'pleasant*', 'polite', 'quiet*', 'respon*', 'sensitiv*', 'submissive', 'support*',
      'sympath*', 'tender*', 'together*', 'trust*', 'understand*', 'warm*', 'whin*', 'yield*',
    ],
    // Terms of the trade, not of tone: "competencies" of a framework, "forced" displacement, a "committee".
    uncoded: ['committee*', 'competenc*', 'forced', 'response*'],
  },
}
