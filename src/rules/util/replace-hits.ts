// A finding that covers several hits on one line (tags, entities, garbled sequences) fixes them in one
// edit, from the first hit to the last: one fix per finding, and none that overlap.

export interface Hit {
  /** Where the hit starts and ends (exclusive) in its line, 0-based. */
  start: number
  end: number
}

/** The line from the first hit to the last with each hit replaced; null when one has no replacement. */
export function replaceHits<H extends Hit>(text: string, found: readonly H[], replacement: (hit: H, index: number) => string | null): string | null {
  let out = ''
  let copied = found[0]!.start
  for (const [index, hit] of found.entries()) {
    const by = replacement(hit, index)
    if (by === null) return null
    out += text.slice(copied, hit.start) + by
    copied = hit.end
  }
  return out
}
