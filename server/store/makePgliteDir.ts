import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./makePgliteDir.child.mjs', import.meta.url));

/**
 * Makes the embedded store's directory if it has no database yet. PGlite's
 * initdb peaks near 800 MB and leaves a few hundred MB that the process
 * never hands back, so it runs in a short-lived process of its own: the
 * server only ever opens an existing directory (about 170 MB). The child
 * runs PGlite.create with its defaults, as the server did in-process before,
 * so the files are the same.
 */
export async function makePgliteDir(dir: string): Promise<void> {
  if (existsSync(join(dir, 'PG_VERSION'))) return;
  const child = fork(CHILD, [dir], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new Error(`Could not make the embedded store in ${dir} (initdb exited ${code}):\n${stderr}`);
}
