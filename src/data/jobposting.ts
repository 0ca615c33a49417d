// What the schema.org JobPosting vocabulary calls the things a ToR states: employment types for the
// appointment types of UN agencies, credential categories for degree levels, and the programme tags that
// are not part of a job title. Data like the other tables, so an organisation with other appointment
// types or programmes changes them from config (`data.employmentTypes`, ...) instead of forking.
import { z } from 'zod'
import { degreeLevelSchema, documentTypeSchema, type DegreeLevel, type DocumentType } from '../schema.js'

/** Google's values for `employmentType`. */
export const employmentTypeSchema = z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'])
export type EmploymentType = z.infer<typeof employmentTypeSchema>

export const employmentTypeRuleSchema = z.object({
  type: employmentTypeSchema,
  /** Lower-case phrases of the appointment type, matched as whole words. */
  phrases: z.array(z.string()),
})
export type EmploymentTypeRule = z.infer<typeof employmentTypeRuleSchema>

/**
 * Appointment types to employment types. Every matching row adds its type ("Temporary, part-time" is
 * both). A special short-term or temporary appointment is TEMPORARY even when full-time; a fixed-term or
 * continuing appointment is FULL_TIME; consultancies and individual contracts are CONTRACTOR.
 */
export const employmentTypeRules: EmploymentTypeRule[] = [
  { type: 'INTERN', phrases: ['intern', 'internship', 'stage', 'stagiaire', 'pasantía', 'pasante'] },
  { type: 'VOLUNTEER', phrases: ['volunteer', 'un volunteer', 'volontaire', 'voluntario'] },
  {
    type: 'CONTRACTOR',
    phrases: ['consultant', 'consultancy', 'contractor', 'individual contract', 'individual contractor agreement', 'special service agreement', 'ssa', 'service contract', 'freelance', 'consultance', 'consultoría', 'consultor', 'contrato de servicios'],
  },
  {
    type: 'TEMPORARY',
    phrases: ['temporary', 'temporary appointment', 'temporary job', 'short-term', 'short term', 'tja', 'temporaire', 'courte durée', 'temporal', 'corto plazo', 'temporario'],
  },
  { type: 'PART_TIME', phrases: ['part-time', 'part time', 'temps partiel', 'tiempo parcial', 'medio tiempo'] },
  {
    type: 'FULL_TIME',
    phrases: ['fixed term', 'fixed-term', 'fta', 'continuing', 'permanent', 'full-time', 'full time', 'durée déterminée', 'temps plein', 'plazo fijo', 'tiempo completo', 'jpo'],
  },
]

/** When the appointment type says nothing (or is absent), what the kind of document implies. */
export const employmentTypeByDocumentSchema = z.partialRecord(documentTypeSchema, employmentTypeSchema)
export const employmentTypeByDocument: Partial<Record<DocumentType, EmploymentType>> = {
  'consultancy-tor': 'CONTRACTOR',
  // JPO posts are full-time appointments of two or three years.
  'jpo-tor': 'FULL_TIME',
}

/** Google's values for `educationRequirements.credentialCategory`, one for every degree level. */
export const credentialCategoriesSchema = z.object(Object.fromEntries(degreeLevelSchema.options.map((level) => [level, z.string()])) as Record<DegreeLevel, z.ZodString>)
export const credentialCategories: Record<DegreeLevel, string> = {
  doctorate: 'postgraduate degree',
  master: 'postgraduate degree',
  bachelor: 'bachelor degree',
  diploma: 'associate degree',
  secondary: 'high school',
}
// Every degree level has a category: a new level in the schema must be mapped here.
degreeLevelSchema.options satisfies readonly (keyof typeof credentialCategories)[]

/**
 * Programme tags written before a job title ("JPO, Data and Knowledge Officer"): the job is the title
 * after them. Matched case-insensitively, followed by a comma, colon or dash.
 */
export const titlePrefixes: string[] = ['JPO', 'Junior Professional Officer', 'APO', 'Associate Professional Officer']
