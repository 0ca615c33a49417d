// One child process for the test scripts (scripts/test.mjs, scripts/node-versions/run.mjs), timed.
import { spawn } from 'node:child_process'

/**
 * Runs a command to its end. With `collect`, its output is kept and handed back instead of printed, so
 * two commands that run at once do not interleave their lines; without, it goes straight to ours.
 */
export function runCommand(command, args, { cwd, env, collect = false } = {}) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: collect ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' && command.endsWith('.cmd') })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('close', (code, signal) => {
      resolve({ ok: code === 0, code: code ?? (signal ? 1 : 0), output: Buffer.concat(output), seconds: (performance.now() - started) / 1000 })
    })
  })
}
