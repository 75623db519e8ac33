/**
 * One statement to draw over the article text. Offsets are UTF-16 code units
 * into the canonical text, end exclusive (the statement's quote anchor).
 */
export interface HighlightSpec {
  /** The statement id, written to data-statement-id. */
  id: string;
  start: number;
  end: number;
  /** Background colour as #rrggbb; anything else is ignored. */
  color: string;
  /**
   * What the statement is (speaker, kind, stance), its aria-description:
   * colour is never the only cue.
   */
  label: string;
  /**
   * Its underline lane (0 when absent): statements covering the same
   * character have different lanes, so each shows its own line below the
   * text (core/statements/overlapLanes).
   */
  lane?: number;
  /** A suggestion not yet confirmed: drawn lighter with a dashed underline. */
  pending?: boolean;
  /**
   * Another coder's statement (a team project's layer), by the coder's
   * name: drawn read-only, as a dashed line in its lane without a tint, and
   * written to data-coder.
   */
  layer?: string;
  /**
   * The words that introduce the statement ("said", "according to"), in the
   * same offsets as the quote; drawn as their own element, data-cue-for.
   */
  cue?: { start: number; end: number };
}
