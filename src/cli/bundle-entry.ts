// The one entry of the command-line bundle (scripts/bundle/build.mjs): the CLI, and the file loop that
// worker threads run from the same bundle.
export { main } from './main.js'

export async function serveWorker(): Promise<void> {
  await import('./worker.js')
}
