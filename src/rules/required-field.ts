import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import { documentTypeSchema, positionFieldSchema, type DocumentType, type PositionField } from '../schema.js'
import { fieldForLabel, vocabularyFor } from '../segment/vocabulary.js'
import type { DomainData } from '../data/index.js'
import { proseDeadlines } from './date-consistency.js'
import { headerSpot } from './util/spots.js'
import { fieldEvidence } from './util/evidence.js'
import { periodPattern } from './util/period.js'

// How each field is named in a message, the label to add, and what goes in it.
const FIELD_TEXT: Record<PositionField, { name: string; label: string; hint: string }> = {
  title: { name: 'position title', label: 'Position Title', hint: 'with the title of the position' },
  organization: { name: 'organization', label: 'Organization', hint: 'naming the hiring organization' },
  unit: { name: 'unit', label: 'Unit', hint: 'naming the unit or department' },
  dutyStation: { name: 'duty station', label: 'Duty Station', hint: 'saying where the position is based' },
  reportsTo: { name: 'supervisor', label: 'Reports to', hint: 'naming the supervisor' },
  grade: { name: 'grade', label: 'Grade', hint: 'with the grade of the position' },
  appointmentType: { name: 'type of appointment', label: 'Type of Appointment', hint: 'with the contract type' },
  duration: { name: 'duration', label: 'Duration', hint: 'with the length of the contract' },
  startDate: { name: 'start date', label: 'Start Date', hint: 'with the expected start date' },
  closingDate: { name: 'closing date', label: 'Closing Date', hint: 'with the application deadline' },
  postingFrom: { name: 'posting start', label: 'Posting Period', hint: 'with the first day of the posting' },
  postingTo: { name: 'posting end', label: 'Posting Period', hint: 'with the last day of the posting' },
  vacancyNumber: { name: 'vacancy number', label: 'Vacancy Number', hint: 'with the reference of the posting' },
}

/**
 * The label to add, in the document's language when the field-label table has one for it: a French notice
 * is told to add "Lieu d'affectation :", not "Duty Station:".
 */
function labelFor(field: PositionField, language: string, data: DomainData): string {
  const name = field === 'postingFrom' || field === 'postingTo' ? 'postingPeriod' : field
  const local = language === 'en' ? undefined : data.fieldLabels.find((entry) => entry.field === name && entry.lang === language)?.labels[0]
  return local ? local.charAt(0).toUpperCase() + local.slice(1) : FIELD_TEXT[field].label
}

/** The label as a line of the document's language starts: French typography puts a space before the colon. */
function labelLine(label: string, language: string): string {
  return language === 'fr' ? `${label} :` : `${label}:`
}

const fieldList = z.array(positionFieldSchema)
type FieldsByType = Record<DocumentType, PositionField[]>

function perType(defaults: FieldsByType) {
  return z
    .object(Object.fromEntries(documentTypeSchema.options.map((type) => [type, fieldList.default(defaults[type])])) as Record<DocumentType, z.ZodDefault<typeof fieldList>>)
    .strict()
    .default(defaults)
}

// Title and duty station for every typed document: a consultancy ToR names where the consultant works
// just as a vacancy does (IOM's template has "Duty Station of the Consultancy"), and a consultancy ToR
// that calls itself a "vacancy notice" in its notes (seed 002) must not escape the check. Only vacancy
// notices close: JPO ToRs are posted by the sponsoring government, consultancies often by invitation.
// A document of unknown type may be a fragment or a home-based assignment: its title only.
const REQUIRED: FieldsByType = {
  'vacancy-notice': ['title', 'dutyStation', 'closingDate'],
  'jpo-tor': ['title', 'dutyStation'],
  'consultancy-tor': ['title', 'dutyStation'],
  unknown: ['title'],
}
// Advisory: reported at the rule's severity but worded as a recommendation; empty the lists to silence.
const RECOMMENDED: FieldsByType = {
  'vacancy-notice': ['reportsTo', 'duration'],
  'jpo-tor': ['reportsTo', 'duration'],
  'consultancy-tor': ['reportsTo', 'duration'],
  unknown: [],
}

const options = z
  .object({
    /** Fields a document of each type must state. */
    requiredFields: perType(REQUIRED),
    /** Fields whose absence is reported as a recommendation. */
    recommendedFields: perType(RECOMMENDED),
  })
  .strict()
type Options = z.infer<typeof options>

/** The closing date was read from a sentence ("apply by 9 May"), which job boards do not look in. */
function closingDateFromProse(doc: ParsedDocument, data: DomainData): boolean {
  const at = doc.tor.positionLocations.closingDate
  return at !== undefined && proseDeadlines(doc, data).some((deadline) => deadline.at.line === at.line && deadline.at.column === at.column)
}

// "Type of Appointment: Special short-term graded, six months with ..." states the duration as well.
function stated(doc: ParsedDocument, data: DomainData, field: PositionField): boolean {
  const position = doc.tor.position
  if (position[field] !== null && position[field]!.trim() !== '' && !(field === 'closingDate' && closingDateFromProse(doc, data))) return true
  // The last day of the posting period is the closing date under another name.
  if (field === 'closingDate') return position.postingTo !== null
  if (field === 'duration') return position.appointmentType !== null && periodPattern(data.numberWords).test(position.appointmentType)
  return false
}

interface Label {
  index: number
  field: string | null
}

/** Blocks that could be a label alone ("Duty Station:"), with the field each names. */
function labelsOf(doc: ParsedDocument, data: DomainData): Label[] {
  const vocabulary = vocabularyFor(data)
  const labels: Label[] = []
  doc.segmented.blocks.forEach((block, index) => {
    if (block.type === 'item' || block.type === 'footnote' || block.type === 'row') return
    if (!/:\s*$/.test(block.text) || block.text.length > 60) return
    labels.push({ index, field: fieldForLabel(vocabulary, block.text) })
  })
  return labels
}

/**
 * A label written with nothing after it ("Duty Station:" followed by another label, a heading or the end),
 * which the parser cannot read as a row.
 */
function emptyLabel(doc: ParsedDocument, labels: Label[], field: PositionField): { at: Span; label: string } | null {
  const blocks = doc.segmented.blocks
  for (const { index, field: named } of labels) {
    if (named !== field) continue
    const block = blocks[index]!
    const next = blocks[index + 1]
    if (next && next.type !== 'row' && next.type !== 'heading' && next.type !== 'subheading') continue
    // A row elsewhere may state the field after all ("Location: Berlin" further down).
    if (blocks.some((other) => other.type === 'row' && other.rowField === field)) return null
    return { at: { line: block.line, column: block.column, endLine: block.endLine, endColumn: block.endColumn }, label: block.text }
  }
  return null
}

function check(doc: ParsedDocument, data: DomainData, settings: Options, report: (at: Span, message: string, options?: { advisory?: boolean }) => void): void {
  const type = doc.tor.documentType
  const required = settings.requiredFields[type]
  const recommended = settings.recommendedFields[type].filter((field) => !required.includes(field))
  const wanted = [...required.map((field) => ({ field, mandatory: true })), ...recommended.map((field) => ({ field, mandatory: false }))]
  const labels = labelsOf(doc, data)
  for (const { field, mandatory } of wanted) {
    const text = FIELD_TEXT[field]
    const empty = emptyLabel(doc, labels, field)
    if (empty) {
      report(empty.at, mandatory ? `"${empty.label}" has no value: fill in the ${text.name}` : `"${empty.label}" has no value: filling in the ${text.name} is recommended`, { advisory: !mandatory })
      continue
    }
    if (stated(doc, data, field)) continue
    // "Submit ... by 09 February 2022 at the latest" gives the date, but not where job boards look for it.
    const deadline = field === 'closingDate' ? proseDeadlines(doc, data)[0] : undefined
    if (deadline) {
      report(headerSpot(doc), `the closing date is only in the text ("${deadline.text}", line ${deadline.at.line}): add a "${labelLine(labelFor('closingDate', doc.tor.source.language, data), doc.tor.source.language)}" line with it`)
      continue
    }
    const label = labelFor(field, doc.tor.source.language, data)
    // Said somewhere torlint could not read it as the field: point there, as a warning, not "add it".
    const evidence = fieldEvidence(doc, data, field)
    if (evidence) {
      report(
        { line: evidence.line, column: evidence.column },
        `a ${text.name} seems to be given on line ${evidence.line} ("${evidence.quote}"), but not as a field torlint reads: put it on a "${labelLine(label, doc.tor.source.language)}" line`,
        { advisory: true },
      )
      continue
    }
    report(
      headerSpot(doc),
      mandatory
        ? `no ${text.name} is stated: add a "${labelLine(label, doc.tor.source.language)}" line ${text.hint}`
        : `no ${text.name} is stated: a "${labelLine(label, doc.tor.source.language)}" line ${text.hint} is recommended`,
      { advisory: !mandatory },
    )
  }
}

export default defineRule({
  id: 'required-field',
  severity: 'error',
  description: 'A header field the document type needs (title, duty station, closing date...) is missing or empty.',
  help: [
    'Candidates decide from the header whether to read on: the title, where the job is and, for a vacancy notice, until when they can apply.',
    'Which fields are required depends on the document type (`requiredFields`); the supervisor and the duration are recommended (`recommendedFields`), reported one level below the rule\'s severity (warnings by default).',
    'A closing date is also satisfied by the end of the posting period, and a duration by a type of appointment that names a period ("six months").',
    'Before saying a field is missing, the rule looks for it in the whole text (a short title line at the top, "based in ...", "under the supervision of ...", a period of months near "contract"). When it finds one, it reports a warning at that line: the value seems to be given, but not where torlint reads fields.',
    'Add the missing `Label: value` line to the header, or fill in the label that has no value.',
  ].join('\n\n'),
  tags: ['completeness', 'fields'],
  options,
  examples: {
    bad: [
      {
        text: 'Position Title: Reintegration Officer\nDuty Station:\nGrade: P-2\n\nVacancy notice.\n',
        messages: [
          '1:1 no closing date is stated: add a "Closing Date:" line with the application deadline',
          '1:1 no duration is stated: a "Duration:" line with the length of the contract is recommended',
          '1:1 no supervisor is stated: a "Reports to:" line naming the supervisor is recommended',
          '2:1 "Duty Station:" has no value: fill in the duty station',
        ],
      },
      {
        text: 'Terms of reference for a consultancy\n\nTasks to be performed: support the team.\n',
        options: { recommendedFields: { 'consultancy-tor': [] } },
        messages: [
          '1:1 no duty station is stated: add a "Duty Station:" line saying where the position is based',
          '1:1 no position title is stated: add a "Position Title:" line with the title of the position',
        ],
      },
      {
        text: 'Position Title: Reintegration Officer\nDuty Station: Freetown\nReports to: Programme Manager\nDuration: six months\n\n## How to apply\n\nSubmit your application by 09 February 2022 at the latest.\n',
        messages: ['1:1 the closing date is only in the text ("09 February 2022", line 8): add a "Closing Date:" line with it'],
      },
      {
        // Said, but not as a field: a warning at that line, not an error asking to add it.
        text: 'Senior Programme Officer, Monitoring\n\nClosing Date: 9 February 2022\nReports to: Head of Office\nDuty Station: Freetown\n\nThis is a six months contract, renewable.\n\nVacancy notice.\n',
        messages: [
          '1:1 a position title seems to be given on line 1 ("Senior Programme Officer, Monitoring"), but not as a field torlint reads: put it on a "Position Title:" line',
          '7:1 a duration seems to be given on line 7 ("This is a six months contract, renewable."), but not as a field torlint reads: put it on a "Duration:" line',
        ],
      },
      {
        // A French notice is told which French label to add.
        text: "Intitulé du poste : Chargé de programme\nRelève de : Chef de mission\nDurée : six mois\nDate de clôture : 9 février 2022\n\nL'avis de vacance est ouvert aux candidats qui ont une expérience de la protection des migrants et de la gestion des cas.\n",
        messages: ['1:1 no duty station is stated: add a "Lieu d\'affectation :" line saying where the position is based'],
      },
    ],
    good: [
      {
        text: 'Position Title: Reintegration Officer\nDuty Station: Freetown, Sierra Leone\nType of Appointment: Special short-term, six months\nReports to: Programme Manager\nClosing Date: 09 February 2022\n\nVacancy notice.\n',
      },
    ],
  },
  check({ doc, data, options: settings, report }) {
    check(doc, data, settings, report)
  },
})
