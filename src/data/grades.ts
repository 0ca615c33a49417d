// Minimum education and experience per grade (the common UN-system scheme); organisations override it.
import { z } from 'zod'

export const gradeRequirementSchema = z.object({
  grade: z.string(),
  masterYears: z.number().int().min(0).nullable(),
  bachelorYears: z.number().int().min(0).nullable(),
})
export type GradeRequirement = z.infer<typeof gradeRequirementSchema>

export const gradeRequirements: GradeRequirement[] = [
  { grade: 'P-1', masterYears: 0, bachelorYears: 2 },
  { grade: 'P-2', masterYears: 2, bachelorYears: 4 },
  { grade: 'P-3', masterYears: 5, bachelorYears: 7 },
  { grade: 'P-4', masterYears: 7, bachelorYears: 9 },
  { grade: 'P-5', masterYears: 10, bachelorYears: 12 },
  { grade: 'D-1', masterYears: 15, bachelorYears: null },
  { grade: 'D-2', masterYears: 15, bachelorYears: null },
]
