// What the page shows of one checked document: the text with each finding marked where it is, the list of
// findings, the counts and the extracted fields with the line each value was read from.
import type { Item, LintMessage, LintResult, ToR } from '../index.js'
import { h } from './dom.js'

type Severity = LintMessage['severity']

/** A shape and a word for each severity, so that colour is not the only cue. */
export const SEVERITY: Record<Severity, { icon: string; label: string }> = {
  error: { icon: '✖', label: 'error' },
  warning: { icon: '▲', label: 'warning' },
  info: { icon: 'ℹ', label: 'info' },
}
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 }

export interface Finding extends LintMessage {
  /** Its index in the result: the id of its mark in the text is `finding-<index>`. */
  index: number
}

interface Span {
  finding: Finding
  start: number
  end: number
}

function badge(finding: Finding): HTMLElement {
  const { icon, label } = SEVERITY[finding.severity]
  return h('span', { class: `badge sev-${finding.severity}`, id: `finding-${finding.index}`, tabindex: -1, title: `${label}: ${finding.message} (${finding.ruleId})` }, h('span', { 'aria-hidden': 'true' }, icon), h('span', { class: 'sr-only' }, `${label}: ${finding.message}`))
}

/** The spans of the findings on line `number` (1-based columns, end exclusive; a finding of no width is a point). */
function spansOn(number: number, text: string, findings: Finding[]): Span[] {
  const spans: Span[] = []
  for (const finding of findings) {
    const first = Math.max(1, finding.line)
    const last = Math.max(first, finding.endLine)
    if (number < first || number > last) continue
    const start = number === first ? Math.min(Math.max(1, finding.column), text.length + 1) : 1
    const end = number === last ? Math.min(Math.max(start, finding.endColumn), text.length + 1) : text.length + 1
    spans.push({ finding, start, end })
  }
  return spans
}

function markedLine(number: number, text: string, findings: Finding[]): HTMLElement {
  const spans = spansOn(number, text, findings)
  const content = h('span', { class: 'lc' })
  const cuts = [...new Set([1, text.length + 1, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b)
  for (let index = 0; index < cuts.length; index++) {
    const at = cuts[index]!
    for (const span of spans) if (span.start === at && span.finding.line === number) content.append(badge(span.finding))
    const next = cuts[index + 1]
    if (next === undefined) break
    const piece = text.slice(at - 1, next - 1)
    const covering = spans.filter((span) => span.start <= at && span.end >= next && span.end > span.start)
    if (covering.length === 0) {
      content.append(piece)
      continue
    }
    const worst = covering.reduce((a, b) => (RANK[b.finding.severity] > RANK[a.finding.severity] ? b : a)).finding.severity
    content.append(h('mark', { class: `sev-${worst}`, title: covering.map((span) => `${SEVERITY[span.finding.severity].label}: ${span.finding.message}`).join('\n') }, piece))
  }
  return h('div', { class: 'line', id: `line-${number}` }, h('span', { class: 'ln', 'aria-hidden': 'true' }, String(number)), content)
}

/** The document's text, one line a row with its number, each finding marked and its badge at its start. */
export function markedText(lines: string[], findings: Finding[]): HTMLElement {
  // Findings are mostly on a few lines: each line looks only at its own.
  const byLine = new Map<number, Finding[]>()
  for (const finding of findings) {
    const first = Math.max(1, finding.line)
    for (let line = first; line <= Math.max(first, Math.min(finding.endLine, lines.length)); line++) byLine.set(line, [...(byLine.get(line) ?? []), finding])
  }
  // A finding past the last line (an empty document) is shown on line 1.
  const shown = lines.length > 0 ? lines : ['']
  return h('div', { class: 'lines' }, shown.map((text, index) => markedLine(index + 1, text, byLine.get(index + 1) ?? [])))
}

export function placeText(value: { line: number; column?: number; page?: number | undefined; pageLine?: number | undefined; paragraph?: number | undefined }): string {
  const where = value.column === undefined ? `line ${value.line}` : `${value.line}:${value.column}`
  if (value.page !== undefined) return `${where} (page ${value.page}${value.pageLine === undefined ? '' : `, line ${value.pageLine}`})`
  if (value.paragraph !== undefined) return `${where} (paragraph ${value.paragraph})`
  return where
}

export function countsText(result: LintResult): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}, ${result.infoCount} info`
}

/** The list of findings: each is a button that shows it in the text, with "Apply" when it has a fix. */
export function findingList(findings: Finding[], actions: { show(finding: Finding): void; apply: ((finding: Finding) => void) | null }): HTMLElement[] {
  return findings.map((finding) => {
    const { icon, label } = SEVERITY[finding.severity]
    const fixable = actions.apply !== null && hasFix(finding)
    return h(
      'li',
      { class: `finding sev-${finding.severity}`, 'data-rule': finding.ruleId, 'data-line': finding.line, 'data-column': finding.column, 'data-severity': finding.severity },
      h(
        'button',
        { type: 'button', class: 'show', onclick: () => actions.show(finding) },
        h('span', { class: 'sev', 'aria-hidden': 'true' }, icon),
        h('span', { class: 'sev-label' }, label),
        ' ',
        h('span', { class: 'where' }, placeText(finding)),
        ' ',
        h('span', { class: 'message' }, finding.message),
        ' ',
        h('span', { class: 'rule' }, finding.ruleId),
      ),
      fixable ? h('button', { type: 'button', class: 'apply', 'aria-label': `Apply the fix: ${finding.message}`, onclick: () => actions.apply!(finding) }, 'Apply') : null,
    )
  })
}

export function hasFix(finding: LintMessage): boolean {
  return finding.fix !== undefined
}

const POSITION_LABELS: Record<keyof ToR['position'], string> = {
  title: 'Title',
  organization: 'Organization',
  unit: 'Unit',
  dutyStation: 'Duty station',
  reportsTo: 'Reports to',
  grade: 'Grade',
  appointmentType: 'Appointment type',
  duration: 'Duration',
  startDate: 'Start date',
  closingDate: 'Closing date',
  postingFrom: 'Posting from',
  postingTo: 'Posting to',
  vacancyNumber: 'Vacancy number',
}

type LineLink = (place: { line: number; column?: number; page?: number | undefined; pageLine?: number | undefined; paragraph?: number | undefined }) => HTMLElement

function itemList(items: Item[], link: LineLink): HTMLElement {
  return h(
    'ol',
    { class: 'items' },
    items.map((item) => h('li', {}, item.label ? h('span', { class: 'label' }, `${item.label} `) : null, h('span', { class: 'value' }, item.text), ' ', link(item), item.children.length > 0 ? itemList(item.children, link) : null)),
  )
}

function group(title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'field-group' }, h('h3', {}, title), ...content)
}

const none = () => h('p', { class: 'none' }, 'None found.')

/** The extracted fields, each value with a button to the line it was read from. */
export function fields(tor: ToR, link: LineLink): HTMLElement {
  const positionRows = (Object.keys(POSITION_LABELS) as (keyof ToR['position'])[]).map((name) => {
    const value = tor.position[name]
    const location = tor.positionLocations[name]
    return h('tr', { 'data-field': name }, h('th', { scope: 'row' }, POSITION_LABELS[name]), h('td', { class: 'value' }, value ?? '—'), h('td', {}, location ? link(location) : null))
  })
  const itemGroups: [string, Item[]][] = [
    ['Responsibilities', tor.responsibilities],
    ['Learning elements', tor.learningElements],
    ['Performance indicators', tor.performanceIndicators],
    ['Education', tor.qualifications.education],
    ['Experience', tor.qualifications.experience],
    ['Skills', tor.qualifications.skills],
  ]
  const { degreeLevels, minYearsExperience } = tor.qualifications
  const languageRows: [string, string[]][] = [
    ['Required', tor.languages.required],
    ['One of', tor.languages.requiredOneOf],
    ['Advantageous', tor.languages.advantageous],
  ]
  const competencyGroups = [
    ['Values', tor.competencies.values],
    ['Core competencies', tor.competencies.core],
    ['Managerial competencies', tor.competencies.managerial],
  ] as const
  return h(
    'div',
    { class: 'field-groups' },
    h('p', { class: 'doc-kind' }, `Document type: ${tor.documentType}; language: ${tor.source.language}; read as ${tor.source.format}.`),
    group('Position', h('table', { class: 'position' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Read at'))), h('tbody', {}, positionRows))),
    group(
      'Sections',
      tor.sections.length === 0
        ? none()
        : h('table', { class: 'sections' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Heading'), h('th', { scope: 'col' }, 'Kind'), h('th', { scope: 'col' }, 'Read at'))), h('tbody', {}, tor.sections.map((section) => h('tr', { 'data-kind': section.kind }, h('td', {}, section.heading), h('td', {}, section.kind), h('td', {}, link(section)))))),
    ),
    tor.context && tor.contextLocation ? group('Context', h('p', {}, tor.context.length > 300 ? `${tor.context.slice(0, 300)}…` : tor.context, ' ', link(tor.contextLocation))) : null,
    ...itemGroups.map(([title, items]) => h('div', { 'data-items': title }, group(title, items.length === 0 ? none() : itemList(items, link)))),
    group('Requirements', h('p', {}, `Degree levels accepted: ${degreeLevels.length === 0 ? 'none stated' : degreeLevels.join(', ')}. Fewest years of experience: ${minYearsExperience ?? 'not stated'}.`)),
    group('Languages', h('dl', { class: 'languages' }, languageRows.flatMap(([title, names]) => [h('dt', {}, title), h('dd', { 'data-languages': title }, names.length === 0 ? '—' : names.join(', '))]))),
    ...competencyGroups.map(([title, list]) => group(title, list.length === 0 ? none() : h('ul', { class: 'items' }, list.map((competency) => h('li', {}, h('span', { class: 'value' }, competency.name), ' ', link(competency)))))),
  )
}
