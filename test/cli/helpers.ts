// Run the CLI in-process with captured streams, or as a real process through bin/torlint.js.
import { spawnSync } from 'node:child_process'
import { PassThrough, Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { vi } from 'vitest'
import { main } from '../../src/cli/main.js'

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `main` as bin/torlint.js does, with its streams captured. Whatever the run writes to the process's
 * own streams or console instead of its Io is captured too, in order: the binary would print it, so a test
 * that expects an empty stderr in-process asserts what it would of the real process.
 */
export async function runCli(args: string[], options: { stdin?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  const err: string[] = []
  stdout.on('data', (chunk) => out.push(String(chunk)))
  stderr.on('data', (chunk) => err.push(String(chunk)))
  const stray = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true)),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true)),
    ...(['log', 'info', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...values: unknown[]) => void out.push(`${values.map(String).join(' ')}\n`))),
    ...(['warn', 'error', 'trace'] as const).map((name) => vi.spyOn(console, name).mockImplementation((...values: unknown[]) => void err.push(`${values.map(String).join(' ')}\n`))),
  ]
  try {
    const code = await main(['node', 'torlint', ...args], {
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      stdout,
      stderr,
      cwd: options.cwd ?? process.cwd(),
      env: options.env ?? {},
    })
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    for (const spy of stray) spy.mockRestore()
  }
}

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const bin = fileURLToPath(new URL('../../bin/torlint.js', import.meta.url))

/** The built binary, as a user runs it (needs `npm run build`, which `npm test` does through tsc). */
export function runBin(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  // A hung run (workers left alive) fails the test instead of hanging the suite.
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, timeout: 150_000 })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
