import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'qm-launcher-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run server’s launcher (scripts/runServer.mjs)', () => {
  it('runs the server, and stops it cleanly with exit code 0 when its process group gets SIGTERM', async () => {
    // Its own process group, as a terminal or a supervisor runs it: the signal reaches launcher and server both,
    // and the launcher passes its own on.
    const child = spawn(process.execPath, ['scripts/runServer.mjs', '--port', '0', '--data', dataDir], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.startsWith('Quotemark sync server listening on')) resolve();
      });
      void exited.then((code) => reject(new Error(`exited (${code}) before listening:\n${stderr}`)));
    });
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"event":"server.stopped"');
  }, 90_000);

  it('passes on the server’s own exit code: a mistyped option exits 2 with the usage', async () => {
    const child = spawn(process.execPath, ['scripts/runServer.mjs', '--port', 'eighty'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/port/i);
  }, 60_000);
});
