/**
 * The CSV and XLSX writers stop reading batches when nobody reads their output, and resume
 * when someone does: the property that keeps an export's memory flat behind a slow client.
 * The writers run here on their own, with rows made in the test, so that no socket or
 * kernel buffer sits between them and the reader (over TCP the kernel holds megabytes,
 * which hides a missing backpressure for small files; export-100k.test.ts covers the
 * whole path).
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvStream } from '../../../src/http/api/export/csv-stream.js';
import { column, numberColumn, type ExportTable } from '../../../src/http/api/export/export-table.js';
import { xlsxStream } from '../../../src/http/api/export/xlsx-stream.js';

interface Row {
  readonly id: number;
  readonly name: string;
}

const BATCHES = 200;
const ROWS_PER_BATCH = 500;

/** A table of BATCHES × ROWS_PER_BATCH rows that counts how many batches were taken. */
function countingTable(): { table: ExportTable<Row>; taken: () => number } {
  let taken = 0;
  async function* batches(): AsyncGenerator<Row[]> {
    for (let b = 0; b < BATCHES; b++) {
      taken++;
      yield Array.from({ length: ROWS_PER_BATCH }, (_, i) => {
        const id = b * ROWS_PER_BATCH + i + 1;
        return { id, name: `Kelompok ${id} ${'x'.repeat(id % 50)}` };
      });
    }
  }
  return {
    table: {
      sheetName: 'Uji',
      columns: [numberColumn<Row>(), column<Row>('Nama', 'text', 20, (row) => row.name), column<Row>('Tanggal', 'date', 12, () => '2026-11-30')],
      batches: batches(),
    },
    taken: () => taken,
  };
}

/** Waits until `taken` has not moved for half a second. */
async function settled(taken: () => number): Promise<number> {
  let last = -1;
  while (taken() !== last) {
    last = taken();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return last;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe('export writers and backpressure', () => {
  it('CSV: takes a few batches while unread (up to its 64 KB buffer), then everything once read', async () => {
    const { table, taken } = countingTable();
    const stream = csvStream(table, ',');
    stream.pause();
    stream.once('readable', () => undefined); // start it without consuming
    const whileUnread = await settled(taken);
    expect(whileUnread).toBeGreaterThanOrEqual(1);
    expect(whileUnread).toBeLessThanOrEqual(5);
    stream.removeAllListeners('readable');
    const body = (await readAll(stream)).toString('utf8');
    expect(taken()).toBe(BATCHES);
    expect(body.split('\r\n').length - 2).toBe(BATCHES * ROWS_PER_BATCH);
  });

  // Until the pipeline's buffers fill (512 KB of sheet XML, then a few streams of 16–64 KB
  // of compressed output), batches keep flowing; then the writer waits. Without
  // backpressure it takes all 200.
  it('XLSX: stops taking batches while unread, then takes everything once read, and the file is whole', async () => {
    const { table, taken } = countingTable();
    const errors: unknown[] = [];
    const stream = xlsxStream(table, (error) => errors.push(error));
    const whileUnread = await settled(taken);
    expect(whileUnread).toBeGreaterThanOrEqual(1);
    expect(whileUnread).toBeLessThanOrEqual(BATCHES / 5);
    const body = await readAll(stream);
    expect(taken()).toBe(BATCHES);
    expect(errors).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Uji')!;
    expect(sheet.rowCount).toBe(BATCHES * ROWS_PER_BATCH + 1);
    expect(sheet.getRow(BATCHES * ROWS_PER_BATCH + 1).getCell(1).value).toBe(BATCHES * ROWS_PER_BATCH);
  });

  it('XLSX: stops taking batches when the client goes away', async () => {
    const { table, taken } = countingTable();
    const stream = xlsxStream(table, () => undefined);
    await settled(taken);
    stream.destroy();
    const after = await settled(taken);
    expect(after).toBeLessThan(BATCHES);
  });
});
