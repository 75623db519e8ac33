import { buildEnvelope } from '../../core/exchange/buildEnvelope';
import { exportFileName } from '../../core/exchange/exportFileName';
import type { LibraryRecords } from '../../core/model/envelope';
import type { CountOptions } from '../../core/review/countedStatements';
import { appDatabase } from '../../storage/database/appDatabase';
import { exportArticle } from '../../storage/exchange/exportArticle';
import { exportLibrary } from '../../storage/exchange/exportLibrary';
import { noteLibraryExported } from '../../storage/exchange/exportState';
import { withOtherCoders } from '../../storage/team/withOtherCoders';
import type { Statement } from '../../core/model/statement';
import { downloadFile } from '../common/downloadFile';
import { libraryJsonBlob } from './libraryJsonBlob';

const libraryRecords = ({ articles, speakers, topics, statements }: LibraryRecords): LibraryRecords => ({
  articles,
  speakers,
  topics,
  statements,
});

/** Exports that can name each statement's coder ("All coders"): the statements themselves. */
export const ALL_CODERS_FORMATS: readonly ExportFormat[] = ['w3c', 'csv'];

/** What an export covers: the whole library, or one article. */
export type ExportScope = { kind: 'library' } | { kind: 'article'; articleId: string; title: string };

export type ExportFormat = 'json' | 'w3c' | 'csv' | 'stances';

type CoderOf = (statement: Statement) => string | undefined;
type Build = (r: LibraryRecords, now: Date, counting: CountOptions, coderOf?: CoderOf) => string | Promise<string>;
// W3C and CSV writers (papaparse) load on first use, not with the Library.
// JSON is the lossless backup: it always holds every statement, pending or not.
const FORMATS: Record<ExportFormat, { suffix: string; extension: string; type: string; build: Build }> = {
  json: {
    suffix: '',
    extension: 'json',
    type: 'application/json',
    build: (r, now) => JSON.stringify(buildEnvelope(r, now), null, 2),
  },
  w3c: {
    suffix: ' w3c',
    extension: 'jsonld',
    type: 'application/ld+json',
    build: async (r, now, counting, coderOf) =>
      JSON.stringify(
        (await import('../../core/exchange/toW3CAnnotations')).toW3CAnnotations(r, now, {
          counting,
          ...(coderOf ? { coderOf } : {}),
        }),
        null,
        2,
      ),
  },
  csv: {
    suffix: ' statements',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    build: async (r, _now, counting, coderOf) =>
      (await import('../../core/exchange/toStatementsCsv')).toStatementsCsv(r, counting, coderOf),
  },
  stances: {
    suffix: ' stances',
    extension: 'csv',
    type: 'text/csv;charset=utf-8',
    build: async (r, _now, counting) =>
      (await import('../../core/exchange/toStanceTableCsv')).toStanceTableCsv(r, counting),
  },
};

/**
 * Read the records in scope in one transaction (an article's export reads
 * that article's records only) and hand the file to the
 * browser as a download named after the scope and the date. The whole
 * library as JSON is recorded as a backup (Settings, the export reminder);
 * W3C and CSV leave details out, and an article's export is one article.
 * W3C and the CSVs hold pending suggestions only when `counting` asks.
 * With `allCoders`, W3C and the statements CSV add the other coders'
 * statements of team projects, naming each statement's coder.
 */
export async function exportFile(
  scope: ExportScope,
  format: ExportFormat,
  counting: CountOptions = {},
  now = new Date(),
  allCoders = false,
): Promise<void> {
  const spec = FORMATS[format];
  if (scope.kind === 'library' && format === 'json') {
    // The backup: written into the file a page of records at a time, never whole in memory.
    downloadFile(exportFileName('library', spec.extension, now), await libraryJsonBlob(now));
    // Stamped with the time of the read, so statements saved since count as new.
    // The file is already out: a failed note only leaves an older date shown.
    await noteLibraryExported(appDatabase, now).catch(() => undefined);
    return;
  }
  const mine =
    scope.kind === 'library'
      ? libraryRecords(await exportLibrary(appDatabase, now))
      : await exportArticle(appDatabase, scope.articleId);
  const every = allCoders && ALL_CODERS_FORMATS.includes(format) ? await withOtherCoders(appDatabase, mine) : null;
  const name = exportFileName(
    `${scope.kind === 'library' ? 'library' : scope.title}${spec.suffix}${every ? ' all coders' : ''}`,
    spec.extension,
    now,
  );
  downloadFile(name, await spec.build(every?.records ?? mine, now, counting, every?.coderOf), spec.type);
}
