import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY = /Quotemark sync server listening on (http:\/\/\S+)/;
const STOP_GRACE_MS = 10_000;

/** Process groups of servers still running, with their data: killed and removed when the bench exits, however it exits. */
const running = new Map<number, string>();
let guarded = false;

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Gone already.
  }
}

/**
 * A failed or interrupted bench must not leave servers behind: they run in
 * process groups of their own (so Ctrl+C does not reach them), hence this.
 */
function guardExit(): void {
  if (guarded) return;
  guarded = true;
  const killAll = () => {
    for (const [pid, dataDir] of running) {
      killGroup(pid, 'SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
    running.clear();
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * The team sync server as a person starts it, `npm run server -- --port 0
 * --data <fresh temporary directory>` (the embedded store), in a process
 * group of its own: npm, the shell, the launcher (scripts/runServer.mjs) and
 * the server's node process, whose pid the server writes to
 * `<data>/server.json`.
 */
export class SyncServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly dataDir: string,
    /** http://127.0.0.1:PORT */
    readonly url: string,
    /** The server's own process (not npm's). */
    readonly pid: number,
  ) {}

  static async start(root: string): Promise<SyncServerProcess> {
    guardExit();
    const dataDir = mkdtempSync(join(tmpdir(), 'quotemark-bench-sync-'));
    const child = spawn('npm', ['run', '--silent', 'server', '--', '--port', '0', '--data', dataDir], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid === undefined) throw new Error('npm run server did not start');
    const group = child.pid;
    running.set(group, dataDir);
    try {
      const url = await listening(child);
      const { pid } = JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8')) as { pid: number };
      return new SyncServerProcess(child, dataDir, url, pid);
    } catch (error) {
      killGroup(group, 'SIGKILL');
      running.delete(group);
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** The address clients connect to. */
  get wsUrl(): string {
    return this.url.replace(/^http/, 'ws');
  }

  /** The server process's resident memory (VmRSS), in MB. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
    if (!Number.isFinite(kb)) throw new Error(`No VmRSS for process ${this.pid}`);
    return kb / 1024;
  }

  /** CPU time the server process has used (user and system), in ms: /proc/<pid>/stat counts in ticks of 10 ms (USER_HZ 100). */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from the third on: utime and stime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }

  /** One value of the server's /metrics (Prometheus text). */
  async metric(name: string): Promise<number> {
    const text = await getText(`${this.url}/metrics`);
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    return Number(line?.slice(name.length + 1));
  }

  /** How many documents the server holds in memory (its /health). */
  async documentsLoaded(): Promise<number> {
    const health = JSON.parse(await getText(`${this.url}/health`)) as { documents?: number };
    return Number(health.documents);
  }

  /**
   * Resolves once the server has unloaded every document (its clients gone,
   * their documents stored): the server reports no event for it, so this
   * asks /health every 100 ms.
   */
  async idle(ms = 60_000): Promise<void> {
    const until = Date.now() + ms;
    while ((await this.documentsLoaded()) > 0) {
      if (Date.now() > until)
        throw new Error(`The sync server still holds ${await this.documentsLoaded()} documents after ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * SIGTERM to the server itself (it stores everything and exits, and npm
   * with it); whatever of the group is left after a grace period is killed.
   * The data directory goes too.
   */
  async stop(): Promise<void> {
    const group = this.child.pid;
    if (group === undefined || !running.has(group)) return;
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      process.kill(this.pid, 'SIGTERM');
    } catch {
      // The server is gone already; npm follows.
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(timer);
    killGroup(group, 'SIGKILL');
    running.delete(group);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = READY.exec(out);
      if (found?.[1]) resolve(found[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-5_000);
    });
    child.once('exit', (code) => reject(new Error(`The sync server exited (${code}) before listening:\n${err}`)));
  });
}

/**
 * GET on a connection of its own: fetch's pooled keep-alive connections
 * met ECONNRESET here when the server had closed the one reused.
 */
function getText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
      response.on('error', reject);
    }).on('error', reject);
  });
}
