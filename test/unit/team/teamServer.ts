import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { parseJoinLink, type JoinInvitation } from '../../../src/core/team/joinLink';
import type { TeamRole } from '../../../src/core/team/teamRoles';
import type { QuotemarkDatabase } from '../../../src/storage/QuotemarkDatabase';
import { joinProject } from '../../../src/storage/team/teamProjectRepository';
import { TeamSync } from '../../../src/storage/team/TeamSync';
import { startServer, type RunningServer } from '../../../server/startServer';
import { invite } from '../../../server/team/teamAdmin';

/** A real sync server in this process, on a free port, with an embedded store in a temporary directory; stopped when the test ends. */
export async function testServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quotemark-sync-'));
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, schema: 'quotemark', log: () => undefined });
  onTestFinished(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return server;
}

/** A join link's invitation, as the CLI's invite makes it. */
export async function invitation(server: RunningServer, project: string, coder: string, role?: TeamRole): Promise<JoinInvitation> {
  const made = await invite(server.admin, { project, coder, days: 30, server: server.wsUrl, appUrl: 'http://app.test/', ...(role ? { role } : {}) });
  const parsed = parseJoinLink(made.link);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** A browser's sync client over its database, joined to the invitation's project, online. */
export async function joinedClient(db: QuotemarkDatabase, joining: JoinInvitation): Promise<TeamSync> {
  const joined = await joinProject(db, joining);
  if (!joined.ok) throw new Error(joined.error);
  let online = true;
  const sync = new TeamSync(db, { connection: { WebSocketPolyfill: WebSocket }, online: () => online });
  const setOnline = sync.setOnline.bind(sync);
  sync.setOnline = (value: boolean) => {
    online = value;
    setOnline(value);
  };
  sync.start();
  onTestFinished(() => sync.stop());
  return sync;
}

/** Wait until `check` holds (IndexedDB and the network are asynchronous), polling the condition, not the clock. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
