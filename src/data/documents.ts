// Signals that tell what kind of document a ToR is, and the head nouns of job titles written in prose.
import { z } from 'zod'
import { documentTypeSchema } from '../schema.js'

export const documentSignalSchema = z.object({
  type: documentTypeSchema.exclude(['unknown']),
  /** Lower-case phrases; each distinct phrase found adds its weight. */
  phrases: z.array(z.string()),
  weight: z.number(),
})
export type DocumentSignal = z.infer<typeof documentSignalSchema>

export const documentSignals: DocumentSignal[] = [
  { type: 'jpo-tor', weight: 3, phrases: ['junior professional officer', 'jpo programme', 'jpo program', '(jpo)', 'jpo-programme', 'programme des jeunes administrateurs', 'jeune administrateur', 'administrateur auxiliaire', 'programa de jóvenes profesionales', 'funcionario subalterno del cuadro orgánico'] },
  { type: 'consultancy-tor', weight: 2, phrases: ['consultant', 'consultancy', 'under this contract', 'tasks to be performed', 'deliverables', 'consultor', 'consultoría', 'consultance'] },
  { type: 'vacancy-notice', weight: 1, phrases: ['vacancy', 'position title', 'intitulé du poste', 'título del puesto', 'clasificación', 'vacance', 'closing date', 'posting period', 'first-tier candidates', 'job description', 'how to apply', 'classification', 'deadline', 'avis de vacance', 'date de clôture', 'vacante', 'fecha de cierre', 'job opening', 'type of appointment', "type d'engagement", 'tipo de nombramiento'] },
]

/** Headings that name the kind of document, never the position ("# Job Description"). */
export const genericTitles: string[] = [
  'job description', 'terms of reference', 'vacancy notice', 'vacancy announcement', 'job posting', 'job opening', 'vacancy',
  'junior professional officer', 'jpo', 'consultancy', 'call for applications',
  'termes de référence', 'description de poste', 'avis de vacance', 'términos de referencia', 'descripción del puesto', 'aviso de vacante',
]

/** Last words of job titles, to find a title stated only in the body ("... Protection Officer will be in Cameroon"). */
export const jobTitleNouns: string[] = [
  'Officer', 'Assistant', 'Associate', 'Specialist', 'Coordinator', 'Manager', 'Consultant', 'Analyst', 'Advisor',
  'Adviser', 'Expert', 'Mobilizer', 'Mobiliser', 'Director', 'Head', 'Clerk', 'Engineer', 'Driver', 'Intern',
  'Researcher', 'Lead', 'Chief', 'Representative', 'Administrator', 'Trainer', 'Facilitator', 'Caseworker',
]
