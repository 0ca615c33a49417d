import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * The files that take longest (docs/testing.md), slowest first. Vitest orders by the durations of the last
 * run it remembers; on a clean clone it has none and starts the largest files first, which left a long
 * file such as size.test.ts for the end, one core busy and the other idle.
 */
const slowest = [
  'test/reliability/size.test.ts',
  'test/reliability/properties.test.ts',
  'test/ingest/ingest.test.ts',
  'test/api/docs.test.ts',
  'test/reliability/limits.test.ts',
  'test/cli/convert.test.ts',
  'test/reliability/interrupt.test.ts',
  'test/action/action.test.ts',
  // One Chromium for the page's tests, about 25 s.
  'test/web/page.test.ts',
  'test/cli/pool.test.ts',
  'test/api/purity.test.ts',
  'test/package/pack.test.ts',
  'test/report/sarif.test.ts',
  'test/reliability/outputs.test.ts',
  'test/cli/code-cache.test.ts',
]

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const index = slowest.indexOf(relative(file.project.config.root, file.moduleId).split('\\').join('/'))
      return index === -1 ? slowest.length : index
    }
    return sorted.map((file, order) => ({ file, order })).sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order).map(({ file }) => file)
  }
}

export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    // Tests are not timed (speed is measured in bench/); the bound only stops a hang. On a busy two-core
    // machine a parse that takes 1 s alone can take 6 s, and a 5 s default failed landings for nothing.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker per core. Vitest's default is one fewer: one on a two-core machine, which then waits for
    // each test in turn (many of them for a process they started) while the other core idles.
    maxWorkers: Math.max(2, availableParallelism()),
    // Files share a worker's modules instead of loading the whole pipeline again each (imports were a
    // sixth of the run). They share no state that matters: the pipeline's caches are keyed by document,
    // each test makes its own temporary folder, and spies are restored where they are made.
    isolate: false,
    sequence: { sequencer: SlowestFirst },
  },
})
