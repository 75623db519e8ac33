/** A first line longer than this is the article's opening, not its title. */
export const MAX_TITLE_LINE_LENGTH = 200;

/**
 * The title a plain text suggests: its first non-empty line when that is
 * short enough to be a headline, else undefined for the caller to choose.
 */
export function titleFromText(text: string): string | undefined {
  const line = text
    .split(/\r\n?|\n/)
    .find((candidate) => candidate.trim() !== '')
    ?.trim();
  return line !== undefined && line.length < MAX_TITLE_LINE_LENGTH ? line : undefined;
}
