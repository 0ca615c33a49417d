// Run the CLI in-process with captured streams, or as a real process through bin/torlint.js.
import { spawnSync } from 'node:child_process'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(args: string[], options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk) => out.push(String(chunk)))
  stderr.on('data', (chunk) => err.push(String(chunk)))
  const code = await main(['node', 'torlint', ...args], {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  })
  return { code, stdout: out.join(''), stderr: err.join('') }
}

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const bin = fileURLToPath(new URL('../../bin/torlint.js', import.meta.url))

/** The built binary, as a user runs it (needs `npm run build`, which `npm test` does through tsc). */
export function runBin(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  // A hung run (workers left alive) fails the test instead of hanging the suite.
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, timeout: 150_000 })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
