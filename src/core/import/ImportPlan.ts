import type { LibraryRecords } from '../model/envelope';

/** The four tables of a library, in the order they are written. */
export const LIBRARY_TABLES = ['articles', 'speakers', 'topics', 'statements'] as const;
export type LibraryTable = (typeof LIBRARY_TABLES)[number];

/** Which policy settles a record that differs between the file and the library. */
export type ImportPolicy = 'newer' | 'mine' | 'theirs';

/** Ids of one table's incoming records, sorted by how they compare with the library. */
export interface TableComparison {
  /** Not in the library yet. */
  new: string[];
  /** In the library exactly as in the file. */
  identical: string[];
  /** In the library with different content. */
  changed: string[];
}

/** An incoming speaker who looks like one already in the library. */
export interface SpeakerMerge {
  incomingId: string;
  existingId: string;
  /** The existing speaker's name, to show in "Merge X into Y?". */
  name: string;
}

/**
 * An incoming statement left out because its article is already in the
 * library with a different text, in which the quote's words are not found.
 */
export interface UnplacedStatement {
  id: string;
  articleId: string;
  exact: string;
}

/** What an import would do, worked out before anything is written. */
export interface ImportPlan {
  policy: ImportPolicy;
  /** True when incoming speakers in `merges` were mapped onto existing ones. */
  mergeSpeakers: boolean;
  tables: Record<LibraryTable, TableComparison>;
  /** Incoming speakers who match an existing speaker by name or alias. */
  merges: SpeakerMerge[];
  /** Incoming statements that will not be written (see UnplacedStatement). */
  unplaced: UnplacedStatement[];
  /** The records importLibrary writes (put), by table. */
  write: LibraryRecords;
}
