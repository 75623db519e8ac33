import { EXPORT_FORMAT, EXPORT_VERSION, type Envelope, type LibraryRecords } from '../model/envelope';
import { APP_INFO } from './appInfo';

/** Wrap library records in the versioned native export envelope. */
export function buildEnvelope(records: LibraryRecords, now: Date = new Date()): Envelope {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    app: { ...APP_INFO },
    articles: records.articles,
    speakers: records.speakers,
    topics: records.topics,
    statements: records.statements,
  };
}
