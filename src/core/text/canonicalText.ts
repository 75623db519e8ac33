/**
 * The canonical form of an article's text, the coordinate space of every
 * anchor: Unicode NFC, line endings as `\n`, blocks (paragraphs) separated by
 * exactly one blank line, no blank lines at either end. Nothing inside a block
 * is altered, so every quote stays an exact substring of the original block.
 */
export function canonicalText(raw: string): string {
  const lines = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  return splitIntoBlockTexts(lines).join('\n\n');
}

/** Blocks of already line-normalised text: runs of lines between blank lines. */
function splitIntoBlockTexts(text: string): string[] {
  return text
    .split(/\n(?:[ \t\u00a0]*\n)+/)
    .map((block) => block.replace(/^(?:[ \t\u00a0]*\n)+|(?:\n[ \t\u00a0]*)+$/g, ''))
    .filter((block) => block.trim() !== '');
}
