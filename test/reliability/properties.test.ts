// Any input gets an answer: generated documents, random text and bytes, and mutated fixtures all parse
// and lint without throwing, validate against the schema, keep every position inside the file, and parse
// the same way twice. About 2,000 cases here; `npm run fuzz` runs the same properties 100,000 times
// (TORLINT_FUZZ_RUNS) and saves each shrunk counterexample to fixtures/reliability/ (TORLINT_FUZZ_SAVE=1).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'
import { documentText, fixtureFiles, mutate, mutations, westernText, windows1252 } from './generators.js'
import { checkInvariants } from './invariants.js'

const fuzzRuns = Number(process.env.TORLINT_FUZZ_RUNS ?? 0)
const save = process.env.TORLINT_FUZZ_SAVE === '1'
const fixturesDir = new URL('../../fixtures/reliability/', import.meta.url)
/** Share of the run each property gets: generated documents are cheap, the seeds are 10–15 KB each. */
function runs(normal: number): number {
  return fuzzRuns > 0 ? Math.round((fuzzRuns * normal) / 2000) : normal
}
const timeout = fuzzRuns > 0 ? 0 : 120_000

/** fc.assert, plus: in a fuzz run, the shrunk input that broke a property becomes a fixture. */
function check<T>(name: string, arbitrary: fc.Arbitrary<T>, input: (value: T) => string | Uint8Array, path: (value: T) => string, numRuns: number): void {
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      checkInvariants(input(value), path(value))
    }),
    { numRuns },
  )
  if (!details.failed) return
  if (save && details.counterexample) {
    const value = details.counterexample[0]
    const extension = path(value).endsWith('.txt') ? 'txt' : 'md'
    mkdirSync(fixturesDir, { recursive: true })
    writeFileSync(new URL(`fuzz-${name}-${details.seed}.${extension}`, fixturesDir), input(value))
  }
  throw new Error(`${fc.defaultReportMessage(details) ?? `${name} failed`}\n${String(details.errorInstance)}`)
}

describe('properties', () => {
  it('generated documents: random section orders, missing and repeated sections, HTML, lists, CRLF', { timeout }, () => {
    check('document', fc.tuple(documentText, fc.boolean()), ([text]) => text, ([, markdown]) => (markdown ? 'generated.md' : 'generated.txt'), runs(1200))
  })

  it('the same documents as bytes: UTF-8 with and without BOM, UTF-16 LE and BE', { timeout }, () => {
    const encoded = fc.tuple(documentText, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be')).map(([text, encoding]) => {
      const clean = text.replace(/\0/g, '')
      if (encoding === 'utf-8') return Buffer.from(clean)
      if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean)])
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')])
      return encoding === 'utf-16le' ? le : Buffer.from(le).swap16()
    })
    check('encoded', encoded, (bytes) => bytes, () => 'encoded.md', runs(150))
  })

  it('Windows-1252 text decodes to the text that was written', { timeout }, () => {
    fc.assert(
      fc.property(westernText, (text) => {
        const doc = parse(windows1252(text), { path: 'word.txt' })
        expect(doc.source.text).toBe(text.replace(/\r\n?/g, '\n'))
        checkInvariants(windows1252(text), 'word.txt')
      }),
      { numRuns: runs(100) },
    )
  })

  it('random bytes: a result or an InputError naming the file, nothing else', { timeout }, () => {
    check('bytes', fc.uint8Array({ maxLength: 600 }), (bytes) => bytes, () => 'random.txt', runs(150))
  })

  const { small, seeds } = fixtureFiles()
  it('mutated fixtures: byte flips, truncation, inserted and deleted bytes, shuffled lines', { timeout }, () => {
    const arbitrary = fc.tuple(fc.integer({ min: 0, max: small.length - 1 }), mutations, fc.boolean())
    check('fixture', arbitrary, ([index, changes]) => mutate(small[index]!, changes), ([, , markdown]) => (markdown ? 'mutated.md' : 'mutated.txt'), runs(330))
  })

  it('mutated seeds (real notices)', { timeout }, () => {
    const arbitrary = fc.tuple(fc.integer({ min: 0, max: seeds.length - 1 }), mutations)
    check('seed', arbitrary, ([index, changes]) => mutate(seeds[index]!, changes), () => 'seed.txt', runs(70))
  })
})

describe('inputs that fuzzing found (fixtures/reliability/)', () => {
  const files = readdirSync(fixturesDir).filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
  it.each(files)('%s keeps the invariants', (name) => {
    checkInvariants(readFileSync(new URL(name, fixturesDir)), name)
  })
})

// Built here rather than kept as fixtures: other tests parse every fixture, and these exhaust the stack.
describe('nesting thousands deep: a result, or an InputError that says so', () => {
  const deep: [string, string][] = [
    ['a list nested 3,000 deep on one line ("* * * …")', `${'* '.repeat(3000)}x\n`],
    ['block quotes nested 10,000 deep', `${'> '.repeat(10_000)}x\n`],
    ['HTML lists nested 1,000 deep', `<ul>${'<li>a<ul>'.repeat(1000)}${'</ul></li>'.repeat(1000)}</ul>\n`],
    ['HTML elements nested 3,000 deep', `<div>${'<div>a '.repeat(3000)}${'</div>'.repeat(3001)}\n`],
    ['emphasis nested 10,000 deep', `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}\n`],
  ]
  it.each(deep)('%s', { timeout: 120_000 }, (_name, text) => {
    checkInvariants(text, 'deep.md', { twice: false })
  })
})
