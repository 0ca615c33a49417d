// From a validated config (and the file being linted) to the severity and options of every rule.
import type { AnyRule } from '../rules/define.js'
import { ruleOptions, type RuleSetting } from '../rules/engine.js'
import type { Severity } from '../rules/types.js'
import { defaultData, mergeData, type DomainData } from '../data/index.js'
import type { Config, RuleEntry } from './schema.js'

export class ConfigError extends Error {
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`)
    this.name = 'ConfigError'
  }
}

export interface ResolvedConfig {
  settings: Map<string, RuleSetting>
  data: DomainData
}

function entryParts(entry: RuleEntry): { severity: Severity; options: unknown } {
  if (typeof entry === 'string') return { severity: entry, options: undefined }
  return { severity: entry[0], options: entry[1] }
}

const STRICTER: Record<Severity, Severity> = { off: 'off', info: 'warn', warn: 'error', error: 'error' }

/**
 * Preset severities. `recommended`: each rule at its default. `strict`: the same, info raised to warn and
 * warn to error. `jobposting`: the rules that check what a schema.org JobPosting needs.
 */
function presetSettings(rules: readonly AnyRule[], presets: string[]): Map<string, Severity> {
  const general = presets.includes('recommended') || presets.includes('strict')
  const severities = new Map<string, Severity>()
  for (const rule of rules) {
    const enabled = rule.tags.includes('jobposting') ? presets.includes('jobposting') : general
    const severity: Severity = !enabled ? 'off' : presets.includes('strict') ? STRICTER[rule.severity] : rule.severity
    severities.set(rule.id, severity)
  }
  return severities
}

export interface ResolveInput {
  config: Config
  /** Where the config came from, for messages. */
  source: string
  rules: readonly AnyRule[]
  /** Overrides that match the file being linted, already selected by the caller. */
  matchingOverrides?: NonNullable<Config['overrides']>
  /** `--rule id:severity` from the command line: applied last. */
  cliRules?: Record<string, RuleEntry>
}

export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const { config, rules, source } = input
  const presets = config.extends === undefined ? ['recommended'] : Array.isArray(config.extends) ? config.extends : [config.extends]
  const severities = presetSettings(rules, presets)
  const settings = new Map<string, RuleSetting>()
  const known = new Map(rules.map((rule) => [rule.id, rule]))
  for (const rule of rules) settings.set(rule.id, { severity: severities.get(rule.id) ?? rule.severity, options: ruleOptions(rule, undefined) })
  const apply = (entries: Record<string, RuleEntry> | undefined, where: string) => {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const rule = known.get(id)
      if (!rule) throw new ConfigError(source, `${where}.${id}: unknown rule "${id}"; known rules: ${[...known.keys()].join(', ')}`)
      const { severity, options } = entryParts(entry)
      try {
        settings.set(id, { severity, options: options === undefined ? settings.get(id)!.options : ruleOptions(rule, options) })
      } catch (error) {
        throw new ConfigError(source, `${where}.${id}: ${(error as Error).message}`)
      }
    }
  }
  apply(config.rules, 'rules')
  input.matchingOverrides?.forEach((override, index) => apply(override.rules, `overrides[${index}].rules`))
  apply(input.cliRules, '--rule')
  return { settings, data: mergeData(config.data, defaultData) }
}
