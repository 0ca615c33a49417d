import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import { documentTypeSchema, type DocumentType, type SectionKind } from '../schema.js'
import type { Section } from '../segment/index.js'
import { sectionEvidence, type Evidence } from './util/evidence.js'
import { headingText } from './util/heading-text.js'

const requiredSectionSchema = z.enum(['responsibilities', 'qualifications', 'languages', 'competencies'])
type RequiredSection = z.infer<typeof requiredSectionSchema>
type Group = RequiredSection | 'context'

// The order sections usually come in; a missing one is placed after its nearest present predecessor.
const ORDER: Group[] = ['context', 'responsibilities', 'qualifications', 'languages', 'competencies']

const KINDS: Record<Group, SectionKind[]> = {
  context: ['context'],
  responsibilities: ['responsibilities'],
  qualifications: ['qualifications', 'education', 'experience'],
  languages: ['languages', 'languagesRequired', 'languagesAdvantageous'],
  competencies: ['competencies', 'values', 'coreCompetencies', 'managerialCompetencies'],
}

const MISSING: Record<Group, (where: string) => string> = {
  context: (where) => `no context section: a paragraph on the organization, unit or project${where} is recommended`,
  responsibilities: (where) => `no responsibilities section: add the duties of the position${where}`,
  qualifications: (where) => `no education or experience requirement: add the degree and the years of experience required${where}`,
  languages: (where) => `no languages section: add the languages required${where}`,
  competencies: (where) => `no competencies section: add the values and competencies required${where}`,
}

// The thing seems to be there, under a heading or in a form extraction did not read.
const FOUND: Record<RequiredSection, (evidence: Evidence) => string> = {
  responsibilities: (evidence) => `duties seem to be given under "${headingText(evidence.quote)}" (line ${evidence.line}), but torlint found no responsibilities section: use a heading such as "Responsibilities" over them`,
  qualifications: (evidence) => `a requirement seems to be stated on line ${evidence.line} ("${evidence.quote}"), but torlint found no education or experience section: put it under a heading such as "Qualifications"`,
  languages: (evidence) => `languages seem to be stated on line ${evidence.line} ("${evidence.quote}"), but torlint found no languages section: put them under a heading such as "Languages"`,
  competencies: (evidence) => `competencies seem to be given under "${headingText(evidence.quote)}" (line ${evidence.line}), but torlint found no competencies section: use a heading such as "Competencies" over them`,
}

const EMPTY: Record<Group, string> = {
  context: 'describing the organization, unit or project is recommended',
  responsibilities: 'list the duties of the position',
  qualifications: 'state the degree and the years of experience required',
  languages: 'list the languages required',
  competencies: 'list the values and competencies required',
}

const sectionList = z.array(requiredSectionSchema)
const ALL: RequiredSection[] = ['responsibilities', 'qualifications', 'languages', 'competencies']
// Competencies describe how staff are appraised; a consultancy buys deliverables and IOM, UNDP and
// UNICEF consultancy ToRs often leave the competency framework out, so they need no competencies section.
// A document of unknown type is held to what every ToR has: what the work is and who can do it.
const DEFAULTS: Record<DocumentType, RequiredSection[]> = {
  'vacancy-notice': ALL,
  'jpo-tor': ALL,
  'consultancy-tor': ['responsibilities', 'qualifications', 'languages'],
  unknown: ['responsibilities', 'qualifications'],
}

const options = z
  .object({
    /** Sections each document type must have. */
    requiredSections: z
      .object(Object.fromEntries(documentTypeSchema.options.map((type) => [type, sectionList.default(DEFAULTS[type])])) as Record<DocumentType, z.ZodDefault<typeof sectionList>>)
      .strict()
      .default(DEFAULTS),
    /** Report a missing context section, worded as a recommendation. */
    context: z.boolean().default(true),
  })
  .strict()

const hasContent = (section: Section): boolean => section.blocks.some((block) => block.type === 'text' || block.type === 'item' || block.type === 'row')

/** What the parsed document holds for a section, wherever it was written. */
function present(doc: ParsedDocument, group: Group): boolean {
  const { tor } = doc
  switch (group) {
    case 'context':
      return tor.context !== null || introducedBeforeDuties(doc)
    case 'responsibilities':
      return tor.responsibilities.length > 0
    case 'qualifications':
      return tor.qualifications.education.length > 0 || tor.qualifications.experience.length > 0 || tor.qualifications.degreeLevels.length > 0
    case 'languages':
      return tor.languages.required.length + tor.languages.requiredOneOf.length + tor.languages.advantageous.length > 0 || sectionsOf(doc, group).some(hasContent)
    case 'competencies':
      return tor.competencies.values.length + tor.competencies.core.length + tor.competencies.managerial.length > 0 || sectionsOf(doc, group).some(hasContent)
  }
}

/**
 * A description under a heading the vocabulary does not know ("For every child, health", "About UNFPA &
 * The Role"), or in the header before the first heading, still gives the context; boilerplate sections
 * do not. So does a paragraph anywhere that describes the organisation by name ("OCHA is the part of the
 * UN Secretariat responsible for ..."), even at the top of the duties.
 */
function introducedBeforeDuties(doc: ParsedDocument): boolean {
  const long = (text: string) => text.split(/\s+/).length >= 25
  for (const section of doc.segmented.sections) {
    if (section.kind === 'responsibilities') break
    if (BOILERPLATE.has(section.kind)) continue
    if (section.blocks.some((block) => block.type === 'text' && long(block.text))) return true
  }
  const organization = doc.tor.position.organization?.toLowerCase()
  if (!organization) return false
  // A sentence that names the organisation and says what it is needs fewer words than an anonymous paragraph.
  return doc.segmented.blocks.some((block) => block.type === 'text' && block.text.split(/\s+/).length >= 12 && block.text.toLowerCase().includes(organization) && /\b(?:is|are|was|est|sont|es|son)\b/i.test(block.text))
}

// Sections about applying or the posting: text there describes the process, not the organisation.
const BOILERPLATE = new Set<SectionKind>(['candidates', 'notes', 'howToApply', 'postingPeriod', 'noFees', 'assessment', 'travel'])

function sectionsOf(doc: ParsedDocument, group: Group): Section[] {
  return doc.segmented.sections.filter((section) => KINDS[group].includes(section.kind))
}

function headingSpan(section: Section): Span {
  const block = section.headingBlock
  return block ? { line: block.line, column: block.column, endLine: block.endLine, endColumn: block.endColumn } : { line: section.line, column: section.column }
}


/** The heading a missing section should follow (or precede), and the words that say so. */
function placeFor(doc: ParsedDocument, group: Group): { at: Span; where: string } {
  const index = ORDER.indexOf(group)
  for (let before = index - 1; before >= 0; before--) {
    const first = sectionsOf(doc, ORDER[before]!).find((section) => section.headingBlock !== null)
    if (first) return { at: headingSpan(first), where: ` after "${headingText(first.heading)}"` }
  }
  for (let after = index + 1; after < ORDER.length; after++) {
    const first = sectionsOf(doc, ORDER[after]!).find((section) => section.headingBlock !== null)
    if (first) return { at: headingSpan(first), where: ` before "${headingText(first.heading)}"` }
  }
  return { at: { line: 1, column: 1 }, where: '' }
}

export default defineRule({
  id: 'required-section',
  severity: 'error',
  description: 'A section the document type needs (responsibilities, qualifications, languages, competencies) is missing or empty.',
  help: [
    'Candidates and reviewers look for the duties, the education and experience required, the languages and the competencies; a ToR without one of them cannot be assessed against.',
    'Which sections are required depends on the document type (`requiredSections`): consultancy ToRs need no competencies section, since a consultancy buys deliverables rather than appraising staff conduct.',
    'A context section is recommended for every type (`context`): a missing one is reported one level below the rule\'s severity (a warning by default).',
    'A missing section is reported at the heading it should follow; an empty one at its own heading.',
    'Before saying a section is missing, the rule looks for it in the whole text: a heading with the words of duties or competencies ("Vos missions", "Tareas"), a degree or years of experience, a language named as required. When it finds one, it reports a warning at that line instead of an error: the thing seems to be there, in a form torlint could not read.',
  ].join('\n\n'),
  tags: ['completeness', 'sections'],
  options,
  examples: {
    bad: [
      {
        text: '# Vacancy notice\n\n## Context\n\nIOM supports returnees.\n\n## Responsibilities\n\n- Coordinate reintegration.\n\n## Education\n\n- Master\'s degree with two years of experience.\n\n## Languages\n\n## Notes\n\nNone.\n',
        messages: ['15:4 no competencies section: add the values and competencies required after "Languages"', '15:4 the "Languages" section is empty: list the languages required'],
      },
      {
        text: '## Responsibilities\n\n- Coordinate reintegration.\n\n## Education\n\n- Master\'s degree.\n',
        options: { requiredSections: { unknown: ['responsibilities', 'qualifications'] } },
        messages: ['1:4 no context section: a paragraph on the organization, unit or project before "Responsibilities" is recommended'],
      },
      {
        // A requirement is stated, only not where requirements go: a warning that points at it.
        text: "## Context\n\nIOM supports returnees in the region with partners.\n\n## Responsibilities\n\n- Coordinate reintegration.\n\n## How to apply\n\nCandidates with a master's degree in law send a CV.\n",
        options: { context: false, requiredSections: { 'vacancy-notice': ['qualifications'], unknown: ['qualifications'] } },
        messages: ['11:1 a requirement seems to be stated on line 11 ("Candidates with a master\'s degree in law send a CV."), but torlint found no education or experience section: put it under a heading such as "Qualifications"'],
      },
      {
        // The duties are there, under a heading torlint does not read as theirs: a warning that points at it.
        text: '## Context\n\nIOM supports returnees.\n\n## Key results\n\nReintegration plans agreed with partners.\n\n## Education\n\n- Master\'s degree in law.\n',
        options: { requiredSections: { unknown: ['responsibilities', 'qualifications'] } },
        messages: ['5:4 duties seem to be given under "Key results" (line 5), but torlint found no responsibilities section: use a heading such as "Responsibilities" over them'],
      },
    ],
    good: [
      {
        text: '## Context\n\nIOM supports returnees.\n\n## Responsibilities\n\n- Coordinate reintegration.\n\n## Education\n\n- Master\'s degree.\n\n## Languages\n\nFluency in English is required.\n\n## Competencies\n\n- Teamwork: works with others.\n',
      },
      {
        text: '## Responsibilities\n\n- Coordinate reintegration.\n\n## Education\n\n- Master\'s degree.\n',
        options: { context: false },
      },
    ],
  },
  check({ doc, data, options: settings, report }) {
    const groups: Group[] = [...(settings.context ? (['context'] as const) : []), ...settings.requiredSections[doc.tor.documentType]]
    for (const group of ORDER.filter((candidate) => groups.includes(candidate))) {
      if (present(doc, group)) continue
      const headed = sectionsOf(doc, group).find((section) => section.headingBlock !== null)
      if (headed) {
        report(headingSpan(headed), `the "${headingText(headed.heading)}" section is empty: ${EMPTY[group]}`)
        continue
      }
      const evidence = group === 'context' ? null : sectionEvidence(doc, data, group)
      if (evidence) {
        report({ line: evidence.line, column: evidence.column }, FOUND[group as RequiredSection](evidence), { advisory: true })
        continue
      }
      const place = placeFor(doc, group)
      report(place.at, MISSING[group](place.where), { advisory: group === 'context' })
    }
  },
})
