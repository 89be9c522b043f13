/**
 * XLSX output with exceljs' streaming writer: each row is committed (serialised into the
 * zip) as soon as it is added, so the workbook never holds more than the current row.
 *
 * exceljs does not pass backpressure through: its sheet buffer writes into the zip's
 * deflate stream without waiting, so a slow client would make that stream's input buffer
 * grow without bound. After each batch the writer therefore waits until the stream between
 * the sheet and the zip and the output have drained before reading the next batch from the
 * database. That stream is reached through exceljs internals (the sheet's `_stream.pipes[0]`,
 * exceljs 4.4 with archiver 5); if a future exceljs moves it, only the output is waited for,
 * and test/http/export/stream-backpressure.test.ts fails.
 */
import { EventEmitter } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
// exceljs is large and only an XLSX export needs it: loaded on the first one (writeWorkbook).
import type ExcelJS from 'exceljs';
import { field } from '../../../core/unknown.js';
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

/**
 * How much sheet XML may wait for the zip before the writer stops reading the database.
 * About one batch: deflate works on it while the next batch is read (waiting for a full
 * drain after every batch made exports several times slower), and memory stays bounded.
 */
const SHEET_BACKLOG_BYTES = 512 * 1024;

/** A writable stage of the pipeline whose buffer may need to drain before more is written. */
interface Stage {
  readonly stream: EventEmitter;
  /** Enough is buffered that the writer should wait for the next 'drain'. */
  full(): boolean;
}

/** The output stream as a stage. */
function outputStage(output: Writable): Stage {
  return { stream: output, full: () => output.writableNeedDrain };
}

/**
 * The stream the sheet's XML is copied into on its way to deflate (exceljs internals; see
 * the file comment). It comes from archiver's bundled readable-stream 2, which has neither
 * `writableNeedDrain` nor `writableLength`, so its state is read where that version keeps
 * it. Its 'drain' fires once its buffer is empty after it went over its high-water mark.
 */
function sheetStage(sheet: ExcelJS.Worksheet): Stage | undefined {
  // Internals are not in exceljs' types: each field is read as unknown and checked.
  const pipes = field(field(sheet, '_stream'), 'pipes');
  const first: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  if (!(first instanceof EventEmitter)) return undefined;
  return {
    stream: first,
    full: () => {
      const state = field(first, '_writableState');
      const needDrain = field(first, 'writableNeedDrain') ?? field(state, 'needDrain');
      const length = field(first, 'writableLength') ?? field(state, 'length');
      return needDrain === true && typeof length === 'number' && length > SHEET_BACKLOG_BYTES;
    },
  };
}

/** Resolves once `stage` has drained, or at once when it is not full; also when either closes. */
function drained(stage: Stage, output: Writable): Promise<void> {
  if (!stage.full() || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stage.stream.off('drain', done);
      stage.stream.off('close', done);
      output.off('close', done);
      resolve();
    };
    stage.stream.on('drain', done);
    stage.stream.on('close', done);
    output.on('close', done);
  });
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
  const { default: ExcelJS } = await import('exceljs');
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
    const input = sheetStage(sheet);
    if (input) await drained(input, output);
    await drained(outputStage(output), output);
    // The client went away: stop reading (leaving the loop ends the database batches).
    if (output.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}
