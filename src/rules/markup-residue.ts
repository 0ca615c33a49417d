import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import { codeLines } from './util/code-lines.js'

// Vacancy texts are pasted from web pages and PDF converters, and bring their markup along: HTML tags,
// entities, links whose address was lost, footnote markers whose footnote is elsewhere. A reader sees
// `<ol style="list-style-type: none">` where a list should be.

// Only real HTML element names count as tags: `<insert name>` is a placeholder and `<https://...>` an
// autolink, neither is markup residue.
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside b big blockquote body br caption center cite code col colgroup dd del div dl dt em font ' +
    'footer h1 h2 h3 h4 h5 h6 head header hr html i img ins label li link main mark meta nav ol p pre q s section small ' +
    'span strike strong style sub sup table tbody td tfoot th thead title tr tt u ul wbr'
  ).split(' '),
)

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]*)?\/?>/g
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/g
// `[text](#)` and `[text]()`: the link text survived, the address did not.
const EMPTY_LINK = /\[([^[\]\n]*)\]\(\s*(?:#\s*)?\)/g
// `<sup>1</sup>`, `¹`, `²⁵`: a note marker whose note is somewhere else (or nowhere) in the text.
const SUP_MARKER = /<sup>\s*(?:\d{1,3}|[*†‡])\s*<\/sup>/gi
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g
// m², km², cm³ are units, not footnote markers.
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:m|cm|mm|km|ft|in)$/u
const DIRECTIVE = /<!--\s*torlint-[^<>]*-->/g
const INLINE_CODE = /`[^`\n]*`/g

interface Hit {
  text: string
  start: number
  end: number
}

/** Blank out parts of a line that are not document text, keeping columns where they are. */
function maskLine(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length)
  const unmasked = text.includes('<!--') ? text.replace(DIRECTIVE, blank) : text
  return unmasked.includes('`') ? unmasked.replace(INLINE_CODE, blank) : unmasked
}

const SUPERSCRIPT_DIGIT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/

function hits(pattern: RegExp, text: string, keep: (match: RegExpExecArray) => boolean = () => true): Hit[] {
  const out: Hit[] = []
  for (const match of text.matchAll(pattern)) {
    if (keep(match)) out.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return out
}

/** Distinct values in order of first appearance, at most `limit`, with "and N more". */
function listOf(values: string[], limit = 5): string {
  const distinct = [...new Set(values)]
  const shown = distinct.slice(0, limit).join(', ')
  return distinct.length > limit ? `${shown} and ${distinct.length - limit} more` : shown
}

function spanOver(line: number, found: Hit[]): Span {
  return { line, column: found[0]!.start + 1, endLine: line, endColumn: found[found.length - 1]!.end + 1 }
}

function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1').trim()
}

export default defineRule({
  id: 'markup-residue',
  severity: 'warn',
  description: 'HTML tags or entities, empty links or stray footnote markers are left in the text.',
  help: 'Text copied from a web page or converted from a PDF keeps markup that readers then see literally: `<p>`, `<li>`, `&nbsp;`, links whose address was lost (`[text](#)`) and footnote markers (`¹`, `<sup>1</sup>`) that point to a note on another page. Write plain text or Markdown lists instead of HTML, replace entities with the characters they stand for, add the missing addresses or drop the link brackets, and either remove footnote markers or turn the note into a sentence.',
  tags: ['formatting', 'conversion'],
  options: z
    .object({
      /** HTML elements allowed in the source (for example `br` in Markdown that needs a hard break). */
      allowTags: z.array(z.string()).default([]),
      entities: z.boolean().default(true),
      emptyLinks: z.boolean().default(true),
      footnoteMarkers: z.boolean().default(true),
    })
    .strict(),
  examples: {
    bad: [
      {
        text: '<p>Duties include <b>reporting</b>.</p>\n',
        messages: ['1:1 raw HTML tags <p>, <b>: write plain text or Markdown instead'],
      },
      {
        text: 'Read more at [IOM workplace culture](#).\n',
        messages: ['1:14 empty link "IOM workplace culture" (#): add the address or remove the link brackets'],
      },
      {
        text: 'VII. COMPETENCIES¹\n\nTeamwork&nbsp;and accountability.\n',
        messages: [
          '1:18 footnote marker ¹ left in the text: remove it or turn the note into a sentence',
          '3:9 HTML entity &nbsp;: replace it with the character it stands for',
        ],
      },
    ],
    good: [
      { text: 'Duties include **reporting**.\n\nRead more at [IOM](https://www.iom.int).\n\nOffice space of 20 m² is provided.\n' },
      { text: 'See <https://whed.net/home.php> and replace <insert name>.\n<!-- torlint-disable-next-line placeholder -->\n' },
    ],
  },
  check({ doc, options, report }) {
    // A web page, or the HTML torlint makes of a Word document, is markup by nature: nothing was left behind.
    if (doc.source.format === 'html' || doc.source.format === 'docx') return
    const allowed = new Set(options.allowTags.map((tag) => tag.toLowerCase()))
    const code = codeLines(doc)
    doc.lines.forEach((raw, index) => {
      const line = index + 1
      if (code.has(line)) return
      if (!/[<&[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(raw)) return
      const text = maskLine(raw)

      // Each pattern needs its first character on the line: most lines have none of them.
      const angle = text.includes('<')
      const notes = options.footnoteMarkers
        ? [
            ...(angle ? hits(SUP_MARKER, text) : []),
            ...(SUPERSCRIPT_DIGIT.test(text) ? hits(SUPERSCRIPT, text, (match) => !(/^[²³]$/.test(match[0]) && UNIT_BEFORE.test(text.slice(0, match.index)))) : []),
          ].sort((a, b) => a.start - b.start)
        : []
      // A `<sup>1</sup>` is reported once, as a footnote marker, not again as two tags.
      const inNote = (start: number) => notes.some((note) => start >= note.start && start < note.end)
      const tags = !angle ? [] : hits(TAG, text, (match) => {
        const name = match[1]!.toLowerCase()
        return HTML_ELEMENTS.has(name) && !allowed.has(name) && !inNote(match.index)
      })
      if (tags.length > 0) {
        const names = tags.map((tag) => `<${/^<\/?([a-zA-Z0-9]+)/.exec(tag.text)![1]!.toLowerCase()}>`)
        const plural = new Set(names).size > 1
        report(spanOver(line, tags), `raw HTML ${plural ? 'tags' : 'tag'} ${listOf(names)}: write plain text or Markdown instead`)
      }

      if (options.entities) {
        const entities = text.includes('&') ? hits(ENTITY, text) : []
        if (entities.length > 0) {
          const plural = new Set(entities.map((entity) => entity.text)).size > 1
          report(
            spanOver(line, entities),
            plural
              ? `HTML entities ${listOf(entities.map((entity) => entity.text))}: replace them with the characters they stand for`
              : `HTML entity ${entities[0]!.text}: replace it with the character it stands for`,
          )
        }
      }

      if (options.emptyLinks) {
        const links = text.includes('](') ? hits(EMPTY_LINK, text) : []
        if (links.length > 0) {
          const target = /\(\s*#\s*\)$/.test(links[0]!.text) ? '#' : 'no address'
          const names = links.map((link) => `"${unescapeMarkdown(/^\[([^\]]*)\]/.exec(link.text)![1]!)}"`)
          report(
            spanOver(line, links),
            links.length === 1
              ? `empty link ${names[0]} (${target}): add the address or remove the link brackets`
              : `${links.length} empty links (${listOf(names, 3)}): add the addresses or remove the link brackets`,
          )
        }
      }

      if (notes.length > 0) {
        const plural = notes.length > 1
        report(
          spanOver(line, notes),
          `footnote ${plural ? 'markers' : 'marker'} ${listOf(notes.map((note) => note.text))} left in the text: remove ${plural ? 'them' : 'it'} or turn the note into a sentence`,
        )
      }
    })
  },
})
