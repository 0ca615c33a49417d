// Turning a zod issue into a message that names the key and what is allowed there, for configuration and
// rule options alike: a user who mistypes a key needs the list of keys, not "Unrecognized key".
import type { z } from 'zod'

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; options?: z.ZodType[]; items?: z.ZodType[] }

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def

/** Unwraps optional, default, nullable and preprocess wrappers, which do not change the keys. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current)
    if (def.innerType) current = def.innerType
    else if (def.type === 'pipe' && def.out) current = defOf(def.in!).type === 'transform' ? def.out : def.in!
    else return current
  }
  return current
}

/** The schema that validates the value at `path`, or null when the path leaves what can be followed. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | null {
  let current: z.ZodType | null = unwrap(schema)
  for (const key of path) {
    if (!current) return null
    const def = defOf(current)
    if (def.type === 'object') current = def.shape?.[String(key)] ?? null
    else if (def.type === 'array') current = def.element ?? null
    else if (def.type === 'record') current = def.valueType ?? null
    else if (def.type === 'tuple') current = typeof key === 'number' ? (def.items?.[key] ?? null) : null
    else if (def.type === 'union') current = def.options?.map((option) => schemaAt(option, [key])).find(Boolean) ?? null
    else return null
    if (current) current = unwrap(current)
  }
  return current
}

/** The keys an object schema at `path` accepts, or null when it is not an object with fixed keys. */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | null {
  const target = schemaAt(schema, path)
  if (!target) return null
  const def = defOf(target)
  if (def.type === 'object' && def.shape) return Object.keys(def.shape)
  if (def.type === 'union') {
    const objects = def.options?.map((option) => defOf(unwrap(option))).filter((d) => d.type === 'object' && d.shape)
    if (objects?.length) return [...new Set(objects.flatMap((d) => Object.keys(d.shape!)))]
  }
  return null
}

const quoteList = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ')

/** "key: what is wrong and what is allowed" for one issue of `schema`. */
export function describeZodIssue(schema: z.ZodType, issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)'
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((name) => `"${name}"`).join(', ')
    const allowed = allowedKeysAt(schema, issue.path)
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${keys} at ${key}; allowed keys: ${allowed?.length ? allowed.join(', ') : 'none'}`
  }
  if (issue.code === 'invalid_value') return `${key}: must be one of ${quoteList(issue.values)}`
  return `${key}: ${issue.message}`
}
