// The real-notice corpus (fixtures/corpus: 40 published notices with hand-made gold answers) must not be
// read worse than the figure last recorded in docs/accuracy.md. Not a timed test: it counts fields.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAsync } from '../../src/index.js'
import { compare, norm, score } from '../../scripts/accuracy/compare.mjs'

const corpus = new URL('../../fixtures/corpus/', import.meta.url)

/** The last `accuracy: P/T fields` line of docs/accuracy.md: the figure the corpus was last read at. */
function recorded(): { passed: number; total: number } {
  const doc = readFileSync(new URL('../../docs/accuracy.md', import.meta.url), 'utf8')
  const all = [...doc.matchAll(/accuracy: (\d+)\/(\d+) fields/g)]
  const last = all[all.length - 1]
  if (!last) throw new Error('docs/accuracy.md records no accuracy figure')
  return { passed: Number(last[1]), total: Number(last[2]) }
}

describe('the real-notice corpus', async () => {
  const cases = await Promise.all(
    readdirSync(new URL('gold/', corpus))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map(async (name) => {
        const stem = name.slice(0, -'.json'.length)
        const path = `fixtures/corpus/raw/${stem}.txt`
        const { tor } = await parseAsync(readFileSync(new URL(`raw/${stem}.txt`, corpus)), { path })
        return { stem, gold: JSON.parse(readFileSync(new URL(`gold/${name}`, corpus), 'utf8')) as Record<string, unknown>, tor }
      }),
  )
  const result = score(cases)

  it('has the 40 notices and their gold answers', () => {
    expect(cases).toHaveLength(40)
    expect(result.total).toBe(600)
  })

  it('reads at least as many fields right as docs/accuracy.md last recorded', () => {
    const floor = recorded()
    expect(result.total).toBe(floor.total)
    expect(result.passed, result.misses.map((miss) => `${miss.stem} ${miss.field}`).join('\n')).toBeGreaterThanOrEqual(floor.passed)
  })

  it('reads every field of at least 0.75 of the notices', () => {
    const low = Object.entries(result.perField).filter(([, { passed, total }]) => passed / total < 0.75)
    expect(low.map(([field, { passed, total }]) => `${field} ${passed}/${total}`)).toEqual([])
  })
})

// The comparison itself, on values whose verdict the corpus README states.
describe('the corpus comparison', () => {
  it('normalises markup, ampersands and punctuation', () => {
    expect(norm('**Head of  Programmes**')).toBe('head of programmes')
    expect(norm('Surge & Roster')).toBe('surge and roster')
  })
  it('compares titles by words, or by containment covering 60% of the longer', () => {
    expect(compare('title', 'Finance Manager', 'finance manager')).toBe(true)
    expect(compare('title', 'Local Lawyer', 'Short-Term Consultant - Local Lawyer')).toBe(false)
    expect(compare('title', 'Epidemiologist – Training', 'Epidemiologist')).toBe(true)
  })
  it('takes an acronym for the full name of the same organisation', () => {
    expect(compare('organization', 'IOM', 'International Organization for Migration')).toBe(true)
    expect(compare('organization', 'IOM', 'UNICEF')).toBe(false)
  })
  it('counts top-level items, with null and 0 meaning none', () => {
    expect(compare('count', 3, [{}, {}, {}])).toBe(true)
    expect(compare('count', null, [])).toBe(true)
    expect(compare('count', null, [{}])).toBe(false)
  })
  it('compares grades across spellings and language sets as sets', () => {
    expect(compare('grade', 'P-2', 'P2')).toBe(true)
    expect(compare('grade', 'G6', 'GS-6')).toBe(true)
    expect(compare('set', ['English', 'French'], ['French', 'English'])).toBe(true)
    expect(compare('set', ['English'], ['English', 'French'])).toBe(false)
  })
})
