import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    // Tests are not timed (speed is measured in bench/); the bound only stops a hang. On a busy two-core
    // machine a parse that takes 1 s alone can take 6 s, and a 5 s default failed landings for nothing.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
    maxWorkers: 2,
  },
})
