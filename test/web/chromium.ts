// The system's Chromium (Debian's `chromium` package; .ci/run installs it). playwright-core drives it and
// never downloads a browser of its own. TORLINT_CHROMIUM names another binary.
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.TORLINT_CHROMIUM
  if (named) return existsSync(named) ? named : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

/** CI (.ci/run) sets it: there a missing Chromium fails the browser tests instead of skipping them. */
export const chromiumRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.TORLINT_REQUIRE_CHROMIUM === '1'

export const MISSING_CHROMIUM = 'No Chromium found (looked for TORLINT_CHROMIUM, then /usr/bin/chromium and the like): install it with `apt-get install chromium` (Debian/Ubuntu) or set TORLINT_CHROMIUM to a Chromium or Chrome binary'
