// Competencies as `Name: description`, from list items or from paragraphs that run several together.
import type { DomainData } from '../data/index.js'
import type { Competency } from '../schema.js'
import type { Block } from '../segment/index.js'
import { perObject } from '../memo.js'
import { alternation, normalizeKey, wordCount } from '../text.js'

export type CompetencyGroup = 'values' | 'core' | 'managerial'

/** Framework names in any language followed by a colon, matched at one position (sticky). */
const knownNamePattern = perObject((data: DomainData): RegExp => {
  const names = data.competencyFrameworks.flatMap((framework) =>
    [...framework.values, ...framework.core, ...framework.managerial].flatMap((entry) => [entry.name, ...entry.translations]),
  )
  return new RegExp(`(${alternation(names)})\\s*:`, 'iuy')
})

// Any short capitalised phrase with a colon at a sentence start counts too: frameworks change.
const GENERIC_NAME = /(\p{Lu}[\p{L}&'’ /-]{1,60}?)\s*:(?=\s)/uy
const SENTENCE_START = /[.;!?]\s+(?=\p{Lu})/gu

/** Where a run-on paragraph starts a new `Name:` entry: at its start or after a sentence end. */
function splitPoints(text: string, data: DomainData, onlyStart: boolean): { name: string; start: number; bodyStart: number }[] {
  const starts = [0]
  if (!onlyStart) for (const match of text.matchAll(SENTENCE_START)) starts.push(match.index + match[0].length)
  const points: { name: string; start: number; bodyStart: number }[] = []
  for (const start of starts) {
    for (const pattern of [knownNamePattern(data), GENERIC_NAME]) {
      pattern.lastIndex = start
      const match = pattern.exec(text)
      if (!match) continue
      const name = match[1]!.trim()
      // Only unknown names are held to six words: the framework's own French and Spanish names run
      // longer ("Empoderamiento de otros y fomento de la confianza").
      if (pattern === GENERIC_NAME && wordCount(name) > 6) continue
      points.push({ name, start, bodyStart: start + match[0].length })
      break
    }
  }
  return points
}

function competency(name: string, description: string, block: Block, offset: number): Competency {
  return {
    name: name.replace(/(?<![:\s])[:\s]+$/, ''),
    description: description.trim(),
    line: block.line,
    column: block.column + offset,
  }
}

export function competenciesFromBlocks(blocks: Block[], data: DomainData): Competency[] {
  const out: Competency[] = []
  for (const block of blocks) {
    if (block.type !== 'item' && block.type !== 'text') continue
    const points = splitPoints(block.text, data, block.type === 'item')
    if (block.type === 'item') {
      const lead = block.boldLead?.replace(/(?<![:\s])[:\s]+$/, '')
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

/** Normalised name → group, once per table; the first framework and group that name it win, as in a scan. */
const groupIndex = perObject((frameworks: DomainData['competencyFrameworks']): Map<string, CompetencyGroup> => {
  const index = new Map<string, CompetencyGroup>()
  for (const framework of frameworks) {
    for (const group of ['values', 'managerial', 'core'] as const) {
      for (const entry of framework[group]) {
        for (const candidate of [entry.name, ...entry.translations]) {
          const key = normalizeKey(candidate)
          if (!index.has(key)) index.set(key, group)
        }
      }
    }
  }
  return index
})

/** Which group a competency named in an undivided "Competencies" section belongs to, by the frameworks. */
export function groupOf(name: string, data: DomainData): CompetencyGroup {
  return groupIndex(data.competencyFrameworks).get(normalizeKey(name)) ?? 'core'
}
