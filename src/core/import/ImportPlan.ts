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
 * An incoming statement that cannot be placed in the text it would live in
 * (its article in the file, or the library's text of that article): it is
 * not written, and the person is told where it is in the file and why.
 */
export interface UnplacedStatement {
  id: string;
  articleId: string;
  exact: string;
  /** Where the statement is in the file: `statements[3]`, `first.items[2]`. */
  path: string;
  /** Why, in a person's words ("the quote is not in the article text"). */
  reason: string;
}

/**
 * An anchor placed other than at its offsets: the same words elsewhere
 * ('moved'), words that differ a little ('fuzzy': `now` is what the text
 * says there, `was` what the file said; both whole, since the difference may
 * be anywhere in them), a cue that could not be placed
 * and is dropped (the statement stands without it), or a quote taken from
 * positions alone with no quoted words to check it against ('unverified':
 * `now` is the words at those positions today, `was` is empty).
 */
export interface PlacedAnchor {
  id: string;
  path: string;
  field: 'quote' | 'cue';
  status: 'moved' | 'fuzzy' | 'dropped' | 'unverified';
  was: string;
  now: string;
}

/** How the anchors of a file's statements were placed: what moved, what could not be. */
export interface Placement {
  placed: PlacedAnchor[];
  unplaced: UnplacedStatement[];
}

export const NO_PLACEMENT: Placement = { placed: [], unplaced: [] };

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
  /** Incoming anchors placed away from their offsets (see PlacedAnchor). */
  placed: PlacedAnchor[];
  /** How many incoming statements can be written (all but the unplaced). */
  placeable: number;
  /** The records importLibrary writes (put), by table. */
  write: LibraryRecords;
  /**
   * The library's version of each article the plan overwrites, as it was
   * when planned: importLibrary refuses if the stored one has changed since
   * (a text saved or undone in another tab), rather than put the plan's
   * snapshot back over it.
   */
  articleBasis: ArticleBasis[];
}

/** What an article was when a plan was made, to tell whether it changed since. */
export interface ArticleBasis {
  id: string;
  textSha256: string;
  updatedAt: string;
}
