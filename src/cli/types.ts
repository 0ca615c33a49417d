// Types every command shares, in a module of their own: the commands import them, and main.ts imports the
// commands, so keeping them in main.ts made an import circle.

/** The process's streams, folder and environment, passed in so that tests run the CLI in-process. */
export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  cwd: string
  env: NodeJS.ProcessEnv
}
