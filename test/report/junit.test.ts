import { describe, expect, it } from 'vitest'
import { attr, junit, text } from '../../src/report/junit.js'
import type { LintResult } from '../../src/rules/types.js'
import { context, cwd, nastyMessage, results } from './fixtures.js'
import { parseXml, type XmlElement } from './xml.js'

const byName = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name)

describe('junit', () => {
  it('writes exact XML for a small input', () => {
    const small: LintResult[] = [
      {
        filePath: `${cwd}/a.md`,
        messages: [
          { ruleId: 'r<1>', severity: 'warning', message: 'a & b\n"c"', line: 2, column: 3, endLine: 2, endColumn: 4 },
        ],
        errorCount: 0,
        warningCount: 1,
        infoCount: 0,
      },
      { filePath: `${cwd}/b.md`, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 },
    ]
    expect(junit(small, context())).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="torlint" tests="2" failures="1" errors="0">\n' +
        '  <testsuite name="a.md" tests="1" failures="1" errors="0" skipped="0" time="0">\n' +
        '    <testcase classname="a.md" name="r&lt;1&gt;" time="0">\n' +
        '      <failure type="warning" message="a &amp; b&#10;&quot;c&quot;">a.md:2:3: warning: a &amp; b\n&quot;c&quot; (r&lt;1&gt;)</failure>\n' +
        '    </testcase>\n' +
        '  </testsuite>\n' +
        '  <testsuite name="b.md" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
        '    <testcase classname="b.md" name="torlint" time="0"/>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    )
  })

  it('is well-formed and reads back to the inputs', () => {
    const doc = parseXml(junit(results, context()))
    expect(doc.name).toBe('testsuites')
    expect(doc.attributes).toMatchObject({ tests: '6', failures: '5', errors: '0' })

    const suites = byName(doc, 'testsuite')
    expect(suites.map((s) => s.attributes.name)).toEqual(['docs/tor one.md', 'clean.md', 'vacancy.md'])
    expect(suites.map((s) => [s.attributes.tests, s.attributes.failures])).toEqual([
      ['3', '3'],
      ['1', '0'],
      ['2', '2'],
    ])

    const [first, clean] = suites
    const cases = byName(first!, 'testcase')
    expect(cases.map((c) => c.attributes.name)).toEqual(['required-section', 'date-format', 'plain-language'])
    const failures = cases.map((c) => byName(c, 'failure')[0]!)
    expect(failures.map((f) => f.attributes.type)).toEqual(['error', 'warning', 'info'])
    // The newline survives in the attribute because it was written as &#10;.
    expect(failures[1]!.attributes.message).toBe(nastyMessage)
    expect(failures[1]!.text).toBe(`docs/tor one.md:12:14: warning: ${nastyMessage} (date-format)`)

    const passing = byName(clean!, 'testcase')
    expect(passing).toHaveLength(1)
    expect(byName(passing[0]!, 'failure')).toHaveLength(0)
  })

  it('drops characters XML cannot carry and keeps the rest', () => {
    const nasty = 'bell\u0007 nul\u0000 esc\u001b tab\t lone\uD800 pair😀 fffe\uFFFE ok'
    expect(text(nasty)).toBe('bell nul esc tab\t lone pair😀 fffe ok')
    expect(attr(nasty)).toBe('bell nul esc tab&#9; lone pair😀 fffe ok')
    const bad: LintResult[] = [{ ...results[2]!, messages: [{ ...results[2]!.messages[0]!, message: nasty }] }]
    const doc = parseXml(junit(bad, context()))
    const failure = byName(byName(byName(doc, 'testsuite')[0]!, 'testcase')[0]!, 'failure')[0]!
    expect(failure.attributes.message).toBe('bell nul esc tab\t lone pair😀 fffe ok')
  })

  it('escapes all five XML specials', () => {
    expect(text(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;')
  })

  it('is a valid empty report for no files', () => {
    const doc = parseXml(junit([], context()))
    expect(doc.attributes).toMatchObject({ tests: '0', failures: '0' })
    expect(doc.children).toHaveLength(0)
  })
})

describe('the test XML reader', () => {
  // It must reject what it claims to, or "parses as well-formed" above proves nothing.
  it.each([
    ['unclosed', '<a><b></a>'],
    ['bare ampersand', '<a>x & y</a>'],
    ['raw < in attribute', '<a b="<"/>'],
    ['unquoted attribute', '<a b=1/>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['two roots', '<a/><b/>'],
    ['control character', '<a>\u0001</a>'],
    ['reference to a control character', '<a>&#1;</a>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow()
  })

  it('accepts and decodes good XML', () => {
    const el = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1&#10;2" y=\'&apos;\'><b>&lt;&#x263A;</b></a>')
    expect(el.attributes).toEqual({ x: '1\n2', y: "'" })
    expect(el.children[0]!.text).toBe('<☺')
  })
})
