import { buildEnvelope } from '../../core/exchange/buildEnvelope';
import { exportFileName } from '../../core/exchange/exportFileName';
import type { LibraryRecords } from '../../core/model/envelope';
import type { CountOptions } from '../../core/review/countedStatements';
import { appDatabase } from '../../storage/database/appDatabase';
import { exportArticle } from '../../storage/exchange/exportArticle';
import { exportLibrary } from '../../storage/exchange/exportLibrary';
import { noteLibraryExported } from '../../storage/exchange/exportState';
import { downloadFile } from '../common/downloadFile';

const libraryRecords = ({ articles, speakers, topics, statements }: LibraryRecords): LibraryRecords => ({ articles, speakers, topics, statements });

/** What an export covers: the whole library, or one article. */
export type ExportScope = { kind: 'library' } | { kind: 'article'; articleId: string; title: string };

export type ExportFormat = 'json' | 'w3c' | 'csv' | 'stances';

type Build = (r: LibraryRecords, now: Date, counting: CountOptions) => string | Promise<string>;
// W3C and CSV writers (papaparse) load on first use, not with the Library.
// JSON is the lossless backup: it always holds every statement, pending or not.
const FORMATS: Record<ExportFormat, { suffix: string; extension: string; type: string; build: Build }> = {
  json: { suffix: '', extension: 'json', type: 'application/json', build: (r, now) => JSON.stringify(buildEnvelope(r, now), null, 2) },
  w3c: {
    suffix: ' w3c',
    extension: 'jsonld',
    type: 'application/ld+json',
    build: async (r, now, counting) => JSON.stringify((await import('../../core/exchange/toW3CAnnotations')).toW3CAnnotations(r, now, { counting }), null, 2),
  },
  csv: {
    suffix: ' statements',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    build: async (r, _now, counting) => (await import('../../core/exchange/toStatementsCsv')).toStatementsCsv(r, counting),
  },
  stances: {
    suffix: ' stances',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    build: async (r, _now, counting) => (await import('../../core/exchange/toStanceTableCsv')).toStanceTableCsv(r, counting),
  },
};

/**
 * Read the records in scope in one transaction (an article's export reads
 * that article's records only) and hand the file to the
 * browser as a download named after the scope and the date. The whole
 * library as JSON is recorded as a backup (Settings, the export reminder);
 * W3C and CSV leave details out, and an article's export is one article.
 * W3C and the CSVs hold pending suggestions only when `counting` asks.
 */
export async function exportFile(scope: ExportScope, format: ExportFormat, counting: CountOptions = {}, now = new Date()): Promise<void> {
  const records = scope.kind === 'library' ? libraryRecords(await exportLibrary(appDatabase, now)) : await exportArticle(appDatabase, scope.articleId);
  const spec = FORMATS[format];
  const name = exportFileName(`${scope.kind === 'library' ? 'library' : scope.title}${spec.suffix}`, spec.extension, now);
  downloadFile(name, await spec.build(records, now, counting), spec.type);
  // Stamped with the time of the read, so statements saved since count as new.
  // The file is already out: a failed note only leaves an older date shown.
  if (scope.kind === 'library' && format === 'json') await noteLibraryExported(appDatabase, now).catch(() => undefined);
}
