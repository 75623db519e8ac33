import { expect } from 'vitest';
import { LIBRARY_TABLES, type ImportPlan, type ImportPolicy } from '../../../src/core/import/ImportPlan';
import type { IncomingFile } from '../../../src/core/import/IncomingFile';
import { isW3CText } from '../../../src/core/import/isW3CText';
import { parseLibraryFile } from '../../../src/core/import/parseLibraryFile';
import { readW3CFile } from '../../../src/core/import/readW3CFile';
import { planImport } from '../../../src/core/import/planImport';
import { ArticleSchema } from '../../../src/core/model/article';
import type { LibraryRecords } from '../../../src/core/model/envelope';
import { SpeakerSchema } from '../../../src/core/model/speaker';
import { StatementSchema } from '../../../src/core/model/statement';
import { TopicSchema } from '../../../src/core/model/topic';
import type { Result } from '../../../src/core/result';
import { exportLibrary } from '../../../src/storage/exchange/exportLibrary';
import { importLibrary, readLibraryRecords } from '../../../src/storage/exchange/importLibrary';
import type { QuotemarkDatabase } from '../../../src/storage/database/QuotemarkDatabase';
import { librarySnapshot, openTestDatabase } from '../storage/testDatabase';

/**
 * The import path as the Library's "Import annotations" runs it
 * (readImportFile, then planImport and importLibrary on "Confirm import"),
 * with the checks a fuzz test makes of the store around it.
 */

export const NOW = new Date('2026-05-01T00:00:00Z');
export const EMPTY: LibraryRecords = { articles: [], speakers: [], topics: [], statements: [] };
/** How readImportFile tells a W3C file from a native one. */
export const isW3C = isW3CText;
export const SCHEMAS = {
  articles: ArticleSchema,
  speakers: SpeakerSchema,
  topics: TopicSchema,
  statements: StatementSchema,
};
export const byId = (records: readonly { id: string }[]) => new Map(records.map((record) => [record.id, record]));

/** A fresh store holding `library`. */
export async function storeWith(library: LibraryRecords): Promise<QuotemarkDatabase> {
  const db = openTestDatabase();
  const seeded = await importLibrary(db, planImport(library, EMPTY, 'theirs'));
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.error));
  return db;
}

export type Outcome =
  { refused: { path: string; message: string }[] } | { plan: ImportPlan; written: Result<unknown, unknown> };

/**
 * What the app does with a chosen file: read and check it all, plan, and
 * write on Confirm. Where some statements cannot be placed, the person is
 * taken to tick "Import the N that can be placed" (the plan lists the others).
 */
export async function importFile(
  db: QuotemarkDatabase,
  text: string,
  policy: ImportPolicy,
  mergeSpeakers: boolean,
): Promise<Outcome> {
  const existing = await readLibraryRecords(db);
  let file: IncomingFile;
  if (isW3CText(text)) {
    const read = readW3CFile(text, existing, NOW);
    if (!read.ok) return { refused: read.error };
    file = read.value;
  } else {
    const parsed = parseLibraryFile(text);
    if (!parsed.ok) return { refused: parsed.error };
    const { articles, speakers, topics, statements } = parsed.value.envelope;
    file = {
      incoming: { articles, speakers, topics, statements },
      placement: parsed.value.placement,
      statementPaths: parsed.value.statementPaths,
    };
  }
  const plan = planImport(file.incoming, existing, policy, {
    mergeSpeakers,
    placement: file.placement,
    statementPaths: file.statementPaths,
  });
  return { plan, written: await importLibrary(db, plan) };
}

/** Run a file through the app and check the store: unchanged when refused, whole and consistent when written. */
export async function checkImport(
  db: QuotemarkDatabase,
  text: string,
  policy: ImportPolicy,
  mergeSpeakers: boolean,
): Promise<Outcome> {
  const before = await librarySnapshot(db);
  const outcome = await importFile(db, text, policy, mergeSpeakers);
  expect(Object.prototype).not.toHaveProperty('polluted');
  if ('refused' in outcome || !outcome.written.ok) {
    if ('refused' in outcome) {
      expect(outcome.refused.length).toBeGreaterThan(0);
      for (const problem of outcome.refused) expect(problem.message).toMatch(/\S/);
    }
    expect(await librarySnapshot(db)).toEqual(before);
    return outcome;
  }
  const after = await readLibraryRecords(db);
  for (const table of LIBRARY_TABLES) {
    const stored = byId(after[table]);
    const written = byId(outcome.plan.write[table]);
    for (const record of outcome.plan.write[table]) expect(stored.get(record.id)).toEqual(record);
    for (const record of before[table] as { id: string }[])
      if (!written.has(record.id)) expect(stored.get(record.id)).toEqual(record);
  }
  // Every written statement quotes its article's text at its offsets.
  const texts = new Map(after.articles.map((article) => [article.id, article.text]));
  for (const statement of outcome.plan.write.statements) {
    if (statement.orphanedAt === undefined)
      expect(texts.get(statement.articleId)?.slice(statement.quote.start, statement.quote.end)).toBe(
        statement.quote.exact,
      );
  }
  // What is stored is a library the app can export and read back in.
  const reread = parseLibraryFile(JSON.stringify(await exportLibrary(db, NOW)));
  expect(reread.ok ? [] : reread.error).toEqual([]);
  return outcome;
}
