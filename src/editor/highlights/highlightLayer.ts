import type { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What is drawn for one statement, kept so a redraw can take it out again. */
export interface DrawnStatement {
  /** highlightKey of the spec it was drawn from. */
  key: string;
  /** Its decorations (quote pieces and cue), as added to the set. */
  decorations: readonly Decoration[];
  /** Editor positions of its quote, or null when it draws nothing. */
  range: { from: number; to: number } | null;
}

/**
 * The drawn highlights: the DecorationSet the view shows, and per statement
 * id what it holds, so an update can change a few statements without
 * rebuilding the set. `statements` is null when the set was not drawn from
 * specs: before the first update, and once a document change has moved the
 * decorations away from where any spec puts them. The next update then
 * draws everything afresh.
 */
export interface HighlightLayer {
  set: DecorationSet;
  statements: ReadonlyMap<string, DrawnStatement> | null;
}
