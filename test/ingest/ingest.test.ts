import { describe, expect, it } from 'vitest'
import { chunks, ingest } from '../../src/ingest/index.js'
import { InputError, parse } from '../../src/index.js'

const doc = 'Position Title : **Driver**\nDuty Station : Juba\n\n## Responsibilities\n\n- Drive safely.\n- Keep the log book.\n'

describe('decoding', () => {
  it('reads UTF-8 with a byte-order mark the same as without', () => {
    const plain = parse(Buffer.from(doc)).tor
    const withBom = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)])).tor
    expect(withBom).toEqual(plain)
  })
  it('reads UTF-16 with a byte-order mark, little and big endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    expect(parse(le).tor.position.title).toBe('Driver')
    expect(parse(be).tor.position.title).toBe('Driver')
  })
  it('keeps line numbers with CRLF line endings', () => {
    const crlf = parse(doc.replace(/\n/g, '\r\n')).tor
    expect(crlf).toEqual(parse(doc).tor)
    expect(crlf.responsibilities[1]).toMatchObject({ text: 'Keep the log book.', line: 7, column: 3 })
  })
  it('rejects invalid UTF-8 and NUL bytes with an InputError naming the file', () => {
    expect(() => ingest(Buffer.from([0x61, 0xc3, 0x28]), { path: 'a.txt' })).toThrow(InputError)
    expect(() => ingest(Buffer.from('ab\u0000cd'), { path: 'b.txt' })).toThrow(/b\.txt: contains NUL bytes/)
  })
})

describe('embedded HTML', () => {
  it('parses each HTML block into hast with positions in source lines', () => {
    const { tree } = ingest('Intro\n\n<p>One</p>\n<ol><li>4. Four</li></ol>\n')
    const html = tree.children.find((node) => node.type === 'html')
    expect(html?.type).toBe('html')
    const hast = html?.type === 'html' ? html.data?.hast : undefined
    const li = JSON.stringify(hast)
    expect(li).toContain('"tagName":"li"')
    expect(hast?.children[0]?.position?.start).toMatchObject({ line: 3, column: 1 })
  })
})

describe('format', () => {
  it('is markdown for .md and .markdown files, text otherwise', () => {
    expect(ingest('x', { path: 'a.md' }).format).toBe('markdown')
    expect(ingest('x', { path: 'a.markdown' }).format).toBe('markdown')
    expect(ingest('x', { path: 'a.txt' }).format).toBe('text')
    expect(ingest('x').format).toBe('text')
  })
})

describe('size', () => {
  // Guards against super-linear behaviour only; speed is measured in bench/.
  it('parses a 5 MB document in bounded time', { timeout: 240_000 }, () => {
    const unit = `## Responsibilities\n\n${Array.from({ length: 40 }, (_, i) => `${i + 1}. Coordinate the delivery of reintegration assistance to returning migrants, item ${i}.`).join('\n')}\n\nUnder the direct supervision of the Programme Manager, the officer works. Values - all IOM staff members must abide by these three values: Teamwork: works. Delivering results: delivers.\n\n`
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length))
    const started = performance.now()
    const { tor } = parse(text)
    const seconds = (performance.now() - started) / 1000
    expect(tor.responsibilities.length).toBeGreaterThan(10_000)
    expect(seconds).toBeLessThan(150)
  })
})

describe('chunked parsing of long texts', () => {
  // The chunk boundary must not change what is read: same document with and without chunking.
  it('gives the same document as one-piece parsing', async () => {
    const { readFileSync } = await import('node:fs')
    const seed = readFileSync(new URL('../../fixtures/seeds/004_85fb80d637fbf5cc.txt', import.meta.url), 'utf8')
    const text = seed.repeat(6)
    const whole = parse(text, { path: 'a.md' })
    const { ingest: ingestWith, chunks } = await import('../../src/ingest/index.js')
    expect([...chunks(text, 20_000)].length).toBeGreaterThan(3)
    const chunked = ingestWith(text, { path: 'a.md', chunkSize: 20_000 })
    const one = ingestWith(text, { path: 'a.md', chunkSize: 10_000_000 })
    expect(chunked.tree.children.length).toBe(one.tree.children.length)
    expect(JSON.stringify(chunked.tree.children.map((node) => [node.type, node.position?.start, node.position?.end]))).toBe(
      JSON.stringify(one.tree.children.map((node) => [node.type, node.position?.start, node.position?.end])),
    )
    expect(whole.tor.responsibilities.length).toBe(16 * 6)
  })
})

describe('syntax extensions a text can use', () => {
  const types = (text: string, chunkSize?: number) => ingest(text, { path: 'a.md', chunkSize }).tree.children.map((node) => node.type)

  it('reads a pipe table, with or without outer pipes, and leaves other pipes as text', () => {
    expect(types('| Title | Grade |\n| --- | :-: |\n| Driver | G-3 |\n')).toEqual(['table'])
    expect(types('Title | Grade\n--- | ---\nDriver | G-3\n')).toEqual(['table'])
    expect(types('Travel | none\n\nDuties -- many\n')).toEqual(['paragraph', 'paragraph'])
  })

  it('reads YAML front matter only at the very start', () => {
    expect(types('---\ntitle: Driver\n---\n\nText\n')).toEqual(['yaml', 'paragraph'])
    expect(types('Text\n\n---\ntitle: Driver\n---\n')).toEqual(['paragraph', 'thematicBreak', 'heading'])
  })

  it('does not read front matter at the start of a later chunk of a long text', () => {
    // One paragraph longer than the chunk size, so the text is cut right before the "---".
    const text = `${'Words of a long paragraph. '.repeat(10)}\n\n---\ntitle: Driver\n---\n`
    expect([...chunks(text, 200)].map((chunk) => chunk.text.slice(0, 3))).toEqual(['Wor', '---'])
    const chunked = types(text, 200)
    expect(chunked).not.toContain('yaml')
    expect(chunked).toEqual(types(text))
  })
})
