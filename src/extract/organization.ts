// The employer when no label names it. A letterhead line that names a known organisation wins; otherwise
// the evidence of the prose is weighed: a naming sentence ("IOM is ...", "DRC está buscando ..."), an
// "About X" heading, the sign-off ("ACF s'engage ..."), an e-mail or web domain, a name defined with its
// acronym at the start, and the mentions of the gazetteer's organisations. A mention after "funded by" or
// in a list of several organisations is a partner or donor, and does not count.
import type { DomainData } from '../data/index.js'
import type { OrganizationCues, OrganizationName } from '../data/organizations.js'
import { perObject } from '../memo.js'
import type { Location } from '../schema.js'
import type { Block, Section } from '../segment/index.js'
import { alternation, normalizeKey, phrasePattern } from '../text.js'
import { locate } from './locate.js'

export interface FoundOrganization {
  name: string
  at: Location
}

type EvidenceKind = Exclude<keyof OrganizationCues['weights'], 'mentionCap'>

interface Evidence {
  kind: EvidenceKind
  /** The gazetteer id, or the folded name of an organisation the gazetteer does not know. */
  key: string
  name: string
  block: Block
  order: number
}

interface Mention {
  id: string
  text: string
  index: number
  acronym: boolean
}

interface Gazetteer {
  names: RegExp | null
  acronyms: RegExp | null
  byName: Map<string, string>
  byAcronym: Map<string, string>
  ambiguous: Set<string>
  umbrellas: Set<string>
  domains: [string, string][]
}

const gazetteerFor = perObject((table: OrganizationName[]): Gazetteer => {
  const byName = new Map<string, string>()
  const byAcronym = new Map<string, string>()
  const ambiguous = new Set<string>()
  const umbrellas = new Set(table.filter((entry) => entry.umbrella).map((entry) => entry.id))
  const domains: [string, string][] = []
  // Earlier entries win a shared name: config entries come first.
  for (const entry of [...table].reverse()) {
    for (const name of entry.names) byName.set(normalizeKey(name), entry.id)
    for (const acronym of entry.acronyms) byAcronym.set(acronym, entry.id)
    for (const acronym of entry.ambiguous ?? []) ambiguous.add(`${entry.id}\u0000${acronym}`)
    for (const domain of entry.domains ?? []) domains.push([domain.toLowerCase(), entry.id])
  }
  const whole = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`
  const names = alternation(table.flatMap((entry) => entry.names), phrasePattern)
  const acronyms = alternation(table.flatMap((entry) => entry.acronyms))
  return {
    names: names ? new RegExp(whole(names), 'giu') : null,
    acronyms: acronyms ? new RegExp(whole(acronyms), 'gu') : null,
    byName,
    byAcronym,
    ambiguous,
    umbrellas,
    domains,
  }
})

/** The gazetteer's organisations a text names, in order; a full name wins over an acronym inside it ("UN Women"). */
function mentionsIn(text: string, gazetteer: Gazetteer): Mention[] {
  const found: Mention[] = []
  for (const match of gazetteer.names ? text.matchAll(gazetteer.names) : []) {
    const id = gazetteer.byName.get(normalizeKey(match[0]))
    if (id) found.push({ id, text: match[0], index: match.index, acronym: false })
  }
  for (const match of gazetteer.acronyms ? text.matchAll(gazetteer.acronyms) : []) {
    const id = gazetteer.byAcronym.get(match[0])
    const inside = found.some((name) => !name.acronym && match.index >= name.index && match.index < name.index + name.text.length)
    if (id && !inside) found.push({ id, text: match[0], index: match.index, acronym: true })
  }
  return found.sort((a, b) => a.index - b.index)
}

interface CuePatterns {
  hiring: RegExp | null
  identity: RegExp | null
  predicate: RegExp | null
  about: RegExp | null
  signOff: RegExp | null
  passing: RegExp | null
  nameWords: Set<string>
  leadArticles: string[]
  notNames: Set<string>
  kinds: Set<string>
  stops: Set<string>
  functionWords: Set<string>
}

const cuesFor = perObject((data: DomainData): CuePatterns => {
  const cues = data.organizationCues
  const either = (phrases: string[], flags: string, wrap: (source: string) => string) => {
    const source = alternation(phrases, phrasePattern)
    return source ? new RegExp(wrap(source), flags) : null
  }
  return {
    // The cue follows the name: a space before it, a word end after it.
    hiring: either(cues.hiring, 'giu', (source) => `(?<=\\s)(?:${source})(?![\\p{L}])`),
    identity: either(cues.identity, 'gu', (source) => `(?<=\\s)(?:${source})(?=\\s)`),
    // What the subject is: an article, at most four describing words, then the kind of body.
    predicate: cues.kinds.length > 0 ? new RegExp(`^\\s+(?:(?:${alternation(cues.articles, phrasePattern)})\\s*)?((?:[\\p{L}'’-]+\\s+){0,4}?)(${alternation(cues.kinds, phrasePattern)})(?:e?s)?(?![\\p{L}])`, 'iu') : null,
    about: either(cues.about, 'iu', (source) => `^(?:${source})(?:\\s*:\\s*|\\s+)([^:]{2,80}?)\\s*:?$`),
    signOff: either(cues.signOff, 'giu', (source) => `(?<=\\s)(?:${source})(?![\\p{L}])`),
    passing: either(cues.passing, 'iu', (source) => `(?:^|\\s)(?:${source})\\s`),
    nameWords: new Set(cues.nameWords),
    leadArticles: [...cues.leadArticles].sort((a, b) => b.length - a.length),
    notNames: new Set(cues.notNames),
    kinds: new Set(cues.kinds.map((kind) => kind.toLowerCase())),
    stops: new Set(cues.stops),
    // Lower-case words of the notice languages that a capital at a sentence start does not make a name.
    functionWords: new Set(['en', 'fr', 'es'].flatMap((lang) => data.functionWords[lang] ?? [])),
  }
})

/** The sentences of a block's text with where each starts: a stop, then space, then a capital. */
function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let start = 0
  for (const match of text.matchAll(/[.!?]\s+(?=[\p{Lu}"“«])/gu)) {
    out.push({ text: text.slice(start, match.index + 1), start })
    start = match.index + match[0].length
  }
  out.push({ text: text.slice(start), start })
  return out
}

/** A word that can belong to a proper name: a capital or digit first, a bracketed acronym, or a joining word. */
function isNameToken(token: string, cues: CuePatterns): boolean {
  if (cues.nameWords.has(token)) return true
  if (/[,:;]$/.test(token)) return false
  return /^[("«“]?[\p{Lu}\p{N}]/u.test(token) || /^[dl]['’][\p{Lu}]/u.test(token)
}

/** Drop "The", "La", "L’" before a name. */
function dropArticle(name: string, cues: CuePatterns): string {
  for (const article of cues.leadArticles) {
    if (!name.startsWith(article)) continue
    const rest = name.slice(article.length)
    if (/['’]$/.test(article) && /^\p{Lu}/u.test(rest)) return rest
    if (/^\s+\p{Lu}/u.test(rest)) return rest.trimStart()
  }
  return name
}

/** A plausible organisation name: not a pronoun, at least one capitalised word, not only "the Agency". */
function plausibleName(name: string, cues: CuePatterns): boolean {
  const words = name.split(/\s+/).filter((word) => word !== '')
  if (words.length === 0 || words.length > 10 || cues.notNames.has(words[0]!)) return false
  // "Within the Division (ITMD)", "In Lebanon": a sentence opened by a preposition, not by a name.
  if (cues.functionWords.has(words[0]!.toLowerCase())) return false
  if (!words.some((word) => /^[("«“]?[\p{Lu}\p{N}]/u.test(word))) return false
  return words.some((word) => !cues.nameWords.has(word) && !cues.kinds.has(word.toLowerCase().replace(/e?s$/, '')) && !cues.kinds.has(word.toLowerCase()))
}

/**
 * The proper name right before a verb: the capitalised run that ends there ("Actualmente, DRC está
 * buscando" is DRC), or, when an apposition stands between ("UNRWA, the largest ..., is looking for"),
 * the head of the sentence before its first comma.
 */
function nameBefore(sentence: string, end: number, cues: CuePatterns): string | null {
  const before = sentence.slice(0, end).trimEnd()
  const tokens = before.split(/\s+/).filter((token) => token !== '')
  let start = tokens.length
  while (start > 0 && isNameToken(tokens[start - 1]!, cues)) start--
  while (start < tokens.length && cues.nameWords.has(tokens[start]!)) start++
  // "La mission France recherche", "le consortium RISE souhaite recruter": the name only qualifies a noun.
  if (start > 0 && start < tokens.length && /^\p{Ll}[\p{L}'’-]*$/u.test(tokens[start - 1]!) && !cues.nameWords.has(tokens[start - 1]!)) return null
  let name = tokens.slice(start).join(' ')
  if (name === '' && before.endsWith(',')) {
    const head = sentence.slice(0, sentence.indexOf(','))
    if (head.split(/\s+/).length <= 6 && !/[.:;]/.test(head)) name = head.trim()
  }
  name = dropArticle(trimQuotes(name), cues)
  return name !== '' && /^[\p{Lu}\p{N}]/u.test(name) && plausibleName(name, cues) ? name : null
}

/** The organisation a name stands for: the gazetteer's entry it contains, else the name itself. */
function keyOf(name: string, gazetteer: Gazetteer, aliases: Map<string, string>): { key: string; name: string } {
  const mention = mentionsIn(name, gazetteer)[0]
  // "MSF Eastern Africa" is MSF, written as the notice writes it.
  if (mention) return { key: mention.id, name: name.slice(mention.index) }
  const acronym = /\(([\p{Lu}][\p{Lu}\p{N}&/-]{1,11})\)\s*$/u.exec(name)?.[1]
  const bare = normalizeKey(withoutBrackets(name))
  const key = aliases.get(bare) ?? (acronym ? aliases.get(normalizeKey(acronym)) : undefined) ?? `~${bare}`
  aliases.set(bare, key)
  if (acronym) aliases.set(normalizeKey(acronym), key)
  return { key, name }
}

const URL_OR_MAIL = /(?:@|https?:\/\/|www\.)([\w-]+(?:\.[\w-]+)+)/g

/** The domains of e-mail addresses and links ("cwa.recruitment@nrc.no" → "nrc.no"). */
function domainsIn(text: string): string[] {
  return [...text.matchAll(URL_OR_MAIL)].map((match) => match[1]!.toLowerCase().replace(/^www\./, ''))
}

/** A short line naming a known organisation before the first known section ("ORGANIZACIÓN ... (OIM)"). */
function letterhead(sections: Section[], data: DomainData, lines: string[]): FoundOrganization | null {
  const header = sections[0]
  if (!header || header.kind !== 'header') return null
  // A letterhead in capitals reads as a heading of its own, before the first section the vocabulary knows.
  const firstKnown = sections.findIndex((section) => section.kind !== 'header' && section.kind !== 'other')
  const leading = sections.slice(1, firstKnown < 0 ? undefined : firstKnown)
  const capitals = leading.flatMap((section) => (section.headingBlock && section.headingBlock.text === section.headingBlock.text.toUpperCase() ? [section.headingBlock] : []))
  const gazetteer = gazetteerFor(data.organizationNames)
  for (const block of [...header.blocks.slice(0, 5), ...capitals.slice(0, 2)]) {
    if (block.type !== 'text' && block.type !== 'heading') continue
    // A sentence or a list that mentions organisations is prose, not a letterhead.
    if (block.text.split(/\s+/).length > 12 || /[.;]$/.test(block.text)) continue
    const found = mentionsIn(block.text, gazetteer)
    const mention = found.find((one) => !one.acronym)
    if (!mention || found.some((one) => one.id !== mention.id)) continue
    const acronym = /^\s*\(([A-Z]{2,10})\)/.exec(block.text.slice(mention.index + mention.text.length))
    return { name: acronym ? `${mention.text} (${acronym[1]})` : mention.text, at: locate(lines, block, mention.text) }
  }
  return null
}

/** Every piece of evidence in the blocks, in document order. */
function collectEvidence(blocks: Block[], data: DomainData): { evidence: Evidence[]; mentions: (Mention & { block: Block; order: number })[] } {
  const gazetteer = gazetteerFor(data.organizationNames)
  const cues = cuesFor(data)
  const aliases = new Map<string, string>()
  const evidence: Evidence[] = []
  const mentions: (Mention & { block: Block; order: number })[] = []
  const add = (kind: EvidenceKind, raw: string, block: Block, order: number) => {
    const { key, name } = keyOf(raw, gazetteer, aliases)
    evidence.push({ kind, key, name, block, order })
  }
  let textBlocks = 0
  blocks.forEach((block, order) => {
    if (block.type === 'footnote') return
    const text = block.text
    const about = block.text.split(/\s+/).length <= 8 ? cues.about?.exec(text) : null
    if (about) {
      const name = dropArticle(about[1]!.trim(), cues)
      const known = mentionsIn(name, gazetteer).length > 0
      if (known || (/^[\p{Lu}\p{N}]/u.test(name) && plausibleName(name, cues))) add(known ? 'about' : 'aboutUnknown', name, block, order)
    }
    const closing = order >= blocks.length - 8
    for (const sentence of sentencesOf(text)) {
      // "SPC is an equal opportunity employer": the subject of a closing statement.
      for (const match of closing && cues.signOff ? sentence.text.matchAll(cues.signOff) : []) {
        const name = nameBefore(sentence.text, match.index, cues)
        if (name) add('signOff', name, block, order)
      }
      for (const match of cues.hiring ? sentence.text.matchAll(cues.hiring) : []) {
        const name = nameBefore(sentence.text, match.index, cues)
        if (name) add('hiring', name, block, order)
      }
      for (const match of cues.identity ? sentence.text.matchAll(cues.identity) : []) {
        const name = nameBefore(sentence.text, match.index, cues)
        if (!name) continue
        const known = mentionsIn(name, gazetteer).length > 0
        const predicate = cues.predicate?.exec(sentence.text.slice(match.index + match[0].length))
        const between = predicate?.[1]?.trim().split(/\s+/).filter((word) => word !== '') ?? []
        if (known || (predicate && !between.some((word) => cues.stops.has(word.toLowerCase())))) add('identity', name, block, order)
      }
    }
    if (block.type === 'text' && textBlocks++ < 3) {
      // "L’Agence ... (SEN-CSU), personne morale ...": a name defined with its acronym opens the notice.
      const first = sentencesOf(text)[0]!.text
      const bracket = /\s\(([\p{Lu}][\p{Lu}\p{N}&/-]{1,11})\)/u.exec(first)
      const name = bracket ? nameBefore(first, bracket.index, cues) : null
      if (bracket && name && first.slice(0, bracket.index).trim().endsWith(name)) {
        const opening = dropArticle(first.slice(0, bracket.index).trim(), cues)
        if (opening === name) add('defined', `${name} (${bracket[1]})`, block, order)
      }
    }
    for (const domain of domainsIn(text)) {
      const known = gazetteer.domains.find(([suffix]) => domain === suffix || domain.endsWith(`.${suffix}`))
      // The domain stands in for the name when the notice gives no other ("jobs@nrc.no" is NRC).
      if (known) evidence.push({ kind: 'domain', key: known[1], name: domain, block, order })
      else evidence.push({ kind: 'domain', key: `@${domain.split('.')[0]}`, name: domain, block, order })
    }
    for (const sentence of sentencesOf(text)) {
      const found = mentionsIn(sentence.text, gazetteer).map((mention) => ({ ...mention, index: mention.index + sentence.start }))
      // A sentence that names three organisations or more lists members, partners or donors.
      if (new Set(found.map((mention) => mention.id)).size >= 3) continue
      for (const mention of found) if (countable(mention, text, cues)) mentions.push({ ...mention, block, order })
    }
  })
  return { evidence, mentions }
}

/** A mention that may name the employer: not after "funded by", not the first word of another name. */
function countable(mention: Mention, text: string, cues: CuePatterns): boolean {
  const end = mention.index + mention.text.length
  // "UNESCO World Higher Education Database": an acronym before a name is part of another name.
  if (mention.acronym && /^\s\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return false
  return !cues.passing?.test(text.slice(Math.max(0, mention.index - 45), mention.index))
}

/** The organisation the evidence points to, by score; ties go to the one named first. */
export function organizationInProse(sections: Section[], blocks: Block[], data: DomainData, lines: string[]): FoundOrganization | null {
  const head = letterhead(sections, data, lines)
  if (head) return head
  const gazetteer = gazetteerFor(data.organizationNames)
  const weights = data.organizationCues.weights
  const { evidence, mentions } = collectEvidence(blocks, data)
  // A bare ambiguous acronym ("DRC") counts once the organisation is named in full or in a naming sentence.
  const confirmed = new Set([...mentions.filter((mention) => !mention.acronym).map((mention) => mention.id), ...evidence.filter((item) => item.kind !== 'domain').map((item) => item.key)])
  const counted = mentions.filter((mention) => !mention.acronym || !gazetteer.ambiguous.has(`${mention.id}\u0000${mention.text}`) || confirmed.has(mention.id))

  interface Tally {
    key: string
    strong: number
    mentions: number
    first: number
    best: Evidence | null
  }
  const tallies = new Map<string, Tally>()
  const tally = (key: string, order: number) => {
    let entry = tallies.get(key)
    if (!entry) tallies.set(key, (entry = { key, strong: 0, mentions: 0, first: order, best: null }))
    entry.first = Math.min(entry.first, order)
    return entry
  }
  for (const item of evidence) {
    if (item.kind === 'domain') continue
    const entry = tally(item.key, item.order)
    entry.strong += weights[item.kind]
    // The first name the notice gives in words ("Danish Refugee Council (DRC)" over a later "DRC").
    if (!entry.best || (isAcronym(entry.best.name) && !isAcronym(item.name))) entry.best = item
  }
  for (const mention of counted) tally(mention.id, mention.order).mentions++
  // A domain backs a known organisation, or one whose name is the domain's first label ("interpeace.org").
  for (const item of evidence) {
    if (item.kind !== 'domain') continue
    const label = item.key.slice(1)
    const owner = item.key.startsWith('@') ? [...tallies.values()].find((entry) => squash(entry.best?.name ?? '') === label || acronymOf(entry.best?.name ?? '') === label) : tallies.get(item.key) ?? tally(item.key, item.order)
    if (owner) owner.strong += weights.domain
  }
  // "UN agencies", "the United Nations system": the family counts only when no member is named.
  const members = [...tallies.values()].filter((entry) => !gazetteer.umbrellas.has(entry.key))
  const ranked = (members.length > 0 ? members : [...tallies.values()])
    .map((entry) => ({ ...entry, score: entry.strong + Math.min(entry.mentions, weights.mentionCap) * weights.mention }))
    .sort((a, b) => b.score - a.score || b.mentions - a.mentions || a.first - b.first)
  const top = ranked[0]
  if (!top || top.score <= 0) return null
  // Mentions alone must single one organisation out.
  if (top.strong === 0 && ranked[1] && ranked[1].score >= top.score && ranked[1].mentions >= top.mentions) return null
  if (top.best) return { name: top.best.name, at: locate(lines, top.best.block, top.best.name) }
  const written = counted.filter((mention) => mention.id === top.key).sort((a, b) => b.text.length - a.text.length || a.order - b.order)[0]
  if (!written) {
    const domain = evidence.find((item) => item.kind === 'domain' && item.key === top.key)
    return domain ? { name: top.key, at: locate(lines, domain.block, domain.name) } : null
  }
  const acronym = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&/-]{1,11})\)/u.exec(written.block.text.slice(written.index + written.text.length))
  return { name: acronym ? `${written.text} (${acronym[1]})` : written.text, at: locate(lines, written.block, written.text) }
}

const QUOTES = new Set('*_"“”«»')

/** Without emphasis marks and quotes around it. Read by index: a pattern anchored at the end is retried at every mark. */
function trimQuotes(name: string): string {
  let [start, end] = [0, name.length]
  while (start < end && QUOTES.has(name.charAt(start))) start++
  while (end > start && QUOTES.has(name.charAt(end - 1))) end--
  return name.slice(start, end)
}

/** The name without the bracketed acronym that follows it ("Acme Relief (AR)" → "Acme Relief"). */
function withoutBrackets(name: string): string {
  const open = name.indexOf('(')
  return (open < 0 ? name : name.slice(0, open)).trim()
}

/** The bracketed acronym of a name, folded ("Acme Relief (AR)" → "ar"). */
function acronymOf(name: string): string {
  const open = name.indexOf('(')
  const close = open < 0 ? -1 : name.indexOf(')', open)
  return close < 0 ? '' : name.slice(open + 1, close).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

const squash = (name: string) => normalizeKey(withoutBrackets(name)).replace(/[^\p{L}\p{N}]/gu, '')

const isAcronym = (name: string) => /^[\p{Lu}\p{N}&/-]+$/u.test(name)
