#!/usr/bin/env node
// The large and deep inputs of test/reliability/size.test.ts, each at half and at full size, parsed and
// linted in one thread: the time at full size over the time at half size is about 2 when the cost is
// linear in size (the tests only bound the time generously; the figures are here). The bare
// mdast-util-from-markdown parse of the same texts is measured beside it: where it grows faster than the
// input, so does every remark-based tool.
// Usage: node bench/sizes.mjs [part of a shape name]   (after `npm run build`)
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { lint } from '../dist/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seed = readFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), 'utf8')
const MB = 1048576

const shapes = [
  ['a real notice repeated (10 MB)', (scale) => seed.repeat(Math.ceil((10 * MB * scale) / seed.length)), 'notice.txt'],
  ['200,000 lines', (scale) => `## Responsibilities\n\n${Array.from({ length: 200_000 * scale }, (_, i) => (i % 2 ? '' : `- Coordinate delivery item ${i}.`)).join('\n')}`, 'lines.md'],
  ['one line of 1 MB', (scale) => `Responsibilities: ${'coordinate the delivery of reintegration assistance, '.repeat((MB * scale) / 52)}\n`, 'line.txt'],
  ['a 10,000-item list', (scale) => `## Responsibilities\n\n${Array.from({ length: 10_000 * scale }, (_, i) => `${i + 1}. Coordinate the delivery of assistance, item ${i}.`).join('\n')}\n`, 'list.md'],
  ['lists nested 500 deep', (scale) => `## Responsibilities\n\n${Array.from({ length: 500 * scale }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`, 'nested.md'],
  // Issue 17: shapes that were quadratic before the fixes.
  ['50,000 wrapped lines, no blank line', (scale) => `Position Title: Driver\n\n${Array.from({ length: 50_000 * scale }, (_, i) => `coordinate the delivery of assistance and support item ${i}`).join('\n')}\n`, 'wrapped.txt'],
  ['`[x](` and 200,000 spaces', (scale) => `[x](${' '.repeat(200_000 * scale)}\n`, 'link.md'],
  ['a 5,000-row table (the limit)', (scale) => `${['| Item | Value |', '| --- | --- |', ...Array.from({ length: 5000 * scale }, (_, i) => `| cell ${i} | value ${i} |`)].join('\n')}\n`, 'table.md'],
  ['block quotes 100 deep (the limit), 2,000 lines', (scale) => `${Array.from({ length: 2000 * scale }, (_, i) => `${'> '.repeat(100)}line ${i}`).join('\n')}\n`, 'quotes.md'],
  ['HTML lists nested 500 deep', (scale) => `## Responsibilities\n\n${'<ul><li>item\n'.repeat(500 * scale)}${'</li></ul>'.repeat(500 * scale)}\n`, 'html.md'],
]

function seconds(run) {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

// Warm the code once, so the first shape does not pay for compiling it.
lint(seed, { path: 'warm.txt' })
console.log('| input | half size | full size | torlint s (half, full) | full / half | bare parse s (half, full) | full / half |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
const only = process.argv[2]
for (const [name, make, path] of shapes.filter(([name]) => !only || name.includes(only))) {
  const half = make(0.5)
  const full = make(1)
  const torlint = [half, full].map((text) => seconds(() => lint(text, { path })))
  const bare = [half, full].map((text) => seconds(() => fromMarkdown(text)))
  const size = (text) => `${(text.length / MB).toFixed(2)} MB`
  const pair = ([a, b]) => `${a.toFixed(2)}, ${b.toFixed(2)}`
  console.log(`| ${name} | ${size(half)} | ${size(full)} | ${pair(torlint)} | ${(torlint[1] / torlint[0]).toFixed(2)} | ${pair(bare)} | ${(bare[1] / bare[0]).toFixed(2)} |`)
}
