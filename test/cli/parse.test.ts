import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeFsError } from '../../src/cli/io.js'
import { runBin, runCli } from './helpers.js'

const seed = 'fixtures/seeds/004_85fb80d637fbf5cc.txt'
const other = 'fixtures/seeds/001_58b32094f285b7d1.txt'

describe('torlint parse', () => {
  it('prints one JSON document for one file', async () => {
    const run = await runCli(['parse', seed])
    expect(run.code).toBe(0)
    const tor = JSON.parse(run.stdout)
    expect(tor.position.title).toBe('Reintegration Officer')
    expect(tor.source.path).toBe(seed)
  })
  it('prints an array for several files, in the order given', async () => {
    const run = await runCli(['parse', seed, other])
    expect(JSON.parse(run.stdout).map((tor: { position: { title: string } }) => tor.position.title)).toEqual(['Reintegration Officer', 'JPO, Data and Knowledge Officer'])
  })
  it('prints one document per line with --ndjson', async () => {
    const run = await runCli(['parse', '--ndjson', seed, other])
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[1]!).position.unit).toBe('Global Migration Data Analysis Centre (GMDAC)')
  })
  it('reads standard input for "-"', async () => {
    const run = await runCli(['parse', '-'], { stdin: 'Position Title : **Driver**\nDuty Station : Juba\n' })
    const tor = JSON.parse(run.stdout)
    expect(tor.position).toMatchObject({ title: 'Driver', dutyStation: 'Juba' })
    expect(tor.source.path).toBeNull()
  })
  it('reports a missing file on one line, exit 2, and still parses the others', async () => {
    const run = await runCli(['parse', 'no/such/file.txt', seed])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: no/such/file.txt: no such file or directory\n')
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })
  it('refuses a directory with a hint', async () => {
    const run = await runCli(['parse', 'fixtures'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^torlint: fixtures: is a directory; .*torlint lint fixtures/)
    expect(run.stdout).toBe('')
  })
  it('reports a symbolic-link loop as a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torlint-'))
    symlinkSync(join(dir, 'b'), join(dir, 'a'))
    symlinkSync(join(dir, 'a'), join(dir, 'b'))
    const run = await runCli(['parse', join(dir, 'a')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('too many levels of symbolic links')
  })
  it('calls an image named as text what it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torlint-'))
    writeFileSync(join(dir, 'x.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const run = await runCli(['parse', 'x.txt'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: x.txt: is a PNG image, not text\n')
  })
  it('reports binary input by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torlint-'))
    const file = join(dir, 'scan.txt')
    writeFileSync(file, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00]))
    const run = await runCli(['parse', file])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`torlint: ${file}: is not valid UTF-8 text (save it as UTF-8 and try again)\n`)
  })
  it('explains permission errors in words (root reads every file, so the mapping is checked directly)', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied (check that the file is readable)')
  })
})

describe('the installed binary', () => {
  it('prints the version', () => {
    const run = runBin(['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
  it('fails on a missing file with one line on stderr and no stack trace', () => {
    const run = runBin(['parse', 'missing.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: missing.txt: no such file or directory\n')
  })
  it('prints the JSON Schema', () => {
    const run = runBin(['schema'])
    expect(JSON.parse(run.stdout).$defs.TermsOfReference).toBeDefined()
  })
  it('rejects an unknown command with exit 2', () => {
    const run = runBin(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/)
  })
})
