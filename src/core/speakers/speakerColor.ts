/**
 * Light highlight colours, readable under black text, ordered so that
 * consecutive picks differ in hue as much as possible.
 */
export const SPEAKER_PALETTE = [
  '#ffe08a',
  '#a8d8ff',
  '#ffb3c1',
  '#b5e8b0',
  '#d7c2ff',
  '#ffcf9e',
  '#9fe7e0',
  '#f5b8f0',
  '#dbe88f',
  '#c6d4ff',
  '#ffc9a8',
  '#c2f0c9',
] as const;

/**
 * The colour for a new speaker: the first palette colour nobody uses yet, so
 * speakers created one after another stay distinct; the least used once all
 * are taken.
 */
export function speakerColor(usedColors: readonly (string | undefined)[]): string {
  const counts = new Map<string, number>(SPEAKER_PALETTE.map((c) => [c, 0]));
  for (const c of usedColors) {
    const key = c?.toLowerCase();
    if (key && counts.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string = SPEAKER_PALETTE[0];
  for (const c of SPEAKER_PALETTE) if ((counts.get(c) ?? 0) < (counts.get(best) ?? 0)) best = c;
  return best;
}

/** The colour of statements with no speaker, and of a speaker without a colour of their own. */
export const NO_SPEAKER_COLOR = '#e0e0e0';

/**
 * The colour a speaker is drawn in everywhere: their highlights, their
 * swatch in lists and legends, their marks on charts. One rule, so a chart
 * reads with the same colours as the text.
 */
export function colorOfSpeaker(speaker: { color?: string } | undefined): string {
  return speaker?.color ?? NO_SPEAKER_COLOR;
}

// Speaker colours are light fills; at half their brightness they are dark
// enough for a line or a label on white, and still tell speakers apart.
const INK_SHADE = 0.5;

/** The dark shade of a #rrggbb speaker colour, for lines and text drawn in it. */
export function inkOfColor(color: string): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(color.slice(i, i + 2), 16) * INK_SHADE));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
