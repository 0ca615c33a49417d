#!/usr/bin/env node
// Where the time of one document goes, stage by stage, in one thread after warm-up: the bare
// mdast-util-from-markdown parse, then torlint's ingest, segment, extract and lint over the same texts.
// Each figure is the fastest of several rounds (the least disturbed by other work on the machine).
// Usage: node bench/stages.mjs [rounds]   (after `npm run build`)
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { resolveConfig } from '../dist/config/resolve.js'
import { defaultData } from '../dist/data/index.js'
import { extract } from '../dist/extract/index.js'
import { lintParsed } from '../dist/index.js'
import { ingest } from '../dist/ingest/index.js'
import { rules } from '../dist/rules/index.js'
import { segment } from '../dist/segment/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')
const docs = ['seeds', 'layouts', 'i18n', 'phenomena'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => ({ path: join(root, folder, name), text: readFileSync(join(root, folder, name), 'utf8') })),
)
const rounds = Number(process.argv[2] ?? 30)
// Resolved once, as the CLI does for every file under one configuration.
const config = resolveConfig({ config: {}, source: 'defaults', rules })
const best = { bare: Infinity, ingest: Infinity, segment: Infinity, extract: Infinity, lint: Infinity }
const timed = (stage, run) => {
  const started = performance.now()
  const value = run()
  best[stage] = Math.min(best[stage], performance.now() - started)
  return value
}
for (let round = 0; round < rounds; round++) {
  timed('bare', () => docs.forEach((doc) => fromMarkdown(doc.text)))
  const sources = timed('ingest', () => docs.map((doc) => ingest(doc.text, { path: doc.path })))
  const segmented = timed('segment', () => sources.map((source) => segment(source, defaultData)))
  const tors = timed('extract', () => sources.map((source, index) => extract(source, segmented[index], defaultData)))
  timed('lint', () =>
    sources.forEach((source, index) => lintParsed({ tor: tors[index], source, segmented: segmented[index], lines: source.lines }, { config, filePath: source.path })),
  )
}
const perDoc = (ms) => (ms / docs.length).toFixed(2)
const torlint = best.ingest + best.segment + best.extract + best.lint
console.log(`${docs.length} fixture documents, fastest of ${rounds} rounds, ms per document:`)
for (const [stage, ms] of Object.entries(best)) console.log(`  ${stage.padEnd(8)} ${perDoc(ms).padStart(6)}`)
console.log(`  torlint  ${perDoc(torlint).padStart(6)}  (${(best.bare / torlint).toFixed(2)}x the bare parse's throughput)`)
