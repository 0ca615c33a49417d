import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, runBin } from './helpers.js'

const seed = join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt')
const debug = { TORLINT_DEBUG_CODE_CACHE: '1' }

describe('the code cache of the CLI bundle', () => {
  it('is used by the main thread, and gives the same report', () => {
    const plain = runBin(['lint', seed, '--format', 'json'])
    const cached = runBin(['lint', seed, '--format', 'json'], { env: debug })
    expect(cached.stderr).toBe('torlint: code cache used\n')
    expect(cached.stdout).toBe(plain.stdout)
    // The bundle's dynamic import of pdf.js goes through the loader: a script from the cache has no hook of its own.
    const pdf = runBin(['lint', join(root, 'fixtures/formats/001_58b32094f285b7d1.pdf'), '--format', 'json'], { env: debug })
    expect(pdf.stderr).toBe('torlint: code cache used\n')
    expect(JSON.parse(pdf.stdout)[0].messages.length).toBeGreaterThan(0)
    const dir = mkdtempSync(join(tmpdir(), 'torlint-code-cache-'))
    for (let i = 0; i < 60; i++) cpSync(seed, join(dir, `${i}.txt`))
    // Workers load the ES module build instead (their memory matters more than their start).
    const batch = runBin(['lint', dir, '--format', 'json', '--jobs', '2'], { env: debug })
    expect(batch.stderr).toBe('torlint: code cache used\n')
    expect(JSON.parse(batch.stdout)).toHaveLength(60)
  }, 60_000)

  it('is not used for a bundle it was not made from, even of the same length', () => {
    // A copy of the built package whose bundle differs in one character: V8 alone would accept the cache.
    const copy = mkdtempSync(join(tmpdir(), 'torlint-stale-cache-'))
    mkdirSync(join(copy, 'dist'))
    cpSync(join(root, 'dist/cli-bundle'), join(copy, 'dist/cli-bundle'), { recursive: true })
    cpSync(join(root, 'bin'), join(copy, 'bin'), { recursive: true })
    cpSync(join(root, 'package.json'), join(copy, 'package.json'))
    const bundle = join(copy, 'dist/cli-bundle/cli.cjs')
    const source = readFileSync(bundle, 'utf8')
    const marker = source.indexOf('"use strict"')
    writeFileSync(bundle, `${source.slice(0, marker)}'use strict'${source.slice(marker + 12)}`)
    const run = spawnSync(process.execPath, [join(copy, 'bin/torlint.js'), '--help'], { encoding: 'utf8', env: { ...process.env, ...debug } })
    expect(run.stderr).toBe('torlint: code cache made for another bundle, not used\n')
    expect(run.stdout).toMatch(/^Usage: torlint/)
    expect(run.status).toBe(0)
  }, 30_000)
})
