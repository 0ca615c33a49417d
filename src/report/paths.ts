import path from 'node:path'

/**
 * `filePath` relative to `cwd`, with forward slashes whatever the platform, so the same run
 * yields the same report on Windows and POSIX. `cwd` is expected to be absolute; resolving
 * against it (not the process cwd) keeps this a pure function of its inputs.
 */
export function relativePath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, filePath))
  // The file is cwd itself (odd, but possible): a bare '' would be useless in a report.
  if (rel === '') return toForwardSlashes(filePath)
  return toForwardSlashes(rel)
}

/** True when a relative path climbs out of its base or is still absolute (another drive on Windows). */
export function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith('../') || path.isAbsolute(rel) || /^[A-Za-z]:\//.test(rel)
}

function toForwardSlashes(p: string): string {
  return path.sep === '\\' ? p.split('\\').join('/') : p
}
