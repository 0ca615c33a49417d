// `torlint lnt dir/`: lint is the default command, so a mistyped command name would be read as a path and
// end in a puzzling "no such file". A bare word that names no file and is close to a command is a typo.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Optimal string alignment distance (edits, with a swap of two neighbours as one edit). */
export function editDistance(a: string, b: string): number {
  let before: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      current.push(best)
    }
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/** The command `word` most likely meant, or null when it is not close to any (one edit in short words, two in long). */
export function closestCommand(word: string, commands: readonly string[]): string | null {
  const allowed = word.length <= 4 ? 1 : 2
  let best: string | null = null
  let bestDistance = allowed + 1
  for (const command of commands) {
    const distance = editDistance(word.toLowerCase(), command)
    if (distance < bestDistance) {
      best = command
      bestDistance = distance
    }
  }
  return best
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
