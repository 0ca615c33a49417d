// A progress bar on stderr for long batches at a terminal; nothing at all otherwise.
import cliProgress from 'cli-progress'
import type { Io } from './types.js'

export interface Progress {
  tick: () => void
  stop: () => void
  /** A bar is being drawn on the terminal (standard output written meanwhile would break it). */
  visible: boolean
}

const SILENT: Progress = { tick: () => {}, stop: () => {}, visible: false }
export const PROGRESS_THRESHOLD = 50

export function createProgress(total: number, io: Io, quiet: boolean): Progress {
  const stderr = io.stderr as NodeJS.WriteStream
  if (quiet || total < PROGRESS_THRESHOLD || stderr.isTTY !== true || io.env.CI) return SILENT
  const bar = new cliProgress.SingleBar(
    { stream: stderr, format: 'torlint {bar} {value}/{total} files | {speed} files/s | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  bar.start(total, 0, { speed: '0' })
  return {
    tick: () => bar.increment(1, { speed: (bar.getProgress() * total / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) }),
    stop: () => bar.stop(),
    visible: true,
  }
}
