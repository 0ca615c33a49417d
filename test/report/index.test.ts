import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatterNames, formatters, getFormatter, isFormatterName, UnknownFormatterError } from '../../src/report/index.js'
import { context, results } from './fixtures.js'

describe('formatter registry', () => {
  it('has exactly the documented formatters', () => {
    expect([...formatterNames]).toEqual(['stylish', 'json', 'sarif', 'github', 'junit'])
    expect(Object.keys(formatters).sort()).toEqual([...formatterNames].sort())
  })

  it('returns the formatter for each name', () => {
    for (const name of formatterNames) expect(getFormatter(name)).toBe(formatters[name])
    expect(isFormatterName('json')).toBe(true)
    expect(isFormatterName('toString')).toBe(false)
  })

  it('throws UnknownFormatterError listing the allowed names', () => {
    for (const bad of ['xml', '', 'constructor', 'STYLISH']) {
      let error: unknown
      try {
        getFormatter(bad)
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(UnknownFormatterError)
      expect(error).toBeInstanceOf(Error)
      const e = error as UnknownFormatterError
      expect(e.name).toBe('UnknownFormatterError')
      expect(e.formatterName).toBe(bad)
      expect(e.message).toBe(`Unknown formatter "${bad}". Use one of: stylish, json, sarif, github, junit.`)
    }
  })

  it('every formatter is deterministic and leaves its input untouched', () => {
    const before = structuredClone(results)
    for (const name of formatterNames) {
      const f = formatters[name]
      expect(f(results, context())).toBe(f(results, context()))
    }
    expect(results).toEqual(before)
  })
})

describe('src/report purity', () => {
  // Formatters are pure: the CLI owns the process, the console and the file system.
  const dir = fileURLToPath(new URL('../../src/report/', import.meta.url))
  const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'))

  it.each(sources)('%s touches no process, console or file system', (file) => {
    const code = readFileSync(dir + file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
    expect(code).not.toMatch(/\bprocess\./)
    expect(code).not.toMatch(/\bconsole\./)
    expect(code).not.toMatch(/from ['"](node:)?(fs|fs\/promises|child_process|os)['"]/)
    // The global chalk instance auto-detects colour from the environment.
    expect(code).not.toMatch(/import\s+chalk\b|\{[^}]*\bchalk(Stderr)?\b[^}]*\}\s*from\s*'chalk'/)
  })
})
