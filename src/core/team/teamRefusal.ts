/**
 * Why the server refused a document to a connection. The server sends
 * `quotemark:<code>` as the permission-denied reason; the app words it
 * ("Refused: …").
 */
export const TEAM_REFUSALS = [
  'malformed-token',
  'forged-token',
  'expired-token',
  'revoked-token',
  'wrong-project',
  'unknown-document',
  'layer-hidden',
] as const;

export type TeamRefusal = (typeof TEAM_REFUSALS)[number];

const PREFIX = 'quotemark:';

export const refusalReason = (code: TeamRefusal) => `${PREFIX}${code}`;

export function parseRefusalReason(reason: string): TeamRefusal | null {
  if (!reason.startsWith(PREFIX)) return null;
  const code = reason.slice(PREFIX.length);
  return (TEAM_REFUSALS as readonly string[]).includes(code) ? (code as TeamRefusal) : null;
}
