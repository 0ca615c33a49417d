// Blocks of a list section to nested items: lettered groups own the numbered items after them, deeper
// list levels belong to the item above them.
import type { Block } from '../segment/index.js'
import type { Item } from '../schema.js'
import { wordCount } from '../text.js'

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
export function buildItems(blocks: Block[], options: { groups?: boolean } = {}): Item[] {
  const listed = options.groups ? withGroupHeadings(blocks) : blocks.filter((block) => block.type === 'item')
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

/** "A. Evidence review", "3.1. Project management", "1) Surge deployment": a numbered or lettered group name. */
const GROUP_MARKER = /^(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S/

export function groupName(block: Block): string | null {
  if (block.type === 'subheading' || block.type === 'heading') return GROUP_MARKER.test(block.text) ? block.text : null
  // "**A**. **FIRST DELIVERABLES:** the package": a bold start, the marker perhaps outside the bold.
  if (block.type === 'text' && block.boldLead && block.text.startsWith(block.boldLead) && GROUP_MARKER.test(block.text)) return block.text
  return null
}

/**
 * The items of a duty list whose tasks sit under numbered or lettered group names ("A. Evidence review",
 * then its bullets): each group is one item holding its tasks, as a lettered item holds the items after it.
 * Sub-headings without a number only sort the tasks, and the tasks stay the items.
 */
function withGroupHeadings(blocks: Block[]): Block[] {
  const names = blocks.filter((block, index) => groupName(block) !== null || numberedName(block, blocks[index + 1]))
  const listed = nestSubNumbers(blocks.filter((block) => block.type === 'item'))
  if (names.length < 2 || listed.length === 0) return listed
  return blocks.flatMap((block, index): Block[] => {
    const name = groupName(block) ?? (numberedName(block, blocks[index + 1]) ? `${block.label ?? ''}. ${block.text}` : null)
    if (name !== null) {
      const marker = /^([A-Za-z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s*/.exec(name)
      return [{ ...block, type: 'item', text: name.slice(marker?.[0].length ?? 0), label: marker?.[1] ?? null, marker: 'letter', depth: 0 }]
    }
    return block.type === 'item' ? [block] : []
  })
}

/**
 * A short numbered item with a bullet list at its own level after it ("1. Gestión de proyecto" then
 * "- Apoyar ..."): the list's indentation was lost, and the number names the group the bullets belong to.
 */
function numberedName(block: Block, next: Block | undefined): boolean {
  return block.type === 'item' && block.marker === 'number' && next?.type === 'item' && next.marker === 'bullet' && next.depth <= block.depth && wordCount(block.text) <= 10
}

/**
 * "1.1.", "1.2." belong to item 1; where the list never writes item 1 itself (it starts at "1.1."), the
 * first of them stands for it and holds the others. A numbered line with bullets of its own is a group.
 */
function nestSubNumbers(items: Block[]): Block[] {
  const holders = new Map<string, Block>()
  return items.map((block, index) => {
    const parts = block.label === null ? null : /^(\d{1,3})\.\d{1,2}$/.exec(block.label)
    // "3.1. Project management" with its own bullets under it names a group of its own.
    const named = (items[index + 1]?.depth ?? 0) > block.depth
    if (!parts || named) {
      if (block.label !== null) holders.set(block.label, block)
      return block
    }
    const holder = holders.get(parts[1]!)
    if (!holder) {
      holders.set(parts[1]!, block)
      return block
    }
    return { ...block, depth: holder.depth + 1 }
  })
}
