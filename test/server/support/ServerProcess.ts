import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const READY = /^Quotemark sync server listening on http:\/\/([^:]+):(\d+)$/;

/**
 * The server as a separate process (node with tsx's loader: one process, so
 * SIGKILL reaches the server itself), restartable on the same port.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  port = 0;
  stderr = '';

  constructor(
    private readonly dataDir: string,
    private readonly env: Record<string, string> = {},
  ) {}

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', String(this.port), '--data', this.dataDir],
      {
        cwd: ROOT,
        env: { ...process.env, ...this.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    // Should the test process end first (a crash, a timeout), the server goes with it.
    const orphanGuard = () => child.kill('SIGKILL');
    process.once('exit', orphanGuard);
    child.once('exit', () => process.off('exit', orphanGuard));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-20_000);
    });
    this.port = await new Promise<number>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const ready = READY.exec(line);
        if (ready) resolve(Number(ready[2]));
      });
      child.once('exit', (code) => reject(new Error(`The server exited (${code}) before listening:\n${this.stderr}`)));
    });
  }

  /** As a crash would: no chance to store or say goodbye. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** As an operator would stop it: resolves with the exit code once it has stored everything. */
  async stop(): Promise<number | null> {
    return this.signal('SIGTERM');
  }

  private signal(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child?.exitCode ?? null);
    this.child = null;
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  }
}
