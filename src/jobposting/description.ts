// The `description` of a posting: the context, the responsibilities and the qualifications as HTML made
// of <p>, <ul> and <li> only (what Google's guidelines allow), every text escaped.
import { wordingFor, type HouseWording } from '../format/labels.js'
import type { Item, ToR } from '../schema.js'

type Node = { tag: 'p'; text: string } | { tag: 'ul'; items: Item[] } | { tag: 'ul-lines'; lines: string[] }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** Text as HTML text content (never an attribute value, so quotes stay as they are). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (character) => ESCAPES[character]!)
}

function listHtml(items: readonly Item[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item.text)}${item.children.length > 0 ? listHtml(item.children) : ''}</li>`).join('')}</ul>`
}

function render(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.tag === 'p') return `<p>${escapeHtml(node.text)}</p>`
      if (node.tag === 'ul') return listHtml(node.items)
      return `<ul>${node.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
    })
    .join('')
}

/** Context lines: "- " lines were list items in the source. */
function contextNodes(context: string): Node[] {
  const nodes: Node[] = []
  for (const line of context.split('\n')) {
    if (line.trim() === '') continue
    if (line.startsWith('- ')) {
      const last = nodes[nodes.length - 1]
      if (last?.tag === 'ul-lines') last.lines.push(line.slice(2))
      else nodes.push({ tag: 'ul-lines', lines: [line.slice(2)] })
    } else nodes.push({ tag: 'p', text: line })
  }
  return nodes
}

function titled(title: string, items: readonly Item[]): Node[] {
  return items.length === 0 ? [] : [{ tag: 'p', text: title }, { tag: 'ul', items: [...items] }]
}

function descriptionNodes(tor: ToR, wording: HouseWording): Node[] {
  const { education, experience, skills } = tor.qualifications
  const headings = wording.headings
  return [
    ...(tor.context ? contextNodes(tor.context) : []),
    ...titled(headings.responsibilities, tor.responsibilities),
    ...titled(headings.education, education),
    ...titled(headings.experience, experience),
    ...titled(headings.skills, skills),
  ]
}

/** The HTML description, or null when the document has nothing to describe the job with. */
export function descriptionHtml(tor: ToR): string | null {
  const nodes = descriptionNodes(tor, wordingFor(tor.source.language).wording)
  return nodes.length === 0 ? null : render(nodes)
}
