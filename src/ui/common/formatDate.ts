const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored date as an ISO calendar date (2024-03-05): unambiguous in every
 * locale, sortable, and the form the CSV export and the forms use. A
 * date-only value is shown as stored — read through Date it would be UTC
 * midnight and show the day before west of Greenwich — and a timestamp as
 * the reader's local calendar day. Not Intl.DateTimeFormat: the first one a
 * page creates loads the locale's calendar data, 45–65 ms on the benchmark
 * machine, paid before an article's first paint. The raw value if unparseable.
 */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  if (DATE_ONLY.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
