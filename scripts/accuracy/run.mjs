#!/usr/bin/env node
// `npm run accuracy`: parse every notice of the real-notice corpus (fixtures/corpus) and compare the
// fields with the gold answers, as the corpus README describes.
//
//   npm run accuracy                     per-field table and the total
//   npm run accuracy -- --verbose        also every miss (want / got)
//   npm run accuracy -- --field title    only the misses of one field (implies --verbose)
//   npm run accuracy -- --corpus DIR     another folder with raw/ and gold/
//   npm run accuracy -- --json           the tallies and misses as JSON
//   npm run accuracy -- --findings       every required-* and markup-residue finding on the fixtures and
//                                        the corpus, judged against the gold answers (findings.mjs)
//
// The library is compiled from src/ with esbuild on each run (well under a second), so a change is
// measured without a full build.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { FIELDS, score } from './compare.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const corpus = resolve(option('--corpus') ?? join(root, 'fixtures', 'corpus'))
const onlyField = option('--field')
const verbose = args.includes('--verbose') || onlyField !== undefined

/** The library as one ES module in node_modules/.cache, with the packages left as imports. */
export async function loadLibrary() {
  const outdir = join(root, 'node_modules', '.cache', 'torlint-accuracy')
  mkdirSync(outdir, { recursive: true })
  const outfile = join(outdir, `index-${process.pid}.mjs`)
  await build({ entryPoints: [join(root, 'src', 'index.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error' })
  try {
    return await import(pathToFileURL(outfile).href)
  } finally {
    rmSync(outfile, { force: true })
  }
}

export async function parseCorpus(folder, library) {
  const cases = []
  for (const name of readdirSync(join(folder, 'gold')).filter((file) => file.endsWith('.json')).sort()) {
    const stem = name.slice(0, -'.json'.length)
    const gold = JSON.parse(readFileSync(join(folder, 'gold', name), 'utf8'))
    const path = join(folder, 'raw', `${stem}.txt`)
    let tor = null
    try {
      tor = (await library.parseAsync(readFileSync(path), { path })).tor
    } catch (error) {
      process.stderr.write(`${stem}: not parsed (${error.message})\n`)
    }
    cases.push({ stem, gold, tor })
  }
  return cases
}

const shortJson = (value, length) => {
  const text = JSON.stringify(value) ?? 'undefined'
  return text.length > length ? `${text.slice(0, length)}…` : text
}

async function main() {
  const library = await loadLibrary()
  if (args.includes('--findings')) {
    const { listFindings } = await import('./findings.mjs')
    process.exitCode = await listFindings(library, { root, corpus, keys: args.includes('--keys'), all: args.includes('--all') })
    return
  }
  const result = score(await parseCorpus(corpus, library))
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return
  }
  if (verbose) {
    for (const miss of result.misses) {
      if (onlyField && miss.field !== onlyField) continue
      process.stdout.write(`${miss.stem}: ${miss.field}: want ${shortJson(miss.want, 100)} got ${shortJson(miss.got, 140)}\n`)
    }
    process.stdout.write('\n')
  }
  const width = Math.max(...Object.keys(FIELDS).map((key) => key.length))
  process.stdout.write(`${'field'.padEnd(width)}  right  share\n`)
  for (const [key, { passed, total }] of Object.entries(result.perField)) {
    process.stdout.write(`${key.padEnd(width)}  ${`${passed}/${total}`.padStart(5)}  ${(total ? passed / total : 0).toFixed(2)}\n`)
  }
  process.stdout.write(`accuracy: ${result.passed}/${result.total} fields (${result.ratio.toFixed(2)})\n`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
