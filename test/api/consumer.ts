// A folder outside the repository where `import ... from 'torlint'` resolves the way it does for a user:
// through node_modules, the package's `exports` map and the built dist/ (no path into src/).
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))

export interface Consumer {
  dir: string
  remove: () => void
}

/** Links torlint (the repository itself, which must be built) and zod, which custom rules import. */
export function createConsumer(prefix: string): Consumer {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/index.d.ts'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)')
  }
  const dir = mkdtempSync(join(tmpdir(), prefix))
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(root, join(dir, 'node_modules/torlint'), 'dir')
  symlinkSync(join(root, 'node_modules/zod'), join(dir, 'node_modules/zod'), 'dir')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
