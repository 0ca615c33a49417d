import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBin, runCli } from './helpers.js'

// One error from count-mismatch (line 3), nothing else a default rule should object to about counting.
const counting = 'Staff must demonstrate these three values:\n\n- Integrity: acts ethically.\n- Respect: values others.\n'

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-lint-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const only = (ruleId: string) => ({ 'torlint.config.json': JSON.stringify({ extends: 'recommended', rules: Object.fromEntries([[ruleId, 'error']]) }) })

async function json(args: string[], cwd: string, stdin?: string) {
  const run = await runCli([...args, '--format', 'json'], { cwd, stdin })
  return { ...run, results: run.stdout ? JSON.parse(run.stdout) : [] }
}

describe('torlint lint', () => {
  it('reports the exact position and exits 1 on an error', async () => {
    const cwd = project({ 'a.md': counting, ...only('count-mismatch') })
    const run = await json(['lint', 'a.md', '--rule', 'count-mismatch:error'], cwd)
    expect(run.code).toBe(1)
    const message = run.results[0].messages.find((m: { ruleId: string }) => m.ruleId === 'count-mismatch')
    expect(message).toMatchObject({ line: 1, column: 24, endLine: 1, endColumn: 42, severity: 'error' })
  })
  it('is the default command: `torlint FILE` lints FILE', async () => {
    const cwd = project({ 'a.md': counting })
    const run = await json(['a.md'], cwd)
    expect(run.results[0].filePath).toBe('a.md')
    expect(run.results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('count-mismatch')
  })
  it('exits 0 when the only findings are turned off with --rule', async () => {
    const cwd = project({ 'a.md': counting, 'torlint.config.json': JSON.stringify({ rules: {} }) })
    const run = await runCli(['lint', 'a.md', '--format', 'json', ...allRulesOff()], { cwd })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)[0].messages).toEqual([])
  })
  it('walks folders for the known extensions only, sorted, honouring .gitignore and .torlintignore', async () => {
    const cwd = project({ 'b/z.md': counting, 'b/a.txt': counting, 'b/skip.md': counting, 'b/old/x.md': counting, 'b/notes.odt': 'x', '.gitignore': 'b/old/\n', '.torlintignore': 'b/skip.md\n' })
    const run = await json(['lint', 'b'], cwd)
    expect(run.results.map((r: { filePath: string }) => r.filePath)).toEqual(['b/a.txt', 'b/z.md'])
  })
  it('accepts globs', async () => {
    const cwd = project({ 'v/one.md': counting, 'v/two.txt': counting })
    const run = await json(['lint', 'v/*.md'], cwd)
    expect(run.results.map((r: { filePath: string }) => r.filePath)).toEqual(['v/one.md'])
  })
  it('lints standard input under --stdin-filename', async () => {
    const cwd = project({})
    const run = await json(['lint', '-', '--stdin-filename', 'draft.md'], cwd, counting)
    expect(run.results[0].filePath).toBe('draft.md')
  })
  it('honours inline disable comments', async () => {
    const cwd = project({ 'a.md': `<!-- torlint-disable-next-line count-mismatch -->\n${counting}`, 'b.md': `<!-- torlint-disable -->\n${counting}` })
    const run = await json(['lint', 'a.md', 'b.md'], cwd)
    for (const result of run.results) expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'count-mismatch')).toEqual([])
  })
  it('finds configuration upward and applies overrides by glob', async () => {
    const cwd = project({
      'torlint.config.json': JSON.stringify({ rules: { 'count-mismatch': 'warn' }, overrides: [{ files: 'strict/**', rules: { 'count-mismatch': 'error' } }] }),
      'docs/a.md': counting,
      'strict/b.md': counting,
    })
    const run = await json(['lint', 'docs/a.md', 'strict/b.md'], cwd)
    const severity = (index: number) => run.results[index].messages.find((m: { ruleId: string }) => m.ruleId === 'count-mismatch').severity
    expect([severity(0), severity(1)]).toEqual(['warning', 'error'])
  })
  it('matches override globs against every file of a batch: base names, folders and excluded files', async () => {
    const cwd = project({
      'torlint.config.json': JSON.stringify({
        rules: { 'count-mismatch': 'warn' },
        overrides: [
          { files: 'strict/**', excludedFiles: 'strict/drafts/**', rules: { 'count-mismatch': 'error' } },
          // No slash: matched against the base name in any folder.
          { files: '*.notes.md', rules: { 'count-mismatch': 'off' } },
        ],
      }),
      'strict/a.md': counting,
      'strict/b.md': counting,
      'strict/drafts/c.md': counting,
      'docs/d.notes.md': counting,
      'strict/e.notes.md': counting,
    })
    const run = await json(['lint', 'strict/a.md', 'strict/b.md', 'strict/drafts/c.md', 'docs/d.notes.md', 'strict/e.notes.md'], cwd)
    const severities = Object.fromEntries(
      run.results.map((result: { filePath: string; messages: { ruleId: string; severity: string }[] }) => [result.filePath, result.messages.find((m) => m.ruleId === 'count-mismatch')?.severity ?? 'none']),
    )
    expect(severities).toEqual({ 'strict/a.md': 'error', 'strict/b.md': 'error', 'strict/drafts/c.md': 'warning', 'docs/d.notes.md': 'none', 'strict/e.notes.md': 'none' })
  })
  it('reads YAML configuration and a torlint key in package.json', async () => {
    const yaml = project({ '.torlintrc.yaml': 'rules:\n  count-mismatch: "off"\n', 'a.md': counting })
    expect((await json(['lint', 'a.md'], yaml)).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'count-mismatch')).toEqual([])
    const pkg = project({ 'package.json': JSON.stringify({ name: 'x', torlint: { rules: { 'count-mismatch': 'off' } } }), 'a.md': counting })
    expect((await json(['lint', 'a.md'], pkg)).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'count-mismatch')).toEqual([])
  })
  it('rejects invalid configuration naming the file, the key and the allowed values', async () => {
    const badSeverity = project({ 'torlint.config.json': JSON.stringify({ rules: { 'count-mismatch': 'loud' } }), 'a.md': counting })
    let run = await runCli(['lint', 'a.md'], { cwd: badSeverity })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/torlint\.config\.json: invalid configuration: rules\.count-mismatch: must be "off", "info", "warn" or "error"/)
    const unknownRule = project({ 'torlint.config.json': JSON.stringify({ rules: { 'no-such-rule': 'warn' } }), 'a.md': counting })
    run = await runCli(['lint', 'a.md'], { cwd: unknownRule })
    expect(run.stderr).toMatch(/rules\.no-such-rule: unknown rule "no-such-rule"; known rules: .*count-mismatch/)
    const unknownKey = project({ 'torlint.config.json': JSON.stringify({ rulez: {} }), 'a.md': counting })
    run = await runCli(['lint', 'a.md'], { cwd: unknownKey })
    expect(run.stderr).toMatch(/unknown key "rulez".*allowed keys: .*rules/)
    const brokenJson = project({ 'torlint.config.json': '{ "rules": ', 'a.md': counting })
    run = await runCli(['lint', 'a.md'], { cwd: brokenJson })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/torlint\.config\.json: configuration is not valid JSON/)
    const badPreset = project({ '.torlintrc.yaml': 'extends: lenient\n', 'a.md': counting })
    run = await runCli(['lint', 'a.md'], { cwd: badPreset })
    expect(run.stderr).toMatch(/extends: must be one of "recommended", "strict", "jobposting"|extends/)
  })
  it('keeps errors only with --quiet, and fails on too many warnings with --max-warnings', async () => {
    const cwd = project({ 'a.md': counting })
    const quiet = await json(['lint', 'a.md', '--quiet', '--rule', 'count-mismatch:warn'], cwd)
    expect(quiet.results[0].messages.filter((m: { severity: string }) => m.severity !== 'error')).toEqual([])
    const warned = await runCli(['lint', 'a.md', ...allRulesOff(), '--rule', 'count-mismatch:warn', '--max-warnings', '0'], { cwd })
    expect(warned.code).toBe(1)
    expect(warned.stderr).toMatch(/too many warnings \(1\)/)
    const allowed = await runCli(['lint', 'a.md', ...allRulesOff(), '--rule', 'count-mismatch:warn', '--max-warnings', '1'], { cwd })
    expect(allowed.code).toBe(0)
  })
  it('writes --output-file whole, and nothing to stdout', async () => {
    const cwd = project({ 'a.md': counting })
    const run = await runCli(['lint', 'a.md', '--format', 'sarif', '--output-file', 'out.sarif'], { cwd })
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(cwd, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
  it('colours stylish output only when asked or on a terminal, never under NO_COLOR', async () => {
    const cwd = project({ 'a.md': counting })
    const plain = await runCli(['lint', 'a.md'], { cwd })
    expect(plain.stdout).toContain('count-mismatch')
    expect(plain.stdout).not.toMatch(/\u001b\[/)
    expect((await runCli(['lint', 'a.md', '--color'], { cwd })).stdout).toMatch(/\u001b\[/)
    expect((await runCli(['lint', 'a.md', '--color'], { cwd, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/)
    expect((await runCli(['lint', 'a.md'], { cwd, env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/)
  })
  it('exits 2 for a missing path or an unknown format, and still lints the other files', async () => {
    const cwd = project({ 'a.md': counting })
    const run = await json(['lint', 'missing.md', 'a.md'], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: missing.md: no such file or directory\n')
    // The missing path has an entry of its own, with one fatal message, before the linted file.
    expect(run.results.map((r: { filePath: string; messages: { fatal?: boolean }[] }) => [r.filePath, r.messages.some((m) => m.fatal === true)])).toEqual([
      ['missing.md', true],
      ['a.md', false],
    ])
    const format = await runCli(['lint', 'a.md', '--format', 'xml'], { cwd })
    expect(format.code).toBe(2)
    expect(format.stderr).toMatch(/xml.*stylish/)
    expect(existsSync(join(cwd, 'a.md'))).toBe(true)
  })
  it('runs the same from the installed binary', () => {
    const cwd = project({ 'a.md': counting })
    const run = runBin(['lint', 'a.md', '--format', 'json'], { cwd })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)[0].errorCount).toBeGreaterThan(0)
  })
})

function allRulesOff(): string[] {
  const ids = ['competency-framework', 'count-mismatch', 'date-consistency', 'duplicate-item', 'experience-consistency', 'foreign-language', 'grade-requirements', 'inclusive-language', 'language-requirement', 'list-numbering', 'markup-residue', 'placeholder', 'required-field', 'required-section', 'split-item', 'title-consistency']
  return ids.flatMap((id) => ['--rule', `${id}:off`])
}
