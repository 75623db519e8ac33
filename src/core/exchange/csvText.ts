import Papa from 'papaparse';

/** A cell as the CSV exports hand it over: text, a number, or blank. */
export type CsvCell = string | number | undefined;

// Spreadsheets run a cell starting with one of these as a formula (CSV
// injection), so such cells get a leading single quote. Papaparse's default
// pattern ends in `.*$`, which misses a cell whose text goes on past a line
// break, hence our own, anchored only at the start.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * An RFC 4180 CSV document: a header row, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break, formula-like text neutralised,
 * and a UTF-8 byte order mark so Excel reads non-ASCII text correctly.
 * Quoting is papaparse's: a well-tested writer beats a hand-rolled one.
 */
export function csvText(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''));
  const body = Papa.unparse(
    { fields: [...fields], data },
    { newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
  // RFC 4180 lets the last record end with a line break; ending with one keeps
  // files concatenable. Papaparse already ends a header-only file with one.
  return `\uFEFF${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}
