// Values derived once and asked for many times (a pattern built from a data table, a document's
// organisation, a paragraph's language) are remembered here, in one of three shapes, and nowhere else
// (test/memo.test.ts keeps hand-written caches out of src/).
//
// Keyed by an object, a value lives as long as its key: the default data and each configuration's merged
// data are different objects, and so is each parsed document, and a dropped one takes its values with it.
// Keyed by a string, a value would live for ever: those caches are bounded instead.

/** `build` remembered per key object (a data table, a document, a block), for as long as the key lives. */
export function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>()
  return (key) => {
    const found = built.get(key)
    if (found !== undefined || built.has(key)) return found as V
    const value = build(key)
    built.set(key, value)
    return value
  }
}

/** `build` remembered per pair of key objects (a document and a table, two tables), for as long as both live. */
export function perObjectPair<A extends object, B extends object, V>(build: (first: A, second: B) => V): (first: A, second: B) => V {
  const bySecond = perObject((first: A) => perObject((second: B) => build(first, second)))
  return (first, second) => bySecond(first)(second)
}

/**
 * `build` remembered per string `keyOf` gives its arguments (equal words in new arrays share a value).
 * With a `limit`, a cache that holds that many values starts over, so a stream of documents cannot grow
 * it without end.
 */
export function perKey<Args extends unknown[], V>(keyOf: (...args: Args) => string, build: (...args: Args) => V, limit = Number.POSITIVE_INFINITY): (...args: Args) => V {
  const built = new Map<string, V>()
  return (...args) => {
    const key = keyOf(...args)
    const found = built.get(key)
    if (found !== undefined || built.has(key)) return found as V
    const value = build(...args)
    if (built.size >= limit) built.clear()
    built.set(key, value)
    return value
  }
}
