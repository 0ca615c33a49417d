// docs/api.md is a contract: every js/ts block is a program that type-checks against the built package
// (resolved by name, as a user's project resolves it) and runs with its own assertions. A stale page fails.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Code } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import ts from 'typescript'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createConsumer, root, type Consumer } from './consumer.js'

interface Example {
  lang: 'js' | 'ts'
  line: number
  heading: string
  code: string
  /** File name in the consumer folder; .mts is transpiled to .mjs to run. */
  file: string
}

const execFileAsync = promisify(execFile)

const LANGS: Record<string, Example['lang']> = { js: 'js', javascript: 'js', mjs: 'js', ts: 'ts', typescript: 'ts' }

const markdown = readFileSync(join(root, 'docs/api.md'), 'utf8')

function examples(): Example[] {
  const found: Example[] = []
  let heading = '(top)'
  visit(fromMarkdown(markdown), (node) => {
    if (node.type === 'heading') heading = markdown.slice(node.position!.start.offset, node.position!.end.offset).replace(/^#+\s*/, '')
    if (node.type !== 'code') return
    const lang = LANGS[(node as Code).lang ?? '']
    if (!lang) return
    const line = node.position!.start.line
    found.push({ lang, line, heading, code: (node as Code).value, file: `api-md-line-${line}.${lang === 'ts' ? 'mts' : 'mjs'}` })
  })
  return found
}

const blocks = examples()

/** Type errors of a set of files, as `file:line message` lines. */
function typeErrors(files: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    ...options,
  })
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : null
    const name = diagnostic.file ? diagnostic.file.fileName.split('/').pop() : ''
    return `${name}${where ? `:${where.line + 1}` : ''} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

describe('docs/api.md', () => {
  let consumer: Consumer
  beforeAll(() => {
    consumer = createConsumer('torlint-api-docs-')
    for (const block of blocks) {
      writeFileSync(join(consumer.dir, block.file), block.code)
      if (block.lang === 'ts') {
        const js = ts.transpileModule(block.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } })
        writeFileSync(join(consumer.dir, block.file.replace(/\.mts$/, '.mjs')), js.outputText)
      }
    }
  })
  afterAll(() => consumer?.remove())

  it('has runnable examples in both languages', () => {
    expect(blocks.filter((block) => block.lang === 'js').length).toBeGreaterThanOrEqual(8)
    expect(blocks.filter((block) => block.lang === 'ts').length).toBeGreaterThanOrEqual(1)
  })

  it('TypeScript examples type-check in strict mode against the published declarations', { timeout: 120_000 }, () => {
    const files = blocks.filter((block) => block.lang === 'ts').map((block) => join(consumer.dir, block.file))
    expect(typeErrors(files, { strict: true })).toEqual([])
  })

  it('every type the TypeScript section names is exported', { timeout: 120_000 }, () => {
    const section = markdown.slice(markdown.indexOf('## TypeScript'), markdown.indexOf('```ts', markdown.indexOf('## TypeScript')))
    const names = [...new Set([...section.matchAll(/`([A-Z]\w*)`/g)].map((match) => match[1]!))]
    expect(names.length).toBeGreaterThan(20)
    const file = join(consumer.dir, 'type-names.mts')
    writeFileSync(file, `import type { ${names.join(', ')} } from 'torlint'\nexport type All = [${names.map((name) => (/^(Rule|RuleContext)$/.test(name) ? `${name}<unknown>` : name)).join(', ')}]\n`)
    expect(typeErrors([file], { strict: true })).toEqual([])
  })

  it('JavaScript examples use only exports, options and fields that the declarations have', { timeout: 120_000 }, () => {
    // Not strict: a JS reader does not write non-null assertions, but a misspelt name is still an error.
    const files = blocks.filter((block) => block.lang === 'js').map((block) => join(consumer.dir, block.file))
    expect(typeErrors(files, { allowJs: true, checkJs: true, strict: false })).toEqual([])
  })

  for (const block of blocks) {
    it.concurrent(`runs the ${block.lang} example at line ${block.line} (${block.heading})`, { timeout: 120_000 }, async () => {
      const file = join(consumer.dir, block.file.replace(/\.mts$/, '.mjs'))
      // The repository root as working directory, so examples can read fixtures/ like a reader who cloned it.
      const run = await execFileAsync(process.execPath, [file], { cwd: root, encoding: 'utf8', timeout: 100_000 }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (error: { code?: number; stderr?: string }) => ({ code: error.code ?? -1, stderr: error.stderr ?? String(error) }),
      )
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
    })
  }

  it('documents every value the package exports', async () => {
    const api = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Record<string, unknown>
    const undocumented = Object.keys(api).filter((name) => !new RegExp(`\`${name}\\b`).test(markdown))
    expect(undocumented).toEqual([])
  })

  it('documents only values the package exports', async () => {
    const api = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Record<string, unknown>
    const imported = new Set<string>()
    for (const block of blocks) {
      for (const match of block.code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'torlint'/g)) {
        for (const name of match[1]!.split(',')) {
          const trimmed = name.trim()
          if (trimmed && !trimmed.startsWith('type ')) imported.add(trimmed)
        }
      }
    }
    expect([...imported].filter((name) => !(name in api))).toEqual([])
  })
})
