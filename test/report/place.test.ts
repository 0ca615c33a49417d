// Findings in a PDF or a Word file: every formatter says the page and line, or the paragraph, because the
// line numbers count lines of the text torlint read from the file, which its reader never sees.
import { describe, expect, it } from 'vitest'
import { github } from '../../src/report/github.js'
import { json } from '../../src/report/json.js'
import { junit } from '../../src/report/junit.js'
import { sarif } from '../../src/report/sarif.js'
import { stylish } from '../../src/report/stylish.js'
import type { LintMessage, LintResult } from '../../src/rules/types.js'
import { context, cwd } from './fixtures.js'

const message = (line: number, extra: Partial<LintMessage>): LintMessage => ({
  ruleId: 'split-item',
  severity: 'info',
  message: 'item continues after a page break',
  line,
  column: 3,
  endLine: line,
  endColumn: 10,
  ...extra,
})

const result = (file: string, messages: LintMessage[]): LintResult => ({ filePath: `${cwd}/${file}`, messages, errorCount: 0, warningCount: 0, infoCount: messages.length })

const pdf = result('notice.pdf', [message(5, { page: 1, pageLine: 5 }), message(140, { page: 3, pageLine: 12 })])
const word = result('notice.docx', [message(41, { paragraph: 41 })])

describe('formatters on PDF and Word findings', () => {
  it('stylish prints the place instead of line:column', () => {
    expect(stylish([pdf, word], context())).toBe(
      [
        'notice.pdf',
        '  page 1, line 5   info  item continues after a page break  split-item',
        '  page 3, line 12  info  item continues after a page break  split-item',
        '',
        'notice.docx',
        '  paragraph 41  info  item continues after a page break  split-item',
        '',
        '✖ 3 problems (0 errors, 0 warnings, 3 infos)',
        '',
      ].join('\n'),
    )
  })

  it('json keeps the fields, and adds none to text findings', () => {
    const [first] = JSON.parse(json([pdf], context())) as LintResult[]
    expect(first!.messages[1]).toMatchObject({ line: 140, page: 3, pageLine: 12 })
    const [text] = JSON.parse(json([result('a.md', [message(2, {})])], context())) as LintResult[]
    expect(Object.keys(text!.messages[0]!)).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'])
  })

  it('github and sarif keep the line numbers they must have, and say the place in the message', () => {
    expect(github([word], context())).toContain('line=41,col=3,endLine=41,endColumn=10,title=split-item::paragraph 41: item continues after a page break')
    const log = JSON.parse(sarif([pdf], context())) as { runs: { results: { message: { text: string }; properties?: Record<string, unknown>; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] }
    const found = log.runs[0]!.results[1]!
    expect(found.message.text).toBe('page 3, line 12: item continues after a page break')
    expect(found.locations[0]!.physicalLocation.region.startLine).toBe(140)
    expect(found.properties).toEqual({ lineNumbersOf: 'text extracted by torlint', page: 3, pageLine: 12 })
  })

  it('junit names the place in the failure body', () => {
    expect(junit([pdf], context())).toContain('notice.pdf:page 3, line 12: info: item continues after a page break (split-item)')
  })
})
