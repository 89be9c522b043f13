/** The groups export: one row per group, columns as the Dinas Sosial's PSKS forms name them. */
import { ketuaPhoneFor, type Principal } from '../../../domain/access/principal.js';
import type { GroupExportRow } from '../../../storage/export/export-source.js';
import { deciderColumns, rejectionColumn } from './decider-columns.js';
import { column, numberColumn, type Column } from './export-table.js';
import type { ExportLabels } from './labels.js';

/** "Lainnya (Karang Werda)" when the leader named an `other` type. */
function groupTypeLabel(row: GroupExportRow, labels: ExportLabels): string {
  const label = labels.groupType[row.type];
  return row.type === 'other' && row.typeOther ? `${label} (${row.typeOther})` : label;
}

/** Columns of the groups export; the ketua's phone is whole for the admin and the officers covering the desa. */
export function groupColumns(principal: Principal, labels: ExportLabels): ReadonlyArray<Column<GroupExportRow>> {
  return [
    numberColumn<GroupExportRow>(),
    column('Nama Kelompok/WKSBM', 'text', 32, (row) => row.name),
    column('Jenis Kelompok', 'text', 20, (row) => groupTypeLabel(row, labels)),
    column(labels.areaKind.province, 'text', 22, (row) => row.provinceName),
    column(labels.areaKind.regency, 'text', 22, (row) => row.regencyName),
    column(labels.areaKind.district, 'text', 20, (row) => row.districtName),
    column(labels.areaKind.village, 'text', 20, (row) => row.villageName),
    column('Kode Wilayah', 'text', 15, (row) => row.villageCode),
    // 0 is how storage says "not given" (the whole desa).
    column('RW', 'number', 6, (row) => (row.rw > 0 ? row.rw : null)),
    column('RT', 'number', 6, (row) => (row.rt > 0 ? row.rt : null)),
    column('Dusun', 'text', 16, (row) => row.dusun || null),
    column('Nama Ketua', 'text', 24, (row) => row.leaderName),
    column('No. HP Ketua', 'text', 17, (row) => ketuaPhoneFor(principal, row.villageCode, row.leaderPhone)),
    column('Jumlah Anggota', 'number', 10, (row) => row.memberCount),
    column('Tahun Berdiri', 'number', 10, (row) => row.foundedYear),
    column('Jadwal Pertemuan', 'text', 22, (row) => row.meetingSchedule),
    column('Status Verifikasi', 'text', 20, (row) => labels.verification[row.verification]),
    column('Aktif', 'text', 7, (row) => labels.yesNo(row.active)),
    column('Tanggal Daftar', 'date', 12, (row) => row.registeredOn),
    // Added later, at the end so the columns before keep their places; empty while pending.
    ...deciderColumns<GroupExportRow>(labels),
    // Added after the deciders, for the same reason: the API's rejectionReason; empty unless rejected.
    rejectionColumn<GroupExportRow>(),
  ];
}
