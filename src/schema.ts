// The output contract. Types, the JSON Schema in schemas/ and validation all derive from these objects.
import { z } from 'zod'

export const SCHEMA_VERSION = 1 as const

const text = z.string()
const nullableText = z.string().nullable()
const line = z.number().int().min(1).describe('1-based source line where the value starts')
const column = z.number().int().min(1).describe('1-based source column where the value starts')

// A PDF or a Word file has no lines of its own: `line` and `column` are those of the text torlint read from
// it (the `text` of the ingested document), and these say where that is in the original.
const page = z.number().int().min(1).optional().describe('PDF only: the page the value is printed on')
const pageLine = z.number().int().min(1).optional().describe('PDF only: the line on that page, counted from the top of the page')
const paragraph = z.number().int().min(1).optional().describe('Word (.docx) only: the number of the paragraph the value is in, counted from the start of the document')
const places = { page, pageLine, paragraph }

export const locationSchema = z.object({ line, column, ...places }).meta({ id: 'Location' })
export type Location = z.infer<typeof locationSchema>

export interface Item {
  text: string
  label: string | null
  children: Item[]
  line: number
  column: number
  page?: number | undefined
  pageLine?: number | undefined
  paragraph?: number | undefined
}

export const itemSchema: z.ZodType<Item> = z
  .object({
    text: text.describe('Cleaned item text: no markup, tabs or list markers'),
    label: nullableText.describe('The number or letter the source gave the item ("4", "a"), or null for bullets'),
    get children(): z.ZodArray<z.ZodType<Item>> {
      return z.array(itemSchema)
    },
    line,
    column,
    ...places,
  })
  .meta({ id: 'Item' })

export const competencySchema = z
  .object({
    name: text,
    description: text,
    line,
    column,
    ...places,
  })
  .meta({ id: 'Competency' })
export type Competency = z.infer<typeof competencySchema>

export const documentTypeSchema = z.enum(['vacancy-notice', 'jpo-tor', 'consultancy-tor', 'unknown'])
export type DocumentType = z.infer<typeof documentTypeSchema>

export const degreeLevelSchema = z.enum(['doctorate', 'master', 'bachelor', 'diploma', 'secondary'])
export type DegreeLevel = z.infer<typeof degreeLevelSchema>

export const positionFieldNames = [
  'title',
  'organization',
  'unit',
  'dutyStation',
  'reportsTo',
  'grade',
  'appointmentType',
  'duration',
  'startDate',
  'closingDate',
  'postingFrom',
  'postingTo',
  'vacancyNumber',
] as const
export const positionFieldSchema = z.enum(positionFieldNames)
export type PositionField = z.infer<typeof positionFieldSchema>

export const positionSchema = z.object(
  Object.fromEntries(positionFieldNames.map((name) => [name, nullableText])) as Record<PositionField, typeof nullableText>,
)
export type Position = z.infer<typeof positionSchema>

export const sectionKinds = [
  'header',
  'position',
  'context',
  'unit',
  'responsibilities',
  'learningElements',
  'performanceIndicators',
  'qualifications',
  'education',
  'experience',
  'skills',
  'languages',
  'languagesRequired',
  'languagesAdvantageous',
  'competencies',
  'values',
  'coreCompetencies',
  'managerialCompetencies',
  'introduction',
  'candidates',
  'notes',
  'howToApply',
  'postingPeriod',
  'noFees',
  'travel',
  'assessment',
  'other',
] as const
export const sectionKindSchema = z.enum(sectionKinds)
export type SectionKind = z.infer<typeof sectionKindSchema>

export const sectionSchema = z
  .object({
    kind: sectionKindSchema,
    heading: text.describe('The heading as written, cleaned of markup'),
    line,
    column,
    ...places,
  })
  .meta({ id: 'Section' })
export type SectionSummary = z.infer<typeof sectionSchema>

export const torSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: z.object({
      path: nullableText.describe('The input path as given, or null for text passed in memory'),
      format: z.enum(['text', 'markdown', 'html', 'docx', 'pdf']).describe('How the input was read, from its extension: html, docx and pdf positions are explained on Location'),
      language: text.describe('ISO 639-1 code of the document language, "und" when undetermined'),
    }),
    documentType: documentTypeSchema,
    position: positionSchema,
    positionLocations: z
      .partialRecord(positionFieldSchema, locationSchema)
      .describe('Where each non-null position value was found'),
    context: nullableText,
    contextLocation: locationSchema.nullable(),
    responsibilities: z.array(itemSchema),
    learningElements: z.array(itemSchema),
    performanceIndicators: z.array(itemSchema),
    qualifications: z.object({
      education: z.array(itemSchema),
      experience: z.array(itemSchema),
      skills: z.array(itemSchema),
      degreeLevels: z.array(degreeLevelSchema).describe('Degree levels the education requirement accepts, highest first'),
      minYearsExperience: z
        .number()
        .int()
        .min(0)
        .nullable()
        .describe('Fewest years of experience accepted with the highest listed degree'),
    }),
    languages: z.object({
      required: z.array(text),
      requiredOneOf: z.array(text).describe('Languages of which any one satisfies the requirement'),
      advantageous: z.array(text),
    }),
    competencies: z.object({
      values: z.array(competencySchema),
      core: z.array(competencySchema),
      managerial: z.array(competencySchema),
    }),
    sections: z.array(sectionSchema),
  })
  .meta({ id: 'TermsOfReference', title: 'torlint Terms of Reference document' })

export type ToR = z.infer<typeof torSchema>

/** The JSON Schema published in schemas/tor.schema.json. */
export function torJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(torSchema, { target: 'draft-2020-12' }) as Record<string, unknown>
}
