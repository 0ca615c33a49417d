// The house numbering of item lists. A label records the marker the source used; the house layout
// chooses its own: duties numbered 1, 2, 3 (lettered a, b, c where the source groups them), requirements
// as bullets. The extractor makes every lettered item a top-level group (src/extract/items.ts), so
// letters are only ever kept at the top.
import type { Item } from '../schema.js'

export type ListStyle = 'numbered' | 'bulleted'

function letter(index: number): string {
  // Past z the sequence goes on as aa, ab...: a ToR never has 27 groups, but the labels stay unique.
  const base = 'abcdefghijklmnopqrstuvwxyz'
  return index < 26 ? base[index]! : `${letter(Math.floor(index / 26) - 1)}${base[index % 26]}`
}

/** A letter label ("a", "B"; "aa" past z): a lettered group. */
export function isLetter(label: string | null): label is string {
  return label !== null && /^[A-Za-z]{1,2}$/.test(label)
}

function bullets(items: readonly Item[]): Item[] {
  return items.map((item) => ({ ...item, label: null, children: bullets(item.children) }))
}

function numbered(items: readonly Item[]): Item[] {
  return items.map((item, index) => ({ ...item, label: String(index + 1), children: bullets(item.children) }))
}

/** Items relabelled in the house style: what `format` renders and what parsing its output gives back. */
export function houseLabels(items: readonly Item[], style: ListStyle): Item[] {
  if (style === 'bulleted') return bullets(items)
  let groups = 0
  let plain = 0
  return items.map((item) =>
    isLetter(item.label)
      ? { ...item, label: letter(groups++), children: numbered(item.children) }
      : { ...item, label: String(++plain), children: bullets(item.children) },
  )
}
