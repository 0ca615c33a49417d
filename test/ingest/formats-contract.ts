// The contract fields compared between a seed's .txt and its .docx, .html and .pdf conversions: every
// value a consumer reads, without positions (lines of a PDF or a Word file are not the .txt's lines).
import type { Competency, Item, ToR } from '../../src/index.js'

const items = (list: Item[]): unknown[] => list.map((item) => ({ text: item.text, label: item.label, children: items(item.children) }))
const competencies = (list: Competency[]) => list.map((entry) => ({ name: entry.name, description: entry.description }))

/** Field name → its value, for every field of the contract that is not a position. */
export function contractFields(tor: ToR): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    'source.language': tor.source.language,
    documentType: tor.documentType,
    context: tor.context,
    responsibilities: items(tor.responsibilities),
    learningElements: items(tor.learningElements),
    performanceIndicators: items(tor.performanceIndicators),
    'qualifications.education': items(tor.qualifications.education),
    'qualifications.experience': items(tor.qualifications.experience),
    'qualifications.skills': items(tor.qualifications.skills),
    'qualifications.degreeLevels': tor.qualifications.degreeLevels,
    'qualifications.minYearsExperience': tor.qualifications.minYearsExperience,
    languages: tor.languages,
    'competencies.values': competencies(tor.competencies.values),
    'competencies.core': competencies(tor.competencies.core),
    'competencies.managerial': competencies(tor.competencies.managerial),
    sections: tor.sections.map((section) => ({ kind: section.kind, heading: section.heading })),
  }
  for (const [name, value] of Object.entries(tor.position)) fields[`position.${name}`] = value
  return fields
}
