// docs/rules.md, rendered from the rule objects themselves: one source for docs, CLI and tests.
import type { AnyRule } from './define.js'

function example(text: string): string {
  const fence = text.includes('```') ? '````' : '```'
  return `${fence}text\n${text.replace(/(?<!\n)\n+$/, '')}\n${fence}`
}

function optionDefaults(rule: AnyRule): string | null {
  const parsed = rule.options.safeParse({})
  if (!parsed.success || parsed.data === null || typeof parsed.data !== 'object' || Object.keys(parsed.data).length === 0) return null
  return JSON.stringify(parsed.data, null, 2)
}

export function renderRulesMarkdown(rules: readonly AnyRule[]): string {
  const lines: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/rules/*.ts by `npm run docs`; a test fails when this file drifts. -->',
    '',
    'Every rule has a stable id, a default severity and options. Set them in configuration (`"rules": { "placeholder": "warn" }`,',
    'or `["warn", { ...options }]`), on the command line (`--rule placeholder:warn`), or turn a rule off for part of a',
    'document with `<!-- torlint-disable placeholder -->` ... `<!-- torlint-enable -->` or `<!-- torlint-disable-next-line placeholder -->`.',
    '',
    'A rule marked "fix" gives some of its findings one mechanical correction: `torlint lint --fix` applies it to',
    'Markdown and text files, and the JSON and SARIF reports carry it.',
    '',
    '| Rule | Default | Fix | Description |',
    '| --- | --- | --- | --- |',
    ...rules.map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.severity} | ${rule.fixable ? 'fix' : ''} | ${rule.description.replace(/\|/g, '\\|')} |`),
    '',
  ]
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, '', rule.description, '', `- Default severity: \`${rule.severity}\``)
    if (rule.tags.length > 0) lines.push(`- Tags: ${rule.tags.map((tag) => `\`${tag}\``).join(', ')}`)
    if (rule.fixable) lines.push('- Fixable: `torlint lint --fix` corrects the findings whose example below shows a fixed text')
    lines.push('', rule.help, '')
    const defaults = optionDefaults(rule)
    if (defaults) lines.push('Options and their defaults:', '', '```json', defaults, '```', '')
    for (const bad of rule.examples.bad) {
      lines.push('Reported:', '', example(bad.text), '')
      if (bad.options !== undefined) lines.push(`With options \`${JSON.stringify(bad.options)}\`.`, '')
      lines.push(...(bad.messages ?? []).map((message) => `- \`${message}\``), '')
      if (bad.output !== undefined) lines.push('Fixed by `--fix`:', '', example(bad.output), '')
    }
    for (const good of rule.examples.good) lines.push('Not reported:', '', example(good.text), '')
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`
}
