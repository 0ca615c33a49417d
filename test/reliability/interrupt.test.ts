// Ctrl-C (SIGINT) or a CI cancellation (SIGTERM) in the middle of `convert`: the real binary on a few hundred
// copies of the seeds, signalled once some outputs exist. Nothing partial may be left (every .json parses,
// no temporary file), the exit code is 130, and running the same command again completes the rest.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, root } from '../cli/helpers.js'

const COPIES = 60

function batch(): { cwd: string; inputs: string[] } {
  const cwd = mkdtempSync(join(tmpdir(), 'torlint-interrupt-'))
  mkdirSync(join(cwd, 'in'))
  const seeds = readdirSync(join(root, 'fixtures/seeds')).filter((name) => name.endsWith('.txt'))
  const inputs: string[] = []
  for (let copy = 0; copy < COPIES; copy++) {
    for (const seed of seeds) {
      const name = `${basename(seed, '.txt')}-${String(copy).padStart(3, '0')}.txt`
      cpSync(join(root, 'fixtures/seeds', seed), join(cwd, 'in', name))
      inputs.push(name)
    }
  }
  return { cwd, inputs }
}

function outputs(cwd: string): string[] {
  return existsSync(join(cwd, 'out')) ? readdirSync(join(cwd, 'out')) : []
}

/** Start convert, wait for `after` outputs, send the signal, and collect how it ended. */
async function interrupt(cwd: string, signal: NodeJS.Signals, after: number, jobs: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, 'convert', 'in', '--out-dir', 'out', '--jobs', jobs, '-q'], { cwd, env: { ...process.env, NO_COLOR: '1' } })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += String(chunk)))
  const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  for (let waited = 0; outputs(cwd).length < after && waited < 120_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
  child.kill(signal)
  return { code: await ended, stderr }
}

function expectNothingPartial(cwd: string): string[] {
  const names = outputs(cwd)
  expect(names.filter((name) => !name.endsWith('.json'))).toEqual([])
  for (const name of names) expect(() => JSON.parse(readFileSync(join(cwd, 'out', name), 'utf8')), name).not.toThrow()
  return names
}

describe('interrupting convert', () => {
  it.each([
    ['SIGINT', '1'],
    ['SIGTERM', '2'],
  ] as const)('%s with --jobs %s: exit 130, no partial output, and a re-run completes the rest', { timeout: 300_000 }, async (signal, jobs) => {
    const { cwd, inputs } = batch()
    const { code, stderr } = await interrupt(cwd, signal, 8, jobs)
    expect(code).toBe(130)
    expect(stderr).toMatch(/\(interrupted: run again to convert the rest\)\n$/)
    expect(stderr).not.toMatch(/^\s+at /m)
    const done = expectNothingPartial(cwd)
    expect(done.length).toBeGreaterThanOrEqual(8)
    expect(done.length).toBeLessThan(inputs.length)

    const again = spawnSync(process.execPath, [bin, 'convert', 'in', '--out-dir', 'out', '--jobs', jobs, '-q'], { cwd, encoding: 'utf8' })
    expect(again.status).toBe(0)
    expect(again.stderr).toMatch(new RegExp(`^torlint: ${inputs.length} files, ${inputs.length} converted, 0 failed`))
    expect(expectNothingPartial(cwd).sort()).toEqual(inputs.map((name) => name.replace(/\.txt$/, '.json')).sort())
  })

  it('NDJSON to --output-file: an interrupted run leaves neither the file nor its temporary', { timeout: 300_000 }, async () => {
    const { cwd } = batch()
    const child = spawn(process.execPath, [bin, 'convert', 'in', '--format', 'ndjson', '--output-file', 'all.ndjson', '--jobs', '1', '-q'], { cwd })
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    // The temporary appears as soon as the stream opens; give the conversion a moment to write into it.
    for (let waited = 0; !readdirSync(cwd).some((name) => name.endsWith('.tmp')) && waited < 60_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    child.kill('SIGINT')
    expect(await ended).toBe(130)
    expect(readdirSync(cwd).sort()).toEqual(['in'])
  })
})
