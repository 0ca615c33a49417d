// Whether an output path is one of the inputs, however it is spelled (`./a.md`, a hard link).
import { statSync } from 'node:fs'
import { resolve } from 'node:path'

function identity(path: string): string | null {
  try {
    const info = statSync(path)
    return `${info.dev}:${info.ino}`
  } catch {
    return null
  }
}

/** True when `output` names the same file as one of `inputs` (all resolved against `cwd`). */
export function isOneOf(output: string, inputs: readonly string[], cwd: string): boolean {
  const target = resolve(cwd, output)
  if (inputs.some((input) => resolve(cwd, input) === target)) return true
  const id = identity(target)
  // The inputs are looked at only when the output already exists: a new file is none of them.
  return id !== null && inputs.some((input) => identity(resolve(cwd, input)) === id)
}
