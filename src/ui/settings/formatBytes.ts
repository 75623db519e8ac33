const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** A byte count in decimal units as storage settings show it: "850 B", "4.2 MB", "120 GB". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // At 999.5 and up the next unit: "1 MB", never "1,000 kB".
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}
