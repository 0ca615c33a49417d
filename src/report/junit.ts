import type { LintMessage, LintResult } from '../rules/types.js'
import { relativePath } from './paths.js'
import { placeLabel } from './place.js'
import { formatterOf, type StreamingFormatter } from './types.js'

/**
 * JUnit XML for CI test-report views: one <testsuite> per file, one <testcase> per message
 * (every severity is a <failure>, told apart by its `type`), and one passing <testcase> for a
 * clean file so it still shows up as checked.
 */
export const junitStream: StreamingFormatter = (context) => {
  // The root element carries the totals, so the suites wait for the end: as XML text, not as results.
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  return {
    file(result) {
      const one = suite(result, relativePath(result.filePath, context.cwd))
      suites.push(one.xml)
      tests += one.tests
      failures += one.failures
      return ''
    },
    // A file that could not be read is a test that could not run: JUnit's <error>, not a <failure>.
    failure(failure) {
      suites.push(erroredSuite(relativePath(failure.filePath, context.cwd), failure.message))
      tests++
      errors++
      return ''
    },
    close: () =>
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<testsuites name="torlint" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
      suites.join('') +
      '</testsuites>\n',
  }
}

export const junit = formatterOf(junitStream)

interface Suite {
  xml: string
  tests: number
  failures: number
}

function suite(result: LintResult, file: string): Suite {
  const name = attr(file)
  const cases =
    result.messages.length === 0
      ? [`    <testcase classname="${name}" name="torlint" time="0"/>\n`]
      : result.messages.map((m) => failingCase(m, file))
  const failures = result.messages.length
  const tests = cases.length
  return {
    xml:
      `  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
      cases.join('') +
      '  </testsuite>\n',
    tests,
    failures,
  }
}

function erroredSuite(file: string, message: string): string {
  const name = attr(file)
  return (
    `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0" time="0">\n` +
    `    <testcase classname="${name}" name="torlint" time="0">\n` +
    `      <error type="unreadable" message="${attr(message)}">${text(`${file}: ${message}`)}</error>\n` +
    '    </testcase>\n' +
    '  </testsuite>\n'
  )
}

function failingCase(m: LintMessage, file: string): string {
  const place = placeLabel(m)
  const body = `${file}:${place ? `${place}:` : `${m.line}:${m.column}:`} ${m.severity}: ${m.message} (${m.ruleId})`
  return (
    `    <testcase classname="${attr(file)}" name="${attr(m.ruleId)}" time="0">\n` +
    `      <failure type="${m.severity}" message="${attr(m.message)}">${text(body)}</failure>\n` +
    '    </testcase>\n'
  )
}

// Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab/LF/CR,
// lone surrogates, U+FFFE/U+FFFF. They are dropped rather than failing the whole report.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escape for element content. */
export function text(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Escape for a double-quoted attribute; whitespace as references, or attribute normalisation turns it into spaces. */
export function attr(s: string): string {
  return text(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}
