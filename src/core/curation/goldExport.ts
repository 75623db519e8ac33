import { buildEnvelope } from '../exchange/buildEnvelope';
import { toStatementsCsv } from '../exchange/toStatementsCsv';
import type { Envelope, LibraryRecords } from '../model/envelope';
import type { Statement } from '../model/statement';
import { acceptedGold, type GoldStatement } from './goldStatement';

/** What a gold export is made from: a project's articles and the speakers and topics known here. */
export type GoldSources = Omit<LibraryRecords, 'statements'>;

/**
 * The gold layer as library records: the accepted gold statements (each
 * with its provenance), the articles they are on, and the speakers and
 * topics they name. Rejected units are verdicts, not statements: left out.
 */
export function goldRecords(sources: GoldSources, gold: readonly GoldStatement[]): LibraryRecords {
  const statements = acceptedGold(gold);
  const articleIds = new Set(statements.map((s) => s.articleId));
  const speakerIds = new Set(statements.map((s) => s.speakerId));
  const topicIds = new Set(statements.map((s) => s.topicId));
  return {
    articles: sources.articles.filter((a) => articleIds.has(a.id)),
    speakers: sources.speakers.filter((s) => speakerIds.has(s.id)),
    topics: sources.topics.filter((t) => topicIds.has(t.id)),
    statements,
  };
}

/** The native export envelope of a gold layer: re-importable, provenance kept in each statement. */
export function goldEnvelope(sources: GoldSources, gold: readonly GoldStatement[], now = new Date()): Envelope {
  return buildEnvelope(goldRecords(sources, gold), now);
}

/** Whose version a gold statement is, for a reader: the coder's name, or "curator" for the curator's own. */
export function goldCoderName(statement: Statement): string | undefined {
  const provenance = statement.provenance;
  if (!provenance) return undefined;
  return provenance.from === null ? 'curator' : (provenance.fromName ?? provenance.from);
}

/** The statements CSV of a gold layer, with provenance columns: coder, curated_by, curated_at. */
export function goldCsv(sources: GoldSources, gold: readonly GoldStatement[]): string {
  return toStatementsCsv(goldRecords(sources, gold), {}, goldCoderName, true);
}
