// Values several rules derive from the same document (the organisation it names, its degree routes, its
// deadlines): computed once per document and domain table, then shared. Callers must not change them.
import type { ParsedDocument } from '../../document/index.js'

const caches = new WeakMap<ParsedDocument, Map<Function, WeakMap<object, unknown>>>()

/** `compute(doc, table)`, once per document, function and table (all compared by identity). */
export function perDocument<Table extends object, Value>(doc: ParsedDocument, table: Table, compute: (doc: ParsedDocument, table: Table) => Value): Value {
  let byFunction = caches.get(doc)
  if (!byFunction) {
    byFunction = new Map()
    caches.set(doc, byFunction)
  }
  let byTable = byFunction.get(compute)
  if (!byTable) {
    byTable = new WeakMap()
    byFunction.set(compute, byTable)
  }
  if (byTable.has(table)) return byTable.get(table) as Value
  const value = compute(doc, table)
  byTable.set(table, value)
  return value
}
