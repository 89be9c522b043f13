/**
 * XLSX output with exceljs' streaming writer: each row is committed (serialised into the
 * zip) as soon as it is added, so the workbook never holds more than the current row.
 *
 * exceljs does not pass backpressure through: its sheet buffer writes into the zip's
 * deflate stream without waiting, so a slow client would make that stream's input buffer
 * grow without bound. After each batch the writer therefore waits until the deflate input
 * and the output have drained before reading the next batch from the database. The deflate
 * stream is reached through exceljs internals (the sheet's `_stream.pipes[0]`, exceljs 4.4);
 * if a future exceljs moves it, only the output is waited for, and the constant-memory test
 * with a stalled reader in test/http/export fails.
 */
import { PassThrough, type Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, ExportTable } from './export-table.js';

/** Characters XML 1.0 forbids (an XLSX holding one does not open), and lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_CHARS = 32_767;

/** A cell as exceljs takes it: text cleaned for XML, dates as UTC-midnight Dates. */
export function xlsxCell(value: CellValue, kind: 'text' | 'number' | 'date'): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00.000Z`);
  if (typeof value === 'number') return value;
  return value.replace(NOT_XML, '').slice(0, MAX_CELL_CHARS);
}

/** Resolves once `stream` has drained, or at once when it needs no draining, is done, or `output` closes. */
function drained(stream: Writable, output: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      output.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    output.on('close', done);
  });
}

/** The deflate stream the sheet's XML is written into (exceljs internals; see the file comment). */
function sheetDeflate(sheet: ExcelJS.Worksheet): Writable | undefined {
  const internal = sheet as unknown as { _stream?: { pipes?: unknown[] } };
  const first = internal._stream?.pipes?.[0];
  return first !== null && typeof first === 'object' && 'writableNeedDrain' in first ? (first as Writable) : undefined;
}

/**
 * The workbook as a byte stream: one sheet, a bold frozen header row, then the rows. A
 * database error mid-way destroys the stream (the client sees a cut-off download, never a
 * truncated file that looks complete); `onError` hears of it.
 */
export function xlsxStream<Row>(table: ExportTable<Row>, onError: (error: unknown) => void): Readable {
  const output = new PassThrough({ highWaterMark: 64 * 1024 });
  void writeWorkbook(table, output).catch((error: unknown) => {
    onError(error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}

async function writeWorkbook<Row>(table: ExportTable<Row>, output: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'wksbm-bot';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((col) => ({
    width: col.width,
    ...(col.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const header = sheet.addRow(table.columns.map((col) => col.header));
  header.font = { bold: true };
  header.commit();

  let rowNumber = 0;
  for await (const batch of table.batches) {
    for (const row of batch) {
      rowNumber += 1;
      const n = rowNumber;
      sheet.addRow(table.columns.map((col) => xlsxCell(col.value(row, n), col.kind))).commit();
    }
    const deflate = sheetDeflate(sheet);
    if (deflate) await drained(deflate, output);
    await drained(output, output);
    // The client went away: stop reading (leaving the loop ends the database batches).
    if (output.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}
