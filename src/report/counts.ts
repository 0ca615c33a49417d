import type { LintMessage } from '../rules/types.js'

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

/** Counts taken from the messages themselves, so a summary always matches the lines printed above it. */
export function countMessages(messages: readonly LintMessage[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 }
  for (const m of messages) {
    if (m.severity === 'error') counts.errors++
    else if (m.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}
