import { describe, expect, it } from 'vitest'
import { escapeData, escapeProperty, github } from '../../src/report/github.js'
import type { LintResult } from '../../src/rules/types.js'
import { context, results } from './fixtures.js'

describe('github', () => {
  it('writes one workflow command per message, severity mapped to error/warning/notice', () => {
    expect(github(results, context())).toBe(
      [
        '::error file=docs/tor one.md,line=1,col=1,endLine=1,endColumn=12,title=required-section::Missing section "Deliverables".',
        "::warning file=docs/tor one.md,line=12,col=14,endLine=13,endColumn=3,title=date-format::Fee: 5,000 USD (100%25)%0Anot <b> & \"quoted\" 'x' — café ✓",
        '::notice file=docs/tor one.md,line=104,col=7,endLine=104,endColumn=15,title=plain-language::Say "use" instead of "utilise".',
        '::error file=vacancy.md,line=3,col=1,endLine=3,endColumn=5,title=required-section::Missing section "Deliverables".',
        '::error file=vacancy.md,line=9,col=1,endLine=9,endColumn=5,title=required-section::Missing section "Deliverables".',
        '',
      ].join('\n'),
    )
  })

  it('escapes message data: % first, then CR and LF', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b')
    expect(escapeData('%0A')).toBe('%250A') // an escape-looking input stays literal
  })

  it('escapes property values: also : and ,', () => {
    expect(escapeProperty('dir:a,b/50%\n.md')).toBe('dir%3Aa%2Cb/50%25%0A.md')
  })

  it('escapes awkward paths and rule ids in properties', () => {
    const odd: LintResult[] = [
      {
        filePath: `${context().cwd}/a,b:c%.md`,
        messages: [{ ...results[2]!.messages[0]!, ruleId: 'plugin:rule,x' }],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ]
    expect(github(odd, context())).toBe(
      '::error file=a%2Cb%3Ac%25.md,line=3,col=1,endLine=3,endColumn=5,title=plugin%3Arule%2Cx::Missing section "Deliverables".\n',
    )
  })

  it('is an empty string when nothing was reported', () => {
    expect(github([results[1]!], context())).toBe('')
  })
})
