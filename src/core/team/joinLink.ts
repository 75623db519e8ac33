import { err, ok, type Result } from '../result';
import { readToken, type InvitePayload } from './inviteToken';

/** What a join link carries: where to sync, and the invitation. */
export interface JoinInvitation {
  server: string;
  token: string;
  payload: InvitePayload;
}

export type JoinLinkProblem = 'not-a-join-link' | 'malformed-token' | 'server-mismatch';

/** The hash route of a join link, as the app's router sees it. */
export const JOIN_ROUTE = '#/join';

/** `<appUrl>#/join?server=…&token=…`; any hash the app URL had is replaced. */
export function formatJoinLink(appUrl: string, server: string, token: string): string {
  const base = appUrl.split('#', 1)[0] ?? appUrl;
  const query = new URLSearchParams({ server, token }).toString();
  return `${base}${JOIN_ROUTE}?${query}`;
}

/**
 * Read a join link, a bare `#/join?…` hash, or its query. The server in the
 * link must be the one the token was signed for: a link edited to point
 * elsewhere would hand the token to a stranger.
 */
export function parseJoinLink(text: string): Result<JoinInvitation, JoinLinkProblem> {
  const trimmed = text.trim();
  const hashAt = trimmed.indexOf(JOIN_ROUTE);
  const query = hashAt >= 0 ? trimmed.slice(hashAt + JOIN_ROUTE.length) : trimmed;
  if (hashAt >= 0 && !/^\?/.test(query)) return err('not-a-join-link');
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const server = params.get('server');
  const token = params.get('token');
  if (!server || !token) return err('not-a-join-link');
  const read = readToken(token);
  if (!read.ok) return read;
  if (read.value.payload.server !== server) return err('server-mismatch');
  return ok({ server, token, payload: read.value.payload });
}
