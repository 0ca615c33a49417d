// Values derived from a table (a pattern, an index, compiled globs) are built once per table object: the
// default data and each configuration's merged data are different objects, and a WeakMap lets a dropped
// one go.

/** `build` memoised per table object (a data table, a configuration entry). */
export function perTable<T extends object, R>(build: (table: T) => R): (table: T) => R {
  const built = new WeakMap<T, R>()
  return (table) => {
    let value = built.get(table)
    if (value === undefined) {
      value = build(table)
      built.set(table, value)
    }
    return value
  }
}
