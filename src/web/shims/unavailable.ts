// node:path, node:crypto and node:url serve only the CLI's reporters (paths relative to a folder, SARIF
// hashes), which the page never calls; the bundle drops them when unused, and a call would say so.
const unavailable = (): never => {
  throw new Error('this Node.js API is not available in the page')
}

export default new Proxy({}, { get: () => unavailable })
export const createHash = unavailable
export const pathToFileURL = unavailable
