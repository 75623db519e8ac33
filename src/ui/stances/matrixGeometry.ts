/**
 * The stance matrix's sizes in CSS pixels. They are fixed (the CSS clips
 * what does not fit) so the virtualisers know where every row and column
 * lies without measuring any of them: the table stays a few hundred cells
 * however large the matrix, and scrolls to any cell in one step.
 */
export const MATRIX_GEOMETRY = {
  /** Width of the speaker column. */
  rowHeader: 200,
  /** Width of each topic column. */
  column: 116,
  /** Height of the header row of topics. */
  header: 76,
  /** Height of each speaker row. */
  row: 44,
} as const;

/** Rows and columns rendered beyond the visible ones, so a quick scroll or arrow key rarely meets a blank. */
export const MATRIX_OVERSCAN = { rows: 6, columns: 3 } as const;
