// Which organisation a notice belongs to: its official languages and its competency framework follow.
import type { DomainData } from '../../data/index.js'
import type { ParsedDocument } from '../../document/index.js'
import { perObject, perObjectPair } from '../../memo.js'
import { escapeRegExp } from '../../text.js'
import { lookbehindMatcher, type Matcher } from './alternatives.js'
import { foldKey } from './names.js'

type Table = DomainData['organizationNames']

/** Every mention of a name or acronym of the table, without case, as whole words. */
const mentionMatcher = perObject((table: Table): Matcher => {
  const names = [...new Set(table.flatMap((entry) => [...entry.acronyms, ...entry.names]))].sort((a, b) => b.length - a.length)
  return lookbehindMatcher('[\\p{L}\\p{N}]', `(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu')
})

/** Which organisation a mention names: acronyms only in capitals ("WHO", not "who"). */
function organizationOfMention(mention: string, table: Table): string | null {
  const key = mention.toLowerCase()
  for (const entry of table) {
    if (entry.acronyms.includes(mention) || entry.names.some((name) => name.toLowerCase() === key)) return entry.id
  }
  return null
}

/** The organisation the text names most often; computed once per document, several rules ask. */
const mostMentioned = perObjectPair((doc: ParsedDocument, table: Table): string | null => {
  const counts = new Map<string, number>()
  for (const match of mentionMatcher(table)(doc.source.text)) {
    const id = organizationOfMention(match.text, table)
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  let best: string | null = null
  for (const [id, count] of counts) if (!best || count > counts.get(best)!) best = id
  return best
})

/**
 * The organisation a notice belongs to: the option, else the first one the Organization field names,
 * else the one the text mentions most (an IOM notice also says "a Related Organization of the UN").
 */
export function organizationOf(doc: ParsedDocument, data: DomainData, option: string | null): string | null {
  const table = data.organizationNames
  if (option) return table.find((entry) => foldKey(entry.id) === foldKey(option))?.id ?? option
  const declared = doc.tor.position.organization
  if (declared) {
    for (const match of mentionMatcher(table)(declared)) {
      const id = organizationOfMention(match.text, table)
      if (id) return id
    }
  }
  return mostMentioned(doc, table)
}

/** The value of a string-keyed table for an organisation id, ignoring case. */
export function forOrganization<T>(table: Record<string, T>, organization: string | null): T | null {
  if (!organization) return null
  const key = Object.keys(table).find((name) => foldKey(name) === foldKey(organization))
  return key === undefined ? null : table[key]!
}
