// Speaker colours are light fills; at half their brightness they are dark
// enough for a thin line on white, and still tell speakers apart.
const DARKEN = 0.5;

/** A #rrggbb colour at half its brightness: the line drawn for a light fill. */
export function darkenColor(hex: string): string {
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * DARKEN));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
