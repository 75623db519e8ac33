import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { z } from 'zod';
import { errorMessage } from '../../src/core/errorMessage';
import { TeamRoleSchema } from '../../src/core/team/teamRoles';
import type { ServerLog } from '../observe/serverLog';
import type { Invitation, InviteRequest, RevokeProblem } from '../team/teamAdmin';
import type { Result } from '../../src/core/result';

/** What the routes report and do; the server wires them to its parts. */
export interface HttpDeps {
  health: () => Record<string, unknown>;
  metrics: () => string;
  /** Guards /admin: only loopback callers holding this key (written to the data directory). */
  adminKey: string;
  invite: (request: InviteRequest) => Promise<Invitation>;
  revoke: (request: {
    project: string;
    coder: string;
  }) => Promise<Result<{ projectId: string; coderId: string }, RevokeProblem>>;
  log: ServerLog;
}

export const InviteBodySchema = z.object({
  project: z.string().trim().min(1).max(300),
  coder: z.string().trim().min(1).max(300),
  role: TeamRoleSchema.optional(),
  days: z.number().positive().max(3650),
  server: z.string().min(1).max(2000),
  appUrl: z.string().min(1).max(2000),
});

export const RevokeBodySchema = z.object({ project: z.string().trim().min(1), coder: z.string().trim().min(1) });

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * GET /health and /metrics for anyone; POST /admin/invite and
 * /admin/revoke for the CLI on the same machine, so it never opens the
 * embedded store a running server holds. Other paths fall through to
 * Hocuspocus. (A hook rejecting with nothing ends Hocuspocus' handling.)
 */
export function httpRoutes(deps: HttpDeps): Extension {
  return {
    extensionName: 'QuotemarkHttp',
    async onRequest({ request, response }: onRequestPayload) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (request.method === 'GET' && path === '/health') {
        send(response, 200, 'application/json', JSON.stringify({ status: 'ok', ...deps.health() }));
      } else if (request.method === 'GET' && path === '/metrics') {
        send(response, 200, 'text/plain; version=0.0.4', deps.metrics());
      } else if (request.method === 'POST' && (path === '/admin/invite' || path === '/admin/revoke')) {
        await admin(deps, request, response, path);
      } else {
        return;
      }
      return Promise.reject(null);
    },
  };
}

async function admin(deps: HttpDeps, request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
  const remote = request.socket.remoteAddress ?? '';
  const sameMachine = LOOPBACK.has(remote) || remote === request.socket.localAddress;
  if (!sameMachine || !keyMatches(request.headers.authorization, deps.adminKey)) {
    sendJson(response, 403, { error: 'forbidden' });
    return;
  }
  try {
    const body: unknown = JSON.parse(await readBody(request));
    if (path === '/admin/invite') {
      const parsed = InviteBodySchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: 'bad-request' });
      const invitation = await deps.invite(parsed.data);
      deps.log('team.invite', { project: invitation.projectId, coder: invitation.coderId, role: invitation.role });
      sendJson(response, 200, invitation);
    } else {
      const parsed = RevokeBodySchema.safeParse(body);
      if (!parsed.success) return sendJson(response, 400, { error: 'bad-request' });
      const revoked = await deps.revoke(parsed.data);
      if (revoked.ok) deps.log('team.revoke', { project: revoked.value.projectId, coder: revoked.value.coderId });
      sendJson(response, revoked.ok ? 200 : 404, revoked.ok ? revoked.value : { error: revoked.error });
    }
  } catch (error) {
    deps.log('admin.error', { path, error: errorMessage(error) });
    sendJson(response, 500, { error: 'internal' });
  }
}

function keyMatches(header: string | undefined, key: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const sendJson = (response: ServerResponse, status: number, body: unknown) =>
  send(response, status, 'application/json', JSON.stringify(body));

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type });
  response.end(body);
}
