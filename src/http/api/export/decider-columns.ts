/**
 * Who verified or rejected a group or an activity, as columns of their exports: the
 * decider's role and name, read from the audit log as the admin API's `decidedBy` is, and
 * (added after them) why it was rejected, as the API's `rejectionReason`.
 */
import { column, type Column } from './export-table.js';
import type { ExportLabels } from './labels.js';

/** The decider of a row's verdict in force; both null while pending or when the log holds no verdict. */
export interface DecidedRow {
  readonly decidedByKind: string | null;
  readonly decidedByName: string | null;
}

/** "Peran Verifikator" (Petugas/Admin) and "Nama Verifikator"; the ADMIN_TOKEN holder has a role but no name. */
export function deciderColumns<Row extends DecidedRow>(labels: ExportLabels): ReadonlyArray<Column<Row>> {
  return [
    column<Row>('Peran Verifikator', 'text', 12, (row) => (row.decidedByKind === null ? null : labels.decider(row.decidedByKind))),
    column<Row>('Nama Verifikator', 'text', 24, (row) => row.decidedByName),
  ];
}

/** A row's rejection reason; null unless it was rejected (a resent record's old reason is cleared). */
export interface RejectedRow {
  readonly rejectionReason: string | null;
}

/**
 * "Alasan Penolakan": the reason an officer or the admin gave for the rejection, free text
 * written as any other text cell (the CSV writer's formula guard: a reason may start with
 * "-" or "="); empty unless rejected. The verdict alone ("Ditolak") tells a Dinas Sosial
 * reading the file nothing to follow up on.
 */
export function rejectionColumn<Row extends RejectedRow>(): Column<Row> {
  return column<Row>('Alasan Penolakan', 'text', 40, (row) => row.rejectionReason);
}
