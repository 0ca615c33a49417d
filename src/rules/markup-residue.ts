import { z } from 'zod'
import { defineRule, type Span } from './define.js'
import { codeLines } from './util/code-lines.js'
import { replaceHits } from './util/replace-hits.js'

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

// Tags whose removal leaves the text as the reader saw it: inline formatting, and a paragraph or
// division wrapped round a whole line. Links and images would lose their address, lists and tables their
// shape, struck-out text its strike: those are left to the author.
const FIXABLE_INLINE = new Set('b big i em strong span font u small mark tt abbr cite ins label'.split(' '))
const FIXABLE_WRAPPER = new Set(['p', 'div'])

// The named entities a notice pasted from the web carries, with the characters they stand for. `&lt;`,
// `&gt;` are not replaced: in Markdown the character would start a tag.
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', quot: '"', apos: "'", ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', hellip: '…', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥',
  cent: '¢', sect: '§', para: '¶', times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', oelig: 'œ',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Atilde: 'Ã', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Euml: 'Ë',
  Iacute: 'Í', Igrave: 'Ì', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Oacute: 'Ó', Ograve: 'Ò', Ocirc: 'Ô', Ouml: 'Ö', Otilde: 'Õ', Oslash: 'Ø', OElig: 'Œ',
  Uacute: 'Ú', Ugrave: 'Ù', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý',
}

/** The character an entity stands for, when it can stand in the text as it is; null otherwise. */
function entityText(entity: string): string | null {
  const name = entity.slice(1, -1)
  if (name.startsWith('#')) {
    const code = /^#[xX]/.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
    // Letters, digits, spaces and any non-ASCII character but controls and surrogates; not the ASCII
    // signs that mean something in Markdown ("*", "_", "[", "<").
    if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || (code >= 0x7f && code < 0xa0)) return null
    const char = String.fromCodePoint(code)
    return code >= 0xa0 || /^[\p{L}\p{N} &"',.;:]$/u.test(char) ? char : null
  }
  return NAMED_ENTITIES[name] ?? null
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]*)?\/?>/g
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/g
// The same, without `g`: `test` on a global pattern starts at its lastIndex, left by the last search.
const ANY_TAG = new RegExp(TAG.source)
const ANY_ENTITY = new RegExp(ENTITY.source)
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

/**
 * What a tag is replaced with: nothing for inline formatting; nothing for a paragraph or division at the
 * start or end of the line, when only spaces stand between it and the line's edge. Null otherwise.
 */
function tagReplacement(text: string, tag: Hit, name: string): string | null {
  if (FIXABLE_INLINE.has(name)) return ''
  if (!FIXABLE_WRAPPER.has(name)) return null
  const bare = (part: string) => /^(?:\s|<\/?[a-zA-Z][^<>]*>)*$/.test(part)
  return bare(text.slice(0, tag.start)) || bare(text.slice(tag.end)) ? '' : null
}

/**
 * The fix of a line's finding, when every hit has a replacement and the result has no markup of its own
 * ("&amp;nbsp;" would become "&nbsp;"): fixing must not make the next finding.
 */
function fixIfClean(fixed: string | null, text: string, span: Span): { fix: { text: string } } | undefined {
  if (fixed === null) return undefined
  const start = span.column - 1
  const line = text.slice(0, start) + fixed + text.slice((span.endColumn ?? span.column) - 1)
  if (ANY_ENTITY.test(line) || ANY_TAG.test(line.replace(TAG, (tag) => (text.includes(tag) ? '' : tag)))) {
    return undefined
  }
  return { fix: { text: fixed } }
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
  fixable: true,
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
        output: 'Duties include reporting.\n',
      },
      {
        text: 'Tasks:\n\n<ul><li>Draft the <i>workplan</i></li></ul>\n\nL&#39;OIM &amp; ses partenaires&nbsp;: &lt;date&gt;\n',
        messages: [
          '3:1 raw HTML tags <ul>, <li>, <i>: write plain text or Markdown instead',
          '5:2 HTML entities &#39;, &amp;, &nbsp;, &lt;, &gt;: replace them with the characters they stand for',
        ],
        // A list's tags would need Markdown list marks, and "<date>" would read as a tag: neither is rewritten.
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
        // The footnote's text is elsewhere: only the author can remove the marker or write the note out.
        output: 'VII. COMPETENCIES¹\n\nTeamwork\u00a0and accountability.\n',
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
        const fixed = replaceHits(text, tags, (tag, index) => tagReplacement(text, tag, names[index]!.slice(1, -1)))
        report(spanOver(line, tags), `raw HTML ${plural ? 'tags' : 'tag'} ${listOf(names)}: write plain text or Markdown instead`, fixIfClean(fixed, text, spanOver(line, tags)))
      }

      if (options.entities) {
        const entities = text.includes('&') ? hits(ENTITY, text) : []
        if (entities.length > 0) {
          const plural = new Set(entities.map((entity) => entity.text)).size > 1
          const fixed = replaceHits(text, entities, (entity) => entityText(entity.text))
          report(
            spanOver(line, entities),
            plural
              ? `HTML entities ${listOf(entities.map((entity) => entity.text))}: replace them with the characters they stand for`
              : `HTML entity ${entities[0]!.text}: replace it with the character it stands for`,
            fixIfClean(fixed, text, spanOver(line, entities)),
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
