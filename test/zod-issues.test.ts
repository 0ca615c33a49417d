// Config and rule-option errors must name the key and list what is allowed there, at any depth.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { allowedKeysAt, describeZodIssue } from '../src/zod-issues.js'

const schema = z
  .object({
    name: z.string().optional(),
    mode: z.enum(['fast', 'slow']).default('fast'),
    groups: z.array(z.object({ files: z.string(), rules: z.record(z.string(), z.string()).optional() }).strict()).optional(),
    table: z.record(z.string(), z.object({ extend: z.array(z.string()).optional(), replace: z.array(z.string()).optional() }).strict()).optional(),
  })
  .strict()

function firstIssue(value: unknown): string {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected a failure')
  return describeZodIssue(schema, parsed.error.issues[0]!)
}

describe('describeZodIssue', () => {
  it('lists the allowed keys of the object where an unknown key sits, at the top and deep inside', () => {
    expect(firstIssue({ nmae: 'x' })).toBe('unknown key "nmae" at (top level); allowed keys: name, mode, groups, table')
    expect(firstIssue({ groups: [{ files: '*', rulez: {} }] })).toBe('unknown key "rulez" at groups.0; allowed keys: files, rules')
    expect(firstIssue({ table: { headings: { add: [] } } })).toBe('unknown key "add" at table.headings; allowed keys: extend, replace')
  })

  it('lists the allowed values of an enum', () => {
    expect(firstIssue({ mode: 'quick' })).toBe('mode: must be one of "fast", "slow"')
  })

  it('keeps zod’s message for a wrong type, after the key', () => {
    expect(firstIssue({ name: 3 })).toMatch(/^name: .*expected string/)
  })
})

describe('allowedKeysAt', () => {
  it('follows arrays, records and optional wrappers, and gives null where there are no fixed keys', () => {
    expect(allowedKeysAt(schema, ['groups', 0])).toEqual(['files', 'rules'])
    expect(allowedKeysAt(schema, ['table', 'any'])).toEqual(['extend', 'replace'])
    expect(allowedKeysAt(schema, ['groups', 0, 'rules'])).toBeNull()
    expect(allowedKeysAt(schema, ['nowhere'])).toBeNull()
  })
})
