// The page's stand-in for node:module: src/jobposting/location.ts loads the country names with `require`
// on first use; in the page they are bundled, and `require` hands back the bundled modules by the same
// names. Only those three languages are there, as in the CLI.
import countries from 'i18n-iso-countries/index.js'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }

const bundled: Record<string, unknown> = {
  'i18n-iso-countries/index.js': countries,
  'i18n-iso-countries/langs/en.json': en,
  'i18n-iso-countries/langs/fr.json': fr,
  'i18n-iso-countries/langs/es.json': es,
}

export function createRequire(): (id: string) => unknown {
  return (id) => {
    if (!(id in bundled)) throw new Error(`the page bundles no module "${id}"`)
    return bundled[id]
  }
}
