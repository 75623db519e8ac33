const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A publication date as ISO 8601: `YYYY-MM-DD` when only the day is known,
 * the full date-time (keeping the page's own offset) when it is. Only ISO
 * input is taken: other formats ("5/3/24") are ambiguous, so undefined.
 */
export function isoDateString(value: string | null | undefined): string | undefined {
  const match = ISO.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, year, month, day, time, zone] = match;
  const date = `${year}-${month}-${day}`;
  // Reject 2024-13-45 and 2024-02-30: a real day survives a round trip.
  const midnight = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== date) return undefined;
  if (!time) return date;
  const full = `${date}T${time.replace(',', '.')}${zone ? zone.toUpperCase() : ''}`;
  return Number.isNaN(Date.parse(full)) ? date : full;
}
