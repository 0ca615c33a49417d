// Every cache in src/ is one of the memo shapes of src/memo.ts: what they remember, for how long, and that
// no hand-written WeakMap cache comes back beside them.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { perKey, perObject, perObjectPair } from '../src/memo.js'

/** A full garbage collection, which Node gives only behind a flag. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}

/** A build function that counts its calls. */
function counting<Args extends unknown[], V>(build: (...args: Args) => V): { build: (...args: Args) => V; calls: () => number } {
  let calls = 0
  return {
    build: (...args) => {
      calls++
      return build(...args)
    },
    calls: () => calls,
  }
}

describe('perObject', () => {
  it('builds once per key object and gives the same value back', () => {
    const counter = counting((table: string[]) => table.map((word) => word.toUpperCase()))
    const upper = perObject(counter.build)
    const table = ['a', 'b']
    const first = upper(table)
    expect(upper(table)).toBe(first)
    expect(first).toEqual(['A', 'B'])
    expect(counter.calls()).toBe(1)
  })

  it('keys by identity: an equal table in a new array is built again', () => {
    const counter = counting((table: string[]) => table.length)
    const size = perObject(counter.build)
    size(['a'])
    size(['a'])
    expect(counter.calls()).toBe(2)
  })

  it('remembers null and undefined like any value', () => {
    const nothing = counting((_table: object): null => null)
    const none = counting((_table: object): undefined => undefined)
    const asNull = perObject(nothing.build)
    const asUndefined = perObject(none.build)
    const table = {}
    for (let round = 0; round < 3; round++) {
      expect(asNull(table)).toBeNull()
      expect(asUndefined(table)).toBeUndefined()
    }
    expect([nothing.calls(), none.calls()]).toEqual([1, 1])
  })

  it('does not build again after a build that threw', () => {
    let fail = true
    const flaky = perObject((_table: object) => {
      if (fail) throw new Error('bad table')
      return 'built'
    })
    const table = {}
    expect(() => flaky(table)).toThrow('bad table')
    fail = false
    expect(flaky(table)).toBe('built')
  })

  it('does not keep its key alive: a dropped document or table can be collected', async () => {
    const memo = perObject((key: { lines: string[] }) => key.lines.join('\n'))
    const ref = (() => {
      const key = { lines: ['a', 'b'] }
      expect(memo(key)).toBe('a\nb')
      return new WeakRef(key)
    })()
    // A WeakRef holds its target until the current job ends.
    await new Promise((done) => setImmediate(done))
    collectGarbage()
    expect(ref.deref()).toBeUndefined()
  })
})

describe('perObjectPair', () => {
  it('builds once per pair, in order', () => {
    const counter = counting((doc: { id: string }, table: { id: string }) => `${doc.id}/${table.id}`)
    const joined = perObjectPair(counter.build)
    const a = { id: 'a' }
    const b = { id: 'b' }
    expect(joined(a, b)).toBe('a/b')
    expect(joined(a, b)).toBe('a/b')
    expect(joined(b, a)).toBe('b/a')
    expect(joined(a, a)).toBe('a/a')
    expect(counter.calls()).toBe(3)
  })

  it('does not keep its first key alive: a dropped document goes with its values', async () => {
    const table = { id: 'table' }
    const joined = perObjectPair((doc: { id: string }, data: { id: string }) => ({ doc, data }))
    const ref = (() => {
      const doc = { id: 'doc' }
      // The value holds its key, as a document's derived values often do.
      expect(joined(doc, table).doc).toBe(doc)
      return new WeakRef(doc)
    })()
    await new Promise((done) => setImmediate(done))
    collectGarbage()
    expect(ref.deref()).toBeUndefined()
  })
})

describe('perKey', () => {
  it('builds once per key: equal words in new arrays share their value', () => {
    const counter = counting((words: string[]) => new RegExp(words.join('|')))
    const pattern = perKey((words: string[]) => JSON.stringify(words), counter.build)
    const first = pattern(['a', 'b'])
    expect(pattern(['a', 'b'])).toBe(first)
    expect(pattern(['b', 'a'])).not.toBe(first)
    expect(counter.calls()).toBe(2)
  })

  it('passes every argument to the build', () => {
    const joined = perKey((left: string, right: number) => `${left}:${right}`, (left, right) => left.repeat(right))
    expect(joined('ab', 2)).toBe('abab')
    expect(joined('ab', 3)).toBe('ababab')
  })

  it('remembers null like any value', () => {
    const counter = counting((_word: string): null => null)
    const none = perKey((word: string) => word, counter.build)
    none('x')
    none('x')
    expect(counter.calls()).toBe(1)
  })

  it('starts over when it holds `limit` values, so a stream of keys cannot grow it without end', () => {
    const counter = counting((word: string) => word.length)
    const length = perKey((word: string) => word, counter.build, 2)
    length('a')
    length('bb')
    length('a')
    expect(counter.calls()).toBe(2)
    // A third key clears the two before it.
    length('ccc')
    length('ccc')
    expect(counter.calls()).toBe(3)
    length('a')
    expect(counter.calls()).toBe(4)
  })
})

describe('caches in src/', () => {
  const root = fileURLToPath(new URL('../', import.meta.url))

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
    })
  }

  /** `new WeakMap(...)` expressions in a source text, by line (comments and strings do not count). */
  function weakMapsIn(text: string): number[] {
    const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true)
    const lines: number[] = []
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'WeakMap') {
        lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
    return lines
  }

  it('finds a hand-written WeakMap cache, and not one named in a comment or a string', () => {
    expect(weakMapsIn('// a new WeakMap() here\nconst text = "new WeakMap()"\nconst cache = new WeakMap<object, string>()\n')).toEqual([3])
  })

  it('has no WeakMap outside src/memo.ts: every object-keyed cache uses its helpers', () => {
    const found = sourceFiles(join(root, 'src'))
      .filter((path) => relative(root, path) !== join('src', 'memo.ts'))
      .flatMap((path) => weakMapsIn(readFileSync(path, 'utf8')).map((line) => `${relative(root, path)}:${line}`))
    expect(found).toEqual([])
  })
})
