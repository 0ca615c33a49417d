import { execFile } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { FINGERPRINT_KEY, markdownToText, sarif } from '../../src/report/sarif.js'
import type { LintResult } from '../../src/rules/types.js'
import { context, cwd, nastyMessage, results, rules } from './fixtures.js'

// Loose view of the log: enough typing for the assertions below.
interface Log {
  $schema: string
  version: string
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } }
    originalUriBaseIds: Record<string, { uri: string }>
    results: Record<string, any>[]
  }[]
}
const parse = (s: string) => JSON.parse(s) as Log
const run = (rs: LintResult[] = results) => parse(sarif(rs, context())).runs[0]!

/** Results whose messages carry fixes: a replacement, a deletion, a no-op (encoding) and one in a PDF. */
function withFixes(): LintResult[] {
  const base = results[2]!.messages[0]!
  return [
    {
      ...results[2]!,
      messages: [
        { ...base, fix: { range: [29, 34], text: 'two' } },
        { ...base, line: 3, fix: { range: [40, 52], text: '' } },
        { ...base, line: 1, ruleId: 'encoding', fix: { range: [0, 0], text: '' } },
        { ...base, line: 5, page: 2, pageLine: 4, fix: { range: [60, 61], text: 'x' } },
      ],
    },
  ]
}

describe('sarif', () => {
  it('is a SARIF 2.1.0 log with one run and the torlint driver', () => {
    const log = parse(sarif(results, context({ toolVersion: '1.2.3' })))
    expect(log.$schema).toMatch(/sarif-2\.1\.0\.json$/)
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const driver = log.runs[0]!.tool.driver
    expect(driver).toMatchObject({ name: 'torlint', version: '1.2.3' })
    expect(() => new URL(driver.informationUri)).not.toThrow()
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/project/' } })
  })

  it('lists every known rule with descriptions, help and mapped default level', () => {
    const driverRules = run().tool.driver.rules
    expect(driverRules.map((r) => r.id)).toEqual(rules.map((r) => r.id))
    expect(driverRules[0]).toEqual({
      id: 'required-section',
      name: 'RequiredSection',
      shortDescription: { text: 'Require the sections every ToR needs.' },
      fullDescription: { text: 'A ToR without Deliverables cannot be evaluated.' },
      help: {
        text: 'A ToR without Deliverables cannot be evaluated.\n\nAdd a ## Deliverables heading. See the guide (https://example.org/guide).',
        markdown: rules[0]!.help,
      },
      helpUri: 'https://example.org/rules/required-section',
      defaultConfiguration: { level: 'error' },
    })
    expect(driverRules.map((r) => r.defaultConfiguration.level)).toEqual(['error', 'warning', 'note', 'none'])
    expect(driverRules[3]!.defaultConfiguration.enabled).toBe(false)
    expect(driverRules[1]).not.toHaveProperty('helpUri')
    // Empty help falls back to the description rather than an empty string.
    expect(driverRules[2]!.help).toEqual({ text: 'Prefer plain words', markdown: 'Prefer plain words' })
  })

  it('writes one result per message with rule index, level, message and a relative, encoded location', () => {
    const rs = run().results
    expect(rs).toHaveLength(5)
    expect(rs.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['required-section', 0, 'error'],
      ['date-format', 1, 'warning'],
      ['plain-language', 2, 'note'],
      ['required-section', 0, 'error'],
      ['required-section', 0, 'error'],
    ])
    expect(rs[1]!.message).toEqual({ text: nastyMessage })
    expect(rs[1]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'docs/tor%20one.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 14, endLine: 13, endColumn: 3 },
        },
      },
    ])
  })

  it('percent-encodes paths as URI references', () => {
    const odd = [{ ...results[2]!, filePath: `${cwd}/d:ir/ü #1?.md` }]
    expect(run(odd).results[0]!.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'd%3Air/%C3%BC%20%231%3F.md',
      uriBaseId: '%SRCROOT%',
    })
  })

  it('uses an absolute file URI, without a base, for a file outside cwd', () => {
    const outside = [{ ...results[2]!, filePath: '/elsewhere/x.md' }]
    expect(run(outside).results[0]!.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///elsewhere/x.md',
    })
  })

  it('omits ruleIndex for a rule the context does not know', () => {
    const unknown = [{ ...results[2]!, messages: [{ ...results[2]!.messages[0]!, ruleId: 'mystery' }] }]
    const r = run(unknown).results[0]!
    expect(r.ruleId).toBe('mystery')
    expect(r).not.toHaveProperty('ruleIndex')
  })

  it('omits a backwards region end instead of writing an invalid region', () => {
    const backwards = [{ ...results[2]!, messages: [{ ...results[2]!.messages[0]!, endLine: 2, endColumn: 1 }] }]
    expect(run(backwards).results[0]!.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 1 })
  })

  describe('partialFingerprints', () => {
    const prints = (rs: LintResult[]) => run(rs).results.map((r) => r.partialFingerprints[FINGERPRINT_KEY] as string)

    it('are sha256 hex strings, unique per result', () => {
      const all = prints(results)
      for (const p of all) expect(p).toMatch(/^[0-9a-f]{64}$/)
      expect(new Set(all).size).toBe(all.length)
    })

    it('survive lines moving', () => {
      const moved = results.map((r) => ({
        ...r,
        messages: r.messages.map((m) => ({ ...m, line: m.line + 7, endLine: m.endLine + 7 })),
      }))
      expect(prints(moved)).toEqual(prints(results))
    })

    it('tell identical messages apart by their order, whatever order they are reported in', () => {
      const vacancy = results[2]!
      const [a, b] = prints([vacancy])
      expect(a).not.toBe(b)
      const reversed = prints([{ ...vacancy, messages: [...vacancy.messages].reverse() }])
      expect(reversed).toEqual([b, a])
    })

    it('change with the file, the rule and the text', () => {
      const base = prints([results[2]!])[0]
      const m = results[2]!.messages[0]!
      expect(prints([{ ...results[2]!, filePath: `${cwd}/other.md` }])[0]).not.toBe(base)
      expect(prints([{ ...results[2]!, messages: [{ ...m, ruleId: 'date-format' }] }])[0]).not.toBe(base)
      expect(prints([{ ...results[2]!, messages: [{ ...m, message: 'Other.' }] }])[0]).not.toBe(base)
    })

    it('do not depend on where the repository is checked out', () => {
      const elsewhere = '/home/ci/checkout'
      const relocated = results.map((r) => ({ ...r, filePath: path.join(elsewhere, path.relative(cwd, r.filePath)) }))
      const log = parse(sarif(relocated, context({ cwd: elsewhere })))
      expect(log.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(prints(results))
    })
  })

  it('gives a fix as one replacement in the file: deleted characters and inserted text', () => {
    const fixed = withFixes()
    const out = run(fixed).results
    expect(out[0]!.fixes).toEqual([
      {
        description: { text: 'Replace with "two"' },
        artifactChanges: [{ artifactLocation: out[0]!.locations[0].physicalLocation.artifactLocation, replacements: [{ deletedRegion: { charOffset: 29, charLength: 5 }, insertedContent: { text: 'two' } }] }],
      },
    ])
    // A deletion has no inserted content; a fix that changes no text (the encoding's) and a finding in a
    // PDF (which carries its page) have no SARIF fix.
    expect(out[1]!.fixes[0].artifactChanges[0].replacements).toEqual([{ deletedRegion: { charOffset: 40, charLength: 12 } }])
    expect(out[2]).not.toHaveProperty('fixes')
    expect(out[3]).not.toHaveProperty('fixes')
  })

  it('is valid with no results at all', () => {
    const r = run([])
    expect(r.results).toEqual([])
    expect(r.tool.driver.rules).toHaveLength(rules.length)
  })

  it('strips Markdown for help.text', () => {
    expect(markdownToText('# Title\n\nUse **bold**, *it*, _em_, `code`, snake_case_name and [a link](https://x.y "t").\n\n```\ncode block\n```')).toBe(
      'Title\n\nUse bold, it, em, code, snake_case_name and a link (https://x.y).\n\ncode block',
    )
  })
})

// --- Validation with the SARIF Multitool (Microsoft's reference validator) -----------------

/**
 * The native binary inside @microsoft/sarif-multitool's platform package, or why it is unusable.
 * SARIF_MULTITOOL overrides the path (e.g. a dotnet-tool install elsewhere).
 */
function findMultitool(): { bin: string } | { reason: string } {
  let bin = process.env.SARIF_MULTITOOL
  if (bin === undefined) {
    try {
      // The package's main export is the absolute path of the platform binary.
      bin = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string
    } catch (error) {
      return { reason: `@microsoft/sarif-multitool (or its ${process.platform} binary package) is not installed: ${String(error)}` }
    }
  }
  try {
    accessSync(bin, constants.X_OK)
  } catch {
    return { reason: `the SARIF Multitool binary at ${bin} is missing or not executable` }
  }
  return { bin }
}

const multitool = findMultitool()

/** Runs `validate --rule-kind "Gh;Sarif"` and returns its findings as "level ruleId: message" lines. */
async function validate(bin: string, log: string): Promise<{ findings: string[]; stdout: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'torlint-sarif-'))
  try {
    const input = path.join(dir, 'torlint.sarif')
    const output = path.join(dir, 'validation.sarif')
    writeFileSync(input, log)
    // execFile, not the package's bin.js: that one spawns through a shell, where the ';' in
    // "Gh;Sarif" would end the command. The exit code is 0 even when rules fail, so the
    // verdict is read from the validator's own SARIF output.
    const { stdout } = await promisify(execFile)(bin, ['validate', '--rule-kind', 'Gh;Sarif', '--output', output, input], {
      timeout: 110_000,
    })
    const validation = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: {
        invocations?: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[]
        results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[]
      }[]
    }
    const vrun = validation.runs[0]!
    expect(vrun.invocations?.[0]?.executionSuccessful, stdout).toBe(true)
    expect(vrun.invocations?.[0]?.toolExecutionNotifications ?? [], stdout).toEqual([])
    const findings = (vrun.results ?? []).map(
      (r) => `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? r.message.id} ${(r.message.arguments ?? []).join(' | ')}`,
    )
    return { findings, stdout }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const skipNote = 'reason' in multitool ? `SARIF Multitool unavailable: ${multitool.reason}` : undefined

describe('sarif against the SARIF Multitool validator', () => {
  const cases: [string, LintResult[]][] = [
    ['the fixture results', results],
    ['no results', []],
    ['findings with fixes', withFixes()],
    [
      'a file outside cwd and an unknown rule',
      [{ ...results[2]!, filePath: '/elsewhere/x y.md', messages: [{ ...results[2]!.messages[0]!, ruleId: 'mystery' }] }],
    ],
  ]

  it.for(cases)('passes --rule-kind "Gh;Sarif" for %s', { timeout: 120_000 }, async ([, input], ctx) => {
    ctx.skip(skipNote !== undefined, skipNote)
    if (!('bin' in multitool)) return
    const { findings, stdout } = await validate(multitool.bin, sarif(input, context()))
    expect(findings.filter((f) => f.startsWith('error')), stdout).toEqual([])
    // Warnings would be allowed, but the log is clean today: a new one deserves a look.
    expect(findings, stdout).toEqual([])
  })

  it('reports errors for a log GitHub would reject (the harness can fail)', { timeout: 120_000 }, async (ctx) => {
    ctx.skip(skipNote !== undefined, skipNote)
    if (!('bin' in multitool)) return
    const broken = parse(sarif(results, context()))
    delete broken.runs[0]!.results[0]!.locations
    const { findings } = await validate(multitool.bin, JSON.stringify(broken))
    expect(findings.some((f) => f.startsWith('error GH'))).toBe(true)
  })
})
