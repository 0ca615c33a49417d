// Every test that needs files makes its own temporary folder; they all go under one folder for the run,
// removed at the end, so test runs do not pile up folders in the system's temporary directory.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'torlint-tests-'))
  // Readable by the unprivileged user some tests run the CLI as.
  chmodSync(root, 0o755)
  // os.tmpdir() reads TMPDIR on every call, here and in the test workers started after this.
  process.env.TMPDIR = root
  return () => rmSync(root, { recursive: true, force: true })
}
