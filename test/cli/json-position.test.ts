import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeJsonError, jsonErrorOffset, lineAndColumn } from '../../src/cli/json-position.js'
import { runCli } from './helpers.js'

const reasonOf = (text: string) => {
  try {
    JSON.parse(text)
    return null
  } catch (error) {
    return describeJsonError(text, error)
  }
}

describe('JSON syntax errors by line and column', { timeout: 60_000 }, () => {
  it('places the first mistake, including those V8 gives no position for', () => {
    expect(reasonOf('{\n  "rules": {\n    "placeholder": "warn",\n  }\n}')).toBe('line 4, column 3: Expected double-quoted property name')
    expect(reasonOf('{\n  "rules": x\n}')).toMatch(/^line 2, column 12: Unexpected token 'x'$/)
    expect(reasonOf('{ "rules": {}\n')).toMatch(/^line 2, column 1: /)
    expect(reasonOf('{"a": 1}\n}')).toBe('line 2, column 1: Unexpected non-whitespace character after the JSON value')
    expect(reasonOf('{"a": tru}')).toMatch(/^line 1, column 10: /)
  })
  it('agrees with JSON.parse on what is valid', () => {
    const valid = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {"c": {}}} ', '"s"', '0', `${'['.repeat(20000)}${']'.repeat(20000)}`]
    for (const text of valid) expect(jsonErrorOffset(text)).toBeNull()
    const invalid = ['', '{', '[1,]', '{"a" 1}', '01', '"a\nb"', '"\\x"', '{"a":1,}', '[1 2]', 'nul']
    for (const text of invalid) {
      expect(() => JSON.parse(text)).toThrow()
      expect(jsonErrorOffset(text)).not.toBeNull()
    }
  })
  it('counts lines from 1 and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 })
  })
  it('the CLI names the file, the line and the column of a broken configuration', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-jsonpos-'))
    writeFileSync(join(cwd, 'a.md'), 'Programme Analyst\n')
    writeFileSync(join(cwd, 'torlint.config.json'), '{\n  "rules": {\n    "placeholder": "warn",\n  }\n}\n')
    const run = await runCli(['lint', 'a.md'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/torlint\.config\.json: configuration is not valid JSON: line 4, column 3: Expected double-quoted property name\n$/)
    expect(run.stderr).not.toMatch(/position/)
  })
})
