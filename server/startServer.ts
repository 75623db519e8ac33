import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { Redis } from '@hocuspocus/extension-redis';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { codebookDocName } from '../src/core/team/documentNames';
import { AuthExtension, settingsIn } from './auth/authExtension';
import { httpRoutes } from './http/httpRoutes';
import { collectWhenQuiet } from './memory/collectWhenQuiet';
import { ServerMetrics } from './observe/ServerMetrics';
import type { ServerLog } from './observe/serverLog';
import { removeRuntimeInfo, writeRuntimeInfo } from './runtimeFile';
import { openTeamStore, type StoreOptions } from './store/openTeamStore';
import { storeExtension } from './sync/storeExtension';
import { invite, revoke, type Invitation, type InviteRequest, type TeamAdminDeps } from './team/teamAdmin';

export interface ServerOptions extends StoreOptions {
  host: string;
  /** 0 lets the system choose. */
  port: number;
  /** Several processes share documents through Redis (they must share one PostgreSQL too). */
  redisUrl?: string;
  /** Redis key prefix: servers of one deployment share it. */
  redisPrefix?: string;
  /** The token-signing secret; else one kept in the store. */
  secret?: string;
  /** The address clients use (put into join links); defaults to ws://host:port. */
  publicUrl?: string;
  log: ServerLog;
}

export interface RunningServer {
  /** http://host:port */
  url: string;
  /** The WebSocket address clients connect to. */
  wsUrl: string;
  port: number;
  /** Ends connections, stores and compacts every document, closes the store. */
  stop(): Promise<void>;
  invite(request: InviteRequest, now?: Date): Promise<Invitation>;
  /** Revokes, and closes the coder's open connections at once. */
  revoke(request: { project: string; coder: string }): ReturnType<typeof revoke>;
}

/** Redis' options from a redis:// URL. */
function redisConfig(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.replace('/', '') || '0');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      db,
    },
  };
}

/**
 * The team sync server: the store is open and its tables made before the
 * port listens, so no client ever meets a store that is not ready.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (options.redisUrl && !options.databaseUrl) {
    throw new Error(
      'Several servers (REDIS_URL) must share one store: set DATABASE_URL to a PostgreSQL database as well.',
    );
  }
  const { log } = options;
  mkdirSync(options.dataDir, { recursive: true });
  const metrics = new ServerMetrics();
  const store = await openTeamStore(options, (seconds, count) => metrics.stored(seconds, count));
  const secret = await store.registry.secret(options.secret);
  const adminKey = randomBytes(24).toString('hex');
  const started = Date.now();
  let server: Server | null = null;
  const live = (name: string): Y.Doc | undefined => server?.hocuspocus.documents.get(name);

  const settings = async (projectId: string) => {
    const name = codebookDocName(projectId);
    const loaded = live(name);
    if (loaded) return settingsIn(loaded, projectId);
    const doc = new Y.Doc();
    for (const update of (await store.documents.load(name)).updates) Y.applyUpdate(doc, update);
    const read = settingsIn(doc, projectId);
    doc.destroy();
    return read;
  };
  const auth = new AuthExtension({ registry: store.registry, secret, metrics, log, settings });
  let publicUrl = options.publicUrl ?? '';
  const admin: TeamAdminDeps = { registry: store.registry, store: store.documents, secret, live };
  const revokeNow = async (request: { project: string; coder: string }) => {
    const revoked = await revoke(admin, request);
    if (revoked.ok) auth.revoked(revoked.value.coderId);
    return revoked;
  };

  const quiet = collectWhenQuiet(log);
  const busy = async () => quiet.busy();
  server = new Server({
    name: 'quotemark',
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    // Storing is not what the debounce is for here (every update is stored
    // as it arrives): it paces the compaction of the log into a snapshot.
    debounce: 5_000,
    maxDebounce: 30_000,
    extensions: [
      ...(options.redisUrl
        ? [new Redis({ ...redisConfig(options.redisUrl), prefix: options.redisPrefix ?? 'quotemark' })]
        : []),
      // Marks activity only: after 2 s without any, the garbage of the burst is collected. A debounced
      // store (compaction) is activity too, so its garbage goes with the next quiet spell.
      {
        extensionName: 'QuietCollector',
        onLoadDocument: busy,
        beforeHandleMessage: busy,
        onDisconnect: busy,
        afterStoreDocument: busy,
      },
      auth,
      storeExtension(store.documents, metrics, log),
      httpRoutes({
        adminKey,
        log,
        health: () => ({
          store: store.sql.kind,
          redis: Boolean(options.redisUrl),
          documents: server?.hocuspocus.getDocumentsCount() ?? 0,
          connections: server?.hocuspocus.getConnectionsCount() ?? 0,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
        }),
        metrics: () =>
          metrics.render({
            connections: server?.hocuspocus.getConnectionsCount() ?? 0,
            documents: server?.hocuspocus.getDocumentsCount() ?? 0,
          }),
        invite: (request) => invite(admin, request),
        revoke: (request) => revokeNow(request),
      }),
    ],
  });

  try {
    await server.listen();
  } catch (error) {
    await store.close();
    throw error;
  }
  const port = server.address.port;
  const url = `http://${options.host}:${port}`;
  publicUrl ||= `ws://${options.host}:${port}`;
  writeRuntimeInfo(options.dataDir, { pid: process.pid, host: options.host, port, adminKey, publicUrl });
  await store.registry.rememberPublicUrl(publicUrl);
  log('server.listen', { url, store: store.sql.kind, redis: Boolean(options.redisUrl) });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      log('server.stopping', {});
      auth.stop();
      quiet.stop();
      removeRuntimeInfo(options.dataDir);
      await server.destroy();
      await store.close();
      log('server.stopped', {});
    })());
  auth.start();
  return {
    url,
    wsUrl: publicUrl,
    port,
    stop,
    invite: (request, now) => invite(admin, request, now),
    revoke: revokeNow,
  };
}
