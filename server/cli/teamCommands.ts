import { errorMessage } from '../../src/core/errorMessage';
import type { Result } from '../../src/core/result';
import { processAlive } from '../store/dataDirLock';
import { openTeamStore } from '../store/openTeamStore';
import { readRuntimeInfo, type RuntimeInfo } from '../runtimeFile';
import { invite, revoke, type Invitation, type InviteRequest, type RevokeProblem } from '../team/teamAdmin';
import type { CliConfig } from './serverConfig';

type Revoked = Result<{ projectId: string; coderId: string }, RevokeProblem>;

/**
 * Invite or revoke, whether or not a server runs. A running server (its
 * server.json in the data directory, its process alive) is asked through
 * its loopback admin routes: it holds the embedded store, and it has the
 * codebook in memory to pass the change on to connected clients. Otherwise
 * the store is opened here (locked while in use).
 */
export async function runTeamCommand(config: CliConfig): Promise<Invitation | Revoked> {
  const running = readRuntimeInfo(config.dataDir);
  if (running && processAlive(running.pid)) {
    return config.command === 'invite'
      ? askServer<Invitation>(running, 'invite', inviteRequest(config, running))
      : askRevoke(running, config);
  }
  const store = await openTeamStore(config);
  try {
    const secret = await store.registry.secret(config.secret);
    const deps = { registry: store.registry, store: store.documents, secret, live: () => undefined };
    if (config.command === 'invite')
      return await invite(deps, inviteRequest(config, null, await store.registry.publicUrl()));
    return await revoke(deps, { project: config.project ?? '', coder: config.coder ?? '' });
  } finally {
    await store.close();
  }
}

/** The server address for the link: --server, else what the running (or last) server said, else the default port here. */
function inviteRequest(
  config: CliConfig,
  running: RuntimeInfo | null,
  remembered: string | null = null,
): InviteRequest {
  return {
    project: config.project ?? '',
    coder: config.coder ?? '',
    ...(config.role ? { role: config.role } : {}),
    days: config.days,
    server: config.publicUrl ?? running?.publicUrl ?? remembered ?? `ws://127.0.0.1:${config.port}`,
    appUrl: config.appUrl,
  };
}

async function askRevoke(running: RuntimeInfo, config: CliConfig): Promise<Revoked> {
  try {
    const value = await askServer<{ projectId: string; coderId: string }>(running, 'revoke', {
      project: config.project,
      coder: config.coder,
    });
    return { ok: true, value };
  } catch (error) {
    const problem = errorMessage(error);
    if (problem === 'no-such-project' || problem === 'no-such-coder') return { ok: false, error: problem };
    throw error;
  }
}

async function askServer<T>(running: RuntimeInfo, route: 'invite' | 'revoke', body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`http://${adminHost(running.host)}:${running.port}/admin/${route}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${running.adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new Error(
      `A server (process ${running.pid}) holds the data directory but does not answer on port ${running.port}: ${errorMessage(error)}`,
      { cause: error },
    );
  }
  const answer = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(answer.error ?? `The server answered ${response.status}.`);
  return answer;
}

/** A server listening on every interface answers on loopback too. */
const adminHost = (host: string) =>
  host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
