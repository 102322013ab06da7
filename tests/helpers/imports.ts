import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** The module specifiers a source file imports (static, side-effect and dynamic). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3])
}

/** Every .ts/.tsx file under a folder, as paths relative to `root`. */
export async function sourceFilesUnder(root: string, folder: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true, recursive: true })
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
}

export async function importsIn(root: string, file: string) {
  return importsOf(await readFile(join(root, file), 'utf8'))
}
