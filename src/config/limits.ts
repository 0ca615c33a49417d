// Bounds on the `data` of a configuration. Every phrase becomes part of a pattern and every list is
// matched against every line, so one 10,000-character phrase or a list of a hundred thousand entries
// would cost a stack overflow or gigabytes: such configuration is refused with the key that is too big.
// The built-in tables stay far inside (their longest phrase is under 100 characters, their longest
// list under 100 entries, all of them about 45 KB).

export const DATA_LIMITS = {
  /** Characters in one string: a phrase, a name, a word. */
  string: 200,
  /** Entries in one list, or keys in one table. */
  list: 2000,
  /** Characters of the whole `data` section written as JSON. */
  total: 512 * 1024,
  /** Levels of nesting: the deepest built-in table has four. */
  depth: 12,
} as const

/** The first part of `data` over a limit, as `key: what is wrong`; null when it is within every limit. */
export function dataSizeProblem(data: unknown, path = 'data'): string | null {
  const problem = walk(data, path, 0)
  if (problem) return problem
  const total = JSON.stringify(data)?.length ?? 0
  if (total > DATA_LIMITS.total) return `${path}: is ${Math.round(total / 1024)} KB written as JSON, over the limit of ${DATA_LIMITS.total / 1024} KB for configuration data`
  return null
}

function walk(value: unknown, path: string, depth: number): string | null {
  if (typeof value === 'string') {
    return value.length > DATA_LIMITS.string ? `${path}: a string of ${value.length} characters, over the limit of ${DATA_LIMITS.string} (a phrase is a few words)` : null
  }
  if (value === null || typeof value !== 'object') return null
  if (depth >= DATA_LIMITS.depth) return `${path}: nested more than ${DATA_LIMITS.depth} levels deep`
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  if (entries.length > DATA_LIMITS.list) return `${path}: ${entries.length} entries, over the limit of ${DATA_LIMITS.list} in one list or table`
  for (const [key, item] of entries) {
    if (key.length > DATA_LIMITS.string) return `${path}: a key of ${key.length} characters, over the limit of ${DATA_LIMITS.string}`
    const problem = walk(item, `${path}.${key}`, depth + 1)
    if (problem) return problem
  }
  return null
}
