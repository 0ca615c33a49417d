// `torlint serve`: loopback only, a clear error when the port is taken, and Ctrl-C stops it with 0.
import { EventEmitter } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CliError } from '../../src/cli/errors.js'
import { parsePort, runServe } from '../../src/cli/serve-command.js'

function io() {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: string[] = []
  stdout.on('data', (chunk) => out.push(String(chunk)))
  return { io: { stdin: Readable.from([]), stdout, stderr, cwd: process.cwd(), env: {} }, out }
}

function pageFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'serve-'))
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>page</title>')
  return folder
}

describe('torlint serve', () => {
  it('serves the folder on 127.0.0.1 until SIGINT, then resolves with 0', async () => {
    const signals = new EventEmitter()
    const { io: streams, out } = io()
    const done = runServe({ port: '0' }, streams, { folder: pageFolder(), signals })
    await expect.poll(() => out.join('')).toMatch(/serving the page at http:\/\/127\.0\.0\.1:\d+\//)
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out.join(''))![0]
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>page</title>')
    expect((await fetch(`${url}missing.js`)).status).toBe(404)
    signals.emit('SIGINT')
    await expect(done).resolves.toBe(0)
    expect(out.join('')).toContain('stopped')
  })

  it('says the port is taken, with exit code 2', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as { port: number }).port
    try {
      const error = await runServe({ port: String(port) }, io().io, { folder: pageFolder(), signals: new EventEmitter() }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitCode).toBe(2)
      expect((error as CliError).message).toBe(`port ${port} on 127.0.0.1 is already in use (another torlint serve?): choose another with --port, or --port 0 for any free one`)
    } finally {
      blocker.close()
    }
  })

  it('says when the page is not built', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'serve-'))
    await expect(runServe({ port: '0' }, io().io, { folder, signals: new EventEmitter() })).rejects.toThrow(/the page is not built .*run npm run build/)
  })

  it('takes ports 0 to 65535 only', () => {
    expect(parsePort(undefined)).toBe(4700)
    expect(parsePort('8080')).toBe(8080)
    for (const bad of ['65536', '-1', 'http', '80.5']) expect(() => parsePort(bad)).toThrow(/--port must be a number from 0 to 65535/)
  })
})
