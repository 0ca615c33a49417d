// mammoth (Word) and pdf.js (PDF) are large and needed only when such a file is opened: each is a classic
// script beside the page (file:// lets a page load those, not ES modules), loaded on first use. The build
// (scripts/bundle/web.mjs) routes the pipeline's `import('mammoth')` and `import('unpdf')` here.

declare global {
  // Set by the lazy scripts (src/web/lazy/*.ts) when they run.
  var __torlintModules: Record<string, unknown> | undefined
}

const loading = new Map<string, Promise<unknown>>()

export function loadModule(name: string): Promise<unknown> {
  let promise = loading.get(name)
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      const script = document.createElement('script')
      script.src = `${name}.js`
      script.onload = () => {
        const module = globalThis.__torlintModules?.[name]
        if (module) resolve(module)
        else reject(new Error(`${name}.js did not register itself`))
      }
      script.onerror = () => {
        loading.delete(name)
        reject(new Error(`${name}.js could not be loaded from beside the page`))
      }
      document.head.append(script)
    })
    loading.set(name, promise)
  }
  return promise
}
