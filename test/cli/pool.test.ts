// Parallel runs: workers have a heap limit so that one huge document cannot take their memory without bound, and a document too large
// for it must still get its result, from the main thread, instead of being lost as a crash.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { PassThrough, Readable } from 'node:stream'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { root, runBin, runCli } from './helpers.js'

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

describe('reports are streamed', () => {
  it('each file’s findings are written when the file is done, before the batch ends, in input order', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-stream-'))
    const names = ['a.txt', 'b.txt', 'c.txt']
    for (const name of names) cpSync(join(root, 'fixtures/seeds/003_2ab568e8ad747d79.txt'), join(cwd, name))
    const chunks: string[] = []
    const stdout = new PassThrough()
    stdout.on('data', (chunk) => chunks.push(String(chunk)))
    const code = await main(['node', 'torlint', 'lint', '.', '--format', 'json'], { stdin: Readable.from([]), stdout, stderr: new PassThrough(), cwd, env: {} })
    expect(code).toBe(1)
    // One write per file, then the closing bracket and the line break: nothing waited for the whole batch.
    expect(chunks).toHaveLength(names.length + 2)
    expect(chunks.slice(-2)).toEqual([']', '\n'])
    expect(chunks.slice(0, 3).map((chunk) => (JSON.parse(`${chunk.slice(1)}`) as { filePath: string }).filePath)).toEqual(names)
    expect(JSON.parse(chunks.join(''))).toHaveLength(3)
  })

  it('an --output-file appears only complete: nothing is left of it when the run stops on a configuration error', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-stream-'))
    cpSync(join(root, 'fixtures/seeds/003_2ab568e8ad747d79.txt'), join(cwd, 'a.txt'))
    mkdirSync(join(cwd, 'sub'))
    cpSync(join(root, 'fixtures/seeds/003_2ab568e8ad747d79.txt'), join(cwd, 'sub/b.txt'))
    writeFileSync(join(cwd, 'sub/torlint.config.json'), '{ "rules": { "no-such-rule": "warn" } }')
    const run = await runCli(['lint', '.', '--format', 'json', '--output-file', 'report.json'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/sub\/torlint\.config\.json: rules\.no-such-rule: unknown rule/)
    expect(readdirSync(cwd).sort()).toEqual(['a.txt', 'sub'])
  })
})
