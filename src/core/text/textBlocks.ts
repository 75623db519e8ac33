/** One paragraph of a canonical text with its offsets (end exclusive). */
export interface TextBlock {
  start: number;
  end: number;
  text: string;
}

/** The separator between blocks in canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Split a canonical text into its blocks with their offsets. The inverse of
 * joining block texts with BLOCK_SEPARATOR.
 */
export function textBlocks(canonical: string): TextBlock[] {
  if (canonical === '') return [];
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const text of canonical.split(BLOCK_SEPARATOR)) {
    blocks.push({ start, end: start + text.length, text });
    start += text.length + BLOCK_SEPARATOR.length;
  }
  return blocks;
}
