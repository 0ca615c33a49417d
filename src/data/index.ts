// All domain knowledge in one typed object. Config can extend or replace each table; the schema that
// validates that config is the one that types the tables.
import { z } from 'zod'
import { headingEntrySchema, headings, openerEntrySchema, openers } from './headings.js'
import { headingCues, headingCuesSchema, headingForm, headingFormSchema, headingWordSchema, headingWords } from './heading-words.js'
import { fieldLabelSchema, fieldLabels } from './fields.js'
import { frontMatterKeySchema, frontMatterKeys } from './front-matter.js'
import { dutyStationPhrases, dutyStationPhrasesSchema } from './places.js'
import { detectableLanguages, languageNameSchema, languageNames, languageRequirementWords, languageRequirementWordsSchema, officialLanguages } from './languages.js'
import { degreeWordSchema, degreeWords } from './degrees.js'
import { requirementWords, requirementWordsSchema } from './requirements.js'
import { competencyFrameworkSchema, competencyFrameworks } from './competencies.js'
import { gradeCategories, monthNames, monthNamesSchema, numberWords, numberWordsSchema, yearPartWords, yearPartWordsSchema, yearWords } from './numbers.js'
import { gradeRequirementSchema, gradeRequirements } from './grades.js'
import { documentSignalSchema, documentSignals, genericTitles, jobTitleNouns } from './documents.js'
import { organizationCues, organizationCuesSchema, organizationNameSchema, organizationNames } from './organizations.js'
import { languageLookalikes, languageLookalikesSchema } from './language-lookalikes.js'
import { functionWords, functionWordsSchema } from './function-words.js'
import { inclusiveWording, inclusiveWordingSchema } from './inclusive.js'
import { announcementWords, announcementWordsSchema, deadlineWords, deadlineWordsSchema, supervisorPhraseSchema, supervisorPhrases } from './phrases.js'
import { evidenceCues, evidenceCuesSchema, keptTextHeadings } from './evidence.js'
import { credentialCategories, credentialCategoriesSchema, employmentTypeByDocument, employmentTypeByDocumentSchema, employmentTypeRuleSchema, employmentTypeRules, titlePrefixes } from './jobposting.js'

export const domainDataSchema = z.object({
  headings: z.array(headingEntrySchema),
  openers: z.array(openerEntrySchema),
  headingWords: z.array(headingWordSchema),
  headingCues: headingCuesSchema,
  headingForm: headingFormSchema,
  fieldLabels: z.array(fieldLabelSchema),
  frontMatterKeys: z.array(frontMatterKeySchema),
  dutyStationPhrases: dutyStationPhrasesSchema,
  languageNames: z.array(languageNameSchema),
  officialLanguages: z.record(z.string(), z.array(z.string())),
  languageRequirementWords: languageRequirementWordsSchema,
  detectableLanguages: z.record(z.string(), z.string()),
  degreeWords: z.array(degreeWordSchema),
  requirementWords: requirementWordsSchema,
  competencyFrameworks: z.array(competencyFrameworkSchema),
  numberWords: numberWordsSchema,
  monthNames: monthNamesSchema,
  yearWords: z.array(z.string()),
  yearPartWords: yearPartWordsSchema,
  gradeCategories: z.array(z.string()),
  gradeRequirements: z.array(gradeRequirementSchema),
  documentSignals: z.array(documentSignalSchema),
  jobTitleNouns: z.array(z.string()),
  genericTitles: z.array(z.string()),
  organizationNames: z.array(organizationNameSchema),
  organizationCues: organizationCuesSchema,
  languageLookalikes: languageLookalikesSchema,
  functionWords: functionWordsSchema,
  inclusiveWording: z.record(z.string(), inclusiveWordingSchema),
  deadlineWords: deadlineWordsSchema,
  announcementWords: announcementWordsSchema,
  supervisorPhrases: z.array(supervisorPhraseSchema),
  employmentTypes: z.array(employmentTypeRuleSchema),
  employmentTypeByDocument: employmentTypeByDocumentSchema,
  credentialCategories: credentialCategoriesSchema,
  titlePrefixes: z.array(z.string()),
  evidenceCues: evidenceCuesSchema,
  keptTextHeadings: z.array(z.string()),
})
export type DomainData = z.infer<typeof domainDataSchema>
export type TableName = keyof DomainData

export const defaultData: DomainData = {
  headings,
  openers,
  headingWords,
  headingCues,
  headingForm,
  fieldLabels,
  frontMatterKeys,
  dutyStationPhrases,
  languageNames,
  officialLanguages,
  languageRequirementWords,
  detectableLanguages,
  degreeWords,
  requirementWords,
  competencyFrameworks,
  numberWords,
  monthNames,
  yearWords,
  yearPartWords,
  gradeCategories,
  gradeRequirements,
  documentSignals,
  jobTitleNouns,
  genericTitles,
  organizationNames,
  organizationCues,
  languageLookalikes,
  functionWords,
  inclusiveWording,
  deadlineWords,
  announcementWords,
  supervisorPhrases,
  employmentTypes: employmentTypeRules,
  employmentTypeByDocument,
  credentialCategories,
  titlePrefixes,
  evidenceCues,
  keptTextHeadings,
}

/** The schema of an `extend`: every list of a table of lists is optional. */
type ExtendSchema<S> = S extends z.ZodObject<infer Shape extends z.ZodRawShape> ? z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<Shape[K]> }> : S

/** How config changes a table: `extend` adds entries (or keys), `replace` swaps the whole table. */
export const dataOverridesSchema = z
  .object(
    Object.fromEntries(
      Object.entries(domainDataSchema.shape).map(([name, schema]) => [
        name,
        // A table of word lists is extended list by list: name only the lists you add to.
        z.object({ extend: (schema instanceof z.ZodObject ? schema.partial() : schema).optional(), replace: schema.optional() }).strict().optional(),
      ]),
    ) as unknown as { [K in TableName]: z.ZodOptional<z.ZodObject<{ extend: z.ZodOptional<ExtendSchema<(typeof domainDataSchema.shape)[K]>>; replace: z.ZodOptional<(typeof domainDataSchema.shape)[K]> }>> },
  )
  .strict()
export type DataOverrides = z.infer<typeof dataOverridesSchema>

/** Keys of a record table are added or replaced; lists inside a table of lists grow, config entries first. */
function extendRecord(current: Record<string, unknown>, extension: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...current }
  for (const [key, value] of Object.entries(extension)) {
    const existing = merged[key]
    merged[key] = Array.isArray(existing) && Array.isArray(value) ? [...value, ...existing] : value
  }
  return merged
}

export function mergeData(overrides: DataOverrides | undefined, base: DomainData = defaultData): DomainData {
  if (!overrides) return base
  const merged: Record<string, unknown> = { ...base }
  for (const [name, change] of Object.entries(overrides)) {
    if (!change) continue
    const current = merged[name]
    if (change.replace !== undefined) merged[name] = change.replace
    else if (change.extend !== undefined) {
      merged[name] = Array.isArray(current)
        ? [...(change.extend as unknown[]), ...current] // config entries first: they win ties
        : extendRecord(current as Record<string, unknown>, change.extend as Record<string, unknown>)
    }
  }
  return merged as DomainData
}
