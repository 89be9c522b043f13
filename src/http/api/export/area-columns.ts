/**
 * The areas export: one row per desa with its WKSBM level and the numbers of each
 * criterion, computed by the domain's own rules (src/domain/status) at the export's moment.
 */
import { computeStatus, type AreaStatus, type StatusThresholds } from '../../../domain/status/status.js';
import type { AreaExportRow } from '../../../storage/export/export-source.js';
import { column, type Column } from './export-table.js';
import type { ExportLabels } from './labels.js';

/** A desa with its status computed. */
export interface AreaLine {
  readonly area: AreaExportRow;
  readonly status: AreaStatus;
}

/** Computes each desa's status as the batches pass (pure, no history is written). */
export async function* withStatus(
  batches: AsyncIterable<readonly AreaExportRow[]>,
  now: Date,
  thresholds: StatusThresholds,
): AsyncGenerator<AreaLine[]> {
  for await (const batch of batches) {
    yield batch.map((area) => ({ area, status: computeStatus(area.facts, now, thresholds) }));
  }
}

/** "(12 bulan)" for the usual one-year window; otherwise the configured number of days. */
function windowLabel(thresholds: StatusThresholds): string {
  return thresholds.activityWindowDays === 365 ? '12 bulan' : `${thresholds.activityWindowDays} hari`;
}

/** Columns of the areas export. */
export function areaColumns(thresholds: StatusThresholds, labels: ExportLabels): ReadonlyArray<Column<AreaLine>> {
  return [
    column(labels.areaKind.province, 'text', 22, (line) => line.area.provinceName),
    column(labels.areaKind.regency, 'text', 22, (line) => line.area.regencyName),
    column(labels.areaKind.district, 'text', 20, (line) => line.area.districtName),
    column(labels.areaKind.village, 'text', 20, (line) => line.area.villageName),
    column('Kode Wilayah', 'text', 15, (line) => line.area.villageCode),
    column('Jumlah Kelompok Aktif', 'number', 10, (line) => line.status.criteria.c1.activeGroups),
    column('Jumlah Jenis Kelompok', 'number', 10, (line) => line.status.criteria.c1.types),
    // C2's count as the status rules judge it: pairs of active groups tied by a confirmed
    // relation or by a confirmed joint activity in the window, each pair once ("kegiatan
    // bersama juga dihitung"). The header is older than that reading; the two last columns split it.
    column('Jumlah Relasi Terkonfirmasi', 'number', 12, (line) => line.status.criteria.c2.relations),
    column(`Kegiatan Bersama (${windowLabel(thresholds)})`, 'number', 12, (line) => line.status.criteria.c3.jointActivities),
    column('Kegiatan Bersama PMKS', 'number', 12, (line) => line.status.criteria.c3.pmksJointActivities),
    column('Tingkat WKSBM', 'text', 12, (line) => labels.level[line.status.level]),
    column('Sementara', 'text', 10, (line) => labels.yesNo(line.status.provisional)),
    column('Tingkat Ditetapkan Petugas', 'text', 14, (line) => (line.area.overrideLevel ? labels.level[line.area.overrideLevel] : null)),
    column('Tanggal Perubahan Terakhir', 'date', 12, (line) => line.area.lastChangeOn),
    // Added later, at the end so the columns before keep their places: "Jumlah Relasi
    // Terkonfirmasi" split by what tied each pair, so that it can be matched against the
    // relations list (a desa with a joint activity and no relation showed 1 there, 0 in the list).
    column('Relasi Tercatat Terkonfirmasi', 'number', 12, (line) => line.status.criteria.c2.declaredRelations),
    column('Pasangan Terhubung Lewat Kegiatan Bersama', 'number', 14, (line) => line.status.criteria.c2.relations - line.status.criteria.c2.declaredRelations),
  ];
}
