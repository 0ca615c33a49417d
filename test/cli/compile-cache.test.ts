// Node 22 and later: the CLI is loaded with Node's module compile cache instead of the script and code
// cache of Node 20 (code-cache.test.ts). Run by `npm run test:node-versions` on Node 22 and 24.
import nodeModule from 'node:module'
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PARALLEL_THRESHOLD } from '../../src/cli/pool.js'
import { root, runBin } from './helpers.js'

const seed = join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt')
const hasCompileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function'

/** Entries the compile cache holds, one a compiled module, in the folder Node keeps for its own version. */
function entries(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
}

describe.runIf(hasCompileCache)('the module compile cache (Node 22 and later)', () => {
  it('is enabled for the main thread and then the workers, and changes no report', () => {
    // Node's default folder, under the temporary folder: the workers must be given it, as they do not inherit it.
    const temporary = mkdtempSync(join(tmpdir(), 'torlint-compile-cache-'))
    const cache = join(temporary, 'node-compile-cache')
    const env = { TORLINT_DEBUG_CODE_CACHE: '1', TMPDIR: temporary }
    const first = runBin(['lint', seed, '--format', 'json'], { env })
    expect(first.stderr).toBe('torlint: compile cache enabled\n')
    const afterOneFile = entries(cache)
    expect(afterOneFile).toBeGreaterThan(0)
    const again = runBin(['lint', seed, '--format', 'json'], { env })
    const without = runBin(['lint', seed, '--format', 'json'], { env: { NODE_DISABLE_COMPILE_CACHE: '1', TORLINT_DEBUG_CODE_CACHE: '1' } })
    expect(without.stderr).toBe('torlint: compile cache not enabled (Disabled by NODE_DISABLE_COMPILE_CACHE)\n')
    expect(again.stdout).toBe(first.stdout)
    expect(without.stdout).toBe(first.stdout)
    // pdf.js is loaded by the bundle's own import(), which a module required through the cache keeps.
    const pdf = runBin(['lint', join(root, 'fixtures/formats/001_58b32094f285b7d1.pdf'), '--format', 'json'], { env })
    expect(pdf.stderr).toBe('torlint: compile cache enabled\n')
    expect((JSON.parse(pdf.stdout) as { messages: unknown[] }[])[0]!.messages.length).toBeGreaterThan(0)
    // Workers load the ES module build: its modules join the cache only if the workers use it too. Each
    // copy of the seed must get from a worker the findings the main thread gave it.
    const dir = mkdtempSync(join(tmpdir(), 'torlint-compile-cache-batch-'))
    for (let i = 0; i < PARALLEL_THRESHOLD; i++) cpSync(seed, join(dir, `${i}.txt`))
    const beforeBatch = entries(cache)
    const batch = runBin(['lint', dir, '--format', 'json', '--jobs', '2'], { env })
    expect(batch.stderr).toBe('torlint: compile cache enabled\n')
    const alone = (JSON.parse(first.stdout) as { messages: unknown[] }[])[0]!.messages
    const results = JSON.parse(batch.stdout) as { messages: unknown[] }[]
    expect(results).toHaveLength(PARALLEL_THRESHOLD)
    for (const result of results) expect(result.messages).toEqual(alone)
    expect(entries(cache)).toBeGreaterThan(beforeBatch)
  }, 120_000)
})
