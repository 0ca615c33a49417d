import type { LintMessage } from '../rules/types.js'
import { relativePath } from './paths.js'
import { messageWithPlace } from './place.js'
import { formatterOf, type StreamingFormatter } from './types.js'

const COMMAND: Record<LintMessage['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
}

/**
 * GitHub Actions workflow commands, one per line, which Actions turns into annotations on
 * the changed files. Paths are relative to cwd: Actions resolves them against the checkout.
 */
export const githubStream: StreamingFormatter = (context) => ({
  file(result) {
    if (result.messages.length === 0) return ''
    const file = relativePath(result.filePath, context.cwd)
    let out = ''
    for (const m of result.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(',')
      // A PDF or Word file has no lines GitHub can show: the message says the page and line or the paragraph.
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(messageWithPlace(m))}\n`
    }
    return out
  },
  // No line: Actions puts the annotation on the file itself.
  failure: (failure) => `::error file=${escapeProperty(relativePath(failure.filePath, context.cwd))},title=torlint::${escapeData(`cannot lint this file: ${failure.message}`)}\n`,
  close: () => '',
})

export const github = formatterOf(githubStream)

/** Message data: `%` first, so the escapes added after it are not escaped again. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values also end at `,` and `::`, so those are escaped too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
