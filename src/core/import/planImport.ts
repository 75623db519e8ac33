import { recordsEqual } from '../history/recordsEqual';
import type { LibraryRecords } from '../model/envelope';
import type { Speaker } from '../model/speaker';
import type { Statement } from '../model/statement';
import {
  LIBRARY_TABLES,
  NO_PLACEMENT,
  type ImportPlan,
  type ImportPolicy,
  type LibraryTable,
  type Placement,
  type TableComparison,
} from './ImportPlan';
import { fitToLibraryTexts } from './fitToLibraryTexts';
import { speakerMerges, speakersWithMergedAliases } from './speakerMerges';

/** Choices for planImport beyond the policy. */
export interface PlanOptions {
  /** Map incoming speakers that match an existing one onto that speaker. */
  mergeSpeakers?: boolean;
  /** How reading the file placed its statements (parseLibraryFile, fromW3CAnnotations). */
  placement?: Placement;
  /** Where each incoming statement is in the file, by id; else its index in `incoming`. */
  statementPaths?: ReadonlyMap<string, string>;
}

type AnyRecord = { id: string; updatedAt?: string };

/**
 * Compare incoming records with the library's and decide what to write.
 * New records are always written, identical ones never; a changed record is
 * settled by the policy: 'mine' keeps the library's, 'theirs' takes the
 * file's, 'newer' takes whichever has the later updatedAt (topics have none,
 * so 'newer' keeps the library's topic). Importing the same file twice plans
 * nothing new or changed the second time. An article already in the
 * library keeps the library's text (see fitToLibraryTexts). The plan lists
 * every statement that cannot be placed (at reading and here) and every
 * anchor placed away from its offsets, for the preview to show.
 */
export function planImport(
  incoming: LibraryRecords,
  existing: LibraryRecords,
  policy: ImportPolicy,
  options: PlanOptions = {},
): ImportPlan {
  const mergeSpeakers = options.mergeSpeakers ?? false;
  const merges = speakerMerges(incoming.speakers, existing.speakers);
  const index = new Map(incoming.statements.map((statement, i) => [statement.id, i]));
  const pathOf = (statement: Statement) =>
    options.statementPaths?.get(statement.id) ?? `statements[${index.get(statement.id) ?? 0}]`;
  const fitted = fitToLibraryTexts(incoming, existing, pathOf);
  const source = mergeSpeakers ? mergedIncoming(fitted.records, merges) : fitted.records;
  const tables = {} as Record<LibraryTable, TableComparison>;
  const write: LibraryRecords = { articles: [], speakers: [], topics: [], statements: [] };
  for (const table of LIBRARY_TABLES) {
    const compared = compareTable(source[table], existing[table], policy);
    tables[table] = compared.comparison;
    (write[table] as AnyRecord[]).push(...compared.write);
  }
  if (mergeSpeakers) {
    for (const speaker of speakersWithMergedAliases(merges, incoming.speakers, existing.speakers)) {
      tables.speakers.changed.push(speaker.id);
      write.speakers.push(speaker);
    }
  }
  const read = options.placement ?? NO_PLACEMENT;
  const unplaced = [...read.unplaced, ...fitted.placement.unplaced];
  const placed = [...read.placed, ...fitted.placement.placed];
  const placeable = incoming.statements.length - fitted.placement.unplaced.length;
  const library = new Map(existing.articles.map((article) => [article.id, article]));
  const articleBasis = write.articles.flatMap((article) => {
    const mine = library.get(article.id);
    return mine ? [{ id: mine.id, textSha256: mine.textSha256, updatedAt: mine.updatedAt }] : [];
  });
  return { policy, mergeSpeakers, tables, merges, unplaced, placed, placeable, write, articleBasis };
}

function mergedIncoming(incoming: LibraryRecords, merges: ImportPlan['merges']): LibraryRecords {
  const target = new Map(merges.map((merge) => [merge.incomingId, merge.existingId]));
  const speakers: Speaker[] = incoming.speakers.filter((speaker) => !target.has(speaker.id));
  const statements: Statement[] = incoming.statements.map((statement) => {
    const mapped = statement.speakerId === null ? undefined : target.get(statement.speakerId);
    return mapped === undefined ? statement : { ...statement, speakerId: mapped };
  });
  return { ...incoming, speakers, statements };
}

function compareTable(
  incoming: readonly AnyRecord[],
  existing: readonly AnyRecord[],
  policy: ImportPolicy,
): { comparison: TableComparison; write: AnyRecord[] } {
  const mine = new Map(existing.map((record) => [record.id, record]));
  const comparison: TableComparison = { new: [], identical: [], changed: [] };
  const write: AnyRecord[] = [];
  for (const theirs of incoming) {
    const current = mine.get(theirs.id);
    if (current === undefined) {
      comparison.new.push(theirs.id);
      write.push(theirs);
    } else if (recordsEqual(current, theirs)) {
      comparison.identical.push(theirs.id);
    } else {
      comparison.changed.push(theirs.id);
      if (takesTheirs(current, theirs, policy)) write.push(theirs);
    }
  }
  return { comparison, write };
}

function takesTheirs(mine: AnyRecord, theirs: AnyRecord, policy: ImportPolicy): boolean {
  if (policy !== 'newer') return policy === 'theirs';
  if (mine.updatedAt === undefined || theirs.updatedAt === undefined) return false;
  return Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt);
}
