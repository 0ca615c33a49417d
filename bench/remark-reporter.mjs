// remark-cli's own reporter (vfile-reporter), counting the files it is given: the bench checks that
// remark read the whole corpus (the .txt files too), not what its folder walk happened to keep.
import { reporter } from 'vfile-reporter'

export default function countingReporter(files, options) {
  globalThis.benchFilesReported = files.length
  return reporter(files, options)
}
