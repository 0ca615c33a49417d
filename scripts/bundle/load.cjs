'use strict'
// Loads the command-line bundle (cli.cjs) with V8's code cache, made by `npm run build` after a sample
// lint, so a start skips compiling the functions that run: about a quarter of a one-file lint on Node 20,
// which has no module compile cache of its own. A missing, stale or rejected cache only costs that time.
const { createHash } = require('node:crypto')
const { readFileSync, renameSync, writeFileSync } = require('node:fs')
const nodeModule = require('node:module')
const { join } = require('node:path')
const vm = require('node:vm')

const bundlePath = join(__dirname, 'cli.cjs')
const cachePath = join(__dirname, 'cli.cjs.cache')
const HASH_BYTES = 32

let loaded = null

/** The cache's V8 data, when it was made from exactly this bundle (V8 itself only checks the length). */
function cacheFor(sourceHash) {
  let bytes
  try {
    bytes = readFileSync(cachePath)
  } catch {
    return { data: undefined, state: 'absent' }
  }
  if (bytes.length <= HASH_BYTES || !bytes.subarray(0, HASH_BYTES).equals(sourceHash)) return { data: undefined, state: 'made for another bundle, not used' }
  return { data: bytes.subarray(HASH_BYTES), state: 'used' }
}

/**
 * Node 22 and later cache the compiled code of every module they load, keyed by its content, in a folder
 * of their own (NODE_COMPILE_CACHE, or one under the temporary folder): the bundle is then required as an
 * ordinary module, which keeps its own import() hook. Workers started later inherit the folder through
 * the environment. Node 20 has no such cache: it takes the script and code cache path below.
 */
function loadWithCompileCache() {
  const result = nodeModule.enableCompileCache()
  const directory = result.directory ?? nodeModule.getCompileCacheDir?.()
  if (directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory
  if (process.env.TORLINT_DEBUG_CODE_CACHE) process.stderr.write(`torlint: compile cache ${directory ? 'enabled' : `not enabled (${result.message ?? 'disabled'})`}\n`)
  loaded = { exports: require(bundlePath), script: null, sourceHash: null }
  return loaded.exports
}

function loadCli() {
  if (loaded) return loaded.exports
  if (typeof nodeModule.enableCompileCache === 'function') return loadWithCompileCache()
  const source = readFileSync(bundlePath, 'utf8')
  const sourceHash = createHash('sha256').update(source).digest()
  const cache = cacheFor(sourceHash)
  // The bundle's dynamic imports (pdf.js and mammoth, left in node_modules) go through this module's
  // import(): V8 drops a script's dynamic-import hook when the script comes from a code cache.
  const wrapper = `(function (exports, require, module, __filename, __dirname, __torlintImport) {${source}\n})`
  const script = new vm.Script(wrapper, { filename: bundlePath, cachedData: cache.data })
  // For the tests, and for anyone checking a start-up: was the cache used?
  if (process.env.TORLINT_DEBUG_CODE_CACHE) process.stderr.write(`torlint: code cache ${script.cachedDataRejected ? 'rejected by V8' : cache.state}\n`)
  const module = { exports: {} }
  script.runInThisContext()(module.exports, nodeModule.createRequire(bundlePath), module, bundlePath, __dirname, (specifier) => import(specifier))
  loaded = { exports: module.exports, script, sourceHash }
  return module.exports
}

/** Write the cache of everything compiled so far (the build calls this after its sample lint). */
function saveCodeCache() {
  if (!loaded) throw new Error('saveCodeCache: the bundle was not loaded')
  const temporary = `${cachePath}.${process.pid}.tmp`
  writeFileSync(temporary, Buffer.concat([loaded.sourceHash, loaded.script.createCachedData()]))
  renameSync(temporary, cachePath)
}

module.exports = { loadCli, saveCodeCache }
