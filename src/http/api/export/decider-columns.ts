/**
 * Who verified or rejected a group or an activity, as the last two columns of their exports:
 * the decider's role and name, read from the audit log as the admin API's `decidedBy` is.
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
