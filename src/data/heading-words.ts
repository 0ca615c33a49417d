// How a heading that no phrase of `headings.ts` names is read: the words it holds, its form and what
// follows it each add to a score per section kind (src/segment/score.ts adds them up and says why).
// Words are compared folded: lower case, accents and punctuation dropped ("Tâches" is "taches"), so they
// are written here in that form. A word ending in `*` matches any ending ("responsabilit*").
import { z } from 'zod'
import { sectionKindSchema } from '../schema.js'

export const headingWordSchema = z.object({
  kind: sectionKindSchema,
  lang: z.string().describe('ISO 639-1 code, or "*" for words shared by the three languages'),
  /** Words or short phrases; a phrase must appear whole, in order. */
  words: z.array(z.string().min(1)),
  weight: z.number().positive(),
})
export type HeadingWord = z.infer<typeof headingWordSchema>

// Kind `other` names sections that are neither duties nor requirements (deliverables, duration, what
// the employer offers): such a heading closes the section before it instead of being read as part of it.
export const headingWords: HeadingWord[] = [
  { kind: 'responsibilities', lang: 'en', words: ['responsibilit*', 'duties', 'tasks', 'task', 'functions', 'accountabilities', 'scope of work'], weight: 3 },
  { kind: 'responsibilities', lang: 'en', words: ['activities', 'what you will do', 'your role', 'the role', 'assignment', 'role'], weight: 2 },
  { kind: 'responsibilities', lang: 'fr', words: ['taches', 'attributions', 'missions', 'fonctions', 'responsabilit*'], weight: 3 },
  { kind: 'responsibilities', lang: 'fr', words: ['mission', 'activites', 'role', 'ce que vous ferez'], weight: 2 },
  { kind: 'responsibilities', lang: 'es', words: ['tareas', 'funciones', 'deberes', 'actividades', 'responsabilidades'], weight: 3 },
  { kind: 'responsibilities', lang: 'es', words: ['mision', 'rol', 'cometido'], weight: 2 },

  { kind: 'context', lang: 'en', words: ['background', 'context'], weight: 3 },
  { kind: 'context', lang: 'en', words: ['purpose', 'objective', 'objectives', 'overview', 'justification'], weight: 2 },
  { kind: 'context', lang: 'fr', words: ['contexte', 'historique'], weight: 3 },
  { kind: 'context', lang: 'fr', words: ['objet', 'objectif*', 'finalite', 'apercu'], weight: 2 },
  { kind: 'context', lang: 'es', words: ['contexto', 'antecedentes'], weight: 3 },
  { kind: 'context', lang: 'es', words: ['proposito', 'objetivo*', 'finalidad'], weight: 2 },

  { kind: 'qualifications', lang: 'en', words: ['qualification*', 'requirement*', 'selection criteria', 'profile', 'eligibility'], weight: 3 },
  { kind: 'qualifications', lang: 'en', words: ['what we are looking for', 'we are looking for', 'who you are', 'criteria'], weight: 2 },
  { kind: 'qualifications', lang: 'fr', words: ['qualification*', 'exigences', 'profil', 'criteres de selection', 'prerequis'], weight: 3 },
  { kind: 'qualifications', lang: 'fr', words: ['recherchons', 'requis', 'requises'], weight: 2 },
  { kind: 'qualifications', lang: 'es', words: ['requisito*', 'calificacion*', 'cualificacion*', 'perfil', 'criterios de seleccion'], weight: 3 },
  { kind: 'qualifications', lang: 'es', words: ['buscamos', 'requerido*'], weight: 2 },

  { kind: 'education', lang: 'en', words: ['education', 'educational', 'academic', 'degree'], weight: 3 },
  { kind: 'education', lang: 'fr', words: ['formation', 'education', 'etudes', 'diplome*'], weight: 3 },
  { kind: 'education', lang: 'es', words: ['educacion', 'formacion', 'estudios', 'titulacion'], weight: 3 },

  { kind: 'experience', lang: 'en', words: ['experience', 'experiences'], weight: 3 },
  { kind: 'experience', lang: 'fr', words: ['experience', 'experiences'], weight: 3 },
  { kind: 'experience', lang: 'es', words: ['experiencia', 'experiencias'], weight: 3 },

  { kind: 'skills', lang: 'en', words: ['skills', 'knowledge', 'abilities'], weight: 2 },
  { kind: 'skills', lang: 'fr', words: ['aptitudes', 'connaissances', 'savoir faire', 'qualites'], weight: 2 },
  { kind: 'skills', lang: 'es', words: ['habilidades', 'conocimientos', 'destrezas'], weight: 2 },

  { kind: 'languages', lang: 'en', words: ['language*'], weight: 4 },
  { kind: 'languages', lang: 'fr', words: ['langue*', 'linguistique*'], weight: 4 },
  { kind: 'languages', lang: 'es', words: ['idioma*', 'lengua*'], weight: 4 },

  { kind: 'competencies', lang: '*', words: ['competenc*'], weight: 3 },
  { kind: 'values', lang: '*', words: ['values', 'valeurs', 'valores'], weight: 3 },
  { kind: 'coreCompetencies', lang: 'en', words: ['core competenc*', 'behavioral competenc*', 'behavioural competenc*'], weight: 4 },
  { kind: 'coreCompetencies', lang: 'fr', words: ['competences cles', 'competences de base', 'competences fondamentales', 'competences comportementales'], weight: 4 },
  { kind: 'coreCompetencies', lang: 'es', words: ['competencias basicas', 'competencias clave', 'competencias esenciales', 'competencias principales'], weight: 4 },
  { kind: 'managerialCompetencies', lang: '*', words: ['managerial competenc*', 'management competenc*', 'competences manageriales', 'competencias gerenciales', 'competencias directivas'], weight: 4 },

  { kind: 'introduction', lang: 'en', words: ['about us', 'who we are', 'our mission', 'about the organization', 'about the organisation'], weight: 4 },
  { kind: 'introduction', lang: 'fr', words: ['qui sommes nous', 'notre mission', 'a propos de nous'], weight: 4 },
  { kind: 'introduction', lang: 'es', words: ['quienes somos', 'nuestra mision', 'sobre nosotros'], weight: 4 },

  { kind: 'howToApply', lang: 'en', words: ['how to apply', 'to apply', 'application process', 'submission of applications'], weight: 4 },
  { kind: 'howToApply', lang: 'fr', words: ['postuler', 'candidater', 'dossier de candidature', 'soumission des candidatures'], weight: 4 },
  { kind: 'howToApply', lang: 'es', words: ['postular', 'postulacion', 'como aplicar', 'presentacion de candidaturas'], weight: 4 },
  { kind: 'notes', lang: '*', words: ['disclaimer', 'important notice', 'nota', 'note', 'notes', 'notas'], weight: 3 },

  { kind: 'other', lang: 'en', words: ['deliverable*', 'outputs', 'duration', 'institutional arrangement*', 'payment*', 'duty station', 'we offer', 'benefits', 'salary', 'remuneration', 'timeline', 'timeframe', 'methodology', 'reporting line*', 'conditions of employment', 'terms and conditions'], weight: 3 },
  { kind: 'other', lang: 'fr', words: ['livrable*', 'duree', 'modalites', 'paiement', 'lieu d affectation', 'nous offrons', 'avantages', 'remuneration', 'chronogramme', 'calendrier', 'methodologie', 'conditions d emploi', 'type de contrat'], weight: 3 },
  { kind: 'other', lang: 'es', words: ['entregable*', 'productos esperados', 'duracion', 'pago*', 'lugar de trabajo', 'ofrecemos', 'beneficios', 'salario', 'remuneracion', 'cronograma', 'metodologia', 'condiciones', 'tipo de contrato'], weight: 3 },
]

/**
 * What the lines after a heading say about it. A list most of whose lines start with a task verb is a
 * list of duties; one most of whose lines name a degree or a number of years is a list of requirements.
 */
export const headingCuesSchema = z.object({
  /** Verbs a duty line starts with (imperative, infinitive or third person), folded, per language. */
  taskVerbs: z.record(z.string(), z.array(z.string().min(1))),
  /** Endings of an infinitive that opens a duty line ("Assurer", "Coordinar"), per language. */
  infinitiveEndings: z.record(z.string(), z.array(z.string().min(1))),
  /** Words that make a line a requirement (degrees, years, "experience"), folded. */
  requirementWords: z.array(z.string().min(1)),
  /** Least share of the lines, and least number of lines, that make the lines after a heading count. */
  minShare: z.number().min(0).max(1),
  minLines: z.number().int().min(1),
  /** Points the lines after a heading add to the kind they point to. */
  weight: z.number().nonnegative(),
})
export type HeadingCues = z.infer<typeof headingCuesSchema>

export const headingCues: HeadingCues = {
  taskVerbs: {
    en: [
      'act', 'advise', 'analyse', 'analyze', 'assess', 'assist', 'build', 'carry', 'collaborate', 'collect', 'compile', 'conduct', 'consolidate', 'consult', 'contribute', 'coordinate',
      'create', 'define', 'deliver', 'design', 'develop', 'direct', 'document', 'draft', 'engage', 'ensure', 'establish', 'evaluate', 'facilitate', 'follow', 'foster', 'guide', 'identify', 'implement',
      'inspect', 'keep', 'lead', 'liaise', 'maintain', 'manage', 'map', 'mentor', 'mobilize', 'mobilise', 'monitor', 'organize', 'organise', 'oversee', 'participate', 'perform', 'plan', 'prepare',
      'present', 'produce', 'promote', 'provide', 'recommend', 'represent', 'report', 'research', 'review', 'revise', 'serve', 'set', 'share', 'strengthen', 'submit', 'supervise', 'support',
      'track', 'train', 'undertake', 'update', 'validate', 'verify', 'witness', 'work', 'write',
    ],
    fr: ['assurer', 'appuyer', 'contribuer', 'coordonner', 'elaborer', 'veiller', 'participer', 'superviser', 'organiser', 'preparer', 'gerer', 'developper', 'realiser', 'garantir', 'piloter', 'suivre', 'definir', 'mettre', 'conduire', 'rediger', 'soutenir', 'analyser', 'identifier', 'representer', 'encadrer', 'faciliter', 'accompagner', 'produire', 'fournir', 'proposer'],
    es: ['apoyar', 'asegurar', 'coordinar', 'participar', 'contribuir', 'elaborar', 'realizar', 'gestionar', 'supervisar', 'garantizar', 'preparar', 'implementar', 'desarrollar', 'velar', 'mantener', 'asistir', 'facilitar', 'identificar', 'promover', 'liderar', 'acompanar', 'redactar', 'representar', 'brindar', 'proporcionar', 'monitorear', 'dar'],
  },
  infinitiveEndings: { fr: ['er', 'ir'], es: ['ar', 'er', 'ir'] },
  requirementWords: [
    'degree', 'diploma', 'bachelor', 'master', 'masters', 'phd', 'university', 'years', 'year', 'experience', 'fluency', 'fluent', 'knowledge', 'proficiency',
    'diplome', 'licence', 'doctorat', 'universitaire', 'ans', 'annees', 'experience', 'maitrise', 'bac', 'titulaire',
    'titulo', 'licenciatura', 'maestria', 'universitario', 'anos', 'experiencia', 'dominio', 'conocimiento', 'conocimientos',
  ],
  minShare: 0.6,
  minLines: 2,
  weight: 3,
}

/** Points the form of a line adds to its standing as a heading, and the rank of each form (1 is highest). */
export const headingFormSchema = z.object({
  weights: z.object({ markdown: z.number(), capitals: z.number(), bold: z.number(), colon: z.number(), numbered: z.number(), plain: z.number() }),
  /** Least word score that names a section; a sub-heading inside a content section needs `insideScore`. */
  minScore: z.number(),
  insideScore: z.number(),
})
export type HeadingForm = z.infer<typeof headingFormSchema>

export const headingForm: HeadingForm = {
  weights: { markdown: 3, capitals: 2, bold: 2, colon: 1, numbered: 1, plain: 0 },
  minScore: 2,
  insideScore: 3,
}
