import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import WebSocket from 'ws';
import { parseJoinLink, type JoinInvitation } from '../../../src/core/team/joinLink';
import type { TeamRole } from '../../../src/core/team/teamRoles';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { joinProject } from '../../../src/storage/team/teamProjectRepository';
import { TeamSync } from '../../../src/storage/team/TeamSync';
import { startServer, type RunningServer } from '../../../server/startServer';

/** A real sync server in this process, on a free port, with an embedded store in a temporary directory; `stop` ends it and removes the store. */
export async function testServer(): Promise<RunningServer & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'quotemark-sync-'));
  const server = await startServer({ host: '127.0.0.1', port: 0, dataDir, schema: 'quotemark', log: () => undefined });
  return {
    ...server,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A join link's invitation, as the CLI's invite makes it. */
export async function invitation(
  server: RunningServer,
  project: string,
  coder: string,
  role?: TeamRole,
): Promise<JoinInvitation> {
  const made = await server.invite({
    project,
    coder,
    days: 30,
    server: server.wsUrl,
    appUrl: 'http://app.test/',
    ...(role ? { role } : {}),
  });
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
