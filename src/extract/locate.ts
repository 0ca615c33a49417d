// Where a value found in a block's cleaned text sits in the source.
import type { Location } from '../schema.js'
import type { Block, Section } from '../segment/index.js'

/** Where a value stated in prose starts: searched in the block's own source lines. */
export function locate(lines: string[], block: Block, value: string): Location {
  for (let line = block.line; line <= block.endLine; line++) {
    const index = (lines[line - 1] ?? '').indexOf(value, line === block.line ? block.column - 1 : 0)
    if (index >= 0) return { line, column: index + 1 }
  }
  return { line: block.line, column: block.column }
}

/** The kinds of section that state requirements: what they name is asked of the candidate, not the post's own. */
export const REQUIREMENT_KINDS: ReadonlySet<string> = new Set(['qualifications', 'education', 'experience', 'skills', 'languages', 'languagesRequired', 'languagesAdvantageous', 'competencies', 'values', 'coreCompetencies', 'managerialCompetencies'])

/** A section's blocks with its heading first: a heading can state a value too ("Duty Station: Dakar"). */
export function blocksWithHeading(section: Section): Block[] {
  return section.headingBlock ? [section.headingBlock, ...section.blocks] : section.blocks
}
