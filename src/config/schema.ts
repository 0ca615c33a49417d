// The configuration file format. One zod schema validates the file and types the resolved config.
import { z } from 'zod'
import { dataOverridesSchema } from '../data/index.js'
import { severitySchema } from '../rules/types.js'

export const presetNames = ['recommended', 'strict', 'jobposting'] as const
export const presetSchema = z.enum(presetNames)

const severityWithAliases = z.preprocess((value) => (value === 'warning' ? 'warn' : value), severitySchema)

export const ruleEntrySchema = z.union([
  severityWithAliases,
  z.tuple([severityWithAliases]),
  z.tuple([severityWithAliases, z.unknown()]),
])
export type RuleEntry = z.infer<typeof ruleEntrySchema>

const rulesSchema = z.record(z.string(), ruleEntrySchema)

export const overrideSchema = z
  .object({
    files: z.union([z.string(), z.array(z.string()).min(1)]),
    excludedFiles: z.union([z.string(), z.array(z.string())]).optional(),
    rules: rulesSchema.optional(),
  })
  .strict()

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    /** Stop looking for configuration in parent folders. */
    root: z.boolean().optional(),
    extends: z.union([presetSchema, z.array(presetSchema)]).optional(),
    rules: rulesSchema.optional(),
    overrides: z.array(overrideSchema).optional(),
    /** Domain tables (headings, competency frameworks, grades...): extend or replace the built-in ones. */
    data: dataOverridesSchema.optional(),
    /** Globs of files to skip when walking folders, like .torlintignore. */
    ignorePatterns: z.array(z.string()).optional(),
  })
  .strict()
export type Config = z.infer<typeof configSchema>
