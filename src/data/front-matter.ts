// Keys of job-board and procurement pages' YAML front matter that name a position field, beyond the
// row labels (which front matter keys are matched against too). Keys are compared lower-cased with "_"
// and "-" read as spaces, at any depth of the YAML ("SELECTION_NOTIFICATION: EOI_DEADLINE: ...").
import { z } from 'zod'
import { positionFieldSchema } from '../schema.js'

export const frontMatterKeySchema = z.object({
  field: positionFieldSchema,
  keys: z.array(z.string().min(1)),
})
export type FrontMatterKey = z.infer<typeof frontMatterKeySchema>

export const frontMatterKeys: FrontMatterKey[] = [
  { field: 'title', keys: ['title', 'job title', 'position title', 'selection title', 'job name', 'position name', 'vacancy title'] },
  { field: 'organization', keys: ['organization', 'organisation', 'company', 'employer', 'hiring organization', 'agency', 'organization name'] },
  { field: 'dutyStation', keys: ['location', 'duty station', 'city', 'country name', 'country', 'job location', 'place', 'locality'] },
  { field: 'closingDate', keys: ['closing date', 'deadline', 'application deadline', 'eoi deadline', 'advertise until', 'valid through', 'expiry date', 'expires', 'closes', 'close date'] },
  { field: 'appointmentType', keys: ['employment type', 'contract type', 'job type', 'type of contract', 'appointment type'] },
  { field: 'grade', keys: ['grade', 'level', 'job level'] },
]
