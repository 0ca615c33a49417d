// The import graph of src/, type-only imports included: no circle, and each stage imports only its own
// and earlier stages (shared leaves < ingest < segment < extract < document < format < jobposting < rules
// < config < report < lint < cli < index). The rules are in .dependency-cruiser.cjs, checked here with
// dependency-cruiser; `npm run deps` prints the same check.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))

/** Every broken rule in `baseDir`'s src/, as `rule: from → to`, a circle with its path. */
async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'))
  const tsConfig = join(baseDir, 'tsconfig.json')
  const { output } = await cruise(['src'], { ...options, validate: true, baseDir, tsConfig: { fileName: tsConfig } }, {}, { tsConfig: extractTSConfig(tsConfig) })
  return (output as ICruiseResult).summary.violations.map((v) => {
    const cycle = v.cycle ? ` (${[v.from, ...v.cycle.map((step) => step.name)].join(' → ')})` : ''
    return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`
  })
}

/** A project folder holding `files` (path to source) and a tsconfig like the repo's. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-imports-'))
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', verbatimModuleSyntax: true }, include: ['src'] }))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('the import graph', { timeout: 120_000 }, () => {
  it('of src/ has no circle and every import goes down the stages', async () => {
    expect(await violations(root)).toEqual([])
  })

  it('fails on a circle made only of type imports', async () => {
    const dir = project({
      'src/rules/define.ts': "import type { Doc } from '../rules/engine.js'\nexport interface Rule { check(doc: Doc): void }\n",
      'src/rules/engine.ts': "import type { Rule } from './define.js'\nexport interface Doc { rules: Rule[] }\n",
    })
    const found = await violations(dir)
    // The circle is told once or from each end, as the cruise meets it.
    expect(found).toContain('no-circular: src/rules/define.ts → src/rules/engine.ts (src/rules/define.ts → src/rules/engine.ts → src/rules/define.ts)')
    expect(found.filter((violation) => !violation.startsWith('no-circular: '))).toEqual([])
  })

  it('fails when a stage imports a later one, or anything imports the library API', async () => {
    const dir = project({
      'src/document/index.ts': 'export interface ParsedDocument { lines: string[] }\n',
      'src/extract/index.ts': "import type { ParsedDocument } from '../document/index.js'\nexport type Lines = ParsedDocument['lines']\n",
      'src/index.ts': "export type { ParsedDocument } from './document/index.js'\n",
      'src/rules/define.ts': "import type { ParsedDocument } from '../index.js'\nexport type Check = (doc: ParsedDocument) => void\n",
    })
    expect((await violations(dir)).sort()).toEqual(['extract-imports-later-stage: src/extract/index.ts → src/document/index.ts', 'rules-imports-later-stage: src/rules/define.ts → src/index.ts'])
  })

  it('fails on a module outside every stage, importing or imported', async () => {
    const dir = project({
      'src/misc/helpers.ts': "import { z } from 'zod'\nexport const id = z.string()\n",
      'src/rules/define.ts': "import { id } from '../misc/helpers.js'\nexport const ruleId = id\n",
    })
    expect((await violations(dir)).sort()).toEqual(['importer-not-in-a-stage: src/misc/helpers.ts → zod', 'not-in-a-stage: src/rules/define.ts → src/misc/helpers.ts'])
  })
})
