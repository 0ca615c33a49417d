import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveCacheLocation } from '../../src/cli/cache.js'
import { runCli } from './helpers.js'

const notice = 'Programme Analyst\n\nDuties\n\n- Analyse data.\n'

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-cacheloc-'))
  writeFileSync(join(dir, 'a.md'), notice)
  return dir
}

const lint = (cwd: string, location: string) => runCli(['lint', 'a.md', '--cache', '--cache-location', location, '--format', 'json', '--jobs', '1'], { cwd })

describe('--cache-location', { timeout: 60_000 }, () => {
  it('a path ending with a slash is a folder: the cache goes inside it as .torlintcache, the folder made if needed', async () => {
    const cwd = project()
    const run = await lint(cwd, 'build/cache/')
    expect(run.stderr).toBe('')
    expect(JSON.parse(readFileSync(join(cwd, 'build/cache/.torlintcache'), 'utf8')).entries).toHaveProperty([join(cwd, 'a.md')])
  })
  it('an existing folder holds the cache as .torlintcache, and the next run reads it back', async () => {
    const cwd = project()
    mkdirSync(join(cwd, 'tmp'))
    const first = await lint(cwd, 'tmp')
    expect(first.stderr).toBe('')
    expect(existsSync(join(cwd, 'tmp/.torlintcache'))).toBe(true)
    const second = await lint(cwd, 'tmp')
    expect(second.stdout).toBe(first.stdout)
  })
  it('a file path is still the file itself', () => {
    expect(resolveCacheLocation('/w', 'ci/lint-cache.json')).toEqual({ location: '/w/ci/lint-cache.json', shownAs: 'ci/lint-cache.json' })
    expect(resolveCacheLocation('/w', 'ci/')).toEqual({ location: '/w/ci/.torlintcache', shownAs: 'ci/.torlintcache' })
  })
  it('a link to a folder is still refused, not followed', async () => {
    const cwd = project()
    mkdirSync(join(cwd, 'real'))
    symlinkSync(join(cwd, 'real'), join(cwd, 'linked'))
    const run = await lint(cwd, 'linked')
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: --cache-location linked: is a symbolic link; torlint keeps its cache in a regular file only\n')
    expect(existsSync(join(cwd, 'real/.torlintcache'))).toBe(false)
  })
})
