import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { IdSchema } from '../model/ids';
import { base64urlToText, bytesToBase64url, textToBase64url } from './base64url';
import { TeamRoleSchema } from './teamRoles';

/**
 * An invitation, as the server signs it: `qm1.<payload>.<signature>`, the
 * payload base64url JSON, the signature base64url HMAC-SHA256 of
 * `qm1.<payload>` under the server's secret. Core reads tokens (the app shows
 * the project and coder before joining); only the server signs and checks
 * signatures (server/auth), with the secret no client ever has.
 */
export const TOKEN_PREFIX = 'qm1';

export const InvitePayloadSchema = z.object({
  /** The token's own id: revoking an invitation lists it as revoked. */
  tid: IdSchema,
  /** The sync server's address (ws:// or wss://, or http(s):// of the same host). */
  server: z.string().min(1).max(2000),
  projectId: IdSchema,
  projectName: z.string().min(1).max(300),
  coderId: IdSchema,
  coderName: z.string().min(1).max(300),
  role: TeamRoleSchema,
  /** Issued and expires, in epoch seconds. */
  iat: z.number().int().nonnegative(),
  exp: z.number().int().nonnegative(),
});

export type InvitePayload = z.infer<typeof InvitePayloadSchema>;

/** A token taken apart: what was signed, the signature, and the claims. */
export interface TokenParts {
  signed: string;
  signature: string;
  payload: InvitePayload;
}

/** The part of a token the signature covers. */
export function signedTokenPart(payload: InvitePayload): string {
  return `${TOKEN_PREFIX}.${textToBase64url(JSON.stringify(payload))}`;
}

export function formatToken(signed: string, signature: Uint8Array): string {
  return `${signed}.${bytesToBase64url(signature)}`;
}

/** Read a token without checking its signature (only the server can). */
export function readToken(token: string): Result<TokenParts, 'malformed-token'> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TOKEN_PREFIX) return err('malformed-token');
  const [, body = '', signature = ''] = parts;
  const json = base64urlToText(body);
  if (json === null || signature === '') return err('malformed-token');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return err('malformed-token');
  }
  const payload = InvitePayloadSchema.safeParse(raw);
  if (!payload.success) return err('malformed-token');
  return ok({ signed: `${TOKEN_PREFIX}.${body}`, signature, payload: payload.data });
}

/** Whether a token's time is up at `now` (epoch ms). */
export function tokenExpired(payload: Pick<InvitePayload, 'exp'>, now: number): boolean {
  return payload.exp * 1000 <= now;
}
