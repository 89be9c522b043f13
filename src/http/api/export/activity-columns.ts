/** The activities export: one row per reported activity, with its groups and PMKS beneficiaries. */
import type { ActivityExportRow } from '../../../storage/export/export-source.js';
import { deciderColumns, rejectionColumn } from './decider-columns.js';
import { column, numberColumn, type Column } from './export-table.js';
import type { ExportLabels } from './labels.js';

/** "Lanjut Usia Terlantar: 15; Fakir Miskin: 30" (by PMKS code). */
function beneficiaryText(row: ActivityExportRow, labels: ExportLabels): string | null {
  if (row.beneficiaries.length === 0) return null;
  return row.beneficiaries.map((entry) => `${labels.pmks(entry.pmksCode)}: ${entry.count}`).join('; ');
}

/** Columns of the activities export (no personal data: groups by name, beneficiaries and photos as counts). */
export function activityColumns(labels: ExportLabels): ReadonlyArray<Column<ActivityExportRow>> {
  return [
    numberColumn<ActivityExportRow>(),
    column('Tanggal Kegiatan', 'date', 12, (row) => row.date),
    column('Jenis Kegiatan', 'text', 24, (row) => labels.category[row.category]),
    column('Uraian Kegiatan', 'text', 40, (row) => row.description),
    column('Kelompok Penyelenggara', 'text', 40, (row) => row.confirmedGroups.join('; ') || null),
    column('Jumlah Kelompok', 'number', 10, (row) => row.confirmedGroups.length),
    column('Sasaran PMKS', 'text', 40, (row) => beneficiaryText(row, labels)),
    column('Jumlah Penerima Manfaat', 'number', 12, (row) => row.beneficiaries.reduce((sum, entry) => sum + entry.count, 0)),
    // Photos are evidence for the officer: the export says how many, never carries them.
    column('Jumlah Foto', 'number', 10, (row) => row.photoCount),
    column(labels.areaKind.village, 'text', 20, (row) => row.villageName),
    column(labels.areaKind.district, 'text', 20, (row) => row.districtName),
    column(labels.areaKind.regency, 'text', 22, (row) => row.regencyName),
    column(labels.areaKind.province, 'text', 22, (row) => row.provinceName),
    column('Kode Wilayah', 'text', 15, (row) => row.villageCode),
    column('Status Verifikasi', 'text', 20, (row) => labels.verification[row.verification]),
    column('Tanggal Lapor', 'date', 12, (row) => row.reportedOn),
    // Added later, at the end so the columns before keep their places; empty while pending.
    ...deciderColumns<ActivityExportRow>(labels),
    // Added after the deciders, for the same reason: the API's rejectionReason; empty unless rejected.
    rejectionColumn<ActivityExportRow>(),
  ];
}
