import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { torJsonSchema } from '../src/index.js'
import { VERSION } from '../src/version.js'

it('schemas/tor.schema.json is the schema generated from the zod source (run `npm run schema` after a change)', () => {
  const published = JSON.parse(readFileSync(new URL('../schemas/tor.schema.json', import.meta.url), 'utf8'))
  expect(published).toEqual(torJsonSchema())
})

it('the version the CLI prints is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  expect(VERSION).toBe(pkg.version)
})
