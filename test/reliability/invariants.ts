// What must hold for every input, whatever its bytes: shared by the property tests, the fuzz run and the
// fixtures that past fuzz runs found.
import iconv from 'iconv-lite'
import { expect } from 'vitest'
import { InputError, lintParsed, parse, torSchema, type ParsedDocument } from '../../src/index.js'
import type { LintResult } from '../../src/rules/types.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** Bytes torlint may refuse: not UTF-8 (Windows-1252 is a best effort), or text with a NUL in it. */
function mayBeRefused(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return false
  if (input.includes(0)) return true
  try {
    strictUtf8.decode(input)
    return false
  } catch {
    return true
  }
}

/** The file's lines as an editor shows them, decoded here rather than taken from the parse result. */
export function sourceLines(input: string | Uint8Array, encoding: ParsedDocument['source']['encoding']): string[] {
  let text: string
  if (typeof input === 'string') text = input
  else if (encoding === 'windows-1252') text = iconv.decode(Buffer.from(input), 'windows-1252')
  else if (encoding === 'utf-16le' || encoding === 'utf-16be') text = new TextDecoder(encoding).decode(input.subarray(2))
  else text = new TextDecoder('utf-8').decode(input)
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  return text.split(/\r\n|\r|\n/)
}

interface Point {
  line: number
  column: number
}

function isInside(lines: string[], point: Point): boolean {
  const line = lines[point.line - 1]
  return Number.isInteger(point.line) && point.line >= 1 && line !== undefined && Number.isInteger(point.column) && point.column >= 1 && point.column <= line.length + 1
}

function expectInside(lines: string[], point: Point, where: string): void {
  expect(Number.isInteger(point.line) && point.line >= 1 && point.line <= lines.length, `${where}: line ${point.line} of ${lines.length}`).toBe(true)
  const length = lines[point.line - 1]!.length
  expect(Number.isInteger(point.column) && point.column >= 1 && point.column <= length + 1, `${where}: column ${point.column} on line ${point.line} of length ${length}`).toBe(true)
}

/**
 * Check every `{ line, column }` in the parse result (items, sections, competencies, field locations).
 * The path is a shared stack, joined only to name a failure: nesting can be thousands deep.
 */
function expectPositionsInside(lines: string[], value: unknown, path: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      path.push(`[${index}]`)
      expectPositionsInside(lines, entry, path)
      path.pop()
    })
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.line === 'number' && typeof record.column === 'number') {
      const point = { line: record.line, column: record.column }
      if (!isInside(lines, point)) expectInside(lines, point, path.join('.'))
    }
    for (const [key, entry] of Object.entries(record)) {
      path.push(key)
      expectPositionsInside(lines, entry, path)
      path.pop()
    }
  }
}

export function expectMessagesInside(lines: string[], result: LintResult): void {
  for (const message of result.messages) {
    const where = `${message.ruleId} "${message.message}"`
    expectInside(lines, message, where)
    expectInside(lines, { line: message.endLine, column: message.endColumn }, `${where} (end)`)
    const ordered = message.endLine > message.line || (message.endLine === message.line && message.endColumn >= message.column)
    expect(ordered, `${where}: ends at ${message.endLine}:${message.endColumn} before it starts at ${message.line}:${message.column}`).toBe(true)
  }
}

/**
 * Parse and lint never throw (an InputError only for bytes that are not text), the result validates
 * against the schema, every position lies inside the file, and a second parse gives the same result
 * (`twice: false` skips that for inputs that take seconds to parse).
 * Returns the lint result, or null when the input was refused.
 */
export function checkInvariants(input: string | Uint8Array, path = 'input.md', options: { twice?: boolean } = {}): LintResult | null {
  const twice = options.twice ?? true
  let first: ParsedDocument
  try {
    first = parse(input, { path })
  } catch (error) {
    // Refusing is allowed for bytes that are not text, and for nesting too deep to walk, with a clear error.
    if (error instanceof InputError && (mayBeRefused(input) || /nest/i.test(error.message))) {
      expect(error.message.startsWith(`${path}: `)).toBe(true)
      return null
    }
    throw error
  }
  const second = twice ? parse(input, { path }) : first
  // Compared as JSON: deep equality keeps a stack per level and is quadratic on 3,000-deep lists.
  if (twice) expect(JSON.stringify(second.tor)).toBe(JSON.stringify(first.tor))
  const validated = torSchema.safeParse(first.tor)
  expect(validated.success, validated.success ? '' : JSON.stringify(validated.error.issues.slice(0, 3))).toBe(true)

  const lines = sourceLines(input, first.source.encoding)
  expect(first.lines.length).toBe(lines.length)
  expectPositionsInside(lines, first.tor, ['tor'])

  const result = lintParsed(first, { filePath: path })
  if (twice) expect(JSON.stringify(lintParsed(second, { filePath: path }))).toBe(JSON.stringify(result))
  expectMessagesInside(lines, result)
  return result
}
