// Competencies as `Name: description`, from list items or from paragraphs that run several together.
import type { DomainData } from '../data/index.js'
import type { Competency } from '../schema.js'
import type { Block } from '../segment/index.js'
import { escapeRegExp, normalizeKey, wordCount } from '../text.js'

export type CompetencyGroup = 'values' | 'core' | 'managerial'

const namePatterns = new WeakMap<DomainData, RegExp>()

/** Framework names in any language, followed by a colon: where a run-on paragraph starts a new one. */
function knownNamePattern(data: DomainData): RegExp {
  let pattern = namePatterns.get(data)
  if (!pattern) {
    const names = data.competencyFrameworks.flatMap((framework) =>
      [...framework.values, ...framework.core, ...framework.managerial].flatMap((entry) => [entry.name, ...entry.translations]),
    )
    const alternatives = [...new Set(names.map((name) => escapeRegExp(name)))].sort((a, b) => b.length - a.length).join('|')
    pattern = new RegExp(`(?:^|(?<=[.;!?]\\s+))(${alternatives})\\s*:`, 'giu')
    namePatterns.set(data, pattern)
  }
  pattern.lastIndex = 0
  return pattern
}

// Any short capitalised phrase with a colon at a sentence start counts too: frameworks change.
const GENERIC_NAME = /(?:^|(?<=[.;!?]\s+))(\p{Lu}[\p{L}&'’ /-]{1,60}?)\s*:(?=\s)/gu

function splitPoints(text: string, data: DomainData): { name: string; start: number; bodyStart: number }[] {
  const points = new Map<number, { name: string; start: number; bodyStart: number }>()
  for (const pattern of [knownNamePattern(data), GENERIC_NAME]) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!.trim()
      if (wordCount(name) > 6 || points.has(match.index!)) continue
      points.set(match.index!, { name, start: match.index!, bodyStart: match.index! + match[0].length })
    }
  }
  return [...points.values()].sort((a, b) => a.start - b.start)
}

function competency(name: string, description: string, block: Block, offset: number): Competency {
  return {
    name: name.replace(/[:\s]+$/, ''),
    description: description.trim(),
    line: block.line,
    column: block.column + offset,
  }
}

export function competenciesFromBlocks(blocks: Block[], data: DomainData): Competency[] {
  const out: Competency[] = []
  for (const block of blocks) {
    if (block.type !== 'item' && block.type !== 'text') continue
    const points = splitPoints(block.text, data)
    if (block.type === 'item') {
      const lead = block.boldLead?.replace(/[:\s]+$/, '')
      const first = points[0]
      if (lead && block.text.startsWith(lead)) {
        out.push(competency(lead, block.text.slice(lead.length).replace(/^\s*[:–—-]?\s*/, ''), block, 0))
      } else if (first && first.start === 0) {
        out.push(competency(first.name, block.text.slice(first.bodyStart), block, 0))
      } else {
        out.push(competency(block.text, '', block, 0))
      }
      continue
    }
    // A paragraph is a run of competencies only when it starts with one ("Teamwork: ... Delivering
    // results: ..."); an introduction ("all staff must demonstrate these values:") is not.
    if (points[0]?.start !== 0) continue
    points.forEach((point, index) => {
      const end = points[index + 1]?.start ?? block.text.length
      out.push(competency(point.name, block.text.slice(point.bodyStart, end), block, point.start))
    })
  }
  return out
}

/** Which group a competency named in an undivided "Competencies" section belongs to, by the frameworks. */
export function groupOf(name: string, data: DomainData): CompetencyGroup {
  const key = normalizeKey(name)
  for (const framework of data.competencyFrameworks) {
    for (const group of ['values', 'managerial', 'core'] as const) {
      if (framework[group].some((entry) => [entry.name, ...entry.translations].some((candidate) => normalizeKey(candidate) === key))) return group
    }
  }
  return 'core'
}
