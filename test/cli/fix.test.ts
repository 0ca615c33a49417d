// `torlint lint --fix` and `--fix-dry-run`: which files are rewritten and how, what is reported after,
// and what the exit code follows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../src/index.js'
import { fixFile } from '../../src/cli/fix-file.js'
import { resolveConfig } from '../../src/config/resolve.js'
import { runCli } from './helpers.js'

// count-mismatch (an error, fixable) and inclusive-language (info, fixable) only.
const config = JSON.stringify({ rules: Object.fromEntries(rules.map((rule) => [rule.id, ['count-mismatch', 'inclusive-language', 'encoding', 'placeholder'].includes(rule.id) ? rule.severity : 'off'])) })
const counting = 'Staff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n\nThe consultant reports on his/her work.\n'
const fixedCounting = 'Staff must demonstrate these two values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n\nThe consultant reports on their work.\n'

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-fix-'))
  writeFileSync(join(dir, 'torlint.config.json'), config)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const read = (cwd: string, name: string) => readFileSync(join(cwd, name), 'utf8')

describe('torlint lint --fix', () => {
  it('rewrites a Markdown file with its fixes and reports what remains, the exit code following it', async () => {
    const cwd = project({ 'a.md': counting, 'b.md': `${counting}\nTBD\n` })
    const run = await runCli(['lint', '--fix', '-j', '1', 'a.md', 'b.md', '--format', 'json'], { cwd })
    expect(read(cwd, 'a.md')).toBe(fixedCounting)
    expect(read(cwd, 'b.md')).toBe(`${fixedCounting}\nTBD\n`)
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[]
    expect(results.find((result) => result.filePath === 'a.md')!.messages).toEqual([])
    expect(results.find((result) => result.filePath === 'b.md')!.messages.map((message) => message.ruleId)).toEqual(['placeholder'])
    // The placeholder is an error no fix removes.
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('fixed 2 files')
  })

  it('exits 0 when the fixes leave no error', async () => {
    const cwd = project({ 'a.md': counting })
    const run = await runCli(['lint', '--fix', '-j', '1', 'a.md'], { cwd })
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
  })

  it('keeps CRLF line breaks and a UTF-8 byte-order mark', async () => {
    const crlf = `\ufeff${counting.replace(/\n/g, '\r\n')}`
    const cwd = project({ 'a.txt': crlf })
    await runCli(['lint', '--fix', '-j', '1', 'a.txt'], { cwd })
    expect(read(cwd, 'a.txt')).toBe(`\ufeff${fixedCounting.replace(/\n/g, '\r\n')}`)
  })

  it('writes a Windows-1252 file as UTF-8, which is the fix of its encoding finding', async () => {
    // "Café" in Windows-1252: 0xE9 is "é".
    const bytes = Buffer.concat([Buffer.from('The officer works at the Caf'), Buffer.from([0xe9]), Buffer.from(' des Arts.\n')])
    const cwd = project({ 'a.md': bytes })
    const before = await runCli(['lint', '-j', '1', 'a.md', '--format', 'json'], { cwd })
    expect(JSON.parse(before.stdout)[0].messages[0]).toMatchObject({ ruleId: 'encoding', fix: { range: [0, 0], text: '' } })
    const run = await runCli(['lint', '--fix', '-j', '1', 'a.md', '--format', 'json'], { cwd })
    expect(readFileSync(join(cwd, 'a.md'))).toEqual(Buffer.from('The officer works at the Café des Arts.\n', 'utf8'))
    expect(JSON.parse(run.stdout)[0].messages).toEqual([])
  })

  it('never rewrites an HTML file, says so once, and offers no fix for it', async () => {
    const html = `<html><body><p>Staff must demonstrate these three values:</p><ul><li>Integrity</li><li>Respect</li></ul><p>He reports on his/her work.</p></body></html>\n`
    const cwd = project({ 'a.html': html })
    const run = await runCli(['lint', '--fix', '-j', '1', 'a.html', '--format', 'json'], { cwd })
    expect(read(cwd, 'a.html')).toBe(html)
    const messages = JSON.parse(run.stdout)[0].messages as { fix?: unknown }[]
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.filter((message) => message.fix !== undefined)).toEqual([])
    expect(run.stderr.match(/rewrites only \.md, \.markdown, \.txt files/g)).toHaveLength(1)
  })

  it('refuses standard input and the two fix flags together', async () => {
    const cwd = project({})
    const stdin = await runCli(['lint', '--fix', '-'], { cwd, stdin: counting })
    expect(stdin.code).toBe(2)
    expect(stdin.stderr).toContain('--fix-dry-run')
    const both = await runCli(['lint', '--fix', '--fix-dry-run', 'a.md'], { cwd })
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('cannot be used together')
  })

  it('is not hidden by the cache: a cached clean-looking run still fixes', async () => {
    const cwd = project({ 'a.md': counting })
    await runCli(['lint', '--cache', '-j', '1', 'a.md'], { cwd })
    const cached = await runCli(['lint', '--cache', '-j', '1', 'a.md', '--format', 'json'], { cwd })
    // The cache keeps the fixes with the findings.
    expect((JSON.parse(cached.stdout)[0].messages as { fix?: unknown }[]).filter((message) => message.fix)).toHaveLength(2)
    await runCli(['lint', '--fix', '--cache', '-j', '1', 'a.md'], { cwd })
    expect(read(cwd, 'a.md')).toBe(fixedCounting)
  })
})

describe('torlint lint --fix-dry-run', () => {
  it('writes nothing; JSON has the fixed text as `output` and the remaining findings', async () => {
    const cwd = project({ 'a.md': `${counting}\nTBD\n`, 'clean.md': 'Nothing to fix here.\n' })
    const run = await runCli(['lint', '--fix-dry-run', '-j', '1', 'a.md', 'clean.md', '--format', 'json'], { cwd })
    expect(read(cwd, 'a.md')).toBe(`${counting}\nTBD\n`)
    const results = JSON.parse(run.stdout) as { filePath: string; output?: string; messages: { ruleId: string }[] }[]
    const fixed = results.find((result) => result.filePath === 'a.md')!
    expect(fixed.output).toBe(`${fixedCounting}\nTBD\n`)
    expect(fixed.messages.map((message) => message.ruleId)).toEqual(['placeholder'])
    // As ESLint: no `output` where nothing changes.
    expect(results.find((result) => result.filePath === 'clean.md')).not.toHaveProperty('output')
    expect(run.code).toBe(1)
  })

  it('stylish prints each fixed text under its name, then the remaining findings', async () => {
    const cwd = project({ 'a.md': counting })
    const run = await runCli(['lint', '--fix-dry-run', '-j', '1', 'a.md'], { cwd })
    expect(run.stdout).toBe(`==> a.md (fixed) <==\n${fixedCounting}\n`)
    expect(run.code).toBe(0)
  })

  it('shows the fixed text of standard input', async () => {
    const cwd = project({})
    const run = await runCli(['lint', '--fix-dry-run', '-', '--format', 'json'], { cwd, stdin: counting })
    expect(JSON.parse(run.stdout)[0].output).toBe(fixedCounting)
  })
})

describe('stylish', () => {
  it('says how many problems --fix can correct', async () => {
    const cwd = project({ 'a.md': `${counting}\nTBD\n` })
    const run = await runCli(['lint', '-j', '1', 'a.md'], { cwd })
    expect(run.stdout).toContain('✖ 3 problems (2 errors, 0 warnings, 1 info)\n  2 of them are fixable with the `--fix` option.\n')
  })
})

describe('fixFile', () => {
  it('fixes the file as it is now, not as it was linted', async () => {
    const cwd = project({ 'a.md': counting })
    const resolved = resolveConfig({ config: JSON.parse(config), source: 'test', rules })
    const { lint } = await import('../../src/index.js')
    const stale = lint(counting, { path: 'a.md', config: resolved })
    // The file gains a line at the top after it was linted: the stale offsets would cut words.
    writeFileSync(join(cwd, 'a.md'), `# Officer\n\n${counting}`)
    const outcome = await fixFile('a.md', cwd, stale, resolved, false)
    expect(outcome.ok).toBe(true)
    expect(read(cwd, 'a.md')).toBe(`# Officer\n\n${fixedCounting}`)
  })
})
