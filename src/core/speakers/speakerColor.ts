/**
 * Light highlight colours, readable under black text, ordered so that
 * consecutive picks differ in hue as much as possible.
 */
export const SPEAKER_PALETTE = [
  '#ffe08a', '#a8d8ff', '#ffb3c1', '#b5e8b0', '#d7c2ff', '#ffcf9e',
  '#9fe7e0', '#f5b8f0', '#dbe88f', '#c6d4ff', '#ffc9a8', '#c2f0c9',
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
