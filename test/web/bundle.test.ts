// The built page (npm run build) must open from file://, where Chromium refuses ES modules and module
// workers: classic scripts only, beside the page, and no import() left in them.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../cli/helpers.js'

const web = join(root, 'dist/web')
const read = (file: string) => readFileSync(join(web, file), 'utf8')

describe('dist/web', () => {
  it('is one HTML file with a style sheet and classic scripts', () => {
    for (const file of ['index.html', 'style.css', 'torlint.js', 'mammoth.js', 'unpdf.js']) expect(existsSync(join(web, file)), file).toBe(true)
    const html = read('index.html')
    expect(html).not.toMatch(/type=["']?module/)
    expect([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1])).toEqual(['torlint.js'])
    expect([...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((address) => /^(?:[a-z]+:)?\/\//i.test(address))).toEqual([])
  })

  it('leaves no import() in its scripts, and loads mammoth and pdf.js through its own loader', () => {
    for (const file of ['torlint.js', 'mammoth.js']) expect(read(file).match(/(?<![\w$.`])import\((?=["'])/g), file).toBeNull()
    // pdf.js keeps a worker loader it never uses here: its worker's code is in the script (a "fake worker"),
    // so it loads nothing (test/web/page.test.ts reads a PDF and sees no request).
    expect(read('unpdf.js')).toContain('pdfjsWorker=')
    const main = read('torlint.js')
    expect(main).toContain('__torlintLoad("mammoth")')
    expect(main).toContain('__torlintLoad("unpdf")')
  })

  it('keeps the page JavaScript, pdf.js aside, under 1.5 MB', () => {
    expect(statSync(join(web, 'torlint.js')).size + statSync(join(web, 'mammoth.js')).size).toBeLessThan(1.5 * 1024 * 1024)
  })
})
