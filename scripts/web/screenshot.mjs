// The README's picture of the page (docs/page.png): the built page from file://, the example notice
// checked, at a laptop's 1366x768. Needs `npm run build` and a Chromium (TORLINT_CHROMIUM, or the system's).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const executablePath = process.env.TORLINT_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path))
if (!executablePath) throw new Error('no Chromium found: install it (apt-get install chromium) or set TORLINT_CHROMIUM')
const page = resolve('dist/web/index.html')
if (!existsSync(page)) throw new Error(`${page} is missing: run npm run build`)

const browser = await chromium.launch({ executablePath })
try {
  const tab = await browser.newPage({ viewport: { width: 1366, height: 768 } })
  await tab.goto(pathToFileURL(page).href)
  await tab.click('#example')
  await tab.waitForSelector('#status[data-state=done]')
  // A finding shown in the text, as a click on it in the list does.
  await tab.click('#findings .finding.sev-info .show')
  await tab.screenshot({ path: 'docs/page.png' })
  console.log('wrote docs/page.png')
} finally {
  await browser.close()
}
