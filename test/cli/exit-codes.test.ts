import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const notice = 'Programme Analyst\n\nDuties\n\n- Analyse data.\n'

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-exit-'))
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in/a.md'), notice)
  return dir
}

// The same input problem gets the same exit code whichever command meets it.
describe('exit codes across commands', { timeout: 60_000 }, () => {
  const commands: [string, string[]][] = [
    ['lint', ['lint', '--format', 'json', '--jobs', '1']],
    ['parse', ['parse']],
    ['convert', ['convert', '--format', 'ndjson', '--jobs', '1', '-q']],
  ]
  for (const [name, args] of commands) {
    it(`${name}: a missing path is exit 2, and the other inputs are still handled`, async () => {
      const run = await runCli([...args, 'in/a.md', 'in/gone.md'], { cwd: folder() })
      expect(run.code).toBe(2)
      expect(run.stderr).toContain('in/gone.md: no such file or directory')
      expect(run.stdout).toContain('in/a.md')
    })
    it(`${name}: a file that is not text is exit 2`, async () => {
      const cwd = folder()
      writeFileSync(join(cwd, 'in/bad.txt'), Buffer.from([0xff, 0x00, 0xfe, 0x41]))
      const run = await runCli([...args, 'in/bad.txt'], { cwd })
      expect(run.code).toBe(2)
    })
  }
})
