import type { Statement } from '../model/statement';
import type { CurationLane, CurationRow } from './curationRows';
import type { GoldStatement } from './goldStatement';

/** Who curates, and when (defaulted: tests pass their own). */
export interface Curator {
  id: string;
  name: string;
  now?: Date;
  newId?: () => string;
}

/** The fields a curator edits or writes. */
export type GoldFields = Pick<Statement, 'speakerId' | 'kind' | 'topicId' | 'stance' | 'claim'>;

/**
 * The gold statement of a row once the curator accepts one lane's version:
 * that statement, copied whole (span, cue, speaker, kind, claim, topic,
 * stance…), under the row's gold id if it has one (so it replaces the
 * earlier verdict), with its provenance. null when the lane marked nothing.
 */
export function acceptVersion(row: CurationRow, lanes: readonly CurationLane[], lane: number, curator: Curator) {
  const version = row.versions[lane];
  const coder = lanes[lane];
  if (!version || !coder) return null;
  return goldOf(row, version, curator, { from: coder.id, fromName: coder.name, fromStatementId: version.id });
}

/** The row's gold rewritten with the curator's fields: from the current gold, or else the first lane's version. */
export function editGold(row: CurationRow, fields: GoldFields, curator: Curator): GoldStatement | null {
  const base = row.gold ?? row.versions.find((v) => v !== null);
  if (!base) return null;
  const provenance = row.gold
    ? { from: row.gold.provenance.from, fromStatementId: row.gold.provenance.fromStatementId }
    : { from: null, fromStatementId: null };
  const fromName = row.gold?.provenance.fromName;
  return goldOf(row, withFields(base, fields), curator, {
    ...provenance,
    ...(fromName && provenance.from ? { fromName } : {}),
    edited: true,
  });
}

/** The curator's own statement on the row's span: prefilled from the span only (no coder's coding). */
export function writeOwn(row: CurationRow, fields: GoldFields, curator: Curator): GoldStatement | null {
  const base = row.gold ?? row.versions.find((v) => v !== null);
  if (!base) return null;
  const own = withFields({ ...base, tags: [] }, fields);
  delete own.cue;
  delete own.roleAtTime;
  delete own.note;
  return goldOf(row, own, curator, { from: null, fromStatementId: null });
}

/** The verdict that the row's unit is not a quote: kept (with the span) so the row counts as resolved. */
export function rejectUnit(row: CurationRow, curator: Curator): GoldStatement | null {
  const base = row.gold ?? row.versions.find((v) => v !== null);
  if (!base) return null;
  return { ...goldOf(row, base, curator, { from: null, fromStatementId: null }), rejected: true };
}

function goldOf(
  row: CurationRow,
  version: Statement,
  curator: Curator,
  from: Pick<GoldStatement['provenance'], 'from' | 'fromName' | 'fromStatementId' | 'edited'>,
): GoldStatement {
  const now = (curator.now ?? new Date()).toISOString();
  const gold: GoldStatement = {
    ...version,
    id: row.gold?.id ?? (curator.newId ?? (() => crypto.randomUUID()))(),
    origin: 'manual',
    status: 'confirmed',
    createdAt: row.gold?.createdAt ?? now,
    updatedAt: now,
    provenance: { ...from, curatedBy: { id: curator.id, name: curator.name }, curatedAt: now },
  };
  delete gold.rejected;
  delete gold.orphanedAt;
  return gold;
}

/** A statement with the curator's fields; an empty claim or an absent topic or stance removes it. */
function withFields(base: Statement, fields: GoldFields): Statement {
  const out: Statement = { ...base, speakerId: fields.speakerId, kind: fields.kind };
  delete out.topicId;
  delete out.stance;
  delete out.claim;
  if (fields.topicId) out.topicId = fields.topicId;
  if (fields.stance) out.stance = fields.stance;
  if (fields.claim?.trim()) out.claim = fields.claim.trim();
  return out;
}
