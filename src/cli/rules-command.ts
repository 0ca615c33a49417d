// `torlint rules`: the rule list, from the same objects as docs/rules.md and the example tests.
import { renderRulesMarkdown } from '../rules/docs.js'
import { rules } from '../rules/index.js'

export function formatRuleList(json: boolean, markdown = false): string {
  if (markdown) return renderRulesMarkdown(rules)
  if (json) return `${JSON.stringify(rules.map((rule) => ({ id: rule.id, severity: rule.severity, fixable: rule.fixable === true, description: rule.description, tags: rule.tags })), null, 2)}\n`
  const idWidth = Math.max(...rules.map((rule) => rule.id.length))
  // A third column says which rules `torlint lint --fix` can correct.
  return `${rules.map((rule) => `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(5)}  ${(rule.fixable ? 'fix' : '').padEnd(3)}  ${rule.description}`).join('\n')}\n`
}
