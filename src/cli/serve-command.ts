// `torlint serve`: the page of dist/web over HTTP on this machine only. The page needs no server (it works
// from file://); this is for those who would rather open a link. sirv serves the files (types, caching
// headers, no path escaping the folder), `open` starts the system's browser.
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sirv from 'sirv'
import { CliError, EXIT } from './errors.js'
import type { Io } from './types.js'

export const DEFAULT_PORT = 4700
/** Loopback only: a draft notice checked in the page is nobody else's business. */
const HOST = '127.0.0.1'

export interface ServeOptions {
  port?: string
  open?: boolean
}

/** dist/web beside dist/cli (the library's build) and dist/cli-bundle (the CLI's). */
export function pageFolder(): string {
  return fileURLToPath(new URL('../web/', import.meta.url))
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT
  const port = /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65535)) throw new CliError(`--port must be a number from 0 to 65535 (0: any free port), not "${value}"`, EXIT.usage)
  return port
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => resolve((server.address() as AddressInfo).port))
  })
}

/** Serves until SIGINT or SIGTERM (Ctrl-C), then closes and resolves with 0. Tests give their own folder and signals. */
export async function runServe(options: ServeOptions, io: Io, { folder = pageFolder(), signals = process as NodeJS.EventEmitter } = {}): Promise<number> {
  const port = parsePort(options.port)
  if (!existsSync(join(folder, 'index.html'))) throw new CliError(`the page is not built (no ${join(folder, 'index.html')}): run npm run build`, EXIT.usage)
  const serve = sirv(folder, { etag: true, dev: false })
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404
      response.end('Not found')
    })
  })
  let bound: number
  try {
    bound = await listen(server, port)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new CliError(`port ${port} on ${HOST} is already in use (another torlint serve?): choose another with --port, or --port 0 for any free one`, EXIT.usage)
    if (code === 'EACCES') throw new CliError(`port ${port} on ${HOST} needs privileges: choose one above 1023 with --port`, EXIT.usage)
    throw new CliError(`cannot serve on ${HOST}:${port}: ${(error as Error).message}`, EXIT.usage)
  }
  const url = `http://${HOST}:${bound}/`
  io.stdout.write(`torlint: serving the page at ${url} (on this machine only; Ctrl-C stops)\n`)
  if (options.open) {
    const { default: openBrowser } = await import('open')
    await openBrowser(url).catch((error: Error) => io.stderr.write(`torlint: could not open a browser (${error.message}): open ${url} yourself\n`))
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      signals.removeListener('SIGINT', stop)
      signals.removeListener('SIGTERM', stop)
      // Open keep-alive connections would hold the process for seconds after Ctrl-C.
      server.closeAllConnections()
      server.close(() => resolve())
    }
    signals.on('SIGINT', stop)
    signals.on('SIGTERM', stop)
  })
  io.stdout.write('torlint: stopped\n')
  return EXIT.ok
}
