// `torlint lint --fix` and `--fix-dry-run` for one file: lint, apply the fixes, lint again until nothing
// more applies, then write the result (or hand it back for a dry run). Only Markdown and text files are
// rewritten: a Word or PDF file's text is extracted, and an HTML page's markup is its own.
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import type { ResolvedConfig } from '../config/resolve.js'
import type { LintResult } from '../rules/types.js'
import { describeFsError } from './io.js'
import { rawPath } from './raw-names.js'
import { describeWriteError, writeAtomic } from './write.js'

export const REWRITTEN_EXTENSIONS = ['.md', '.markdown', '.txt']

/** Whether `--fix` may rewrite the file: Markdown and text only. */
export function isRewritable(path: string): boolean {
  return REWRITTEN_EXTENSIONS.includes(extname(path).toLowerCase())
}

/** The result without fixes: for a file `--fix` never rewrites, no report offers one. */
export function withoutFixes(result: LintResult): { result: LintResult; dropped: number } {
  let dropped = 0
  const messages = result.messages.map((message) => {
    if (message.fix === undefined) return message
    dropped++
    const { fix: _fix, ...rest } = message
    return rest
  })
  return { result: dropped === 0 ? result : { ...result, messages }, dropped }
}

export type FixOutcome =
  /** Nothing to fix, or the fixes were applied (written unless a dry run): `result` is what remains. */
  | { ok: true; result: LintResult; output: string | null; applied: number }
  /** The file could not be read or written, or changed while it was being fixed: `result` is as linted. */
  | { ok: false; result: LintResult; reason: string }

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/**
 * Lint, apply the fixes, lint again until nothing more applies (`first` is the text's lint result). Each
 * new text is read as the original was: as `path`, or with `format` when the name has no extension to tell.
 */
export async function fixText(text: string, first: LintResult, read: { path: string; format?: 'text' | 'markdown' }, config: ResolvedConfig) {
  const [{ fixUntilStable }, { lint }] = await Promise.all([import('../rules/fixes.js'), import('../lint/index.js')])
  return fixUntilStable(text, (current): LintResult => ({ ...lint(current, { ...read, config, data: config.data }), filePath: first.filePath }), { first })
}

/**
 * Fix one Markdown or text file. `result` is its lint result, made from the bytes the file held then;
 * the file is read again, and rewritten only if it still holds the bytes that were fixed when the
 * rewrite happens. The fixed text is written as UTF-8 (a byte-order mark kept if the file had one),
 * which is the fix of a Windows-1252 file.
 */
export async function fixFile(path: string, cwd: string, result: LintResult, config: ResolvedConfig, dryRun: boolean): Promise<FixOutcome> {
  if (!result.messages.some((message) => message.fix !== undefined)) return { ok: true, result, output: null, applied: 0 }
  const [{ lintParsed }, { parse }] = await Promise.all([import('../lint/index.js'), import('../document/index.js')])
  const fsPath = rawPath(resolve(cwd, path)).fsPath
  // The atomic write names its temporary file after the path, which needs the name as text.
  if (typeof fsPath !== 'string') return { ok: false, result, reason: 'its name is not UTF-8: not rewritten (rename the file to fix it)' }
  let bytes: Buffer
  try {
    bytes = readFileSync(fsPath)
  } catch (error) {
    return { ok: false, result, reason: `cannot read it to fix it: ${describeFsError(error)}` }
  }
  let first: LintResult
  let fixed
  try {
    // The text fixes count in: decoded, line breaks as the file writes them.
    const doc = parse(bytes, { path, data: config.data })
    first = lintParsed(doc, { config, filePath: result.filePath })
    fixed = await fixText(doc.source.decodedText ?? doc.source.text, first, { path }, config)
  } catch (error) {
    return { ok: false, result, reason: `cannot fix it: ${(error as Error).message}` }
  }
  if (fixed.applied.length === 0) return { ok: true, result: first, output: null, applied: 0 }
  if (dryRun) return { ok: true, result: fixed.last, output: fixed.output, applied: fixed.applied.length }
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? '\ufeff' : ''
  try {
    const now = readFileSync(fsPath)
    if (!now.equals(bytes)) return { ok: false, result: first, reason: 'changed while it was being fixed: not rewritten (run torlint lint --fix again)' }
    writeAtomic(fsPath, Buffer.from(bom + fixed.output, 'utf8'))
  } catch (error) {
    return { ok: false, result: first, reason: `cannot write the fixed text: ${describeWriteError(error)}` }
  }
  return { ok: true, result: fixed.last, output: fixed.output, applied: fixed.applied.length }
}
