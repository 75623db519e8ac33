import { createHmac, timingSafeEqual } from 'node:crypto';
import { base64urlToBytes } from '../../src/core/team/base64url';
import { formatToken, readToken, signedTokenPart, type InvitePayload } from '../../src/core/team/inviteToken';
import { err, ok, type Result } from '../../src/core/result';

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest();

/** Sign an invitation (format: src/core/team/inviteToken.ts). */
export function signToken(payload: InvitePayload, secret: string): string {
  const signed = signedTokenPart(payload);
  return formatToken(signed, hmac(secret, signed));
}

/** The claims of a token this server signed, or why it is not one. */
export function verifyToken(token: string, secret: string): Result<InvitePayload, 'malformed-token' | 'forged-token'> {
  const read = readToken(token);
  if (!read.ok) return read;
  const given = base64urlToBytes(read.value.signature);
  const expected = hmac(secret, read.value.signed);
  if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) return err('forged-token');
  return ok(read.value.payload);
}
