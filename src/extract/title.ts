// The post's title stated in prose when no label or title heading gives it: the reader cast in the role
// ("As the Finance Officer, you will"), the object of a hiring sentence ("MSF is looking for a Driver"),
// the post named after "au poste de", then the post as the subject of its duties ("The Project Manager
// will ..."). Site suffixes ("- UNICEF", "(2 positions)") are dropped.
import type { DomainData } from '../data/index.js'
import { perObject } from '../memo.js'
import type { Location } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { alternation, cleanText, phrasePattern } from '../text.js'
import { blocksWithHeading, locate, REQUIREMENT_KINDS } from './locate.js'

interface TitlePatterns {
  role: RegExp
  hiring: RegExp
  post: RegExp
  subject: RegExp
  nouns: Set<string>
  stops: Set<string>
  count: RegExp
}

const patternsFor = perObject((cues: DomainData['titleCues']): TitlePatterns => {
  const any = (phrases: string[]) => alternation(phrases, phrasePattern) || '(?!)'
  const lead = (phrases: string[]) => `(?<![\\p{L}])(?:${any(phrases)})`
  return {
    // A glued label may open the sentence ("OBJETIVO DEL TRABAJO: Como Oficial ..., brindará").
    role: new RegExp(`^(?:[^:]{1,40}:\\s*)?${lead(cues.roleLeads)}\\s+([^,;.:]{3,90}?)\\s*,`, 'iu'),
    hiring: new RegExp(`${lead(cues.hiring)}\\s+(?:${any(cues.articles)})\\s+([^,;.:(]{3,100})`, 'iu'),
    post: new RegExp(`${lead(cues.postLeads)}\\s+([^,;.:(]{3,100})`, 'iu'),
    subject: new RegExp(`(?:^|[,;]\\s+)(?:${any(cues.subjectArticles)})\\s*([^,;.:]{3,80}?)\\s+(?:${any(cues.subjectVerbs)})(?![\\p{L}])`, 'iu'),
    nouns: new Set(cues.nouns.map((noun) => noun.toLowerCase())),
    stops: new Set(cues.stops.map((stop) => stop.toLowerCase())),
    count: new RegExp(`^\\(\\s*\\d+\\s+(?:${any(cues.countWords)})\\s*\\)$`, 'iu'),
  }
})

/** A title names a post: it holds a job noun and stays short. */
function isTitle(text: string, patterns: TitlePatterns): boolean {
  const words = text.split(/\s+/)
  return words.length <= 12 && words.some((word) => patterns.nouns.has(word.toLowerCase().replace(/[*_,]/g, '')))
}

/** A post named as an object ends at the first word that is not part of it ("Driver based in Goma"). */
function untilStop(text: string, patterns: TitlePatterns): string {
  const words = cleanText(text).split(' ')
  const end = words.findIndex((word, index) => index > 0 && patterns.stops.has(word.toLowerCase()))
  return words.slice(0, end < 0 ? Math.min(words.length, 10) : Math.min(end, 10)).join(' ')
}

/** Without what job boards add after the title: "(2 positions)", "- UNICEF", "| Roster". */
export function withoutSiteSuffix(title: string, data: DomainData): string {
  const patterns = patternsFor(data.titleCues)
  let value = title.trim()
  // A trailing count, cut by index: a pattern anchored at the end is retried at every space.
  const open = value.endsWith(')') ? value.lastIndexOf('(') : -1
  if (open > 0 && patterns.count.test(value.slice(open))) value = value.slice(0, open).trim()
  const dash = Math.max(value.lastIndexOf(' - '), value.lastIndexOf(' – '), value.lastIndexOf(' | '))
  if (dash > 0) {
    const tail = value.slice(dash + 3).trim()
    const organization = data.organizationNames.some((entry) => entry.acronyms.includes(tail.split(' ')[0]!) || entry.names.some((name) => tail.toLowerCase().startsWith(name.toLowerCase())))
    if (organization) value = value.slice(0, dash)
  }
  return value.trim()
}

export function titleInProse(sections: Section[], data: DomainData, lines: string[]): { value: string; at: Location } | null {
  const patterns = patternsFor(data.titleCues)
  const blocks: Block[] = sections.filter((section) => !REQUIREMENT_KINDS.has(section.kind)).flatMap(blocksWithHeading)
  // A title is written with a capital: "is looking for a consultant or a team" names no post.
  const found = (block: Block, raw: string) => {
    const value = withoutSiteSuffix(trimDashes(trimMarks(cleanText(raw))), data)
    return value.length >= 3 && /^\p{Lu}/u.test(value) && isTitle(value, patterns) ? { value, at: locate(lines, block, value) } : null
  }
  for (const block of blocks) {
    const sentences = block.text.split(/(?<=[.!?])\s+/)
    for (const sentence of sentences) {
      const role = patterns.role.exec(sentence)
      const hiring = patterns.hiring.exec(sentence)
      const post = patterns.post.exec(sentence)
      const result = (role && found(block, role[1]!)) || (hiring && found(block, untilStop(hiring[1]!, patterns))) || (post && found(block, untilStop(post[1]!, patterns)))
      if (result) return result
    }
  }
  for (const block of blocks) {
    if (block.type !== 'text') continue
    const subject = patterns.subject.exec(block.text)
    const result = subject ? found(block, subject[1]!) : null
    if (result) return result
  }
  return null
}

/** Without emphasis marks around it, read by index. */
function trimMarks(text: string): string {
  let [start, end] = [0, text.length]
  while (start < end && '*_'.includes(text.charAt(start))) start++
  while (end > start && '*_'.includes(text.charAt(end - 1))) end--
  return text.slice(start, end).trim()
}

/** Without the dashes that set the post apart ("The role – Data Analyst – will"). */
function trimDashes(text: string): string {
  let [start, end] = [0, text.length]
  while (start < end && '–—- '.includes(text.charAt(start))) start++
  while (end > start && '–—- '.includes(text.charAt(end - 1))) end--
  return text.slice(start, end)
}
