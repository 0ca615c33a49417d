import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closestCommand } from '../../src/cli/unknown-command.js'
import { editDistance } from '../../src/rules/util/names.js'
import { runCli } from './helpers.js'

const notice = 'Programme Analyst\n\nDuties\n\n- Analyse data.\n'

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-cmd-'))
  mkdirSync(join(dir, 'dir'))
  writeFileSync(join(dir, 'dir/a.md'), notice)
  return dir
}

describe('unknown commands', { timeout: 60_000 }, () => {
  it('rejects a mistyped command with a suggestion instead of reading it as a path', async () => {
    const run = await runCli(['lnt', 'dir/'], { cwd: folder() })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("torlint: unknown command 'lnt' (did you mean 'lint'?)\n")
    expect(run.stdout).toBe('')
  })
  it('suggests after global options and for swapped letters', async () => {
    const run = await runCli(['--debug', 'pasre', 'x.md'], { cwd: folder() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("unknown command 'pasre' (did you mean 'parse'?)")
  })
  it('keeps `torlint PATH` as lint when the word is an existing path, even one close to a command', async () => {
    const cwd = folder()
    mkdirSync(join(cwd, 'lnt'))
    writeFileSync(join(cwd, 'lnt/b.md'), notice)
    const run = await runCli(['lnt', '--format', 'json'], { cwd })
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual(['lnt/b.md'])
  })
  it('reads a word far from every command as a path, as before', async () => {
    const run = await runCli(['vacancies'], { cwd: folder() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: vacancies: no such file or directory')
  })
  it('measures edits, counting a swap as one', () => {
    expect(editDistance('lnt', 'lint', 3)).toBe(1)
    expect(editDistance('pasre', 'parse', 3)).toBe(1)
    expect(editDistance('abc', 'xyz', 3)).toBe(3)
    expect(closestCommand('convrt', ['lint', 'convert'])).toBe('convert')
    expect(closestCommand('zzz', ['lint', 'parse'])).toBeNull()
  })
})
