// File names that are not valid UTF-8 (an archive unpacked from Windows-1252, `café` saved as 0xE9):
// Node decodes them with U+FFFD, and that string names no file. Such a path is found again byte for
// byte by listing its folders, and shown with the bytes that are not UTF-8 written as \xNN.
import { readdirSync } from 'node:fs'
import { sep } from 'node:path'

export interface RawPath {
  /** What to give the file system: the path itself, or its bytes when a name is not UTF-8. */
  fsPath: string | Buffer
  /** The path as given, each name that is not UTF-8 written with \xNN for its other bytes. */
  shown: (path: string) => string
}

const REPLACEMENT = '\uFFFD'

/** `caf\xE9.md`: ASCII as it is, UTF-8 sequences decoded, every other byte escaped. */
export function escapeName(bytes: Buffer): string {
  let out = ''
  let index = 0
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index)
    if (length === 0) {
      out += `\\x${bytes[index]!.toString(16).toUpperCase().padStart(2, '0')}`
      index++
    } else {
      out += bytes.subarray(index, index + length).toString('utf8')
      index += length
    }
  }
  return out
}

/** The length of the well-formed UTF-8 sequence at `index`, or 0 when there is none. */
function sequenceLength(bytes: Buffer, index: number): number {
  const first = bytes[index]!
  if (first < 0x80) return 1
  const length = first >= 0xc2 && first <= 0xdf ? 2 : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0
  if (length === 0 || index + length > bytes.length) return 0
  const candidate = bytes.subarray(index, index + length)
  return Buffer.from(candidate.toString('utf8'), 'utf8').equals(candidate) ? length : 0
}

const plain = (path: string): RawPath => ({ fsPath: path, shown: (shownPath) => shownPath })

/** The bytes of an absolute path whose names Node decoded with U+FFFD; the path itself when it is plain or not found. */
export function rawPath(absolute: string): RawPath {
  if (!absolute.includes(REPLACEMENT)) return plain(absolute)
  const names = absolute.split(sep)
  let bytes: Buffer = Buffer.from(names[0]!)
  const renamed = new Map<string, string>()
  for (const name of names.slice(1)) {
    let next: Buffer = Buffer.from(name)
    if (name.includes(REPLACEMENT)) {
      let candidates: Buffer[]
      try {
        candidates = readdirSync(bytes.length === 0 ? sep : bytes, { encoding: 'buffer' }).filter((entry) => entry.toString('utf8') === name)
      } catch {
        return plain(absolute)
      }
      // Two names that decode alike cannot be told apart from the path given.
      if (candidates.length !== 1) return plain(absolute)
      next = candidates[0]!
      renamed.set(name, escapeName(next))
    }
    bytes = Buffer.concat([bytes, Buffer.from(sep), next])
  }
  return { fsPath: bytes, shown: (shownPath) => shownPath.split(sep).map((name) => renamed.get(name) ?? name).join(sep) }
}
