/**
 * Make the storage fixture of one schema version with the code that shipped
 * it: `npx tsx scripts/makeStorageFixture.ts <version> <commit>`.
 *
 * Checks the commit out in a temporary git worktree, runs
 * test/fixtures/storage/v<version>/writeLibrary.ts against that checkout's
 * own repository functions (under fake-indexeddb), and writes into that
 * folder records.json (every record the old code wrote) and src/: the
 * commit's QuotemarkDatabase.ts (src/storage/database/, or src/storage/ before v6) and every file of src/ it
 * imports, directly or not, byte for byte at their old paths. The frozen
 * class so imports nothing of today's code: a later change to src/ cannot
 * change what the old schema's database does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [version, commit] = process.argv.slice(2);
if (!version || !/^\d+$/.test(version) || !commit) {
  console.error('Usage: npx tsx scripts/makeStorageFixture.ts <version> <commit>');
  process.exit(1);
}

const repo = resolve(import.meta.dirname, '..');
const folder = join(repo, 'test/fixtures/storage', `v${version}`);
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const fullCommit = git('rev-parse', '--verify', `${commit}^{commit}`).trim();

const checkout = mkdtempSync(join(tmpdir(), `quotemark-v${version}-`));
git('worktree', 'add', '--detach', '--force', checkout, fullCommit);
try {
  // The old code resolves dexie, zod and fake-indexeddb from here.
  symlinkSync(join(repo, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  // Vite defines import.meta.env; plain Node (tsx) does not. The checkout's
  // storage code reads it (since v3), so it gets an empty one: a production
  // build's flags all off. The frozen class below is taken from git, as is.
  for (const file of git('-C', checkout, 'ls-files', 'src')
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f))) {
    const path = join(checkout, file);
    const code = readFileSync(path, 'utf8');
    if (code.includes('import.meta.env.'))
      writeFileSync(path, code.replaceAll('import.meta.env.', '(import.meta.env ?? {}).'));
  }
  const { writeLibrary } = (await import(pathToFileURL(join(folder, 'writeLibrary.ts')).href)) as {
    writeLibrary: (root: string) => Promise<Record<string, unknown[]>>;
  };
  const tables = await writeLibrary(checkout);
  const records = { schemaVersion: Number(version), commit: fullCommit, tables };
  writeFileSync(join(folder, 'records.json'), `${JSON.stringify(records, null, 2)}\n`);

  rmSync(join(folder, 'src'), { recursive: true, force: true });
  // The class moved into src/storage/database/ after v5; older commits hold it one folder up.
  const entry = ['src/storage/database/QuotemarkDatabase.ts', 'src/storage/QuotemarkDatabase.ts'].find((path) =>
    exists(fullCommit, path),
  );
  if (!entry) throw new Error(`No QuotemarkDatabase.ts in ${fullCommit}`);
  const frozen = importClosure(fullCommit, entry);
  for (const [path, code] of frozen) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), code);
  }
  console.log(
    `Wrote ${folder}: ${Object.entries(tables)
      .map(([t, rows]) => `${rows.length} ${t}`)
      .join(', ')}; ${frozen.size} files of src/`,
  );
} finally {
  git('worktree', 'remove', '--force', checkout);
  rmSync(checkout, { recursive: true, force: true });
}

/** A file of the commit and every file of the repository it imports by a relative path, directly or not: path → text. */
function importClosure(at: string, entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [entry];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (files.has(path)) continue;
    const code = git('show', `${at}:${path}`);
    files.set(path, code);
    for (const [, specifier] of code.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = posix.join(posix.dirname(path), specifier ?? '');
      queue.push(
        ['.ts', '.tsx', ''].map((ext) => target + ext).find((candidate) => exists(at, candidate)) ?? `${target}.ts`,
      );
    }
  }
  return files;
}

function exists(at: string, path: string): boolean {
  return git('ls-tree', '--name-only', at, path).trim() === path;
}
