// `torlint convert --format jsonld`: one .jsonld file per input with --out-dir, else one posting a line.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jobPostingSchema } from '../../src/index.js'
import { root, runCli } from '../cli/helpers.js'

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'torlint-jsonld-'))
  mkdirSync(join(dir, 'in/sub'), { recursive: true })
  cpSync(join(root, 'fixtures/seeds/004_85fb80d637fbf5cc.txt'), join(dir, 'in/vacancy.txt'))
  cpSync(join(root, 'fixtures/seeds/001_58b32094f285b7d1.txt'), join(dir, 'in/sub/jpo.md'))
  return dir
}

describe('torlint convert --format jsonld', () => {
  it('writes one .jsonld file per input under --out-dir', async () => {
    const cwd = workspace()
    const run = await runCli(['convert', 'in', '--format', 'jsonld', '--out-dir', 'out', '-q'], { cwd })
    expect(run.code).toBe(0)
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['sub', 'vacancy.jsonld'])
    const vacancy = jobPostingSchema.parse(JSON.parse(readFileSync(join(cwd, 'out/vacancy.jsonld'), 'utf8')))
    expect(vacancy).toMatchObject({ '@type': 'JobPosting', title: 'Reintegration Officer', datePosted: '2022-01-27' })
    const jpo = JSON.parse(readFileSync(join(cwd, 'out/sub/jpo.jsonld'), 'utf8'))
    expect(jpo.title).toBe('Data and Knowledge Officer')
    expect(jpo.jobLocation.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' })
  })

  it('without --out-dir, streams one posting per line in path order', async () => {
    const cwd = workspace()
    const run = await runCli(['convert', 'in', '--format', 'jsonld', '-q'], { cwd })
    expect(run.code).toBe(0)
    const postings = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(postings.map((posting) => posting.title)).toEqual(['Data and Knowledge Officer', 'Reintegration Officer'])
    for (const posting of postings) expect(posting['@context']).toBe('https://schema.org')
  })

  it('does not read its own .jsonld output back in', async () => {
    const cwd = workspace()
    await runCli(['convert', 'in', '--format', 'jsonld', '--out-dir', 'in/ld', '--ext', '.txt', '.md', '.jsonld', '-q'], { cwd })
    const again = await runCli(['convert', 'in', '--format', 'jsonld', '--out-dir', 'in/ld', '--ext', '.txt', '.md', '.jsonld', '-q'], { cwd })
    expect(again.stderr).toMatch(/2 files, 2 converted/)
  })

  it("makes each posting with the data of the file's own configuration", async () => {
    const cwd = workspace()
    // Only the folder of the JPO ToR says that "JPO, " is part of its titles.
    writeFileSync(join(cwd, 'in/sub/.torlintrc.json'), JSON.stringify({ data: { titlePrefixes: { replace: [] } } }))
    const run = await runCli(['convert', 'in', '--format', 'jsonld', '-q'], { cwd })
    expect(run.code).toBe(0)
    expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).title)).toEqual(['JPO, Data and Knowledge Officer', 'Reintegration Officer'])
  })

  it('names jsonld among the formats it writes', async () => {
    const run = await runCli(['convert', 'in', '--format', 'xml'], { cwd: workspace() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('jsonld')
  })
})
