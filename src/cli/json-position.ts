// Where a JSON text first goes wrong, as a line and column. V8's JSON.parse gives a character offset at
// best ("at position 412") and for some mistakes no place at all ("Unexpected token '}'"): neither helps
// someone fixing a configuration file in an editor.

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /[0-9a-fA-F]{4}/y

/** The offset of the first character that breaks JSON syntax (the length at an early end), or null when the text is valid. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0
  const fail = (): never => {
    throw new SyntaxAt(i)
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const expect = (char: string) => {
    space()
    if (text[i] !== char) fail()
    i++
  }
  const string = () => {
    i++
    for (;;) {
      const char = text[i]
      if (char === undefined) fail()
      if (char === '"') {
        i++
        return
      }
      if (char === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          HEX4.lastIndex = i + 2
          if (!HEX4.test(text)) fail()
          i += 6
          continue
        }
        if (next === undefined || !ESCAPES.has(next)) fail()
        i += 2
        continue
      }
      if (char!.charCodeAt(0) < 0x20) fail()
      i++
    }
  }
  // An object's key and its colon; the caller has skipped the space before it.
  const key = () => {
    if (text[i] !== '"') fail()
    string()
    expect(':')
  }
  // Containers are walked with an explicit stack, so a deeply nested file cannot overflow the call stack.
  const value = () => {
    const open: string[] = []
    for (;;) {
      space()
      const char = text[i]
      let opened = false
      if (char === '{' || char === '[') {
        i++
        space()
        const close = char === '{' ? '}' : ']'
        if (text[i] === close) i++
        else {
          open.push(close)
          opened = true
          if (close === '}') key()
        }
      } else if (char === '"') string()
      else if (char === 't' || char === 'f' || char === 'n') {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null'
        for (const letter of word) {
          if (text[i] !== letter) fail()
          i++
        }
      } else {
        NUMBER.lastIndex = i
        if (!NUMBER.test(text)) fail()
        i = NUMBER.lastIndex
      }
      if (opened) continue
      // After a value: a comma continues the innermost container, its closer ends it.
      for (;;) {
        const close = open[open.length - 1]
        if (close === undefined) return
        space()
        if (text[i] === ',') {
          i++
          if (close === '}') {
            space()
            key()
          }
          break
        }
        if (text[i] !== close) fail()
        i++
        open.pop()
      }
    }
  }
  try {
    value()
    space()
    if (i < text.length) fail()
    return null
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset
    throw error
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** V8's reason without its offset or its quotation of the whole text: "Expected ':' after property name". */
export function jsonReason(message: string): string {
  const position = message.indexOf(' in JSON at position')
  if (position >= 0) return message.slice(0, position)
  const after = message.indexOf(' after JSON at position')
  if (after >= 0) return `${message.slice(0, after)} after the JSON value`
  const quoted = message.indexOf(', "')
  return quoted >= 0 ? message.slice(0, quoted) : message
}

/** "line 3, column 5: Expected ':' after property name" for a JSON text that does not parse. */
export function describeJsonError(text: string, error: unknown): string {
  const reason = jsonReason(error instanceof Error ? error.message.split('\n')[0]! : String(error))
  const offset = jsonErrorOffset(text)
  if (offset === null) return reason
  const { line, column } = lineAndColumn(text, offset)
  return `line ${line}, column ${column}: ${reason}`
}
