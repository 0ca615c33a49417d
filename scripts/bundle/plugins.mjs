// esbuild plugins shared by the command-line bundle (build.mjs) and the page (web.mjs).
import { dirname, join } from 'node:path'

/**
 * zod's namespace export carries the error messages of some fifty languages (about 600 KB the CLI would
 * compile at every start, and the page would download); torlint's messages are English, so a bundle
 * keeps only `en`.
 */
export const englishZodOnly = {
  name: 'english-zod-only',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'english-zod-only', pluginData: join(args.resolveDir, dirname(args.path)) } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'english-zod-only' }, (args) => ({
      contents: "export { default as en } from './en.js'",
      resolveDir: args.pluginData,
      loader: 'js',
    }))
  },
}
