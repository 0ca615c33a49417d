// PLACEHOLDER: being written; replaced before commit.
import { z } from 'zod'
import { defineRule } from './define.js'

export default defineRule({
  id: 'title-consistency',
  severity: 'warn',
  description: 'TODO',
  help: 'TODO',
  tags: [],
  options: z.object({}).strict(),
  examples: { bad: [], good: [] },
  check() {},
})
