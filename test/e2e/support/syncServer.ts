import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../../', import.meta.url).pathname;
const run = promisify(execFile);

/** A team sync server as a person starts it (`npm run server`), in a process of its own, with its own data directory. */
export interface SyncServer {
  url: string;
  dataDir: string;
  /** A join link from the invite command, as the project's owner would send it. */
  invite(project: string, coder: string, appUrl: string, role?: 'owner' | 'coder' | 'reader'): Promise<string>;
  /** Stop the server (its whole process group) and remove its data. */
  stop(): Promise<void>;
}

/** Start `npm run server -- --port 0 --data <tmp>` and wait for its "listening on" line. */
export async function startSyncServer(): Promise<SyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quotemark-e2e-sync-'));
  // Its own process group (npm, the shell, the launcher and the server), so stopping it stops them all.
  const child = spawn('npm', ['run', '--silent', 'server', '--', '--port', '0', '--data', dataDir], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listeningUrl(child);
  return {
    url,
    dataDir,
    async invite(project, coder, appUrl, role) {
      const args = [
        'run',
        '--silent',
        'server',
        '--',
        'invite',
        '--data',
        dataDir,
        '--project',
        project,
        '--coder',
        coder,
        '--app',
        appUrl,
        ...(role ? ['--role', role] : []),
      ];
      const { stdout } = await run('npm', args, { cwd: ROOT });
      const link = /\S+#\/join\?\S+/.exec(stdout)?.[0];
      if (!link) throw new Error(`The invite command printed no join link: ${stdout}`);
      return link;
    },
    async stop() {
      await stopGroup(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /Quotemark sync server listening on (http:\/\/\S+)/.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The sync server exited (${code}) before listening: ${err}`)));
  });
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  // SIGTERM: the server stores everything and exits; SIGKILL if any of the group is left after 10 s.
  process.kill(-pid, 'SIGTERM');
  const until = Date.now() + 10_000;
  while (alive() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  if (alive()) process.kill(-pid, 'SIGKILL');
}
