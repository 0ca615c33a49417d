// The built page (dist/web) in a real Chromium, loaded from file:// as a recruiter would open it, and once
// through `torlint serve`: what it shows must be what `torlint lint` and `torlint parse` say of the same
// file. One browser for the whole file; each test has its own page.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyFixes, fixUntilStable, format, lint, parse, toJobPosting, type LintMessage } from '../../src/index.js'
import { bin, root, runBin } from '../cli/helpers.js'
import { chromiumRequired, findChromium, MISSING_CHROMIUM } from './chromium.js'

const executable = findChromium()
const required = chromiumRequired()
if (!executable && !required) console.warn(`test/web: skipping the browser tests. ${MISSING_CHROMIUM}`)

const pageFile = join(root, 'dist/web/index.html')
const seed = join(root, 'fixtures/seeds/003_2ab568e8ad747d79.txt')
const docx = join(root, 'fixtures/formats/002_fe13132658dc064e.docx')
const pdf = join(root, 'fixtures/formats/004_85fb80d637fbf5cc.pdf')
/** The page's example: it has fixable findings (markup residue, "his/her"). */
const example = join(root, 'fixtures/seeds/000_b57d233953506967.txt')

interface Shown {
  ruleId: string
  severity: string
  line: number
  column: number
  message: string
}

type CliDocument = { position: Record<string, string | null>; sections: { heading: string; line: number }[] } & Record<string, unknown>
const files = [seed, docx, pdf]
// One run of each command for all the files: the CLI's start is most of a run.
let linted: Map<string, Shown[]> | null = null
let parsed: Map<string, CliDocument> | null = null

/** The findings as `torlint lint --format json` gives them, in the page's terms. */
function cliFindings(file: string): Shown[] {
  if (!linted) {
    const run = runBin(['lint', '--format', 'json', ...files])
    expect(run.stderr).toBe('')
    const results = JSON.parse(run.stdout) as { filePath: string; messages: Shown[] }[]
    linted = new Map(results.map((result) => [resolve(root, result.filePath), result.messages.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))]))
  }
  return linted.get(file)!
}

function cliDocument(file: string): CliDocument {
  if (!parsed) {
    const run = runBin(['parse', ...files])
    expect(run.stderr).toBe('')
    parsed = new Map((JSON.parse(run.stdout) as (CliDocument & { source: { path: string } })[]).map((document) => [resolve(root, document.source.path), document]))
  }
  return parsed.get(file)!
}

function shownFindings(page: Page): Promise<Shown[]> {
  return page.$$eval('#findings .finding', (items) =>
    items.map((item) => {
      const element = item as HTMLElement
      return { ruleId: element.dataset.rule!, severity: element.dataset.severity!, line: Number(element.dataset.line), column: Number(element.dataset.column), message: element.querySelector('.message')!.textContent! }
    }),
  )
}

function shownPosition(page: Page): Promise<Record<string, string | null>> {
  return page.$$eval('tr[data-field]', (rows) => Object.fromEntries(rows.map((row) => [(row as HTMLElement).dataset.field!, row.querySelector('.value')!.textContent === '—' ? null : row.querySelector('.value')!.textContent])))
}

function shownSections(page: Page): Promise<{ heading: string; line: number }[]> {
  return page.$$eval('tr[data-kind]', (rows) => rows.map((row) => ({ heading: (row as HTMLTableRowElement).cells[0]!.textContent!, line: Number(row.querySelector<HTMLElement>('.line-link')!.dataset.line) })))
}

/** Runs `action` and waits until the page has checked the text again. */
async function afterCheck(page: Page, action: () => Promise<unknown>): Promise<string> {
  const before = Number((await page.getAttribute('#status', 'data-generation')) ?? 0)
  await action()
  await page.waitForFunction(
    (previous) => {
      const status = document.getElementById('status')!
      return Number(status.dataset.generation) > previous && (status.dataset.state === 'done' || status.dataset.state === 'error')
    },
    before,
    { timeout: 60_000 },
  )
  return (await page.textContent('#status'))!
}

async function dropFile(page: Page, file: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name))
      return transfer
    },
    { base64: readFileSync(file).toString('base64'), name: file.split('/').pop()! },
  )
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer })
}

describe.skipIf(!executable && !required)('the page in Chromium', () => {
  let browser: Browser
  const errors: string[] = []

  async function openPage(url = pathToFileURL(pageFile).href): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    page.on('pageerror', (error) => errors.push(error.message))
    // Everything runs in the page: a request for anything but the page's own files (downloads aside) fails.
    const base = url.replace(/[^/]*$/, '')
    const own = new Set(['', 'index.html', 'style.css', 'torlint.js', 'mammoth.js', 'unpdf.js'].map((file) => `${base}${file}`))
    page.on('request', (request) => {
      if (!own.has(request.url()) && !request.url().startsWith('blob:')) errors.push(`request to ${request.url()}`)
    })
    await page.goto(url)
    return page
  }

  beforeAll(async () => {
    if (!executable) throw new Error(MISSING_CHROMIUM)
    if (!existsSync(pageFile)) throw new Error(`${pageFile} is missing: run npm run build`)
    browser = await chromium.launch({ executablePath: executable })
  })

  afterAll(async () => {
    await browser?.close()
    expect(errors).toEqual([])
  })

  it('shows the findings and fields of a pasted seed that torlint lint and parse give for the file', async () => {
    const page = await openPage()
    const status = await afterCheck(page, () => page.fill('#input', readFileSync(seed, 'utf8')))
    const expected = cliFindings(seed)
    expect(expected.length).toBeGreaterThan(0)
    expect(await shownFindings(page)).toEqual(expected)
    const counts = (severity: string) => expected.filter((finding) => finding.severity === severity).length
    expect(status).toBe(`Checked pasted.txt: ${counts('error')} errors, ${counts('warning')} warnings, ${counts('info')} info.`.replace(/\b1 (error|warning)s/g, '1 $1'))
    const document = cliDocument(seed)
    expect(await shownPosition(page)).toEqual(document.position)
    expect(await shownSections(page)).toEqual(document.sections.map(({ heading, line }) => ({ heading, line })))
    // Each finding is marked in the text, with its message on hover.
    expect(await page.locator('#marked .badge').count()).toBe(expected.length)
    expect(await page.getAttribute('#finding-0', 'title')).toBe(`${expected[0]!.severity}: ${expected[0]!.message} (${expected[0]!.ruleId})`)
    await page.close()
  })

  it('reads a dropped .docx and a chosen .pdf as torlint lint does', async () => {
    const page = await openPage()
    await afterCheck(page, () => dropFile(page, docx))
    expect(await shownFindings(page)).toEqual(cliFindings(docx))
    expect(await shownPosition(page)).toEqual(cliDocument(docx).position)
    expect(await page.textContent('#source-note')).toContain('002_fe13132658dc064e.docx (as HTML)')
    await afterCheck(page, () => page.setInputFiles('#file', pdf))
    expect(await shownFindings(page)).toEqual(cliFindings(pdf))
    expect(await shownPosition(page)).toEqual(cliDocument(pdf).position)
    await page.close()
  })

  it('downloads the document and the findings as JSON', async () => {
    const page = await openPage()
    await afterCheck(page, () => page.fill('#input', readFileSync(seed, 'utf8')))
    const downloaded = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download=${kind}]`)])
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') }
    }
    const document = await downloaded('document')
    expect(document.name).toBe('pasted.tor.json')
    const cli = cliDocument(seed)
    expect(JSON.parse(document.text)).toEqual({ ...cli, source: { ...(cli.source as object), path: 'pasted.txt' } })
    const findings = await downloaded('findings')
    expect(JSON.parse(findings.text)[0].messages.map(({ ruleId, line, column }: Shown) => `${line}:${column} ${ruleId}`)).toEqual(cliFindings(seed).map(({ ruleId, line, column }) => `${line}:${column} ${ruleId}`))
    const text = readFileSync(seed, 'utf8')
    const posting = await downloaded('jobposting')
    expect(posting.name).toBe('pasted.jobposting.jsonld')
    expect(JSON.parse(posting.text)).toEqual(JSON.parse(JSON.stringify(toJobPosting(parse(text, { path: 'pasted.txt' })))))
    expect((await downloaded('markdown')).text).toBe(format(text, { path: 'pasted.txt' }))
    await page.close()
  })

  it('applies one fix, then all of them, and checks the text again', async () => {
    const page = await openPage()
    await afterCheck(page, () => page.click('#example'))
    const text = readFileSync(example, 'utf8')
    const library = (source: string) => lint(source, { path: 'pasted.txt' })
    const inPageTerms = (messages: LintMessage[]) => messages.map(({ ruleId, severity, line, column, message }) => ({ ruleId, severity, line, column, message }))
    const first = library(text).messages.find((message) => message.fix !== undefined)!
    expect(first).toBeDefined()
    const item = page.locator('#findings .finding', { has: page.locator('button.apply') }).first()
    expect(await item.getAttribute('data-rule')).toBe(first.ruleId)
    const status = await afterCheck(page, () => item.locator('button.apply').click())
    expect(status).toMatch(new RegExp(`^Applied the fix of ${first.ruleId} at ${first.line}:${first.column}\\. Checked pasted\\.txt: `))
    const once = applyFixes(text, [first]).output
    expect(await page.inputValue('#input')).toBe(once)
    expect(await shownFindings(page)).toEqual(inPageTerms(library(once).messages))
    const all = fixUntilStable(once, library)
    expect(all.applied.length).toBeGreaterThan(1)
    await afterCheck(page, () => page.click('#apply-all'))
    expect(await page.inputValue('#input')).toBe(all.output)
    expect(await shownFindings(page)).toEqual(inPageTerms(all.last.messages))
    expect(await page.locator('#findings button.apply').count()).toBe(0)
    expect(await page.isHidden('#apply-all')).toBe(true)
    await page.close()
  })

  it('applies fixes to an opened file with CRLF line breaks at the right places', async () => {
    // Fix offsets count in the file's own text (CRLF), not in the LF text the box shows.
    const text = 'Position Title: Programme Officer\r\n\r\nThe officer reports on his/her work to the <b>Head</b> of unit.\r\n'
    const page = await openPage()
    await afterCheck(page, () => page.setInputFiles('#file', { name: 'notice.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }))
    const fixed = fixUntilStable(text, (source) => lint(source, { path: 'notice.txt' }))
    expect(fixed.output).toBe('Position Title: Programme Officer\r\n\r\nThe officer reports on their work to the Head of unit.\r\n')
    await afterCheck(page, () => page.click('#apply-all'))
    expect(await page.inputValue('#input')).toBe(fixed.output.replaceAll('\r\n', '\n'))
    expect(await page.textContent('#status')).toMatch(/^Applied 2 fixes\. Checked notice\.txt: /)
    await page.close()
  })

  it('offers no fix for HTML, which torlint lint --fix never rewrites', async () => {
    const page = await openPage()
    await page.selectOption('#format', 'html')
    await afterCheck(page, () => page.fill('#input', '<h1>Programme Officer</h1><p>The officer reports on his/her work.</p>'))
    expect((await shownFindings(page)).map((finding) => finding.ruleId)).toContain('inclusive-language')
    expect(await page.locator('#findings button.apply').count()).toBe(0)
    expect(await page.isHidden('#apply-all')).toBe(true)
    await page.close()
  })

  it('can be used with the keyboard alone', async () => {
    const page = await openPage()
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || '')
    const tabTo = async (id: string) => {
      for (let step = 0; step < 40 && (await focused()) !== id; step++) await page.keyboard.press('Tab')
      expect(await focused()).toBe(id)
      // Focus is visible: the page's own ring, wider than the browser's.
      expect(await page.evaluate(() => [getComputedStyle(document.activeElement!).outlineStyle, getComputedStyle(document.activeElement!).outlineWidth])).toEqual(['solid', '3px'])
    }
    await tabTo('example')
    await afterCheck(page, () => page.keyboard.press('Enter'))
    const before = await shownFindings(page)
    expect(before.length).toBeGreaterThan(0)
    // Switching a rule off from the keyboard: open the rules, untick the rule of the first finding.
    await tabTo('summary')
    await page.keyboard.press('Enter')
    const rule = before[0]!.ruleId
    await tabTo(`rule-${rule}`)
    await afterCheck(page, () => page.keyboard.press('Space'))
    const after = await shownFindings(page)
    expect(after).toEqual(before.filter((finding) => finding.ruleId !== rule))
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.querySelector('details')!.open)).toBe(false)
    expect(await focused()).toBe('summary')
    // A fix applied from the keyboard: the focus stays in the list (the next fix, or the first finding).
    await tabTo('apply-all')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('show')
    await page.focus('#findings button.apply')
    await afterCheck(page, () => page.keyboard.press('Enter'))
    await page.waitForFunction(() => document.activeElement?.closest('#findings') !== null && document.activeElement?.tagName === 'BUTTON')
    // A finding in the list takes the focus to its mark in the text.
    await page.focus('#findings .finding .show')
    await page.keyboard.press('Enter')
    expect(await focused()).toBe('finding-0')
    await page.close()
  })

  it('is served by torlint serve on 127.0.0.1', async () => {
    const server = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        server.stdout.on('data', (chunk) => {
          out += chunk
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)
          if (found) resolve(found[0])
        })
        server.once('exit', (code) => reject(new Error(`torlint serve ended with ${code}`)))
      })
      const page = await openPage(url)
      const status = await afterCheck(page, () => page.click('#example'))
      expect(status).toMatch(/^Checked pasted\.txt: /)
      await page.close()
    } finally {
      const exited = new Promise<number | null>((resolve) => server.once('exit', resolve))
      server.kill('SIGINT')
      expect(await exited).toBe(0)
    }
  })
})
