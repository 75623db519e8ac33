import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { folderCycles, type FileImports } from './folderCycles';

/**
 * Part of `npm run lint`: the folders of src/ui, src/storage and src/editor
 * each import one another in one
 * direction only (ESLint sees one file at a time, so it cannot see a cycle
 * that runs through two folders). Dynamic `import()` counts like a static one.
 */
const ROOTS = ['src/ui', 'src/storage', 'src/editor'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): FileImports {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return { file: resolve(file), specifiers: info.importedFiles.map((f) => f.fileName) };
}

let failed = false;
for (const root of ROOTS) {
  for (const cycle of folderCycles(resolve(root), sourceFiles(root).map(importsOf))) {
    failed = true;
    console.error(`${root}: folders import each other: ${cycle.join(' → ')}`);
  }
}
if (failed) {
  console.error('Move what both folders need into one of them (or into common/), so imports run one way.');
  process.exit(1);
}
