import { z } from 'zod'
import { defineRule, spanOf, type Span } from './define.js'
import type { ParsedDocument } from '../document/index.js'
import { perKey, perObjectPair } from '../memo.js'
import { alternation, cleanText, escapeRegExp, phrasePattern } from '../text.js'
import { codeLines } from './util/code-lines.js'
import { linesText } from './util/source-text.js'
import { headingText, trimEndOf } from './util/heading-text.js'

// Templates and drafts leave holes that must not reach candidates: TBD, XXX, "[insert date]", "{{grade}}",
// lorem ipsum, and "can be found at this link" where the link was lost when the text was pasted.

const DIRECTIVE = /<!--\s*torlint-[^<>]*-->/g
const FILLER = /\blorem ipsum\b/gi
const CURLY = /\{\{[^{}\n]{0,80}\}\}/g
const ANGLE = /<<[^<>\n]{1,80}>>/g
// A run of three or more X standing alone ("Ref. XXX", "P-XXXX"), not inside a word ("XXXL").
const CROSSES = /(?<![\p{L}\p{N}])(?:X{3,}|x{3,})(?![\p{L}\p{N}])/gu
// A date with crosses for its day or month ("XX/XX/2025", "xx.xx.xxxx"): the template's date was never filled in.
const CROSSED_DATE = /(?<![\p{L}\p{N}/.-])(?:[Xx]{1,2}|\d{1,2})([/.-])[Xx]{1,2}\1(?:\d{2}|\d{4}|[Xx]{2}|[Xx]{4})(?![\p{L}\p{N}/.-])|(?<![\p{L}\p{N}/.-])[Xx]{1,2}([/.-])\d{1,2}\2(?:\d{2}|\d{4}|[Xx]{2}|[Xx]{4})(?![\p{L}\p{N}/.-])/gu
// "click here", "at this link", "the following link", "the link below": words that promise a link.
const LINK_PROMISE =
  /\b(?:click here|(?:(?:can|may) be (?:found|accessed|consulted|viewed|downloaded|read) )?(?:at|via|through|on|from|under|using) (?:this|the following) link|the following link|the link below)\b/gi
// A web address, a Markdown link with a real target, or an HTML anchor with one.
const LINK = /https?:\/\/|\bwww\.[\p{L}\p{N}-]|\]\(\s*[^\s#)]|<a\s[^<>]*href=["']?[^"'#\s>]/iu
// On the lines after the promise only a line that starts with the link counts: a link in some later
// sentence belongs to that sentence.
const LINK_LINE = /^\s*(?:[-*•]\s+)?(?:\[[^\]\n]*\]\(\s*[^\s#)]|<?(?:https?:\/\/|www\.)|<a\s[^<>]*href=["']?[^"'#\s>])/iu

interface Hit {
  text: string
  start: number
}

// The patterns are kept by their words, not by the option arrays: options parsed for each document (the
// library's `lint` without a resolved config) are new arrays every time, and building a pattern cost more
// than using it. The bracket pattern is remembered per pair of arrays too, which spares the key when one
// config serves every document. Past this many word lists, a cache starts over.
const BRACKET_PATTERNS = 100

const instructionPatternOf = perKey(
  (usable: string[]) => JSON.stringify(usable),
  (usable) => new RegExp(`(?<![\\p{L}])(?:${alternation(usable, phrasePattern)})(?![\\p{L}])`, 'giu'),
  BRACKET_PATTERNS,
)

/** The template's own instructions ("This section is optional", "rayer la mention inutile"), as whole phrases. */
function instructionPattern(phrases: string[]): RegExp | null {
  const usable = phrases.filter((phrase) => phrase.trim() !== '')
  return usable.length === 0 ? null : instructionPatternOf(usable)
}

function matches(pattern: RegExp, text: string): Hit[] {
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0], start: match.index }))
}

const bracketPatternOf = perKey(
  (verbs: string[], nouns: string[]) => JSON.stringify([verbs, nouns]),
  (verbs, nouns) => {
    const verb = verbs.map(escapeRegExp).join('|')
    const noun = nouns.map(escapeRegExp).join('|')
    // Square brackets not followed by "(", "[" or ":" (Markdown links and link definitions); angle brackets
    // only around an instruction.
    return new RegExp(
      `\\[\\s*(?:(?:${verb})\\b[^\\[\\]\\n]{0,80}|(?:${noun})\\s*)\\](?![(\\[:])|<\\s*(?:${verb})\\b[^<>\\n]{0,80}>`,
      'gi',
    )
  },
  BRACKET_PATTERNS,
)

/** `[insert start date]`, `<enter name>`, `[Duty Station]`: brackets around a fill-in instruction. */
const bracketPattern = perObjectPair(bracketPatternOf)

// Every pattern above needs one of a few characters (or words) on the line: most lines have none, and
// looking for a character costs far less than running the patterns. A promised link says "link" or "click".
const PROMISE_WORDS = /link|click/gi

/** The lines (0-based) where "link" or "click" is written, found in one search of the whole text. */
function promiseLines(lines: string[], source: string): Set<number> {
  const found = new Set<number>()
  let line = 0
  let lineEnd = lines[0]!.length
  for (const match of source.matchAll(PROMISE_WORDS)) {
    while (match.index > lineEnd) lineEnd += lines[++line]!.length + 1
    found.add(line)
  }
  return found
}

/** "traditional birth attendants (TBAs)": the document uses the word as an acronym, not a placeholder. */
function definedAsAcronym(source: string, word: string): boolean {
  if (!source.includes(`(${word}`)) return false
  const definition = new RegExp(`(?<![\\p{L}-])((?:[\\p{L}-]+\\s+){${word.length - 1}}[\\p{L}-]+)\\s*\\(${escapeRegExp(word)}s?\\)`, 'gu')
  for (const match of source.matchAll(definition)) {
    const words = match[1]!.split(/\s+/)
    // "to be determined (TBD)" spells out the placeholder; it is still one.
    if (words[0]!.toLowerCase() === 'to') continue
    if (words.map((w) => w[0]!.toLowerCase()).join('') === word.toLowerCase()) return true
  }
  return false
}

function hasLink(lines: string[], index: number, lookahead: number): boolean {
  if (LINK.test(lines[index]!)) return true
  let seen = 0
  for (let next = index + 1; next < lines.length && seen < lookahead; next++) {
    if (lines[next]!.trim() === '') continue
    seen++
    if (LINK_LINE.test(lines[next]!)) return true
  }
  return false
}

/** Field rows whose whole value is "N/A" or a dash: the template's field was never filled in. */
function emptyFields(doc: ParsedDocument, values: string[], report: (at: Span, message: string) => void): void {
  const empty = new Set(values.map((value) => value.trim().toLowerCase()).filter((value) => value !== ''))
  if (empty.size === 0) return
  for (const block of doc.segmented.blocks) {
    if (block.type !== 'row' || !block.rowField || !block.rowValue || !block.rowValueAt) continue
    const value = trimEndOf(cleanText(block.rowValue), ' \t*_').trim()
    if (!empty.has(value.toLowerCase())) continue
    const at = spanOf(doc, block.rowValueAt.line, value, block.rowValueAt.column) ?? { line: block.rowValueAt.line, column: block.rowValueAt.column }
    report(at, `"${value}" fills the ${block.rowLabel ? headingText(block.rowLabel) : 'this'} field without a value: give the actual value, or delete the row`)
  }
}

export default defineRule({
  id: 'placeholder',
  severity: 'error',
  description: 'A placeholder (TBD, XXX, [insert ...], lorem ipsum) or a promised link that is missing is left in the text.',
  help: 'Drafts and templates mark what is still to be written with TBD, XXX, `[insert date]`, `{{field}}` or filler text, and pasted texts lose the address behind "click here" or "can be found at this link". Published, these holes make the notice look unfinished and leave candidates without the information. Replace each placeholder with the real value, and put the address next to the words that promise a link.',
  tags: ['completeness'],
  options: z
    .object({
      /** Whole words, matched case-sensitively, that mark something still to be decided. */
      words: z.array(z.string()).default(['TBD', 'TBC', 'TBA']),
      /** Words that open a fill-in instruction in brackets: `[insert ...]`, `<enter ...>`. */
      bracketVerbs: z.array(z.string()).default(['insert', 'enter', 'add', 'specify', 'fill in', 'type', 'name of', 'to be']),
      /** Field names that are a placeholder on their own in square brackets: `[Duty Station]`. */
      bracketNouns: z
        .array(z.string())
        .default(['name', 'date', 'country', 'city', 'duty station', 'title', 'position', 'grade', 'level', 'amount', 'number', 'organization', 'unit', 'location', 'link', 'url', 'email']),
      /** Phrases of a template's own guidance, left in when the template was filled ("This section is optional"). */
      instructions: z
        .array(z.string())
        .default([
          'this section is optional', 'this section is to be completed', 'this field is optional', 'delete as appropriate', 'delete if not applicable',
          'delete this section', 'delete this paragraph', 'remove if not applicable', 'remove this section', 'select as appropriate', 'to be completed by the hiring unit',
          'cette section est facultative', 'cette section est optionnelle', 'rayer la mention inutile', 'rayer les mentions inutiles', 'supprimer la mention inutile',
          'supprimer cette section', 'à compléter par',
          'esta sección es opcional', 'táchese lo que no proceda', 'eliminar lo que no corresponda', 'eliminar esta sección', 'a completar por',
        ]),
      /** Values that fill a field without saying anything ("Duty station: N/A"): a field the template had and nobody filled in. */
      emptyValues: z.array(z.string()).default(['N/A', 'n/a', 'NA', 'N.A.', 'n.a.', '...', '…', '-', '--', '—']),
      /** How many non-blank lines after "at this link" may hold the address. */
      linkLookahead: z.number().int().min(0).default(2),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: 'Closing date: TBD\n',
        messages: ['1:15 "TBD" is a placeholder: replace it with the actual value'],
      },
      {
        text: 'Duty station: [insert duty station]\n\nReference: XXX\n',
        messages: ['1:15 "[insert duty station]" is a placeholder: replace it with the actual value', '3:12 "XXX" is a placeholder: replace it with the actual value'],
      },
      {
        text: "IOM's competency framework can be found at this link.\n\nCompetencies will be assessed during the interview.\n",
        messages: ['1:28 says "can be found at this link" but no link follows: add the address'],
      },
      {
        text: 'Closing date: XX/XX/2025\nDuty station: N/A\nStart date: [date]\n\n## Background\n\nThis section is optional to describe the project history.\n',
        messages: [
          '1:15 "XX/XX/2025" is a placeholder: replace it with the actual value',
          '2:15 "N/A" fills the Duty station field without a value: give the actual value, or delete the row',
          '3:13 "[date]" is a placeholder: replace it with the actual value',
          '7:1 "This section is optional" is an instruction of the template: write the content it asks for, or delete it',
        ],
      },
      {
        text: "Date limite : xx.xx.2025\n\n## Profil\n\nDiplôme de master ou de licence (rayer la mention inutile).\n",
        messages: [
          '1:15 "xx.xx.2025" is a placeholder: replace it with the actual value',
          '5:34 "rayer la mention inutile" is an instruction of the template: write the content it asks for, or delete it',
        ],
      },
    ],
    good: [
      {
        text: 'Closing date: 15/03/2025\nTravel: N/A is not a field torlint reads, so it is left alone.\nDuty station: Dakar, Senegal\n\nThe section on travel is optional reading. Sizes: XL/XXL.\n',
      },
      {
        text: "IOM's competency framework can be found at this link.\n\n[https://www.iom.int/competencies](https://www.iom.int/competencies)\n",
      },
      { text: 'Sizes XXXL are available. Traditional birth attendants (TBAs) and the TBA network. Start date: [1 March 2025].\n' },
    ],
  },
  check({ doc, options, report }) {
    emptyFields(doc, options.emptyValues, report)
    const source = linesText(doc)
    // Filler text is rare: one look at the whole text spares a pattern per line.
    const filler = /lorem ipsum/i.test(source)
    const promises = promiseLines(doc.lines, source)
    const words = options.words.filter((word) => word.trim() !== '' && source.includes(word) && !definedAsAcronym(source, word))
    const wordPattern =
      words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null
    const brackets = bracketPattern(options.bracketVerbs, options.bracketNouns)
    const fill = (found: Hit, line: number): Span => ({ line, column: found.start + 1, endLine: line, endColumn: found.start + 1 + found.text.length })
    // What the whole text lacks no line has (blanking directives out adds none of it).
    const has = {
      directives: source.includes('<!--'),
      crosses: source.includes('XXX') || source.includes('xxx'),
      brackets: source.includes('[') || source.includes('<'),
      curly: source.includes('{{'),
      angle: source.includes('<<'),
      crossedDate: /[Xx][/.-]/.test(source),
    }
    const instructions = instructionPattern(options.instructions)

    const code = codeLines(doc)
    doc.lines.forEach((raw, index) => {
      const line = index + 1
      if (code.has(line)) return
      const text = has.directives && raw.includes('<!--') ? raw.replace(DIRECTIVE, (match) => ' '.repeat(match.length)) : raw
      const found: Hit[] = [
        ...(wordPattern && words.some((word) => text.includes(word)) ? matches(wordPattern, text) : []),
        ...(has.crosses && (text.includes('XXX') || text.includes('xxx')) ? matches(CROSSES, text) : []),
        ...(has.brackets && (text.includes('[') || text.includes('<')) ? matches(brackets, text) : []),
        ...(has.curly && text.includes('{{') ? matches(CURLY, text) : []),
        ...(has.angle && text.includes('<<') ? matches(ANGLE, text) : []),
        ...(has.crossedDate && (text.includes('X') || text.includes('x')) ? matches(CROSSED_DATE, text) : []),
        ...(instructions ? matches(instructions, text) : []),
      ]
      // "[insert XXX]" is one placeholder, not two.
      let covered = -1
      for (const hit of found.sort((a, b) => a.start - b.start || b.text.length - a.text.length)) {
        if (hit.start < covered) continue
        covered = hit.start + hit.text.length
        if (instructions && hit.text.match(instructions)?.[0] === hit.text) {
          report(fill(hit, line), `"${hit.text}" is an instruction of the template: write the content it asks for, or delete it`)
        } else report(fill(hit, line), `"${hit.text}" is a placeholder: replace it with the actual value`)
      }
      if (filler) for (const hit of matches(FILLER, text)) report(fill(hit, line), `"${hit.text}" is filler text: replace it with the real content`)
      if (!promises.has(index)) return
      for (const hit of matches(LINK_PROMISE, text)) {
        if (hasLink(doc.lines, index, options.linkLookahead)) continue
        report(fill(hit, line), `says "${hit.text}" but no link follows: add the address`)
      }
    })
  },
})
