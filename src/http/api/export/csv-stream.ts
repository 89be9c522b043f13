/**
 * CSV output (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark so that Excel reads
 * Indonesian text correctly, CRLF line ends, fields quoted when they hold the delimiter, a
 * quote or a line break. Text that a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe: group names and
 * descriptions come from chat users, and a cell like `=HYPERLINK(...)` must stay text.
 */
import { Readable } from 'node:stream';
import type { CellKind, CellValue, ExportTable } from './export-table.js';

/** Field separators: RFC 4180's comma, or the semicolon Excel expects in Indonesian regional settings. */
export type CsvDelimiter = ',' | ';';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a CSV field: formula guard, then quoting when needed. */
export function csvText(value: string, delimiter: CsvDelimiter): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  if (guarded.includes(delimiter) || /["\r\n]/.test(guarded)) return `"${guarded.replace(/"/g, '""')}"`;
  return guarded;
}

/**
 * One cell as a CSV field. Numbers and dates (YYYY-MM-DD, made by the database) are written
 * as they are: they cannot start a formula or need quotes.
 */
export function csvField(value: CellValue, kind: CellKind, delimiter: CsvDelimiter): string {
  if (value === null) return '';
  return kind === 'text' ? csvText(String(value), delimiter) : String(value);
}

/** The whole export as CSV text chunks: the header, then one chunk per batch of rows. */
export async function* csvChunks<Row>(table: ExportTable<Row>, delimiter: CsvDelimiter): AsyncGenerator<Buffer> {
  const line = (fields: readonly string[]) => `${fields.join(delimiter)}\r\n`;
  yield Buffer.from(BOM + line(table.columns.map((col) => csvText(col.header, delimiter))), 'utf8');
  let rowNumber = 0;
  for await (const batch of table.batches) {
    let chunk = '';
    for (const row of batch) {
      rowNumber += 1;
      chunk += line(table.columns.map((col) => csvField(col.value(row, rowNumber), col.kind, delimiter)));
    }
    if (chunk !== '') yield Buffer.from(chunk, 'utf8');
  }
}

/**
 * The CSV as a byte stream with backpressure: the next batch is read from the database only
 * when the client has taken the previous one (the buffer holds about one batch).
 */
export function csvStream<Row>(table: ExportTable<Row>, delimiter: CsvDelimiter): Readable {
  return Readable.from(csvChunks(table, delimiter), { objectMode: false, highWaterMark: 64 * 1024 });
}
