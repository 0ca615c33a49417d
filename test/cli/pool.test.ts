// Parallel runs: workers have a heap limit so that a batch's memory stays flat, and a document too large
// for it must still get its result, from the main thread, instead of being lost as a crash.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, runBin } from './helpers.js'

describe('worker pool', () => {
  it('a document that runs a worker out of memory is linted in the main thread, with the same result', { timeout: 200_000 }, () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-pool-'))
    // 50 ordinary files make the batch parallel; with a 32 MB worker heap (seen here) they fit and the
    // 600 KB document does not.
    for (let i = 0; i < 50; i++) cpSync(join(root, 'fixtures/seeds/003_2ab568e8ad747d79.txt'), join(cwd, `a${i}.txt`))
    writeFileSync(join(cwd, 'zz-big.txt'), readFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), 'utf8').repeat(40))
    const parallel = runBin(['lint', '.', '--jobs', '2', '--format', 'json'], { cwd, env: { TORLINT_WORKER_HEAP_MB: '32' } })
    const inProcess = runBin(['lint', '.', '--jobs', '1', '--format', 'json'], { cwd })
    expect(parallel.stderr).toBe('')
    expect(parallel.code).toBe(inProcess.code)
    const results = JSON.parse(parallel.stdout) as { filePath: string; messages: unknown[] }[]
    expect(results).toHaveLength(51)
    expect(results).toEqual(JSON.parse(inProcess.stdout))
  })
})
