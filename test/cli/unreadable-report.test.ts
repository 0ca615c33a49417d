import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './helpers.js'

const notice = 'Position Title : Driver\n\n## Responsibilities\n\n- Drive safely.\n'
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-unreadable-'))
  mkdirSync(join(dir, 'in'))
  writeFileSync(join(dir, 'in/a.md'), notice)
  writeFileSync(join(dir, 'in/x.txt'), png)
  return dir
}

const lint = (format: string) => runCli(['lint', 'in', 'gone.md', '--format', format, '--jobs', '1'], { cwd: project() })

describe('files that cannot be read are in the report, not on stderr alone', { timeout: 60_000 }, () => {
  it('json: a fatal entry for the missing path and for the binary file, exit 2', async () => {
    const run = await lint('json')
    expect(run.code).toBe(2)
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[]
    const fatal = results.filter((result) => result.messages.some((message) => message.fatal))
    expect(fatal.map((result) => [result.filePath, result.messages[0]!.message])).toEqual([
      ['gone.md', 'no such file or directory'],
      ['in/x.txt', 'is a PNG image, not text'],
    ])
    expect(results.map((result) => result.filePath)).toContain('in/a.md')
    expect(run.stderr).toContain('torlint: in/x.txt: is a PNG image, not text')
  })
  it('sarif: tool execution notifications', async () => {
    const run = await lint('sarif')
    const notes = JSON.parse(run.stdout).runs[0].invocations[0].toolExecutionNotifications
    expect(notes.map((note: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => note.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['gone.md', 'in/x.txt'])
  })
  it('github: an ::error line for each', async () => {
    const run = await lint('github')
    expect(run.stdout).toContain('::error file=gone.md,title=torlint::cannot lint this file: no such file or directory\n')
    expect(run.stdout).toContain('::error file=in/x.txt,title=torlint::cannot lint this file: is a PNG image, not text\n')
  })
  it('junit: an errored test case for each', async () => {
    const run = await lint('junit')
    expect(run.stdout).toMatch(/errors="2">/)
    expect(run.stdout).toContain('<error type="unreadable" message="is a PNG image, not text">in/x.txt: is a PNG image, not text</error>')
  })
})
