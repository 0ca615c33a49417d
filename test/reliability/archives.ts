// Small hostile Word and PDF files, made in memory: a zip bomb, a page tree that reuses one node, a
// stream that inflates to far more than the file.
import { strToU8, zipSync } from 'fflate'
import { deflateSync } from 'node:zlib'

/** A zip archive of the given entries, deflated (fflate writes it, as any zip tool would). */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const files = Object.fromEntries(Object.entries(entries).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : new Uint8Array(content)]))
  return Buffer.from(zipSync(files, { level: 9 }))
}

/** A minimal Word document whose body is the given paragraphs. */
export function docx(paragraphs: string[] | { repeat: string; times: number }): Buffer {
  const body = Array.isArray(paragraphs) ? paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('') : `<w:p><w:r><w:t>${paragraphs.repeat}</w:t></w:r></w:p>`.repeat(paragraphs.times)
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  })
}

/** A PDF from numbered object bodies (object n is bodies[n - 1]), with a correct cross-reference table. */
export function pdf(bodies: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')]
  let offset = parts[0]!.length
  const offsets: number[] = []
  bodies.forEach((body, index) => {
    offsets.push(offset)
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\nendobj\n')])
    parts.push(object)
    offset += object.length
  })
  const xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`
  return Buffer.concat([...parts, Buffer.from(xref)])
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'

function contentStream(text: string, padding = 0): Buffer {
  const raw = Buffer.concat([Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET\n`), Buffer.alloc(padding, 0x20)])
  const packed = deflateSync(raw, { level: 9 })
  return Buffer.concat([Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from('\nendstream')])
}

/** One page node under a tree of `levels` Pages nodes, each listing the next `fanOut` times: fanOut^levels declared pages. */
export function pdfReusedPage(levels: number, fanOut: number): Buffer {
  // Objects: 1 catalog, 2..levels+1 Pages nodes, then page, content, font.
  const page = levels + 2
  const bodies: (string | Buffer)[] = ['<< /Type /Catalog /Pages 2 0 R >>']
  for (let level = 0; level < levels; level++) {
    const child = level === levels - 1 ? page : level + 3
    const parent = level === 0 ? '' : ` /Parent ${level + 1} 0 R`
    bodies.push(`<< /Type /Pages${parent} /Kids [${Array.from({ length: fanOut }, () => `${child} 0 R`).join(' ')}] /Count ${fanOut ** (levels - level)} >>`)
  }
  bodies.push(`<< /Type /Page /Parent ${levels + 1} 0 R /MediaBox [0 0 612 792] /Contents ${page + 1} 0 R /Resources << /Font << /F1 ${page + 2} 0 R >> >> >>`)
  bodies.push(contentStream('Position Title: Driver'))
  bodies.push(FONT)
  return pdf(bodies)
}

/** One page whose content stream inflates to `inflated` bytes (mostly spaces after the text). */
export function pdfBigStream(inflated: number): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    contentStream('Position Title: Driver', inflated),
    FONT,
  ])
}
