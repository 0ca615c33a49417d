/**
 * A deliberately small, strict XML 1.0 reader for tests: enough to prove the JUnit output is
 * well-formed (balanced tags, quoted attributes, only known entities, no raw `<` or `&`, no
 * characters XML forbids) and to read it back with entities decoded. Throws on anything else.
 */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  text: string
}

const NAME = '[A-Za-z_][\\w.-]*'
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

export function parseXml(xml: string): XmlElement {
  if (FORBIDDEN.test(xml)) throw new Error('character not allowed in XML 1.0')
  let pos = 0
  const decl = /^<\?xml version="1\.0"( encoding="[A-Za-z0-9-]+")?\?>\s*/.exec(xml)
  if (decl) pos = decl[0].length

  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`)
  const attribute = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g')

  while (pos < xml.length) {
    const top = stack[stack.length - 1]!
    if (xml[pos] === '<') {
      const m = tag.exec(xml.slice(pos))
      if (!m) throw new Error(`malformed tag at ${pos}: ${xml.slice(pos, pos + 40)}`)
      const [whole, closing, name, attrs, selfClosing] = m
      pos += whole.length
      if (closing) {
        if (attrs || selfClosing) throw new Error(`malformed end tag </${name}>`)
        if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`)
        stack.pop()
        continue
      }
      if (stack.length === 1 && root.children.length > 0) throw new Error('more than one root element')
      const el: XmlElement = { name: name!, attributes: {}, children: [], text: '' }
      for (const a of (attrs ?? '').matchAll(attribute)) {
        if (a[1]! in el.attributes) throw new Error(`duplicate attribute ${a[1]}`)
        // Attribute-value normalisation: literal whitespace becomes a space, references survive.
        el.attributes[a[1]!] = decode((a[2] ?? a[3] ?? '').replace(/[\t\n\r]/g, ' '))
      }
      top.children.push(el)
      if (!selfClosing) stack.push(el)
    } else {
      const end = xml.indexOf('<', pos)
      const raw = xml.slice(pos, end === -1 ? xml.length : end)
      pos += raw.length
      if (stack.length === 1) {
        if (raw.trim() !== '') throw new Error('text outside the root element')
        continue
      }
      if (raw.includes('>') && raw.includes(']]>')) throw new Error(']]> in text')
      top.text += decode(raw)
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`)
  if (root.children.length !== 1) throw new Error('no root element')
  return root.children[0]!
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  return s.replace(/&([^;\s&]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${JSON.stringify(s)}`)
    if (ref in ENTITIES) return ENTITIES[ref]!
    const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref)
    if (!num) throw new Error(`unknown entity ${whole}`)
    const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10)
    const ch = String.fromCodePoint(code)
    if (FORBIDDEN.test(ch) || code === 0) throw new Error(`reference to a forbidden character ${whole}`)
    return ch
  })
}
