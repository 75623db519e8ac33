import { dirname, relative, resolve, sep } from 'node:path';

/** One file's imports: its path and the specifiers it names, static or dynamic. */
export type FileImports = { file: string; specifiers: readonly string[] };

/**
 * The cycles between the folders directly under `root`: folder A imports
 * something in folder B and B, directly or through others, imports A.
 * Files at the root itself compose the folders and are left out, as are
 * imports that leave `root`. A cycle is reported once, as the folders in
 * order with the first repeated at the end ("charts → stances → charts").
 */
export function folderCycles(root: string, files: readonly FileImports[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const { file, specifiers } of files) {
    const from = folderOf(root, file);
    if (!from) continue;
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const to = folderOf(root, resolve(dirname(file), specifier));
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Set<string>();
      edges.set(from, targets.add(to));
    }
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const start of [...edges.keys()].sort()) {
    walk(start, [start]);
  }
  return cycles;

  function walk(at: string, path: [string, ...string[]]): void {
    for (const next of [...(edges.get(at) ?? [])].sort()) {
      if (next === path[0]) {
        const key = [...path].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...path, next]);
        }
      } else if (!path.includes(next) && next > path[0]) {
        // Only walk folders after the start, so each cycle is found from its first folder.
        walk(next, [...path, next]);
      }
    }
  }
}

function folderOf(root: string, path: string): string | null {
  const inside = relative(root, path);
  if (inside.startsWith('..')) return null;
  const [folder, ...rest] = inside.split(sep);
  return folder !== undefined && rest.length > 0 ? folder : null;
}
