// The GitHub Action and the pre-commit hook are the ways CI users meet torlint. Their files are checked for
// the keys their hosts require, and the action's shell steps run here the way a runner runs them.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Code } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { visit } from 'unist-util-visit'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const SEED = '002_fe13132658dc064e.txt' // its line 49 says "these three values" and five follow
const CLEAN = 'undp.md' // no error, one warning: no supervisor is named

interface Step {
  name?: string
  id?: string
  shell?: string
  run?: string
  uses?: string
  env?: Record<string, string>
}
interface Action {
  name: string
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string; value: string }>
  runs: { using: string; steps: Step[] }
}

const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as Action
const hooks = parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[]
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }

describe('action.yml', () => {
  it('is a composite action with a name, a description and the four documented inputs', () => {
    expect(action.name).toBe('torlint')
    expect(action.description.length).toBeGreaterThan(10)
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs).sort()).toEqual(['args', 'config', 'format', 'paths'])
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10)
    expect(action.inputs.format!.default).toBe('github')
    expect(action.inputs.paths!.default).toBe('.')
  })

  it('maps each output to a step that exists', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'sarif-file'])
    const ids = new Set(action.runs.steps.map((step) => step.id))
    for (const [name, output] of Object.entries(action.outputs)) {
      const match = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(output.value)
      expect(match, output.value).not.toBeNull()
      expect(ids.has(match![1]!)).toBe(true)
      expect(match![2]).toBe(name)
    }
  })

  it('gives every run step a shell (composite actions require it) and keeps expressions out of scripts', () => {
    for (const step of action.runs.steps) {
    if (step.run === undefined) continue
    expect(step.shell).toBe('bash')
    // An input interpolated into a script is code injection; inputs reach scripts through env only.
    expect(step.run).not.toContain('${{')
    for (const value of Object.values(step.env ?? {})) expect(value).toMatch(/^\$\{\{ inputs\.[\w-]+ \}\}$/)
  }
  })
})

const temporaries: string[] = []
afterAll(() => temporaries.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Runs the action's steps like the runner: bash -e -o pipefail, step env from inputs, stop at a failure. */
function runAction(
  inputs: Record<string, string>,
  options: { workspace: string; actionPath?: string; path?: string; only?: string[] },
): { code: number; stdout: string; stderr: string; outputs: Record<string, string> } {
  const temp = mkdtempSync(join(tmpdir(), 'torlint-action-run-'))
  // Kept until the end: the SARIF file lives in RUNNER_TEMP and is read after the run.
  temporaries.push(temp)
  const outputFile = join(temp, 'github-output')
  writeFileSync(outputFile, '')
  const values: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) values[name] = inputs[name] ?? input.default ?? ''
  let stdout = ''
  let stderr = ''
  let code = 0
  for (const step of action.runs.steps) {
    if (step.run === undefined || (options.only && !options.only.includes(step.id!))) continue
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GITHUB_ACTION_PATH: options.actionPath ?? root, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: temp }
    if (options.path) env.PATH = options.path
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = values[/inputs\.([\w-]+)/.exec(value)![1]!]
    const script = join(temp, `${step.id}.sh`)
    writeFileSync(script, step.run)
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: options.workspace, env, encoding: 'utf8' })
    stdout += run.stdout
    stderr += run.stderr
    code = run.status ?? -1
    if (code !== 0) break
  }
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
  return { code, stdout, stderr, outputs }
}

describe('the action, run locally', { timeout: 60_000 }, () => {
  let workspace: string
  beforeAll(() => {
    // The install step builds in the action's folder when dist/ is missing; here it must find it built,
    // or it would run npm ci in this shared tree.
    if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)')
    workspace = mkdtempSync(join(tmpdir(), 'torlint-action-workspace-'))
    mkdirSync(join(workspace, 'vacancies'))
    mkdirSync(join(workspace, 'clean'))
    copyFileSync(join(root, 'fixtures/seeds', SEED), join(workspace, 'vacancies', SEED))
    copyFileSync(join(root, 'fixtures/layouts', CLEAN), join(workspace, 'clean', CLEAN))
    writeFileSync(join(workspace, 'relaxed.json'), JSON.stringify({ rules: { 'count-mismatch': 'off' } }))
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('format github: annotations on stdout, paths relative to the workspace, exit 1 on errors', () => {
    const run = runAction({ paths: 'vacancies', format: 'github' }, { workspace })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(new RegExp(`^::error file=vacancies/${SEED},line=49,col=223,.*title=count-mismatch::says "these three values" but 5 follow`, 'm'))
    expect(run.code).toBe(1)
    expect(run.outputs).toEqual({ 'exit-code': '1' })
  })

  it('format sarif: writes the file named by the sarif-file output, for upload-sarif', () => {
    const run = runAction({ paths: 'vacancies', format: 'sarif' }, { workspace })
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.outputs['exit-code']).toBe('1')
    const file = run.outputs['sarif-file']!
    expect(file.endsWith('torlint.sarif')).toBe(true)
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] }
    expect(sarif.version).toBe('2.1.0')
    const counted = sarif.runs[0]!.results.find((result) => result.ruleId === 'count-mismatch')!
    expect(counted.locations[0]!.physicalLocation.artifactLocation.uri).toBe(`vacancies/${SEED}`)
    expect(counted.locations[0]!.physicalLocation.region.startLine).toBe(49)
  })

  it('several paths on separate lines, and args passed through: --max-warnings 0 fails on a warning', () => {
    const passing = runAction({ paths: `clean/${CLEAN}\n`, format: 'github' }, { workspace })
    expect(passing.stdout).toMatch(/^::warning file=clean\/undp\.md,.*title=required-field::no supervisor/m)
    expect(passing.code).toBe(0)
    const strict = runAction({ paths: `clean/${CLEAN}`, format: 'github', args: '--max-warnings 0' }, { workspace })
    expect(strict.code).toBe(1)
    const both = runAction({ paths: `clean/${CLEAN}\nvacancies/*.txt`, format: 'github', args: '--quiet' }, { workspace })
    expect(both.stdout).not.toContain('::warning') // --quiet: errors only
    expect(both.stdout).toContain(`file=vacancies/${SEED}`) // the glob matched
  })

  it('config: the named configuration file is used', () => {
    const run = runAction({ paths: 'vacancies', format: 'github', config: 'relaxed.json' }, { workspace })
    expect(run.stdout).not.toContain('count-mismatch')
    expect(run.outputs['exit-code']).toBe(String(run.code))
  })

  it('a missing config file is exit 2 with torlint\'s message, and the output says so', () => {
    const run = runAction({ paths: 'vacancies', format: 'github', config: 'missing.json' }, { workspace })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('missing.json')
    expect(run.outputs['exit-code']).toBe('2')
  })

  it('an unknown format is exit 2 with an error annotation, before torlint runs', () => {
    const run = runAction({ paths: 'vacancies', format: 'html' }, { workspace })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('::error::torlint action: format must be sarif or github, not "html"')
    expect(run.outputs).toEqual({ 'exit-code': '2' })
  })

  it('inputs are data: command substitutions in them are never run', () => {
    const marker = join(workspace, 'injected')
    const run = runAction({ paths: `vacancies $(touch ${marker})`, format: 'github', args: `\`touch ${marker}\`` }, { workspace })
    expect(existsSync(marker)).toBe(false)
    expect(run.code).toBe(2) // torlint was given those words as a path and an option, and rejected them
  })

  it('install step: in a fresh copy of the action it installs without install scripts and builds', () => {
    // A fake npm records what the step asks for; the real install is what the pack test proves.
    const fresh = mkdtempSync(join(tmpdir(), 'torlint-action-fresh-'))
    const bin = join(fresh, 'fake-bin')
    mkdirSync(bin)
    const log = join(fresh, 'npm.log')
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$*" >> "${log}"\n`)
    chmodSync(join(bin, 'npm'), 0o755)
    try {
      const run = runAction({}, { workspace, actionPath: fresh, path: `${bin}:${process.env.PATH}`, only: ['install'] })
      expect(run.code).toBe(0)
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['ci --ignore-scripts --no-audit --no-fund', 'run build'])
      // Built already (the repository here): nothing to do.
      rmSync(log, { force: true })
      expect(runAction({}, { workspace, path: `${bin}:${process.env.PATH}`, only: ['install'] }).code).toBe(0)
      expect(existsSync(log)).toBe(false)
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})

describe('.pre-commit-hooks.yaml', { timeout: 60_000 }, () => {
  const hook = hooks.find((entry) => entry.id === 'torlint')!

  it('declares a torlint hook with the keys pre-commit requires', () => {
    expect(Array.isArray(hooks)).toBe(true)
    expect(hook).toBeDefined()
    for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key]).toBe('string')
    expect(hook.language).toBe('node')
    expect(hook.entry).toBe('torlint lint')
    // The entry's command is the package's binary, which pre-commit installs with the package.
    expect(Object.keys(packageJson.bin)).toContain(String(hook.entry).split(' ')[0])
  })

  it('matches the formats torlint reads, binary ones included, and nothing else', () => {
    const files = new RegExp(String(hook.files))
    for (const name of ['notice.md', 'docs/notice.markdown', 'vacancies/p3.txt', 'board/post.html', 'board/post.htm', 'tor.docx', 'scans/tor.pdf']) expect(files.test(name)).toBe(true)
    for (const name of ['package.json', 'notes.md.bak', 'README.mdx', 'txt', 'tor.doc', 'tor.pdf.orig', 'page.xhtml~']) expect(files.test(name)).toBe(false)
    expect(hook.types).toBeUndefined()
  })

  it('runs as pre-commit calls it: the entry followed by the staged file names', () => {
    const [command, ...args] = String(hook.entry).split(' ')
    const run = (files: string[]) =>
      spawnSync(process.execPath, [join(root, packageJson.bin[command!]!), ...args, ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(run([`fixtures/layouts/${CLEAN}`]).status).toBe(0)
    const failing = run([`fixtures/layouts/${CLEAN}`, `fixtures/seeds/${SEED}`])
    expect(failing.status).toBe(1)
    expect(failing.stdout).toContain('count-mismatch')
    // A staged PDF of the same notice is read too, its finding placed by page and line.
    const pdf = run([`fixtures/formats/${SEED.replace(/\.txt$/, '.pdf')}`])
    expect(pdf.stdout).toMatch(/page \d+, line \d+.*count-mismatch/)
  })
})

describe('the README examples', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const yamlBlocks: unknown[] = []
  visit(fromMarkdown(readme), 'code', (node: Code) => {
    if (node.lang === 'yaml') yamlBlocks.push(parseYaml(node.value))
  })
  /** Every object in a parsed YAML value, depth first. */
  const objects = (value: unknown): Record<string, unknown>[] =>
    value && typeof value === 'object' ? [...(Array.isArray(value) ? [] : [value as Record<string, unknown>]), ...Object.values(value).flatMap(objects)] : []
  const all = yamlBlocks.flatMap(objects)

  it('use the action with inputs it declares, and read outputs it sets', () => {
    const uses = all.filter((step) => typeof step.uses === 'string' && /\/torlint@/.test(step.uses))
    expect(uses.length).toBeGreaterThanOrEqual(2)
    for (const step of uses) {
      for (const input of Object.keys((step.with as object) ?? {})) expect(Object.keys(action.inputs)).toContain(input)
      expect(['sarif', 'github']).toContain((step.with as { format: string }).format)
    }
    const read = [...readme.matchAll(/steps\.torlint\.outputs\.([\w-]+)/g)].map((match) => match[1])
    expect(read.length).toBeGreaterThan(0)
    for (const output of read) expect(Object.keys(action.outputs)).toContain(output)
  })

  it('use the pre-commit hook by its id', () => {
    const repos = all.filter((entry) => typeof entry.repo === 'string' && /torlint/.test(entry.repo))
    expect(repos).toHaveLength(1)
    const ids = (repos[0]!.hooks as { id: string }[]).map((hook) => hook.id)
    expect(ids).toEqual(['torlint'])
    expect(hooks.map((hook) => hook.id)).toContain('torlint')
  })
})
