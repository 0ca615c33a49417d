// Ctrl-C and CI cancellation: never leave a temporary file behind, however many signals arrive.
import { removeTemporaries } from './write.js'

/**
 * Until the returned function is called, SIGINT and SIGTERM are handled here. With `onFirst`, the first
 * signal asks the command to stop after the file in hand; a second one (or any signal, without
 * `onFirst`) removes the temporaries at once and ends the process with 130.
 */
export function handleInterrupts(onFirst?: () => void): () => void {
  let signals = 0
  const handler = () => {
    signals++
    if (onFirst && signals === 1) {
      onFirst()
      return
    }
    removeTemporaries()
    process.exit(130)
  }
  process.on('SIGINT', handler)
  process.on('SIGTERM', handler)
  return () => {
    process.removeListener('SIGINT', handler)
    process.removeListener('SIGTERM', handler)
  }
}
