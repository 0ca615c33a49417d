// The page (dist/web): index.html, its style sheet and classic scripts, so that it works from file:// and
// offline. torlint.js is the page with the library (src/index.ts) bundled as the CLI bundles it; mammoth.js
// and unpdf.js are loaded only when a Word or PDF file is opened. Prints the sizes.
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { englishZodOnly } from './plugins.mjs'

const out = 'dist/web'
/** The page's own JavaScript, pdf.js aside (issue 14). */
const MAIN_LIMIT = 1.5 * 1024 * 1024

/**
 * node:zlib and node:module, used by src/ingest and src/jobposting, have browser stand-ins in src/web/shims;
 * the reporters' node:path, node:crypto and node:url are never called by the page.
 */
const nodeShims = {
  name: 'node-shims',
  setup(build) {
    build.onResolve({ filter: /^node:(?:zlib|module)$/ }, (args) => ({ path: resolve(`src/web/shims/${args.path.slice('node:'.length)}.ts`) }))
    build.onResolve({ filter: /^node:(?:path|crypto|url)$/ }, () => ({ path: resolve('src/web/shims/unavailable.ts') }))
  },
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const common = { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', minify: true, legalComments: 'none', logLevel: 'warning', plugins: [englishZodOnly, nodeShims], loader: { '.txt': 'text' },
  // Only the stand-in of createRequire (src/web/shims/module.ts) receives it, and ignores it.
  define: { 'import.meta.url': '""' },
}

// The pipeline's dynamic imports of mammoth and unpdf stay out of the page's script and are routed to the
// loader of src/web/lazy/load.ts, as the CLI bundle routes them to its own (build.mjs).
const routed = ['mammoth', 'unpdf']
await build({ ...common, entryPoints: { torlint: 'src/web/main.ts' }, outdir: out, external: routed })
const mainPath = `${out}/torlint.js`
const bundled = readFileSync(mainPath, 'utf8')
const dynamicImports = bundled.match(/(?<![\w$.`])import\((?=["'])/g) ?? []
if (dynamicImports.length !== routed.length || routed.some((name) => !bundled.includes(`import("${name}")`))) {
  throw new Error(`web bundle: expected the dynamic imports of ${routed.join(', ')} only, and found ${dynamicImports.length}`)
}
writeFileSync(mainPath, routed.reduce((text, name) => text.replace(`import("${name}")`, `__torlintLoad("${name}")`), bundled))

for (const name of routed) await build({ ...common, entryPoints: { [name]: `src/web/lazy/${name}.ts` }, outdir: out })

copyFileSync('src/web/index.html', `${out}/index.html`)
copyFileSync('src/web/style.css', `${out}/style.css`)

const size = (file) => statSync(`${out}/${file}`).size
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`
for (const file of ['index.html', 'style.css', 'torlint.js', 'mammoth.js', 'unpdf.js']) console.log(`web: ${file.padEnd(11)} ${kb(size(file)).padStart(8)}`)
const own = size('torlint.js') + size('mammoth.js')
console.log(`web: page JavaScript without pdf.js ${kb(own)} (limit ${kb(MAIN_LIMIT)})`)
if (own > MAIN_LIMIT) throw new Error(`web bundle: the page's JavaScript is ${kb(own)}, over the limit of ${kb(MAIN_LIMIT)}`)
