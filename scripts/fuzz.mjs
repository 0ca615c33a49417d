#!/usr/bin/env node
// The long fuzz run (not in CI): the property tests of test/reliability/properties.test.ts with 100,000
// cases instead of about 2,000. Each shrunk input that breaks a property is saved to fixtures/reliability/
// (fuzz-<property>-<seed>.md|txt), where the normal test run keeps checking it once the bug is fixed.
//   npm run fuzz                 100,000 cases
//   npm run fuzz -- 20000        another count
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const runs = Number(process.argv[2] ?? 100_000)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`fuzz: ${process.argv[2]}: give the number of cases, e.g. npm run fuzz -- 20000`)
  process.exit(2)
}
const root = fileURLToPath(new URL('../', import.meta.url))
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
const result = spawnSync(process.execPath, [vitest, 'run', 'test/reliability/properties.test.ts', '--testTimeout=0', '--hookTimeout=0'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TORLINT_FUZZ_RUNS: String(runs), TORLINT_FUZZ_SAVE: '1' },
})
process.exit(result.status ?? 1)
