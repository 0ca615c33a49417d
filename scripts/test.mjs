#!/usr/bin/env node
// `npm test`: the type check and the build side by side (neither needs the other, and each keeps one core
// busy), then the whole suite on this Node, then the subset on the other Nodes of the matrix. Stops at
// the first phase that fails, and ends with each phase's wall time (docs/testing.md).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCommand } from './run-command.mjs'

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

/** A phase: its output printed when it ends if `quiet` (two phases run at once), else as it comes. */
async function run(name, [command, args], { quiet = false } = {}) {
  const { ok, code, output, seconds } = await runCommand(command, args, { cwd: root, collect: quiet })
  process.stdout.write(output)
  return { name, ok, code, seconds }
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
