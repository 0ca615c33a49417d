// `torlint lnt dir/`: lint is the default command, so a mistyped command name would be read as a path and
// end in a puzzling "no such file". A bare word that names no file and is close to a command is a typo.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { nearest } from '../rules/util/names.js'

/** The command `word` most likely meant, or null when it is not close to any (one edit in short words, two in long). */
export function closestCommand(word: string, commands: readonly string[]): string | null {
  return nearest(word, commands, word.length <= 4 ? 1 : 2)?.candidate ?? null
}

/**
 * The command a mistyped first word meant, or null to read the word as usual. Only a bare word (letters
 * and hyphens: no dot, slash or glob character) that is not an existing path counts, so `torlint FILE`
 * keeps linting FILE.
 */
export function mistypedCommand(word: string | undefined, commands: readonly string[], cwd: string): string | null {
  if (word === undefined || !/^[a-z][a-z-]*$/i.test(word) || commands.includes(word)) return null
  if (existsSync(resolve(cwd, word))) return null
  return closestCommand(word, commands)
}
