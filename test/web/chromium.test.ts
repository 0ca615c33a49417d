// Which Chromium the browser tests use, and when its absence fails them instead of skipping them.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumRequired, findChromium } from './chromium.js'

describe('findChromium', () => {
  it('takes TORLINT_CHROMIUM when it names a file, and nothing else then', () => {
    const binary = join(mkdtempSync(join(tmpdir(), 'chromium-')), 'chrome')
    writeFileSync(binary, '')
    expect(findChromium({ TORLINT_CHROMIUM: binary })).toBe(binary)
    expect(findChromium({ TORLINT_CHROMIUM: `${binary}-missing` })).toBeNull()
  })

  it('is required only where TORLINT_REQUIRE_CHROMIUM is 1 (.ci/run)', () => {
    expect(chromiumRequired({ TORLINT_REQUIRE_CHROMIUM: '1' })).toBe(true)
    expect(chromiumRequired({})).toBe(false)
    expect(chromiumRequired({ TORLINT_REQUIRE_CHROMIUM: '0' })).toBe(false)
  })
})
