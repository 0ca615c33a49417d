import { describe, expect, it } from 'vitest'
import { stylish } from '../../src/report/stylish.js'
import type { LintResult } from '../../src/rules/types.js'
import { context, cwd, results } from './fixtures.js'

const ANSI = /\u001b\[[0-9;]*m/

describe('stylish', () => {
  it('prints a header per file with messages, aligned columns and a summary', () => {
    expect(stylish(results, context())).toBe(
      [
        'docs/tor one.md',
        '    1:1   error    Missing section "Deliverables"                         required-section',
        "   12:14  warning  Fee: 5,000 USD (100%) not <b> & \"quoted\" 'x' — café ✓  date-format",
        '  104:7   info     Say "use" instead of "utilise"                         plain-language',
        '',
        'vacancy.md',
        '  3:1  error  Missing section "Deliverables"  required-section',
        '  9:1  error  Missing section "Deliverables"  required-section',
        '',
        '✖ 5 problems (3 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    )
  })

  it('has no ANSI escapes when color is false', () => {
    expect(stylish(results, context({ color: false }))).not.toMatch(ANSI)
  })

  it('colours severities, positions and the path when color is true', () => {
    const out = stylish(results, context({ color: true }))
    expect(out).toMatch(ANSI)
    expect(out).toContain('\u001b[4mdocs/tor one.md\u001b[24m') // underlined path
    expect(out).toContain('\u001b[31merror\u001b[39m')
    expect(out).toContain('\u001b[33mwarning\u001b[39m')
    expect(out).toContain('\u001b[34minfo\u001b[39m')
    expect(out).toContain('\u001b[2m 12:14\u001b[22m') // dim position
    // Colour changes nothing but the escapes.
    expect(out.replace(new RegExp(ANSI.source, 'g'), '')).toBe(stylish(results, context({ color: false })))
  })

  it('is an empty string when nothing was reported', () => {
    const clean: LintResult[] = [
      { filePath: `${cwd}/a.md`, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
    ]
    expect(stylish(clean, context())).toBe('')
    expect(stylish(clean, context({ color: true }))).toBe('')
    expect(stylish([], context())).toBe('')
  })

  it('uses singular words for one problem', () => {
    const one: LintResult[] = [{ ...results[2]!, messages: results[2]!.messages.slice(0, 1) }]
    expect(stylish(one, context())).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 infos\)\n$/)
  })

  it('summarises infos alone', () => {
    const infos: LintResult[] = [{ ...results[0]!, messages: results[0]!.messages.filter((m) => m.severity === 'info') }]
    expect(stylish(infos, context())).toMatch(/✖ 1 problem \(0 errors, 0 warnings, 1 info\)\n$/)
  })

  it('shows files outside cwd with ../', () => {
    const outside: LintResult[] = [{ ...results[2]!, filePath: '/repo/other/x.md' }]
    expect(stylish(outside, context()).split('\n')[0]).toBe('../other/x.md')
  })
})
