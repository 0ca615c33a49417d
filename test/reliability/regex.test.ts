// Every regular expression torlint runs must be linear: inputs can be 10 MB, and one quadratic pattern on
// one long line is a hang. The patterns are found two ways, the literals in src/ (read with the TypeScript
// parser) and every pattern actually run while linting the fixtures (patterns built from the data
// tables), and each is timed on long near-miss inputs built from its own characters, in a worker that is
// stopped when a match runs away. Doubling the input may at most about double the time (3x allowed).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { lint } from '../../src/index.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

interface Pattern {
  source: string
  flags: string
  site: string
}

interface Measured extends Pattern {
  ratio: number
  ms: number
  pump: string
  suffix: string
}

/**
 * Super-linear patterns in files this test's author does not own, each with the fix to make. The test
 * fails on any pattern not listed here, and on a listed one that has become linear (remove it then).
 */
const KNOWN: Record<string, { site: string; fix: string }> = {}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Regular expression literals in src/, with file and line. */
function literals(): Pattern[] {
  const out: Pattern[] = []
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file)
        const cut = text.lastIndexOf('/')
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
        out.push({ source: text.slice(1, cut), flags: text.slice(cut + 1), site: `${relative(root, path)}:${line}` })
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return out
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? fixtureFiles(path) : /\.(txt|md)$/.test(entry.name) ? [path] : []
  })
}

/**
 * Patterns run while linting every fixture, including those built at run time from the data tables.
 * `exec` is what every string method calls on a regular expression once it is replaced, so a wrapper sees
 * them all; the first caller in src/ names the site (patterns of dependencies are left to them).
 */
function patternsRun(): Pattern[] {
  const seen = new Map<string, Pattern>()
  const original = RegExp.prototype.exec
  let recording = false
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    // The bookkeeping below runs patterns too: those calls go straight through.
    if (recording) return original.call(this, input)
    const key = `${this.source}\u0000${this.flags.split('y').join('')}`
    if (!seen.has(key)) {
      recording = true
      const frames = (new Error().stack ?? '').split('\n').slice(2).filter((frame) => /\((?:file:\/\/)?\//.test(frame) || / at \//.test(frame))
      const first = frames[0] ?? ''
      const inSource = /\/src\/[^:)]+:\d+/.exec(first)
      if (inSource && !first.includes('node_modules')) seen.set(key, { source: this.source, flags: this.flags.replace('y', ''), site: inSource[0].slice(1) })
      else seen.set(key, { source: '', flags: '', site: '' })
      recording = false
    }
    return original.call(this, input)
  }
  try {
    for (const path of fixtureFiles(join(root, 'fixtures'))) lint(readFileSync(path), { path })
  } finally {
    RegExp.prototype.exec = original
  }
  return [...seen.values()].filter((pattern) => pattern.source !== '')
}

/** Time each pattern in a worker; one that runs for 15 s is stopped and counted as catastrophic. */
async function measureAll(patterns: Pattern[]): Promise<Measured[]> {
  const start = () => new Worker(new URL('./regex-worker.mjs', import.meta.url))
  let worker = start()
  const out: Measured[] = []
  try {
    for (const [index, pattern] of patterns.entries()) {
      const result = await new Promise<Omit<Measured, keyof Pattern>>((resolve, reject) => {
        const timer = setTimeout(() => {
          worker.removeAllListeners()
          void worker.terminate()
          worker = start()
          resolve({ ratio: Number.POSITIVE_INFINITY, ms: Number.POSITIVE_INFINITY, pump: '(stopped after 15 s)', suffix: '' })
        }, 15_000)
        const onError = (error: Error) => {
          clearTimeout(timer)
          reject(error)
        }
        worker.once('error', onError)
        worker.once('message', (message: { result: Omit<Measured, keyof Pattern> }) => {
          clearTimeout(timer)
          worker.off('error', onError)
          resolve(message.result)
        })
        worker.postMessage({ index, source: pattern.source, flags: pattern.flags, size: 4_000, floor: 0.5 })
      })
      out.push({ ...pattern, ...result })
    }
  } finally {
    await worker.terminate()
  }
  return out
}

function describePattern(found: Measured): string {
  const input = `${JSON.stringify(found.pump)} repeated${found.suffix ? ` + ${JSON.stringify(found.suffix)}` : ''}`
  return `${found.site} /${found.source.length > 120 ? `${found.source.slice(0, 120)}…` : found.source}/${found.flags}: ${Number.isFinite(found.ratio) ? `${found.ratio.toFixed(1)}x the time for twice the input (${found.ms.toFixed(0)} ms)` : 'runs away'} on ${input}`
}

describe('regular expressions', () => {
  let measured: Measured[] = []
  let literalCount = 0
  beforeAll(async () => {
    const fromSource = literals()
    literalCount = fromSource.length
    const unique = new Map<string, Pattern>()
    for (const pattern of [...fromSource, ...patternsRun()]) {
      const key = `${pattern.source}\u0000${pattern.flags}`
      if (!unique.has(key)) unique.set(key, pattern)
    }
    measured = await measureAll([...unique.values()])
  }, 900_000)

  it('finds the patterns: every literal in src/ and those built from data at run time', () => {
    expect(literalCount).toBeGreaterThan(100)
    // Built with new RegExp from the heading, degree and language tables.
    expect(measured.length).toBeGreaterThan(literalCount / 2)
    expect(measured.some((pattern) => pattern.site.startsWith('src/extract/requirements.ts') && !pattern.source.startsWith('\\b'))).toBe(true)
  })

  it('none is super-linear on long near-miss input, except the known ones listed with their fix', () => {
    const superLinear = measured.filter((pattern) => pattern.ratio > 3)
    const unknown = superLinear.filter((pattern) => !(pattern.source in KNOWN))
    expect(unknown.map(describePattern)).toEqual([])
  })

  it('each known super-linear pattern is still there and still super-linear (remove it from KNOWN once fixed)', () => {
    // A lower bar than for new patterns: a timing near the threshold must not make this flaky.
    const stillBad = new Set(measured.filter((pattern) => pattern.ratio > 2.5).map((pattern) => pattern.source))
    expect(Object.keys(KNOWN).filter((source) => !stillBad.has(source))).toEqual([])
  })
})
