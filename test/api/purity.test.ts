// The library promise: pure functions on strings and bytes. Parsing, linting and formatting every fixture
// must not exit, print, or touch the file system; only src/cli may.
import fs, { statSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { join, relative } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import * as torlint from '../../src/index.js'
import { root } from './consumer.js'

/** Every document under fixtures/, read before any spy is installed. */
function readFixtures(): { path: string; bytes: Uint8Array; text: string }[] {
  const found: { path: string; bytes: Uint8Array; text: string }[] = []
  for (const entry of fs.readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(txt|md|markdown)$/.test(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    const bytes = fs.readFileSync(path)
    found.push({ path: relative(root, path), bytes, text: bytes.toString('utf8') })
  }
  return found
}

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const

/** Spy on every function of `node:fs` (named imports too, through syncBuiltinESMExports). */
function spyOnFileSystem(): [string, MockInstance][] {
  const spies: [string, MockInstance][] = []
  const spyOnAll = (target: Record<string, unknown>, prefix: string) => {
    for (const name of Object.keys(target)) {
      // Lower-case functions only: the classes (Stats, ReadStream...) are not calls into the file system.
      if (/^[a-z]/.test(name) && typeof target[name] === 'function') spies.push([`${prefix}${name}`, vi.spyOn(target as Record<string, () => unknown>, name)])
    }
  }
  spyOnAll(fs as unknown as Record<string, unknown>, 'fs.')
  spyOnAll(fs.promises as unknown as Record<string, unknown>, 'fs.promises.')
  syncBuiltinESMExports()
  return spies
}

/** What the library did to the process while `run` ran, by name. */
function sideEffects(run: () => void): string[] {
  const exitCode = process.exitCode
  const watched: [string, MockInstance][] = [
    ['process.exit', vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)],
    ['process.abort', vi.spyOn(process, 'abort').mockImplementation((() => undefined) as never)],
    ['process.kill', vi.spyOn(process, 'kill').mockImplementation(() => true)],
    ['process.chdir', vi.spyOn(process, 'chdir').mockImplementation(() => undefined)],
    ['process.stdout.write', vi.spyOn(process.stdout, 'write').mockImplementation(() => true)],
    ['process.stderr.write', vi.spyOn(process.stderr, 'write').mockImplementation(() => true)],
    ...CONSOLE.map((name): [string, MockInstance] => [`console.${name}`, vi.spyOn(console, name).mockImplementation(() => undefined)]),
  ]
  watched.push(...spyOnFileSystem())
  try {
    run()
  } finally {
    vi.restoreAllMocks()
    syncBuiltinESMExports()
  }
  const touched = watched.filter(([, spy]) => spy.mock.calls.length > 0).map(([name]) => name)
  if (process.exitCode !== exitCode) touched.push('process.exitCode')
  return touched
}

describe('the library API has no side effects', { timeout: 120_000 }, () => {
  const fixtures = readFixtures()

  beforeAll(() => {
    // Warm up first: a first call may load modules lazily (toJobPosting loads the country names on its
    // first lookup), and loading a module reads files. Work on documents must not.
    // The warm-up document names a duty station, so the country names are loaded here whatever order the
    // fixtures are listed in (the first fixture may name none).
    const warmUp = '# Programme Officer\n\nDuty Station: Nairobi, Kenya\n\n## Responsibilities\n\n- Plan the work.\n'
    for (const source of [fixtures[0]!.bytes, warmUp]) {
      const doc = torlint.parse(source, { path: typeof source === 'string' ? 'warm-up.md' : fixtures[0]!.path })
      torlint.lintParsed(doc)
      torlint.format(doc)
      torlint.toJobPosting(doc)
    }
  })
  afterEach(() => vi.restoreAllMocks())

  it('reads every fixture, seeds included', () => {
    expect(fixtures.filter((fixture) => fixture.path.startsWith(join('fixtures', 'seeds'))).length).toBeGreaterThanOrEqual(5)
  })

  it('sees a side effect when there is one (the spies work)', () => {
    expect(
      sideEffects(() => {
        console.log('x')
        fs.existsSync(root)
        statSync(root) // a named import, as src/ would write it
        process.exit(3)
      }),
    ).toEqual(['process.exit', 'console.log', 'fs.existsSync', 'fs.statSync'])
  })

  it('parse, lint and lintParsed on strings and bytes of every fixture: no exit, output or file access', { timeout: 120_000 }, () => {
    let linted = 0
    const touched = sideEffects(() => {
      for (const fixture of fixtures) {
        const doc = torlint.parse(fixture.bytes, { path: fixture.path })
        torlint.parse(fixture.text, { path: fixture.path })
        torlint.lint(fixture.bytes, { path: fixture.path })
        torlint.lint(fixture.text, { path: fixture.path, config: torlint.resolveConfig({ config: { extends: 'strict' }, source: 'test', rules: torlint.rules }) })
        torlint.lintParsed(doc)
        linted++
      }
    })
    expect(touched).toEqual([])
    expect(linted).toBe(fixtures.length)
  })

  it('every formatter, the schemas and the data merge: no exit, output or file access', { timeout: 60_000 }, () => {
    const results = fixtures.map((fixture) => torlint.lint(fixture.bytes, { path: fixture.path }))
    const outputs: string[] = []
    const touched = sideEffects(() => {
      for (const name of Object.keys(torlint.formatters)) {
        outputs.push(torlint.getFormatter(name)(results, { cwd: root, rules: [...torlint.rules], color: true, toolVersion: '0.0.0' }))
      }
      torlint.torJsonSchema()
      torlint.mergeData({ headings: { extend: [{ kind: 'responsibilities', lang: 'en', phrases: ['mission tasks'] }] } })
    })
    expect(touched).toEqual([])
    expect(outputs.every((output) => output.length > 0)).toBe(true)
  })

  it('errors are thrown values, not output: InputError and ConfigError', () => {
    const touched = sideEffects(() => {
      expect(() => torlint.parse(new Uint8Array([0x25, 0x00, 0x01]), { path: 'binary.pdf' })).toThrow(torlint.InputError)
      expect(() => torlint.resolveConfig({ config: { rules: { nope: 'error' } }, source: 'test', rules: torlint.rules })).toThrow(torlint.ConfigError)
    })
    expect(touched).toEqual([])
  })

  it('format and toJobPosting on every fixture: no exit, output or file access', { timeout: 120_000 }, () => {
    const docs = fixtures.map((fixture) => torlint.parse(fixture.bytes, { path: fixture.path }))
    let written = 0
    const touched = sideEffects(() => {
      for (const [index, fixture] of fixtures.entries()) {
        const doc = docs[index]!
        torlint.format(fixture.bytes, { path: fixture.path })
        torlint.format(doc, { labels: 'source' })
        const posting = torlint.toJobPosting(doc)
        torlint.postingGaps(doc.tor, posting)
        torlint.jobPostingSchema.parse(posting)
        written++
      }
    })
    expect(touched).toEqual([])
    expect(written).toBe(fixtures.length)
  })
})
