import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createProgress, PROGRESS_THRESHOLD } from '../../src/cli/progress.js'
import type { Io } from '../../src/cli/types.js'

function io(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true })
  const written: string[] = []
  stderr.on('data', (chunk) => written.push(String(chunk)))
  return { io: { stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: '/', env } as unknown as Io, written }
}

describe('progress bar', () => {
  it('draws done/total and files/s on a terminal for a long batch', async () => {
    const { io: terminal, written } = io(true)
    const progress = createProgress(PROGRESS_THRESHOLD, terminal, false)
    for (let i = 0; i < PROGRESS_THRESHOLD; i++) progress.tick()
    progress.stop()
    await new Promise((resolve) => setImmediate(resolve))
    expect(written.join('')).toMatch(/\d+\/50 files \| \d+ files\/s/)
  })
  it('stays silent when not a terminal, with --quiet, under CI, or for a short batch', async () => {
    for (const [tty, quiet, env, total] of [
      [false, false, {}, 100],
      [true, true, {}, 100],
      [true, false, { CI: 'true' }, 100],
      [true, false, {}, PROGRESS_THRESHOLD - 1],
    ] as const) {
      const { io: stream, written } = io(tty, env)
      const progress = createProgress(total, stream, quiet)
      progress.tick()
      progress.stop()
      await new Promise((resolve) => setImmediate(resolve))
      expect(written.join('')).toBe('')
    }
  })
})
