import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outputPaths } from '../../src/cli/convert-command.js'
import { root, runBin, runCli } from './helpers.js'

const seeds = join(root, 'fixtures/seeds')

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-convert-'))
  mkdirSync(join(dir, 'in/sub'), { recursive: true })
  cpSync(join(seeds, '004_85fb80d637fbf5cc.txt'), join(dir, 'in/vacancy.txt'))
  cpSync(join(seeds, '001_58b32094f285b7d1.txt'), join(dir, 'in/sub/jpo.md'))
  return dir
}

describe('torlint convert', () => {
  it('writes one JSON file per input, mirroring relative paths, and a summary line', async () => {
    const cwd = workspace()
    const run = await runCli(['convert', 'in', '--out-dir', 'out'], { cwd })
    expect(run.code).toBe(0)
    expect(JSON.parse(readFileSync(join(cwd, 'out/vacancy.json'), 'utf8')).position.title).toBe('Reintegration Officer')
    expect(JSON.parse(readFileSync(join(cwd, 'out/sub/jpo.json'), 'utf8')).position.title).toBe('JPO, Data and Knowledge Officer')
    expect(run.stderr).toMatch(/^torlint: 2 files, 2 converted, 0 failed, \d+ errors, \d+ warnings, [\d.]+ s, [\d.]+ files\/s\n$/)
  })
  it('streams NDJSON in sorted path order', async () => {
    const cwd = workspace()
    const run = await runCli(['convert', 'in', '--format', 'ndjson'], { cwd })
    const docs = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(docs.map((doc) => doc.source.path)).toEqual(['in/sub/jpo.md', 'in/vacancy.txt'])
  })
  it('reports a file it cannot read, converts the others, and exits 2 as lint does', async () => {
    const cwd = workspace()
    writeFileSync(join(cwd, 'in/broken.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x41]))
    const run = await runCli(['convert', 'in', '--out-dir', 'out'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: in/broken.txt: is not valid UTF-8 text')
    expect(run.stderr).toMatch(/3 files, 2 converted, 1 failed/)
    expect(existsSync(join(cwd, 'out/broken.json'))).toBe(false)
    expect(readdirSync(join(cwd, 'out')).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
  it('does not read its own output back when --out-dir is inside the inputs', async () => {
    const cwd = workspace()
    await runCli(['convert', 'in', '--out-dir', 'in/json', '--ext', '.txt', '.md', '.json'], { cwd })
    const again = await runCli(['convert', 'in', '--out-dir', 'in/json', '--ext', '.txt', '.md', '.json'], { cwd })
    expect(again.stderr).toMatch(/2 files, 2 converted/)
  })
  it('keeps both outputs when two inputs share a name', () => {
    const map = outputPaths(['/x/a.txt', '/x/a.md', '/x/b.txt'], '/out')
    expect([...map.values()]).toEqual(['/out/a.txt.json', '/out/a.md.json', '/out/b.json'])
  })
  it('requires --out-dir for json and refuses other formats', async () => {
    const cwd = workspace()
    expect((await runCli(['convert', 'in'], { cwd })).code).toBe(2)
    expect((await runCli(['convert', 'in', '--format', 'xml', '--out-dir', 'o'], { cwd })).stderr).toMatch(/json or ndjson/)
  })
  it('gives the same output in parallel as in one thread (worker pool, 60 files)', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-pool-'))
    mkdirSync(join(cwd, 'corpus'))
    for (let i = 0; i < 12; i++) for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) cpSync(join(seeds, name), join(cwd, 'corpus', `${i}-${name}`))
    const one = runBin(['convert', 'corpus', '--format', 'ndjson', '--jobs', '1'], { cwd })
    const two = runBin(['convert', 'corpus', '--format', 'ndjson', '--jobs', '2'], { cwd })
    expect(one.stdout.split('\n')).toHaveLength(61)
    expect(two.stdout).toBe(one.stdout)
    const lintOne = runBin(['lint', 'corpus', '--format', 'json', '--jobs', '1'], { cwd })
    const lintTwo = runBin(['lint', 'corpus', '--format', 'json', '--jobs', '2'], { cwd })
    expect(lintTwo.stdout).toBe(lintOne.stdout)
    // With --cache the misses go through the pool too, and the process must still end.
    const cold = runBin(['lint', 'corpus', '--format', 'json', '--jobs', '2', '--cache'], { cwd })
    expect(cold.code).toBe(1)
    expect(cold.stdout).toBe(lintOne.stdout)
    expect(runBin(['lint', 'corpus', '--format', 'json', '--jobs', '2', '--cache'], { cwd }).stdout).toBe(lintOne.stdout)
  }, 180_000)
})

describe('torlint lint --cache', () => {
  it('reuses unchanged results, and a changed file or rule setting is linted again', async () => {
    const cwd = workspace()
    const first = await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    const cache = JSON.parse(readFileSync(join(cwd, '.torlintcache'), 'utf8'))
    expect(Object.keys(cache.entries)).toHaveLength(2)
    const second = await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    expect(second.stdout).toBe(first.stdout)
    // Poison the cached result: a cache hit must return it, a miss must not.
    const key = Object.keys(cache.entries).find((path) => path.endsWith('vacancy.txt'))!
    // A valid entry (counts that match its messages): an invalid one is linted again, never trusted.
    cache.entries[key].result = { ...cache.entries[key].result, messages: [{ ruleId: 'cached', severity: 'info', message: 'from cache', line: 1, column: 1, endLine: 1, endColumn: 1 }], errorCount: 0, warningCount: 0, infoCount: 1 }
    writeFileSync(join(cwd, '.torlintcache'), JSON.stringify(cache))
    const hit = await runCli(['lint', 'in/vacancy.txt', '--cache', '--format', 'json'], { cwd })
    expect(JSON.parse(hit.stdout)[0].messages[0].ruleId).toBe('cached')
    const changedRules = await runCli(['lint', 'in/vacancy.txt', '--cache', '--format', 'json', '--rule', 'split-item:off'], { cwd })
    expect(JSON.parse(changedRules.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('cached')
    writeFileSync(join(cwd, 'in/vacancy.txt'), `${readFileSync(join(cwd, 'in/vacancy.txt'), 'utf8')}\n`)
    const changedFile = await runCli(['lint', 'in/vacancy.txt', '--cache', '--format', 'json'], { cwd })
    expect(JSON.parse(changedFile.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('cached')
  })
  it('leaves the cache file alone when every file was answered from it, and rewrites it after a miss', async () => {
    const cwd = workspace()
    await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    const cacheFile = join(cwd, '.torlintcache')
    // The cache is replaced by renaming a new file over it: the same inode means it was not rewritten.
    const before = statSync(cacheFile).ino
    const warm = await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    expect(warm.code).toBe(0)
    expect(statSync(cacheFile).ino).toBe(before)
    writeFileSync(join(cwd, 'in/vacancy.txt'), `${readFileSync(join(cwd, 'in/vacancy.txt'), 'utf8')}\n`)
    await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    expect(statSync(cacheFile).ino).not.toBe(before)
  })
  it('keeps the files of the last run only, as ESLint does, so a removed or renamed file leaves nothing behind', async () => {
    const cwd = workspace()
    await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    const entries = () => Object.keys(JSON.parse(readFileSync(join(cwd, '.torlintcache'), 'utf8')).entries).map((path) => path.slice(cwd.length + 1))
    expect(entries().sort()).toEqual(['in/sub/jpo.md', 'in/vacancy.txt'])
    await runCli(['lint', 'in/vacancy.txt', '--cache', '--format', 'json'], { cwd })
    expect(entries()).toEqual(['in/vacancy.txt'])
  })
  it('reports a configuration that was broken after the cached run, instead of answering from the cache', async () => {
    const cwd = workspace()
    writeFileSync(join(cwd, 'torlint.config.json'), JSON.stringify({ rules: { 'split-item': 'off' } }))
    expect((await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })).code).toBe(0)
    writeFileSync(join(cwd, 'torlint.config.json'), JSON.stringify({ rules: { 'split-item': 'sometimes' } }))
    const broken = await runCli(['lint', 'in', '--cache', '--format', 'json'], { cwd })
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/torlint\.config\.json: invalid configuration: rules\.split-item/)
    expect(broken.stdout).toBe('')
  })
})
