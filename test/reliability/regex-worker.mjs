// Times one regular expression on long near-miss inputs, in a worker so that a catastrophic pattern can be
// stopped from outside (terminating a worker interrupts a running match). Plain JavaScript: it runs as is.
import { parentPort } from 'node:worker_threads'

/** Characters a pattern can consume: its literals, and a representative of each escape and class. */
export function alphabet(source) {
  const chars = new Set(['a', 'A', ' ', '1', 'é'])
  const escapes = { s: ' \t\n', d: '1', w: 'a_', b: '', B: '', S: 'a', D: 'a', W: ' ', n: '\n', t: '\t', r: '\r', f: '\f' }
  for (let index = 0; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') {
      const next = source[index + 1] ?? ''
      if ((next === 'p' || next === 'P') && source[index + 2] === '{') {
        const end = source.indexOf('}', index)
        const name = source.slice(index + 3, end)
        for (const sample of name.includes('Lu') ? 'AÉ' : name.includes('N') ? '12' : name.includes('L') ? 'aéA' : 'a.') chars.add(sample)
        index = end
        continue
      }
      if (next === 'u' && source[index + 2] === '{') {
        const end = source.indexOf('}', index)
        chars.add(String.fromCodePoint(parseInt(source.slice(index + 3, end), 16)))
        index = end
        continue
      }
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(index + 2, index + 6))) {
        chars.add(String.fromCharCode(parseInt(source.slice(index + 2, index + 6), 16)))
        index += 5
        continue
      }
      if (next in escapes) for (const sample of escapes[next]) chars.add(sample)
      else if (next) chars.add(next)
      index++
      continue
    }
    if ('()[]{}|?*+^$'.includes(char) && char !== '.') continue
    chars.add(char === '.' ? 'a' : char)
  }
  // Digits of quantifiers ({1,50}) and group syntax (?:, ?<=) come along; they are harmless extra probes.
  return [...chars].filter((char) => char.length > 0).slice(0, 40)
}

/** Words written in the pattern ("these", "following"): pumping them exercises alternations. */
export function literalWords(source) {
  const plain = source.replace(/\\[pPu]\{[^}]*\}/g, ' ').replace(/\\./g, ' ')
  return [...new Set(plain.match(/[\p{L}]{2,}/gu) ?? [])].slice(0, 12)
}

export function pumps(source) {
  const chars = alphabet(source)
  const out = new Set()
  for (const char of chars) out.add(char)
  const core = ['a', ' ', '1', ...chars.filter((char) => !/[\p{L}\p{N} ]/u.test(char)).slice(0, 5)]
  for (const first of core) for (const second of core) if (first !== second) out.add(first + second)
  for (const word of literalWords(source)) {
    out.add(`${word} `)
    out.add(word)
    out.add(`${word}-`)
  }
  out.add('a a ')
  out.add('A a ')
  out.add('1 a ')
  out.add('- a\n')
  out.add('<a ')
  out.add('[a](')
  return [...out]
}

function run(pattern, input) {
  pattern.lastIndex = 0
  if (pattern.global) return input.replace(pattern, '').length
  return pattern.exec(input) === null ? 0 : 1
}

function time(pattern, input, attempts = 2) {
  let best = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < attempts; attempt++) {
    const started = performance.now()
    run(pattern, input)
    best = Math.min(best, performance.now() - started)
  }
  return best
}

const SUFFIXES = ['', '\u0001']

function repeated(pump, size, suffix) {
  return pump.repeat(Math.ceil(size / pump.length)) + suffix
}

/**
 * The worst growth over every pump and suffix, as the time factor per doubling of the input. An input of
 * 2n characters that runs in under `floor` ms is linear enough; a slower one is timed (best of three, and of
 * two) at n and 4n, and counts only when the longer run takes 50 ms or more: below that, noise decides the ratio (a
 * quadratic pattern takes seconds there).
 * Linear is 2 per doubling, quadratic 4. The first super-linear pump ends the search.
 */
export function measure(source, flags, size, floor) {
  const pattern = new RegExp(source, flags)
  let worst = { ratio: 1, ms: 0, pump: '', suffix: '' }
  for (const pump of pumps(source)) {
    for (const suffix of SUFFIXES) {
      const t2 = time(pattern, repeated(pump, 2 * size, suffix), 1)
      if (t2 < floor) continue
      const t1 = time(pattern, repeated(pump, size, suffix), 3)
      const t4 = time(pattern, repeated(pump, 4 * size, suffix), 2)
      if (t4 < 50) continue
      const ratio = Math.sqrt(t4 / Math.max(t1, 0.01))
      if (ratio > worst.ratio) worst = { ratio, ms: t4, pump, suffix }
      if (ratio > 3) return worst
    }
  }
  return worst
}

if (parentPort) {
  parentPort.on('message', ({ index, source, flags, size, floor }) => {
    parentPort.postMessage({ index, result: measure(source, flags, size, floor) })
  })
}
