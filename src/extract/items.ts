// Blocks of a list section to nested items: lettered groups own the numbered items after them, deeper
// list levels belong to the item above them.
import type { Block } from '../segment/index.js'
import type { Item } from '../schema.js'

export function itemFromBlock(block: Block): Item {
  return { text: block.text, label: block.label, children: [], line: block.line, column: block.column }
}

interface Open {
  item: Item
  depth: number
  letter: boolean
}

/**
 * The items of a section. Where the section has list items, prose between them is introduction and not
 * an item; where it has none (paragraph-per-requirement education sections), each paragraph is one.
 */
export function buildItems(blocks: Block[]): Item[] {
  const listed = blocks.filter((block) => block.type === 'item')
  if (listed.length === 0) return blocks.filter((block) => block.type === 'text').map(itemFromBlock)
  const roots: Item[] = []
  const stack: Open[] = []
  for (const block of listed) {
    const item = itemFromBlock(block)
    const letter = block.marker === 'letter'
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      // A lettered group keeps every numbered or bulleted item until the next letter.
      if (top.letter && !letter) break
      if (top.depth < block.depth && !letter) break
      stack.pop()
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.item.children.push(item)
    else roots.push(item)
    stack.push({ item, depth: block.depth, letter })
  }
  return roots
}
