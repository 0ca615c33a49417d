// Issue 17, outputs and inputs: what torlint writes never replaces a link, a device or a pipe, never
// lands on an input, never overwrites another output, and leaves no temporary behind on Ctrl-C; what it
// reads back (the cache) is validated, and what it cannot read is said, by name. In-process (runCli) where
// the exit code, the output and the files left are what is checked; the real binary for pipes and paths
// that could hang it, another user's permissions, signals and a file name's bytes on the command line.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bin, root, runBin, runCli } from '../cli/helpers.js'

const good = 'Position Title : Driver\n\n## Responsibilities\n\n- Drive safely.\n'
const asRoot = process.getuid?.() === 0

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-outputs-'))
  chmodSync(dir, 0o755)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}

/** The binary as an unprivileged user when the tests run as root (who may read and write everything). */
function runUnprivileged(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0
const temporaries = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'))

describe('--output-file and --cache-location never replace a link, a device or a pipe', { timeout: 120_000 }, () => {
  it('a symbolic link as --output-file is refused; the link and the file it points to stay as they were', async () => {
    const cwd = project({ 'a.md': good, 'precious.txt': 'keep\n' })
    symlinkSync(join(cwd, 'precious.txt'), join(cwd, 'report.txt'))
    const run = await runCli(['lint', 'a.md', '--output-file', 'report.txt'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: report.txt: cannot write the report: is a symbolic link: torlint replaces only regular files (give the path of the file itself)\n')
    expect(lstatSync(join(cwd, 'report.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(cwd, 'report.txt'))).toBe(join(cwd, 'precious.txt'))
    expect(readFileSync(join(cwd, 'precious.txt'), 'utf8')).toBe('keep\n')
  })

  it('a named pipe as --output-file is written through while something reads it, and stays a pipe', async () => {
    const cwd = project({ 'a.md': good })
    if (!mkfifo(join(cwd, 'pipe'))) return
    const reader = spawn('cat', ['pipe'], { cwd })
    let read = ''
    reader.stdout.on('data', (chunk) => (read += String(chunk)))
    const readerDone = new Promise((resolve) => reader.on('close', resolve))
    // Give the reader time to open its end.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const run = runBin(['lint', 'a.md', '--output-file', 'pipe', '--format', 'json'], { cwd })
    await readerDone
    expect(run.code).toBe(1)
    expect(lstatSync(join(cwd, 'pipe')).isFIFO()).toBe(true)
    expect(JSON.parse(read)[0].filePath).toBe('a.md')
    expect(temporaries(cwd)).toEqual([])
  })

  it('a named pipe nothing reads fails at once instead of waiting for ever', () => {
    const cwd = project({ 'a.md': good })
    if (!mkfifo(join(cwd, 'pipe'))) return
    const started = performance.now()
    const run = runBin(['lint', 'a.md', '--output-file', 'pipe'], { cwd })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: pipe: cannot write the report: is a named pipe that nothing reads\n')
    expect(lstatSync(join(cwd, 'pipe')).isFIFO()).toBe(true)
  })

  it.skipIf(!asRoot)('a device node as --output-file is written through and stays a device', async () => {
    const cwd = project({ 'a.md': good })
    // A private null device (as /dev/null): replacing it with a regular file was the bug.
    if (spawnSync('mknod', [join(cwd, 'null'), 'c', '1', '3']).status !== 0) return
    const run = await runCli(['lint', 'a.md', '--output-file', 'null'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    expect(lstatSync(join(cwd, 'null')).isCharacterDevice()).toBe(true)
    expect(temporaries(cwd)).toEqual([])
  })

  it('convert --output-file through a symbolic link is refused too', async () => {
    const cwd = project({ 'a.md': good, 'precious.txt': 'keep\n' })
    symlinkSync(join(cwd, 'precious.txt'), join(cwd, 'all.ndjson'))
    const run = await runCli(['convert', 'a.md', '--format', 'ndjson', '--output-file', 'all.ndjson'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('torlint: all.ndjson: cannot write: is a symbolic link')
    expect(lstatSync(join(cwd, 'all.ndjson')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(cwd, 'precious.txt'), 'utf8')).toBe('keep\n')
  })

  it('convert never renames over a link planted in --out-dir', async () => {
    const cwd = project({ 'a.md': good, 'b.md': good, 'precious.txt': 'keep\n' })
    mkdirSync(join(cwd, 'out'))
    symlinkSync(join(cwd, 'precious.txt'), join(cwd, 'out/a.json'))
    const run = await runCli(['convert', 'a.md', 'b.md', '--out-dir', 'out', '-q'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('torlint: a.md: cannot write out/a.json: is a symbolic link')
    expect(lstatSync(join(cwd, 'out/a.json')).isSymbolicLink()).toBe(true)
    expect(existsSync(join(cwd, 'out/b.json'))).toBe(true)
  })

  it('a cache location that is a link or a pipe: one clear line, exit 2, before any linting; a pipe never hangs', async () => {
    const cwd = project({ 'a.md': good, 'precious.txt': 'keep\n' })
    symlinkSync(join(cwd, 'precious.txt'), join(cwd, '.torlintcache'))
    const link = await runCli(['lint', 'a.md', '--cache'], { cwd })
    expect(link.code).toBe(2)
    expect(link.stdout).toBe('')
    expect(link.stderr).toBe('torlint: --cache-location .torlintcache: is a symbolic link; torlint keeps its cache in a regular file only\n')
    expect(readFileSync(join(cwd, 'precious.txt'), 'utf8')).toBe('keep\n')
    expect(lstatSync(join(cwd, '.torlintcache')).isSymbolicLink()).toBe(true)

    // A folder is not refused: it holds the cache file, as ESLint's --cache-location does.
    mkdirSync(join(cwd, 'cachedir'))
    const folder = await runCli(['lint', 'a.md', '--cache', '--cache-location', 'cachedir'], { cwd })
    expect(folder.stderr).toBe('')
    expect(existsSync(join(cwd, 'cachedir/.torlintcache'))).toBe(true)

    if (mkfifo(join(cwd, 'cachepipe'))) {
      const started = performance.now()
      const pipe = runBin(['lint', 'a.md', '--cache', '--cache-location', 'cachepipe'], { cwd })
      expect(performance.now() - started).toBeLessThan(20_000)
      expect(pipe.code).toBe(2)
      expect(pipe.stderr).toBe('torlint: --cache-location cachepipe: is a device, pipe or socket; give the path of a regular file\n')
    }
  })

  it('a cache location in a folder that cannot be written: a clear message, not an internal error', () => {
    const cwd = project({ 'a.md': good })
    mkdirSync(join(cwd, 'locked'))
    chmodSync(join(cwd, 'locked'), 0o555)
    const run = runUnprivileged(['lint', 'a.md', '--cache', '--cache-location', 'locked/cache'], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: --cache-location locked/cache: cannot write the cache: permission denied (check that its folder is writable)\n')
  })

  it('an output path under /proc that cannot be created fails at once', () => {
    const cwd = project({ 'a.md': good })
    const started = performance.now()
    const run = runBin(['lint', 'a.md', '--output-file', '/proc/torlint-no-such/report.txt'], { cwd })
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^torlint: \/proc\/torlint-no-such\/report\.txt: cannot write the report: /)
  })
})

describe('outputs never land on an input or on each other', { timeout: 120_000 }, () => {
  it('lint --output-file naming an input (or the cache naming one) is refused before anything is written', async () => {
    const cwd = project({ 'a.md': good, 'b.md': good })
    const run = await runCli(['lint', 'a.md', 'b.md', '--output-file', './b.md'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('torlint: ./b.md: is one of the inputs; choose another --output-file\n')
    expect(readFileSync(join(cwd, 'b.md'), 'utf8')).toBe(good)
    const cache = await runCli(['lint', 'a.md', '--cache', '--cache-location', 'a.md'], { cwd })
    expect(cache.code).toBe(2)
    expect(readFileSync(join(cwd, 'a.md'), 'utf8')).toBe(good)
  })

  it('convert: inputs that map to the same output (x.txt, x.md, x.txt.md) are reported, exit 1, none overwritten', async () => {
    const cwd = project({ 'in/x.txt': good, 'in/x.md': good.replace('Driver', 'Clerk'), 'in/x.txt.md': good.replace('Driver', 'Guard'), 'in/y.md': good })
    const run = await runCli(['convert', 'in', '--out-dir', 'out', '-q'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('torlint: in/x.txt: its output out/x.txt.json would also be that of in/x.txt.md; skipped (rename one of them)\n')
    expect(run.stderr).toContain('torlint: in/x.txt.md: its output out/x.txt.json would also be that of in/x.txt; skipped (rename one of them)\n')
    expect(run.stderr).toMatch(/4 files, 2 converted, 2 failed/)
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['x.md.json', 'y.json'])
  })
})

describe('Ctrl-C leaves no temporary file', { timeout: 120_000 }, () => {
  function batch(): string {
    const cwd = mkdtempSync(join(tmpdir(), 'torlint-ctrlc-'))
    mkdirSync(join(cwd, 'in'))
    const seeds = readdirSync(join(root, 'fixtures/seeds')).filter((name) => name.endsWith('.txt'))
    for (let copy = 0; copy < 40; copy++) for (const seed of seeds) cpSync(join(root, 'fixtures/seeds', seed), join(cwd, 'in', `${copy}-${seed}`))
    return cwd
  }
  async function interrupt(cwd: string, args: string[], signals: number): Promise<number | null> {
    const child = spawn(process.execPath, [bin, ...args], { cwd })
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    for (let waited = 0; temporaries(cwd).length === 0 && waited < 60_000; waited += 25) await new Promise((resolve) => setTimeout(resolve, 25))
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (let sent = 0; sent < signals; sent++) {
      child.kill('SIGINT')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return ended
  }

  it('Ctrl-C during lint --output-file: exit 130, neither the report nor its temporary', { timeout: 120_000 }, async () => {
    const cwd = batch()
    expect(await interrupt(cwd, ['lint', 'in', '--jobs', '1', '--output-file', 'report.txt'], 1)).toBe(130)
    expect(readdirSync(cwd)).toEqual(['in'])
  })

  it('a second Ctrl-C during convert --output-file: exit 130 at once, no temporary', { timeout: 120_000 }, async () => {
    const cwd = batch()
    expect(await interrupt(cwd, ['convert', 'in', '--format', 'ndjson', '--jobs', '1', '--output-file', 'all.ndjson', '-q'], 2)).toBe(130)
    expect(readdirSync(cwd)).toEqual(['in'])
  })
})

describe('--jobs', { timeout: 120_000 }, () => {
  it('asked for more workers than cores: capped at the cores, with a message', async () => {
    const cwd = project({ 'a.md': good })
    const cores = availableParallelism()
    const run = await runCli(['lint', 'a.md', '--jobs', '500', '--format', 'json'], { cwd })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`torlint: --jobs 500: this machine has ${cores} ${cores === 1 ? 'core' : 'cores'}; using ${cores}\n`)
  })
})

describe('inputs', { timeout: 120_000 }, () => {
  it('a cache entry that does not validate is linted again, never trusted', async () => {
    const cwd = project({ 'a.md': good })
    expect((await runCli(['lint', 'a.md', '--cache'], { cwd })).code).toBe(1)
    const cache = JSON.parse(readFileSync(join(cwd, '.torlintcache'), 'utf8'))
    const [key] = Object.keys(cache.entries)
    const entry = cache.entries[key!]
    entry.result.errorCount = 'lots'
    writeFileSync(join(cwd, '.torlintcache'), JSON.stringify(cache))
    const run = await runCli(['lint', 'a.md', '--cache', '--format', 'json'], { cwd })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)[0].errorCount).toBeGreaterThan(0)

    // Counts that contradict the messages are not trusted either.
    entry.result.errorCount = 0
    entry.result.messages = entry.result.messages.filter((message: { severity: string }) => message.severity !== 'error').concat([])
    cache.entries[key!] = { ...entry, result: { ...entry.result, messages: [{ ...JSON.parse(run.stdout)[0].messages[0], severity: 'error' }] } }
    writeFileSync(join(cwd, '.torlintcache'), JSON.stringify(cache))
    expect((await runCli(['lint', 'a.md', '--cache', '--format', 'json'], { cwd })).code).toBe(1)
  })

  it('a subfolder the walk cannot open is reported by name, exit 2, and the rest is linted', () => {
    const cwd = project({ 'tree/ok/a.md': good, 'tree/locked/b.md': good })
    chmodSync(join(cwd, 'tree'), 0o755)
    chmodSync(join(cwd, 'tree/ok'), 0o755)
    chmodSync(join(cwd, 'tree/locked'), 0o000)
    const run = runUnprivileged(['lint', 'tree', '--format', 'json'], cwd)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('torlint: tree/locked: cannot list this folder: permission denied (check that the folder is readable)\n')
    // The folder that could not be listed has an entry of its own, with one fatal message.
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual(['tree/locked', 'tree/ok/a.md'])
  })

  it('a file name that is not valid UTF-8 is read, and named with its bytes', async () => {
    const cwd = project({})
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.md')])
    mkdirSync(join(cwd, 'in'))
    writeFileSync(Buffer.concat([Buffer.from(join(cwd, 'in/')), name]), good)
    const walked = await runCli(['lint', 'in', '--format', 'json'], { cwd })
    expect(walked.stderr).toBe('')
    expect(JSON.parse(walked.stdout).map((result: { filePath: string }) => result.filePath)).toEqual(['in/caf\\xE9.md'])
    // Named on the command line: Node decodes the argument with U+FFFD; the file is found all the same.
    const named = spawnSync(process.execPath, [bin, 'lint', Buffer.concat([Buffer.from('in/'), name]) as unknown as string], { cwd, encoding: 'utf8' })
    expect(named.stderr).toBe('')
    expect(named.status).toBe(1)
    expect(named.stdout).toContain('in/caf\\xE9.md')
  })

  it('escape sequences in a file name or its text never reach the terminal raw in stylish output', async () => {
    const cwd = project({ 'in/evil\u001b]0;owned\u0007.md': 'Position Title : Driver \u001b[2J\u202e\n\nClosing date: 31 February 2031 \u001b[31m\n' })
    const run = await runCli(['lint', 'in'], { cwd })
    expect(run.stdout.length).toBeGreaterThan(0)
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/)
    expect(run.stdout).toContain('in/evil\\x1B]0;owned\\x07.md')
  })
})
