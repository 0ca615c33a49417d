// The hostile and broken inputs of issue 5, each run through the command line: every one gets a result or
// one clear line on stderr that names the file, with the documented exit code, no stack trace, and the rest
// of the batch still done. In-process (runCli: the binary's main with its streams) where the exit code and
// the output are what is checked; the real binary where only a process shows it: a read that could hang
// (a device, a pipe), another user's permissions, code that must never run, a warning Node would print.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, root, runBin, runCli } from '../cli/helpers.js'

const seed = readFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'))
const good = 'Position Title : Driver\n\n## Responsibilities\n\n- Drive safely.\n'

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-hostile-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

/** One line per failed file, each naming it; no stack frame ("    at ...") anywhere. */
function expectCleanErrors(stderr: string, files: string[]): void {
  expect(stderr).not.toMatch(/^\s+at /m)
  const lines = stderr.trimEnd().split('\n')
  for (const file of files) expect(lines.filter((line) => line.startsWith(`torlint: ${file}: `))).toHaveLength(1)
}

type JsonEntry = { filePath: string; messages: { ruleId: string | null; fatal?: boolean; line: number; column: number; severity: string; message: string }[] }
const isFatal = (entry: JsonEntry) => entry.messages.some((message) => message.fatal === true)

/** The files that were linted (a file that could not be read has an entry too, with one fatal message). */
function jsonResults(stdout: string): JsonEntry[] {
  return (JSON.parse(stdout) as JsonEntry[]).filter((entry) => !isFatal(entry))
}

function fatalPaths(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonEntry[]).filter(isFatal).map((entry) => entry.filePath)
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('empty and blank files', () => {
  it('are parsed, reported as empty once (not with every required-* finding), and exit 1', async () => {
    const cwd = project({ 'empty.txt': '', 'blank.md': ' \n\t\n\r\n   \n' })
    const run = await runCli(['lint', 'empty.txt', 'blank.md', '--format', 'json'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const results = jsonResults(run.stdout)
    expect(results.map((result) => result.filePath).sort()).toEqual(['blank.md', 'empty.txt'])
    for (const result of results) {
      expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['empty-document', 1, 1]])
    }
    const parsed = await runCli(['parse', 'empty.txt'], { cwd })
    expect(parsed.code).toBe(0)
    expect(JSON.parse(parsed.stdout)).toMatchObject({ responsibilities: [], sections: [] })
  })
})

describe('encodings', () => {
  it('reads UTF-8 with a BOM and UTF-16 LE and BE with a BOM exactly like plain UTF-8', async () => {
    const text = readFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), 'utf8')
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const cwd = project({
      'plain.txt': text,
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      'le.txt': le,
      'be.txt': Buffer.from(le).swap16(),
    })
    const run = await runCli(['lint', 'plain.txt', 'bom.txt', 'le.txt', 'be.txt', '--format', 'json'], { cwd })
    expect(run.stderr).toBe('')
    const byFile = Object.fromEntries(jsonResults(run.stdout).map((result) => [result.filePath, result.messages]))
    expect(byFile['plain.txt']!.length).toBeGreaterThan(0)
    for (const name of ['bom.txt', 'le.txt', 'be.txt']) expect(byFile[name]).toEqual(byFile['plain.txt'])
  })

  it('reads a Windows-1252 Word export and warns with `encoding` at 1:1 in every format', async () => {
    // "Organización", the officer’s “duties”: 0xF3, 0x92, 0x93, 0x94.
    const word = Buffer.concat([
      Buffer.from('Organizaci'),
      Buffer.from([0xf3]),
      Buffer.from('n Internacional\r\n\r\n## Responsibilities\r\n\r\n- Support the officer'),
      Buffer.from([0x92]),
      Buffer.from('s '),
      Buffer.from([0x93]),
      Buffer.from('duties'),
      Buffer.from([0x94]),
      Buffer.from('.\r\n'),
    ])
    const cwd = project({ 'word.txt': word })
    const message = 'the file is encoded as Windows-1252, not UTF-8: save it as UTF-8'
    const json = await runCli(['lint', 'word.txt', '--format', 'json'], { cwd })
    expect(jsonResults(json.stdout)[0]!.messages).toContainEqual(expect.objectContaining({ ruleId: 'encoding', severity: 'warning', line: 1, column: 1, message }))
    expect((await runCli(['lint', 'word.txt'], { cwd })).stdout).toMatch(/1:1\s+warning\s+the file is encoded as Windows-1252, not UTF-8: save it as UTF-8\s+encoding/)
    expect((await runCli(['lint', 'word.txt', '--format', 'github'], { cwd })).stdout).toContain(`::warning file=word.txt,line=1,col=1`)
    const sarif = JSON.parse((await runCli(['lint', 'word.txt', '--format', 'sarif'], { cwd })).stdout)
    expect(sarif.runs[0].results).toContainEqual(expect.objectContaining({ ruleId: 'encoding', level: 'warning', message: expect.objectContaining({ text: message }) }))
    expect((await runCli(['lint', 'word.txt', '--format', 'junit'], { cwd })).stdout).toContain('encoding')
    const parsed = JSON.parse((await runCli(['parse', 'word.txt'], { cwd })).stdout)
    expect(parsed.responsibilities).toEqual([expect.objectContaining({ text: 'Support the officer’s “duties”.', line: 5, column: 3 })])
  })

  it('refuses invalid UTF-8 and binary files by name, exit 2, and lints the rest of the batch', async () => {
    const cwd = project({
      'a-good.md': good,
      'b-invalid.txt': Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x01, 0x0a]),
      'c-scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00]),
      'd-nul.md': Buffer.from('Title\u0000Driver\n'),
      'e-good.txt': good,
    })
    const run = await runCli(['lint', '.', '--format', 'json'], { cwd })
    expect(run.code).toBe(2)
    expectCleanErrors(run.stderr, ['b-invalid.txt', 'c-scan.txt', 'd-nul.md'])
    expect(run.stderr).toContain('torlint: b-invalid.txt: is not valid UTF-8 text (save it as UTF-8 and try again)')
    expect(run.stderr).toContain('torlint: d-nul.md: contains NUL bytes: it looks like a binary file, not text')
    expect(jsonResults(run.stdout).map((result) => result.filePath)).toEqual(['a-good.md', 'e-good.txt'])
    expect(fatalPaths(run.stdout)).toEqual(['b-invalid.txt', 'c-scan.txt', 'd-nul.md'])
    const converted = await runCli(['convert', '.', '--out-dir', 'out', '-q'], { cwd })
    expect(converted.code).toBe(2)
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['a-good.json', 'e-good.json'])
  })
})

describe('paths that are not readable text files', () => {
  it('missing path, directory, symlink loop, device and pipe: one clear line each, exit 2, the rest still linted', () => {
    const cwd = project({ 'good.md': good, 'folder/inner.txt': good })
    symlinkSync(join(cwd, 'loop-b.txt'), join(cwd, 'loop-a.txt'))
    symlinkSync(join(cwd, 'loop-a.txt'), join(cwd, 'loop-b.txt'))
    const fifo = spawnSync('mkfifo', [join(cwd, 'pipe.txt')]).status === 0
    const args = ['lint', 'good.md', 'missing.txt', 'loop-a.txt', '/dev/zero', ...(fifo ? ['pipe.txt'] : []), '--format', 'json']
    const started = performance.now()
    const run = runBin(args, { cwd })
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(run.code).toBe(2)
    expectCleanErrors(run.stderr, ['missing.txt', 'loop-a.txt', '/dev/zero', ...(fifo ? ['pipe.txt'] : [])])
    expect(run.stderr).toContain('torlint: missing.txt: no such file or directory')
    expect(run.stderr).toContain('torlint: loop-a.txt: too many levels of symbolic links (a link loop?)')
    expect(run.stderr).toContain('torlint: /dev/zero: is not a regular file (a device, pipe or socket)')
    expect(jsonResults(run.stdout).map((result) => result.filePath)).toEqual(['good.md'])
    expect(fatalPaths(run.stdout).sort()).toEqual(['/dev/zero', 'loop-a.txt', 'missing.txt', ...(fifo ? ['pipe.txt'] : [])].sort())

    const parse = runBin(['parse', 'folder', '/dev/zero', 'loop-a.txt', 'good.md'], { cwd })
    expect(parse.code).toBe(2)
    expectCleanErrors(parse.stderr, ['folder', '/dev/zero', 'loop-a.txt'])
    expect(parse.stderr).toMatch(/torlint: folder: is a directory; give the files inside it, or use 'torlint lint folder' to walk it/)
    expect(JSON.parse(parse.stdout)).toHaveLength(1)
  })

  it('reports an unreadable file by name (run as an unprivileged user, since root reads everything)', () => {
    const cwd = project({ 'good.md': good, 'secret.md': good })
    chmodSync(join(cwd, 'secret.md'), 0o000)
    chmodSync(cwd, 0o755)
    const asRoot = process.getuid?.() === 0
    // As root, the same binary runs as `nobody` (uid 65534), for whom the file really is unreadable.
    const result = spawnSync(process.execPath, [bin, 'lint', 'good.md', 'secret.md', '--format', 'json'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    })
    expect(result.status).toBe(2)
    expectCleanErrors(result.stderr, ['secret.md'])
    expect(result.stderr).toContain('torlint: secret.md: permission denied (check that the file is readable)')
    expect(jsonResults(result.stdout).map((entry) => entry.filePath)).toEqual(['good.md'])
  })

  it('reads a stream only up to the size limit, so `yes | torlint parse -` ends', async () => {
    const endless = 'y\n'.repeat(26 * 1048576 + 1)
    const run = await runCli(['parse', '-'], { stdin: endless })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: <stdin>: gives more than 50 MB; torlint reads at most that much from a stream\n')
  })

  it('lints a file named twice (a.md, ./a.md, x/../a.md) once', async () => {
    const cwd = project({ 'a.md': good, 'x/keep.txt': '' })
    const run = await runCli(['lint', 'a.md', './a.md', 'x/../a.md', '--format', 'json'], { cwd })
    expect(jsonResults(run.stdout).map((result) => result.filePath)).toEqual(['a.md'])
  })
})

describe('invalid configuration', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['bad JSON', { 'torlint.config.json': '{ "rules": ' }, /^torlint: \S*torlint\.config\.json: configuration is not valid JSON/],
    ['bad YAML', { '.torlintrc.yaml': 'rules:\n  placeholder: [warn\n' }, /^torlint: \S*\.torlintrc\.yaml: configuration is not valid YAML/],
    ['an unknown rule', { 'torlint.config.json': '{ "rules": { "no-such-rule": "warn" } }' }, /torlint\.config\.json: .*rules\.no-such-rule: unknown rule "no-such-rule"; known rules: .*placeholder/],
    ['a wrong severity', { 'torlint.config.json': '{ "rules": { "placeholder": "loud" } }' }, /torlint\.config\.json: .*rules\.placeholder: must be "off", "info", "warn" or "error"/],
    ['a wrong option type', { 'torlint.config.json': '{ "rules": { "duplicate-item": ["error", { "threshold": "high" }] } }' }, /torlint\.config\.json: rules\.duplicate-item: invalid options for rule "duplicate-item": threshold: .*expected number/],
    ['an unknown rule option', { 'torlint.config.json': '{ "rules": { "duplicate-item": ["error", { "treshold": 0.9 }] } }' }, /torlint\.config\.json: rules\.duplicate-item: invalid options for rule "duplicate-item": unknown key "treshold"; allowed keys: .*\bthreshold\b/],
    ['a module in extends', { 'torlint.config.json': '{ "extends": ["recommended", "./mine.mjs"] }' }, /torlint\.config\.json: invalid configuration: extends: must be a preset \("recommended", "strict", "jobposting"\) or a list of them/],
    ['a misspelt preset', { 'torlint.config.json': '{ "extends": "recomended" }' }, /torlint\.config\.json: invalid configuration: extends: must be a preset \("recommended", "strict", "jobposting"\)/],
    ['an unknown key in an override', { 'torlint.config.json': '{ "overrides": [{ "files": "*.md", "rulez": {} }] }' }, /torlint\.config\.json: invalid configuration: unknown key "rulez" at overrides\.0; allowed keys: files, excludedFiles, rules/],
    ['an unknown key in a data table', { 'torlint.config.json': '{ "data": { "headings": { "add": [] } } }' }, /torlint\.config\.json: invalid configuration: unknown key "add" at data\.headings; allowed keys: extend, replace/],
  ]
  it.each(cases)('%s: names the file, the key and what is allowed; exit 2, no stack trace, nothing linted', async (_name, files, message) => {
    const cwd = project({ ...files, 'a.md': good })
    const run = await runCli(['lint', 'a.md'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
  })
})

describe('convert output never touches an input', () => {
  function tree(): string {
    const cwd = project({ 'in/a.txt': seed, 'in/sub/b.md': seed })
    return cwd
  }
  const inputs = (cwd: string) => ['in/a.txt', 'in/sub/b.md'].map((file) => sha(join(cwd, file)))

  it('--out-dir inside the input tree: outputs land there and are not read back as inputs', async () => {
    const cwd = tree()
    const before = inputs(cwd)
    for (let round = 0; round < 2; round++) {
      const run = await runCli(['convert', 'in', '--out-dir', 'in/json', '--ext', '.txt', '.md', '.json', '-q'], { cwd })
      expect(run.code).toBe(0)
      expect(run.stderr).toMatch(/^torlint: 2 files, 2 converted, 0 failed/)
    }
    expect(readdirSync(join(cwd, 'in/json')).sort()).toEqual(['a.json', 'sub'])
    expect(inputs(cwd)).toEqual(before)
  })

  it('--out-dir equal to the input folder: each .json lands next to its input', async () => {
    const cwd = tree()
    const before = inputs(cwd)
    const run = await runCli(['convert', 'in', '--out-dir', 'in', '-q'], { cwd })
    expect(run.stderr).toMatch(/2 files, 2 converted/)
    expect(existsSync(join(cwd, 'in/a.json')) && existsSync(join(cwd, 'in/sub/b.json'))).toBe(true)
    expect(inputs(cwd)).toEqual(before)
  })

  it('inputs given with ..: outputs stay under --out-dir', async () => {
    const cwd = tree()
    const run = await runCli(['convert', '../a.txt', '../sub/b.md', '--out-dir', '../../out', '-q'], { cwd: join(cwd, 'in/sub') })
    expect(run.code).toBe(0)
    expect(readdirSync(join(cwd, 'out'), { recursive: true }).map(String).sort()).toEqual(['a.json', 'sub', join('sub', 'b.json')])
  })

  it('an output that would overwrite an input is refused for that file, and the input is untouched', async () => {
    const cwd = project({ 'in/notice.json': seed, 'in/other.txt': seed })
    const before = sha(join(cwd, 'in/notice.json'))
    const run = await runCli(['convert', 'in/notice.json', 'in/other.txt', '--out-dir', 'in', '-q'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('torlint: in/notice.json: its output in/notice.json would overwrite an input; skipped')
    expect(run.stderr).toMatch(/2 files, 1 converted, 1 failed/)
    expect(sha(join(cwd, 'in/notice.json'))).toBe(before)
    expect(existsSync(join(cwd, 'in/other.json'))).toBe(true)
  })

  it('an --output-file that is an input is refused before anything is written', async () => {
    const cwd = project({ 'a.txt': seed })
    const before = sha(join(cwd, 'a.txt'))
    const run = await runCli(['convert', 'a.txt', '--format', 'ndjson', '--output-file', 'a.txt'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: a.txt: is one of the inputs; choose another --output-file')
    expect(sha(join(cwd, 'a.txt'))).toBe(before)
  })
})

describe('configuration is data, and nothing goes to the network', () => {
  it('a module path in extends, a !!js/function YAML tag and a plugins key are refused, and their code never runs', () => {
    const plugin = "import('node:fs').then((fs) => fs.writeFileSync('PWNED', 'x'))\n"
    const cases: Record<string, string>[] = [
      { 'torlint.config.json': '{ "extends": "./plugin.mjs" }' },
      { '.torlintrc.yaml': 'rules: !!js/function "function () { require(\'fs\').writeFileSync(\'PWNED\', \'x\') }"\n' },
      { 'package.json': '{ "name": "x", "torlint": { "plugins": ["./plugin.mjs"] } }' },
    ]
    for (const files of cases) {
      const cwd = project({ ...files, 'plugin.mjs': plugin, 'a.md': good })
      const run = runBin(['lint', 'a.md'], { cwd })
      const [name] = Object.keys(files)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(new RegExp(`^torlint: \\S*${name!.replace('.', '\\.')}: invalid configuration: `))
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1)
      expect(existsSync(join(cwd, 'PWNED'))).toBe(false)
    }
  })

  it('front matter with an unknown YAML tag is read as data, without a warning on stderr', () => {
    const cwd = project({ 'fm.md': '---\ntitle: !!js/function Driver\n---\n\n## Responsibilities\n\n- Drive.\n' })
    const run = runBin(['parse', 'fm.md'], { cwd })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
  })

  it('lint, parse and convert open no connection and resolve no name', async () => {
    const net = await import('node:net')
    const dns = await import('node:dns')
    const http = await import('node:http')
    const https = await import('node:https')
    const { syncBuiltinESMExports } = await import('node:module')
    const { vi } = await import('vitest')
    const spies = [
      vi.spyOn(net.Socket.prototype, 'connect'),
      vi.spyOn(dns.default, 'lookup'),
      vi.spyOn(dns.promises, 'lookup'),
      vi.spyOn(http.default, 'request'),
      vi.spyOn(https.default, 'request'),
      vi.spyOn(globalThis, 'fetch'),
    ]
    syncBuiltinESMExports()
    try {
      const cwd = project({ 'in/a.txt': seed, 'in/b.md': seed, 'torlint.config.json': '{ "extends": "strict" }' })
      expect((await runCli(['lint', 'in', '--jobs', '1', '--format', 'sarif'], { cwd })).code).toBe(1)
      expect((await runCli(['parse', 'in/a.txt'], { cwd })).code).toBe(0)
      expect((await runCli(['convert', 'in', '--out-dir', 'out', '--jobs', '1', '-q'], { cwd })).code).toBe(0)
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of spies) spy.mockRestore()
      syncBuiltinESMExports()
    }
  })
})
