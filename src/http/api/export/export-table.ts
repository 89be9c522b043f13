/**
 * An export as a table: its columns and its rows in batches. The CSV and XLSX writers take
 * any table, so the three exports differ only in their columns.
 */

/** How a cell is written: text (CSV-escaped), a number, or a calendar date (YYYY-MM-DD). */
export type CellKind = 'text' | 'number' | 'date';

/** A cell value; null is an empty cell. A `date` cell holds YYYY-MM-DD. */
export type CellValue = string | number | null;

/** One column: its header as Dinas Sosial forms name it, and how to read a row's cell. */
export interface Column<Row> {
  readonly header: string;
  readonly kind: CellKind;
  /** Width in characters for the spreadsheet. */
  readonly width: number;
  /** The cell; `rowNumber` counts rows from 1 (the "No" column). */
  value(row: Row, rowNumber: number): CellValue;
}

/** Columns plus rows, read lazily in batches. */
export interface ExportTable<Row> {
  /** Sheet name in the XLSX (at most 31 characters). */
  readonly sheetName: string;
  readonly columns: ReadonlyArray<Column<Row>>;
  readonly batches: AsyncIterable<readonly Row[]>;
}

/** A column builder that keeps each column's row type. */
export function column<Row>(header: string, kind: CellKind, width: number, value: (row: Row, rowNumber: number) => CellValue): Column<Row> {
  return { header, kind, width, value };
}

/** The running number column "No". */
export function numberColumn<Row>(): Column<Row> {
  return column<Row>('No', 'number', 7, (_row, rowNumber) => rowNumber);
}
