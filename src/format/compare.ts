// What a round trip must keep: the ToR's contract fields, without where each value was read (line and
// column, the input's path and format, the section list), which a new layout moves by design.
import type { Competency, Item, ToR } from '../schema.js'
import type { LabelMode } from './mdast.js'
import { houseLabels } from './numbering.js'

type Plain = Record<string, unknown>

function items(list: readonly Item[]): Plain[] {
  return list.map((item) => ({ text: item.text, label: item.label, children: items(item.children) }))
}

function competencies(list: readonly Competency[]): Plain[] {
  return list.map((competency) => ({ name: competency.name, description: competency.description }))
}

/**
 * The fields a formatted document must give back, by name. With `house` labels the source's list labels
 * are replaced by the house numbering, which is what the formatted document states.
 */
export function contractFields(tor: ToR, labels: LabelMode = 'source'): Record<string, unknown> {
  const relabel = (list: Item[], style: 'numbered' | 'bulleted') => items(labels === 'house' ? houseLabels(list, style) : list)
  const { education, experience, skills, degreeLevels, minYearsExperience } = tor.qualifications
  return {
    schemaVersion: tor.schemaVersion,
    'source.language': tor.source.language,
    documentType: tor.documentType,
    ...Object.fromEntries(Object.entries(tor.position).map(([field, value]) => [`position.${field}`, value])),
    context: tor.context,
    responsibilities: relabel(tor.responsibilities, 'numbered'),
    learningElements: relabel(tor.learningElements, 'numbered'),
    performanceIndicators: relabel(tor.performanceIndicators, 'numbered'),
    'qualifications.education': relabel(education, 'bulleted'),
    'qualifications.experience': relabel(experience, 'bulleted'),
    'qualifications.skills': relabel(skills, 'bulleted'),
    'qualifications.degreeLevels': degreeLevels,
    'qualifications.minYearsExperience': minYearsExperience,
    'languages.required': tor.languages.required,
    'languages.requiredOneOf': tor.languages.requiredOneOf,
    'languages.advantageous': tor.languages.advantageous,
    'competencies.values': competencies(tor.competencies.values),
    'competencies.core': competencies(tor.competencies.core),
    'competencies.managerial': competencies(tor.competencies.managerial),
  }
}

/** Names of the contract fields where the re-read document differs from the original. */
export function roundTripDifferences(original: ToR, reread: ToR, labels: LabelMode = 'house'): string[] {
  const before = contractFields(original, labels)
  const after = contractFields(reread, 'source')
  return Object.keys(before).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}
