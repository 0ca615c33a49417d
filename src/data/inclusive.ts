// Wording that keeps some candidates from applying, per document language: gendered terms with their
// neutral form, and the gender-coded words of Gaucher, Friesen & Kay (2011), "Evidence that gendered
// wording in job advertisements exists and sustains gender inequality", JPSP 101(1). A trailing `*`
// makes an entry a stem ("lead*" is "lead", "leads", "leadership"); other entries are whole words.
import { z } from 'zod'

export const genderedTermSchema = z.object({
  term: z.string().describe('Case-insensitive; "/" may have spaces around it in the text'),
  replacement: z.string().describe('The neutral wording to suggest'),
  fix: z
    .boolean()
    .optional()
    .describe('The replacement fits wherever the term stands, so `--fix` applies it ("his/her" → "their"; not "he/she" → "they", whose verb must agree)'),
})
export const pronounPairSchema = z.object({
  masculine: z.string(),
  feminine: z.string(),
  replacement: z.string().describe('The neutral wording to suggest'),
  follow: z.array(z.string()).default([]).describe('Only when one of these words follows ("il devra", not the impersonal "il faut"); empty: whatever follows'),
  except: z.array(z.string()).default([]).describe('Not when one of these follows ("il devra être" is more often about a report than a person)'),
})
export const candidatePronounsSchema = z.object({
  pairs: z.array(pronounPairSchema),
  /** Words that join the two forms of a pair ("he or she", "il ou elle"), which is the inclusive form. */
  joiners: z.array(z.string()),
  /** Nouns that name the person to be recruited: a pronoun after one of them is about the candidate. */
  candidates: z.array(z.string()),
  /** Nouns and titles of other people: a pronoun after one of them is about that person. */
  others: z.array(z.string()),
})
export type CandidatePronouns = z.infer<typeof candidatePronounsSchema>

export const inclusiveWordingSchema = z.object({
  gendered: z.array(genderedTermSchema),
  pronouns: candidatePronounsSchema.optional().describe('Third-person pronouns that give the candidate a gender ("he will", "il devra")'),
  masculineCoded: z.array(z.string()),
  feminineCoded: z.array(z.string()),
  uncoded: z.array(z.string()).describe('Words a coded stem catches that carry no coding ("committee" is not "commit*")'),
})
export type InclusiveWording = z.infer<typeof inclusiveWordingSchema>

const gendered = (term: string, replacement: string) => ({ term, replacement })
// A pair of possessive, object or reflexive pronouns: "their", "them", "themselves" take no other word
// with them, so the replacement is mechanical. French and Spanish have no such form: their adjectives and
// participles agree with the person ("il sera chargé"), so a rewrite is never mechanical there.
const pronounPair = (term: string, replacement: string) => ({ term, replacement, fix: true })
const pair = (masculine: string, feminine: string, replacement: string, follow: string[] = [], except: string[] = []) => ({ masculine, feminine, replacement, follow, except })

export const inclusiveWording: Record<string, InclusiveWording> = {
  en: {
    gendered: [
      pronounPair('his/her', 'their'),
      pronounPair('her/his', 'their'),
      pronounPair('his or her', 'their'),
      pronounPair('her or his', 'their'),
      pronounPair('him/her', 'them'),
      pronounPair('him or her', 'them'),
      gendered('he/she', 'they'),
      gendered('she/he', 'they'),
      gendered('he or she', 'they'),
      gendered('she or he', 'they'),
      gendered('s/he', 'they'),
      pronounPair('himself/herself', 'themselves'),
      pronounPair('himself or herself', 'themselves'),
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
    pronouns: {
      pairs: [
        pair('he', 'she', 'they'),
        pair('his', 'her', 'their'),
        pair('him', 'her', 'them'),
        pair('himself', 'herself', 'themselves'),
      ],
      joiners: ['or', 'and'],
      candidates: [
        'incumbent', 'candidate', 'consultant', 'applicant', 'intern', 'trainee', 'jobholder', 'job holder', 'post holder', 'postholder',
        'position holder', 'staff member', 'contractor', 'volunteer', 'selected person', 'successful person',
      ],
      others: [
        'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'woman', 'women', 'man', 'men', 'girl', 'boy', 'mother', 'father', 'wife', 'husband',
        'son', 'daughter', 'child', 'children', 'patient', 'survivor', 'victim', 'beneficiary', 'migrant', 'refugee', 'person', 'minister',
        'president', 'secretary-general', 'director-general', 'supervisor', 'chair', 'colleague',
      ],
    },
  },
  fr: {
    gendered: [],
    masculineCoded: [],
    feminineCoded: [],
    uncoded: [],
    pronouns: {
      // "Il" is also impersonal ("il faut", "il est nécessaire") and stands for things ("le rapport ... il
      // devra être validé"): only verbs of a person's duties count. "Son", "sa" and "lui" have no gender.
      pairs: [
        pair('il', 'elle', 'la personne titulaire', [
          'devra', 'doit', 'sera chargé', 'sera chargée', 'sera responsable', 'aura pour mission', 'aura pour tâche', 'travaillera', 'assurera',
          'appuiera', 'coordonnera', 'veillera', 'rendra compte', 'relèvera', 'participera', 'contribuera', 'fournira', 'préparera', 'apportera',
          'collaborera', 'supervisera', 'possède', 'possédera', 'justifie', 'justifiera', 'maîtrise', 'maîtrisera',
        ], ['devra être', 'doit être']),
      ],
      joiners: ['ou', 'et'],
      candidates: ['titulaire', 'candidat', 'candidate', 'consultant', 'consultante', 'stagiaire', 'personne retenue', 'personne sélectionnée'],
      others: [
        'm', 'mme', 'mlle', 'dr', 'femme', 'femmes', 'homme', 'hommes', 'fille', 'garçon', 'mère', 'père', 'enfant', 'patient', 'patiente',
        'survivant', 'survivante', 'victime', 'bénéficiaire', 'migrant', 'migrante', 'réfugié', 'réfugiée', 'ministre', 'président', 'présidente',
        'superviseur', 'superviseure', 'supérieur', 'chef', 'directeur', 'directrice', 'représentant', 'représentante', 'coordinateur',
        'coordinatrice', 'responsable', 'collègue',
      ],
    },
  },
  es: {
    gendered: [],
    masculineCoded: [],
    feminineCoded: [],
    uncoded: [],
    pronouns: {
      // "Él" and "ella" are always pronouns ("el" without an accent is the article); "su" has no gender.
      pairs: [pair('él', 'ella', 'la persona seleccionada')],
      joiners: ['o', 'y', 'u'],
      candidates: ['titular', 'candidato', 'candidata', 'consultor', 'consultora', 'pasante', 'persona seleccionada', 'persona contratada'],
      others: [
        'sr', 'sra', 'srta', 'dr', 'dra', 'mujer', 'mujeres', 'hombre', 'hombres', 'niña', 'niño', 'madre', 'padre', 'hijo', 'hija', 'paciente',
        'sobreviviente', 'víctima', 'beneficiario', 'beneficiaria', 'migrante', 'refugiado', 'refugiada', 'ministro', 'ministra', 'presidente',
        'presidenta', 'supervisor', 'supervisora', 'jefe', 'jefa', 'director', 'directora', 'representante', 'coordinador', 'coordinadora', 'colega',
      ],
    },
  },
}
