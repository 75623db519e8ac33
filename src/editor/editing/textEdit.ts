import type { TextRange } from '../positions/textRange';

/**
 * What an edit of the article text has made so far: the new canonical text,
 * and how offsets into the text before the edit land in it. Anchors follow
 * the edit through the editor's own transaction mapping, never by searching
 * for their quotes again.
 */
export interface TextEdit {
  /** The edited text in canonical form, ready to be saved. */
  text: string;
  /**
   * Where the range [start, end) of the text before the edit lies in `text`,
   * or null when the edit deleted it (or replaced it whole). A deletion
   * inside the range shrinks it; an insertion inside it grows it; insertions
   * at its ends stay outside it.
   */
  mapRange(start: number, end: number): TextRange | null;
}
