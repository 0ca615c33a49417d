import { z } from 'zod'
import { defineRule } from './define.js'
import type { DomainData } from '../data/index.js'
import { perObjectPair } from '../memo.js'
import type { Block } from '../segment/index.js'
import { alternation, phrasePattern } from '../text.js'
import { trimEndOf } from './util/heading-text.js'
import { numberWordsByLanguage } from '../data/numbers.js'

// "demonstrate these three values:" promises a count; the list after it has to keep the promise. So do
// "ces trois valeurs", "les trois valeurs suivantes", "estos tres valores" and "los siguientes tres valores";
// an article alone ("les deux langues") promises nothing without "suivantes" / "siguientes".
interface AnnouncementMatcher {
  pattern: RegExp
  articles: Set<string>
  /** A number word and its noun (an adjective may follow) that end the sentence before the list: "four priority areas:", "quatre compétences :". */
  bare: RegExp
}

const announcementMatcher = perObjectPair((numberWords: DomainData['numberWords'], words: DomainData['announcementWords']): AnnouncementMatcher => {
  const alternatives = (list: string[]) => alternation(list, phrasePattern) || '(?!)'
  const pattern = new RegExp(
    `(?<![\\p{L}])(${alternatives([...words.determiners, ...words.articles])})\\s+((?:${alternatives(words.followingBefore)})\\s+)?(\\d{1,2}|${alternatives(Object.keys(numberWords))})\\s+([\\p{L}-]+)(\\s+(?:${alternatives(words.followingAfter)}))?(?![\\p{L}])`,
    'iu',
  )
  // Written-out numbers only: a digit before a colon is as often a time or a reference ("à 13 h GMT :").
  const bare = !words.bareNumbers ? /(?!)/ : new RegExp(`(?<![\\p{L}\\d-])(${alternatives(Object.keys(numberWords))})\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s*:\\s*$`, 'iu')
  return { pattern, articles: new Set(words.articles.map((word) => word.toLowerCase())), bare }
})

interface Announcement {
  phrase: string
  count: number
  /** The number as written, and where it starts in the phrase. */
  number: string
  numberAt: number
}

/** The announcement in a sentence, with the number it promises. */
function announcement(text: string, data: DomainData): Announcement | null {
  const { pattern, articles, bare } = announcementMatcher(data.numberWords, data.announcementWords)
  const match = pattern.exec(text)
  if (!match) {
    const ending = bare.exec(text)
    if (!ending) return null
    const count = data.numberWords[ending[1]!.toLowerCase()]
    return count === undefined || count < 2 ? null : { phrase: trimEndOf(ending[0], ' \t\n:'), count, number: ending[1]!, numberAt: 0 }
  }
  const article = articles.has(match[1]!.toLowerCase())
  if (article && !match[2] && !match[5]) return null
  const raw = match[3]!.toLowerCase()
  const count = /^\d+$/.test(raw) ? Number(raw) : data.numberWords[raw]
  // The number is the third group: it follows the determiner and the optional "following" word.
  const numberAt = match[1]!.length + match[0].slice(match[1]!.length).search(/\S/) + (match[2]?.length ?? 0)
  return count === undefined || count < 2 ? null : { phrase: match[0], count, number: match[3]!, numberAt }
}

/**
 * The number `count` written as `written` is: digits for digits, else the word of the same language
 * (the document's language decides for a word two languages share, "six"). Null when no word is known.
 */
function numberLike(written: string, count: number, documentLanguage: string, data: DomainData): string | null {
  if (/^\d+$/.test(written)) return String(count)
  const lower = written.toLowerCase()
  const languages = Object.entries(numberWordsByLanguage).filter(([, words]) => words.some((spellings) => spellings.split('|').includes(lower)))
  const [, words] = languages.find(([language]) => language === documentLanguage) ?? languages[0] ?? []
  const word = words?.[count - 1]?.split('|')[0]
  // Only a word the configured table still reads as that number: the next lint must see the count it meant.
  if (word === undefined || data.numberWords[word] !== count) return null
  if (written === written.toUpperCase()) return word.toUpperCase()
  return /^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** The entries that follow an announcement: list items, or `Name: description` runs in one paragraph. */
function entriesAfter(blocks: Block[], start: number): number {
  let count = 0
  // Items nested under an entry are not entries; the first item sets the level (pasted HTML lists nest).
  let level = Number.POSITIVE_INFINITY
  for (let index = start + 1; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.type === 'heading' || block.type === 'subheading') break
    if (block.type === 'footnote') continue
    if (block.type === 'item') {
      if (block.depth <= level) {
        level = block.depth
        count++
      }
      continue
    }
    if (block.type === 'text') {
      // Competencies run together in one paragraph each start with "Name:" after a sentence end.
      const runs = block.text.match(/(?:^|[.;]\s+)\p{Lu}[\p{L}&' -]{1,50}:\s/gu)
      if (runs && /^\p{Lu}[\p{L}&' -]{1,50}:\s/u.test(block.text)) {
        count += runs.length
        continue
      }
      if (count > 0) break
      continue
    }
    if (count > 0) break
  }
  return count
}

export default defineRule({
  id: 'count-mismatch',
  severity: 'error',
  description: 'A sentence announces a number of items that the list after it does not have.',
  help: 'When the text says "these three values" and five follow, readers cannot tell which is right. A determiner ("these", "ces", "estos"), a "following" word ("les trois valeurs suivantes") or a written-out number ending the sentence ("quatre compétences :", `announcementWords.bareNumbers`) announces a list. Make the number in the sentence match the list, or drop the number.',
  tags: ['consistency', 'lists'],
  fixable: true,
  options: z.object({}).strict(),
  examples: {
    bad: [
      { text: 'Staff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n', messages: ['1:24 says "these three values" but 2 follow: change the number to 2 or complete the list'], output: 'Staff must demonstrate these two values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n' },
      { text: 'Le personnel doit faire preuve des trois valeurs suivantes :\n\n- Intégrité : agit avec éthique.\n- Respect : respecte autrui.\n', messages: ['1:32 says "des trois valeurs suivantes" but 2 follow: change the number to 2 or complete the list'], output: 'Le personnel doit faire preuve des deux valeurs suivantes :\n\n- Intégrité : agit avec éthique.\n- Respect : respecte autrui.\n' },
      {
        text: 'Le ou la titulaire devra maîtriser quatre compétences :\n\n- Travail en équipe\n- Communication\n- Responsabilité\n',
        messages: ['1:36 says "quatre compétences" but 3 follow: change the number to 3 or complete the list'],
        output: 'Le ou la titulaire devra maîtriser trois compétences :\n\n- Travail en équipe\n- Communication\n- Responsabilité\n',
      },
      {
        text: 'La persona seleccionada deberá demostrar cuatro competencias básicas:\n\n- Trabajo en equipo\n- Comunicación\n- Rendición de cuentas\n',
        messages: ['1:42 says "cuatro competencias básicas" but 3 follow: change the number to 3 or complete the list'],
        output: 'La persona seleccionada deberá demostrar tres competencias básicas:\n\n- Trabajo en equipo\n- Comunicación\n- Rendición de cuentas\n',
      },
      {
        text: 'Submit the following 4 documents:\n\n- CV\n- Cover letter\n- Two references\n- Diploma\n- Passport copy\n',
        messages: ['1:8 says "the following 4 documents" but 5 follow: change the number to 5 or complete the list'],
        output: 'Submit the following 5 documents:\n\n- CV\n- Cover letter\n- Two references\n- Diploma\n- Passport copy\n',
      },
    ],
    good: [
      { text: 'Le ou la titulaire devra maîtriser trois compétences :\n\n- Travail en équipe\n- Communication\n- Responsabilité\n\nLes bureaux sont ouverts du lundi au vendredi de 9 h à 13 h GMT :\n\n- Dakar\n- Abidjan\n' },
      { text: 'Staff must demonstrate these two values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n' },
      { text: 'El personal debe demostrar estos dos valores:\n\n- Integridad: actúa con ética.\n- Respeto: respeta a los demás.\n' },
    ],
  },
  check({ doc, data, report }) {
    const blocks = doc.segmented.blocks
    blocks.forEach((block, index) => {
      if (block.type !== 'text' || !/:\s*$/.test(block.text)) return
      const found = announcement(block.text, data)
      if (!found) return
      const entries = entriesAfter(blocks, index)
      if (entries === 0 || entries === found.count) return
      const phrase = found.phrase
      const at = doc.lines[block.line - 1]?.toLowerCase().indexOf(phrase.toLowerCase()) ?? -1
      const column = at >= 0 ? at + 1 : block.column
      // The number is corrected to the list: a list that lost an item is the rarer mistake, and the count is
      // the only word changed. "un"/"una" would need the noun in the singular, so a list of one gets no fix.
      const replacement = at >= 0 && entries >= 2 ? numberLike(found.number, entries, doc.tor.source.language, data) : null
      const numberColumn = column + found.numberAt
      report(
        { line: block.line, column, endLine: block.line, endColumn: column + phrase.length },
        `says "${phrase}" but ${entries} follow: change the number to ${entries} or complete the list`,
        replacement === null ? undefined : { fix: { at: { line: block.line, column: numberColumn, endLine: block.line, endColumn: numberColumn + found.number.length }, text: replacement } },
      )
    })
  },
})
