// The published package works without the repository: pack it, install the tarball into an empty folder
// (dependencies come from the registry, nothing else from the network), and use it there as a user would.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SEED = '002_fe13132658dc064e.txt' // its line 49 says "these three values" and five follow
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

// Quiet, registry-only npm: no audit or funding requests, no update check.
const npmEnv = { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: npmEnv, encoding: 'utf8', timeout: 200_000 })
}

describe('the packed package, installed in an empty folder', { timeout: 240_000 }, () => {
  let temp: string
  let project: string
  let packed: { filename: string; files: { path: string }[] }

  beforeAll(() => {
    // npm pack would run `prepare` (a rebuild of dist/ while other tests read it): build first, pack as is.
    if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)')
    temp = mkdtempSync(join(tmpdir(), 'torlint-pack-'))
    const pack = run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], root)
    expect(pack.status, pack.stderr).toBe(0)
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!

    project = join(temp, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }))
    const install = run(npm, ['install', '--prefer-offline', '--no-save', join(temp, packed.filename)], project)
    expect(install.status, install.stderr).toBe(0)

    mkdirSync(join(project, 'vacancies'))
    copyFileSync(join(root, 'fixtures/seeds', SEED), join(project, 'vacancies', SEED))
    copyFileSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), join(project, 'vacancies/004.txt'))
    copyFileSync(join(root, 'fixtures/layouts/undp.md'), join(project, 'vacancies/undp.md'))
  }, 240_000)
  afterAll(() => {
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  it('ships the build, the launcher, the schema and the docs, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path)
    for (const needed of ['package.json', 'README.md', 'bin/torlint.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/cli/worker.js', 'schemas/tor.schema.json', 'docs/api.md', 'docs/rules.md']) {
      expect(files).toContain(needed)
    }
    expect(files.filter((file) => /^(src|test|fixtures|bench|scripts)\//.test(file))).toEqual([])
  })

  it('`npx torlint lint FILE` reports the seed\'s miscount at its line and column, and exits 1', () => {
    const lint = run(npx, ['--no', 'torlint', 'lint', `vacancies/${SEED}`], project)
    expect(lint.stderr).toBe('')
    expect(lint.stdout).toMatch(/^ {2}49:223 +error +says "these three values" but 5 follow.* count-mismatch$/m)
    expect(lint.status).toBe(1)
  })

  it('lints a folder with worker threads, as JSON', () => {
    const lint = run(npx, ['--no', 'torlint', 'lint', 'vacancies', '--format', 'json', '--jobs', '2'], project)
    expect(lint.stderr).toBe('')
    const results = JSON.parse(lint.stdout) as { filePath: string; errorCount: number }[]
    expect(results.map((result) => result.filePath.split(/[\\/]/).pop())).toEqual([SEED, '004.txt', 'undp.md']) // sorted by path
    expect(results.find((result) => result.filePath.endsWith('undp.md'))!.errorCount).toBe(0)
  })

  it('`npx torlint parse` and `npx torlint schema` work from the installed files', () => {
    const parsed = run(npx, ['--no', 'torlint', 'parse', 'vacancies/undp.md'], project)
    expect(parsed.status, parsed.stderr).toBe(0)
    const tor = JSON.parse(parsed.stdout) as { schemaVersion: number; position: { dutyStation: string } }
    expect(tor.schemaVersion).toBe(1)
    expect(tor.position.dutyStation).toBe('Dakar, Senegal')
    const schema = run(npx, ['--no', 'torlint', 'schema'], project)
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(readFileSync(join(root, 'schemas/tor.schema.json'), 'utf8')))
  })

  it('`import ... from "torlint"` resolves through the exports map', () => {
    const script = [
      "import { parse, lint, rules, schema } from 'torlint'",
      "import { readFileSync } from 'node:fs'",
      "const text = readFileSync('vacancies/undp.md')",
      "const { tor } = parse(text, { path: 'undp.md' })",
      'schema.parse(tor)',
      "console.log(JSON.stringify({ grade: tor.position.grade, errors: lint(text, { path: 'undp.md' }).errorCount, rules: rules.length }))",
    ].join('\n')
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toMatchObject({ grade: 'NO-B', errors: 0 })
    expect(JSON.parse(result.stdout).rules).toBeGreaterThan(10)
  })

  it('TypeScript finds the declarations of the installed package (NodeNext, strict), and they are real types', () => {
    const good = join(project, 'good.mts')
    const bad = join(project, 'bad.mts')
    writeFileSync(
      good,
      [
        "import { lint, parse, type LintResult, type ToR } from 'torlint'",
        "const tor: ToR = parse('Grade: P3', { format: 'text' }).tor",
        "const result: LintResult = lint('Grade: P3')",
        'const grade: string | null = tor.position.grade',
        'export const summary = [grade, result.errorCount] as const',
      ].join('\n'),
    )
    // `any` would accept this too: the error proves the declarations were found and read.
    writeFileSync(bad, ["import { parse } from 'torlint'", "export const grade: number = parse('Grade: P3').tor.position.grade"].join('\n'))
    const program = ts.createProgram([good, bad], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules/@types')],
    })
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => `${diagnostic.file?.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
    expect(errors).toEqual(["bad.mts: Type 'string | null' is not assignable to type 'number'.\n  Type 'null' is not assignable to type 'number'."])
    // Resolved inside the installed copy, not through the repository.
    const declaration = program.getSourceFiles().find((source) => source.fileName.endsWith('torlint/dist/index.d.ts'))
    expect(declaration?.fileName.startsWith(project)).toBe(true)
  })
})
