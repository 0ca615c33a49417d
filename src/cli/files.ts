// From the paths a user typed (files, folders, globs) to a sorted list of files.
import * as fs from 'node:fs'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ignore from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import { CliError } from './errors.js'
import { describeFsError } from './io.js'
import { rawPath } from './raw-names.js'

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const

export interface CollectOptions {
  cwd: string
  extensions: readonly string[]
  /** Extra ignore patterns from configuration. */
  ignorePatterns?: readonly string[]
}

export interface Collected {
  files: string[]
  /** Paths that could not be read as given, with the reason. */
  problems: { path: string; reason: string }[]
}

function ignoreFile(cwd: string, name: string): string[] {
  const path = join(cwd, name)
  if (!existsSync(path)) return []
  try {
    return readFileSync(path, 'utf8').split(/\r?\n/)
  } catch {
    return []
  }
}

/**
 * Explicit files are always taken; folders are walked for the extensions; anything else is a glob.
 * `.gitignore` and `.torlintignore` in the working folder, and config `ignorePatterns`, filter what
 * walking and globs find.
 */
export async function collectFiles(patterns: string[], options: CollectOptions): Promise<Collected> {
  const { cwd } = options
  const ignorer = ignore().add(['node_modules/', '.git/', ...ignoreFile(cwd, '.gitignore'), ...ignoreFile(cwd, '.torlintignore'), ...(options.ignorePatterns ?? [])])
  const extensions = options.extensions.map((ext) => ext.replace(/^\.?/, '.').toLowerCase())
  const wanted = (path: string) => extensions.some((ext) => path.toLowerCase().endsWith(ext))
  const kept = (path: string) => {
    const rel = relative(cwd, resolve(cwd, path)).split('\\').join('/')
    return rel.startsWith('..') || rel === '' || !ignorer.ignores(rel)
  }
  const files = new Set<string>()
  // The same file spelled two ways (`a.txt`, `./a.txt`, `x/../a.txt`) is linted once, under its first spelling.
  const seen = new Set<string>()
  const add = (file: string) => {
    const key = resolve(cwd, file)
    if (seen.has(key)) return
    seen.add(key)
    files.add(file)
  }
  const problems: Collected['problems'] = []
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern)
    let info: ReturnType<typeof statSync> | undefined
    try {
      info = statSync(rawPath(absolute).fsPath)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || !isDynamicPattern(pattern)) {
        problems.push({ path: pattern, reason: describeFsError(error) })
        continue
      }
    }
    if (info?.isFile()) {
      add(pattern)
      continue
    }
    // A device or pipe given by name would be read until it ends, which /dev/zero never does.
    if (info && !info.isDirectory()) {
      problems.push({ path: pattern, reason: 'is not a regular file (a device, pipe or socket): give a text file, or - for standard input' })
      continue
    }
    const walk = watchedFs(info?.isDirectory() ? absolute : cwd, info?.isDirectory() ? pattern : '')
    const found = info?.isDirectory()
      ? await glob(`**/*{${extensions.join(',')}}`, { cwd: absolute, dot: false, followSymbolicLinks: false, caseSensitiveMatch: false, fs: walk.fs }).then((list) => list.map((file) => join(pattern, file)))
      : await glob(pattern, { cwd, dot: false, followSymbolicLinks: false, fs: walk.fs })
    // A folder the walk could not open hides its files: say so, instead of linting fewer files in silence.
    problems.push(...walk.unreadable.filter((problem) => kept(problem.path)))
    const matched = found.filter((file) => wanted(file) || !info).filter(kept)
    if (matched.length === 0) problems.push({ path: pattern, reason: info ? `no ${extensions.join(', ')} files in this folder` : 'no files match this pattern' })
    for (const file of matched) add(file)
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), problems }
}

/** The file system as the walk sees it, noting each folder it cannot list (named as the user would see it). */
function watchedFs(root: string, shownRoot: string): { fs: Partial<typeof fs>; unreadable: Collected['problems'] } {
  const unreadable: Collected['problems'] = []
  const readdir = ((path: fs.PathLike, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries?: unknown) => void) =>
    fs.readdir(path, options as { withFileTypes: true }, (error, entries) => {
      if (error) unreadable.push({ path: join(shownRoot, relative(root, resolve(root, String(path)))) || '.', reason: `cannot list this folder: ${error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied (check that the folder is readable)' : describeFsError(error)}` })
      callback(error, entries)
    })) as unknown as typeof fs.readdir
  return { fs: { ...fs, readdir }, unreadable }
}

export function requireFiles(collected: Collected): void {
  if (collected.files.length === 0 && collected.problems.length === 0) throw new CliError('no files to lint')
}
