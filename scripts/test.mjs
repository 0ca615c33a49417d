#!/usr/bin/env node
// `npm test`: the type check and the build side by side (neither needs the other, and each keeps one core
// busy), then the whole suite on this Node, then the subset on the other Nodes of the matrix. Stops at
// the first phase that fails, and ends with each phase's wall time (docs/testing.md).
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** An npm script through the npm that runs this one (its path is given to scripts), else `npm` on PATH. */
function npmRun(script) {
  const npm = process.env.npm_execpath
  if (npm) return [process.execPath, [npm, 'run', '--silent', script]]
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script]]
}

// `npm run typecheck`: the library, CLI and tests, then the page and its browser tests (src/web/tsconfig.json, with the DOM types).
const tsc = npmRun('typecheck')
const vitest = [process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)]]

/**
 * Runs a command; `quiet` collects its output and prints it at the end, so two phases that run at once
 * do not interleave their lines.
 */
function run(name, [command, args], { quiet = false } = {}) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' && command.endsWith('.cmd') })
    const output = []
    child.stdout?.on('data', (chunk) => output.push(chunk))
    child.stderr?.on('data', (chunk) => output.push(chunk))
    child.on('close', (code, signal) => {
      if (output.length > 0) process.stdout.write(Buffer.concat(output))
      resolve({ name, ok: code === 0, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 })
    })
  })
}

const phases = []
function summary() {
  console.log(`\ntest: ${phases.map((phase) => `${phase.name} ${phase.seconds.toFixed(0)} s${phase.ok ? '' : ' (FAILED)'}`).join(', ')}`)
}

const started = performance.now()
phases.push(...(await Promise.all([run('typecheck', tsc, { quiet: true }), run('build', npmRun('build'), { quiet: true })])))
for (const next of [() => run('vitest', vitest), () => run('node-versions', npmRun('test:node-versions'))]) {
  if (phases.some((phase) => !phase.ok)) break
  phases.push(await next())
}
phases.push({ name: 'total', ok: phases.every((phase) => phase.ok), seconds: (performance.now() - started) / 1000 })
summary()
process.exitCode = phases.every((phase) => phase.ok) ? 0 : 1
