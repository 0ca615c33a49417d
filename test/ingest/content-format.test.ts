// Content, not extension, decides the format: a web page saved as .txt, a notice kept in YAML front matter.
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.js'
import { looksLikeHtml } from '../../src/ingest/html.js'
import { lint, parse } from '../../src/index.js'

const page = [
  '<div class="job">',
  '<h2>Duties and Responsibilities</h2>',
  '<div>Draft the monthly report<br>Organise the field visits<br>Keep the stock records</div>',
  '<h2>Languages</h2>',
  '<p>Fluency in English is required.</p>',
  '</div>',
  '',
].join('\n')

describe('a web page saved as text', () => {
  it('is read as HTML although the file is called .txt', () => {
    const document = ingest(page, { path: 'notice.txt' })
    expect(document.format).toBe('html')
  })
  it('gives the items a <br> separates and the headings of its <h2>', () => {
    const { tor } = parse(page, { path: 'notice.txt' })
    expect(tor.responsibilities.map((item) => item.text)).toEqual(['Draft the monthly report', 'Organise the field visits', 'Keep the stock records'])
    expect(tor.responsibilities[1]).toMatchObject({ line: 3 })
    expect(tor.languages.required).toEqual(['English'])
  })
  it('keeps a Markdown notice with an embedded HTML list as Markdown', () => {
    expect(looksLikeHtml('Intro\n\n<p>One</p>\n<ol><li>4. Four</li></ol>\n')).toBe(false)
    expect(looksLikeHtml('## Duties\n\n- one\n- two\n\n<ul>\n<li>three</li>\n</ul>\n')).toBe(false)
    expect(ingest('# Title\n\n<div>x</div><div>y</div><div>z</div>\n', { path: 'a.md' }).format).toBe('markdown')
  })
  it('follows the format the caller names over what the content looks like', () => {
    expect(ingest(page, { path: 'notice.txt', format: 'text' }).format).toBe('text')
  })
})

const indented = (lines: string[]) => lines.map((line) => (line === '' ? '' : `    ${line}`)).join('\n')

const yamlPage = [
  '---',
  'layout: job',
  'title: Logistics Assistant',
  'notice:',
  '  closing_date: 2031-03-15',
  'description: |',
  indented([
    'The organisation is recruiting a Logistics Assistant for its field office.',
    '',
    '## Responsibilities',
    '',
    '- Track the warehouse stock and report any shortfall every week.',
    '- Prepare the purchase requests for the field office and follow them up.',
    '- Keep the vehicle log books up to date and plan the maintenance.',
    '',
    '## Languages',
    '',
    'Fluency in French is required.',
  ]),
  'country: Chad',
  '---',
  '',
].join('\n')

describe('a notice held in YAML front matter', () => {
  it('reads the description block as the document, at the lines and columns of the file', () => {
    const { tor } = parse(yamlPage, { path: 'job.md' })
    expect(tor.responsibilities).toHaveLength(3)
    expect(tor.responsibilities[0]).toMatchObject({ text: 'Track the warehouse stock and report any shortfall every week.', line: 11, column: 7 })
    expect(tor.languages.required).toEqual(['French'])
  })
  it('reads the fields of the front matter at any depth, and a timestamp as its date', () => {
    const { tor } = parse(yamlPage.replace('2031-03-15', "'2031-03-15T23:59:59.0'"), { path: 'job.md' })
    expect(tor.position).toMatchObject({ title: 'Logistics Assistant', closingDate: '2031-03-15', dutyStation: 'Chad' })
  })
  it('leaves the front matter alone when the page has a body of its own', () => {
    const withBody = `${yamlPage}## Responsibilities\n\n${Array.from({ length: 12 }, (_, i) => `- Body duty number ${i + 1} of the page, written after the front matter.`).join('\n')}\n`
    expect(parse(withBody, { path: 'job.md' }).tor.responsibilities).toHaveLength(12)
  })
  it('ignores a short block scalar, which is a summary rather than the notice', () => {
    const short = '---\ntitle: Driver\nsummary: |\n  Drives the team.\n---\n\nThe body.\n'
    expect(ingest(short).tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph'])
  })
})

describe('an empty file', () => {
  it('is reported as empty, once, and not as every field and section it lacks', () => {
    for (const text of ['', '\n\n', '  \n\t\n']) {
      const result = lint(text, { path: 'empty.txt' })
      expect(result.messages.map((message) => `${message.ruleId} ${message.message}`)).toEqual(['empty-document the document is empty: there is no text to read'])
    }
  })
  it('is not said of a document with text', () => {
    expect(lint('Position Title: Driver\n').messages.some((message) => message.ruleId === 'empty-document')).toBe(false)
  })
})
