// The import graph of src/ (`npm run deps`, and test/imports.test.ts): no circles, and every module in a
// stage that imports only from its own stage or an earlier one. Type-only imports count: a type circle
// still ties the files together (the rules once imported the document type from src/index.ts, which
// imported the rules).

/** Stages from the bottom up, each a path pattern. A module may import its own stage and those listed before it. */
const stages = [
  // Shared leaves: text helpers, the memo, the ToR schema, the version, zod issue wording, the domain tables.
  { name: 'shared', path: '^src/(text|memo|schema|version|zod-issues)[.]ts$|^src/data/' },
  { name: 'ingest', path: '^src/ingest/' },
  { name: 'segment', path: '^src/segment/' },
  { name: 'extract', path: '^src/extract/' },
  // Source to ParsedDocument (ingest, segment and extract composed): the type every later stage reads.
  { name: 'document', path: '^src/document/' },
  { name: 'format', path: '^src/format/' },
  { name: 'jobposting', path: '^src/jobposting/' },
  { name: 'rules', path: '^src/rules/' },
  { name: 'config', path: '^src/config/' },
  { name: 'report', path: '^src/report/' },
  // Parse, run the rules with a config, place findings in PDF and Word files.
  { name: 'lint', path: '^src/lint/' },
  { name: 'cli', path: '^src/cli/' },
  // The library API re-exports; only the page, above it, imports it.
  { name: 'index', path: '^src/index[.]ts$' },
  // The page (dist/web): the library API in the browser, with stand-ins for the Node.js APIs it meets.
  { name: 'web', path: '^src/web/' },
]

const anyStage = stages.map((stage) => `(${stage.path})`).join('|')

const upward = stages.slice(0, -1).map((stage, index) => ({
  name: `${stage.name}-imports-later-stage`,
  comment: `${stage.name} may import only ${stages.slice(0, index + 1).map((s) => s.name).join(', ')}`,
  severity: 'error',
  from: { path: stage.path },
  to: { path: stages.slice(index + 1).map((s) => `(${s.path})`).join('|') },
}))

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a circle of imports (type-only ones included) makes its files one unit that cannot be read or changed alone',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'not-in-a-stage',
      comment: 'every module under src/ belongs to a stage: add a new folder to the stages in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: anyStage },
    },
    {
      name: 'importer-not-in-a-stage',
      comment: 'every module under src/ belongs to a stage: add a new folder to the stages in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: anyStage },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Imports that vanish in the JavaScript (import type) are edges too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
}
