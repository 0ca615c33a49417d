// A file that could not be read appears in every machine-read report, not on standard error alone.
import { describe, expect, it } from 'vitest'
import { streamingFormatters } from '../../src/report/index.js'
import type { FileFailure, FormatterName } from '../../src/report/index.js'
import { context, cwd } from './fixtures.js'
import { parseXml } from './xml.js'

const broken: FileFailure = { filePath: `${cwd}/in/scan, v2.txt`, message: 'is a PNG image, not text' }

function report(name: FormatterName): string {
  const session = streamingFormatters[name](context())
  return session.failure(broken) + session.close()
}

describe('a file that cannot be read, in each report format', () => {
  it('JSON: an entry with one fatal message and no rule, as ESLint writes it', () => {
    expect(JSON.parse(report('json'))).toEqual([
      {
        filePath: broken.filePath,
        messages: [{ ruleId: null, fatal: true, severity: 'error', message: 'is a PNG image, not text', line: 1, column: 1, endLine: 1, endColumn: 1 }],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ])
  })
  it('SARIF: an error notification of the invocation, located at the file', () => {
    const run = JSON.parse(report('sarif')).runs[0]
    expect(run.results).toEqual([])
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'cannot lint this file: is a PNG image, not text' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'in/scan%2C%20v2.txt', uriBaseId: '%SRCROOT%' } } }],
            descriptor: { id: 'torlint/unreadable-file' },
          },
        ],
      },
    ])
  })
  it('SARIF: no invocation record when every file was read', () => {
    const session = streamingFormatters.sarif(context())
    expect(JSON.parse(session.close()).runs[0].invocations).toBeUndefined()
  })
  it('GitHub: an error annotation on the file, with its comma escaped', () => {
    expect(report('github')).toBe('::error file=in/scan%2C v2.txt,title=torlint::cannot lint this file: is a PNG image, not text\n')
  })
  it('JUnit: a test case in error, counted in the totals', () => {
    const root = parseXml(report('junit'))
    expect(root.attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' })
    const suite = root.children[0]!
    expect(suite.attributes).toMatchObject({ name: 'in/scan, v2.txt', errors: '1' })
    const error = suite.children[0]!.children[0]!
    expect(error.name).toBe('error')
    expect(error.attributes).toMatchObject({ type: 'unreadable', message: 'is a PNG image, not text' })
  })
})
