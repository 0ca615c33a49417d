// Full-output golden files for the five seeds. Each golden was checked against its seed by reading it:
// counts and fields (seeds.test.ts), where every value starts (traceability.test.ts), and where every
// item ends. A change here is a change in what torlint reads from a real document: review it as such.
import { readFileSync, readdirSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse, torSchema } from '../../src/index.js'

const seedsDir = new URL('../../fixtures/seeds/', import.meta.url)
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()
const jsonSchema = JSON.parse(readFileSync(new URL('../../schemas/tor.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema)

describe.each(seeds)('%s', (name) => {
  const path = `fixtures/seeds/${name}`
  const { tor } = parse(readFileSync(new URL(name, seedsDir)), { path })
  it('matches its golden file field for field', () => {
    const golden = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), seedsDir), 'utf8'))
    expect(tor).toEqual(golden)
  })
  it('validates against the zod schema and the published JSON Schema', () => {
    expect(torSchema.safeParse(tor).success).toBe(true)
    expect(validate(tor), JSON.stringify(validate.errors)).toBe(true)
  })
})

it('has a golden file for every seed', () => {
  expect(seeds).toHaveLength(5)
})
