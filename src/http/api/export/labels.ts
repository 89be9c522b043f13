/**
 * Indonesian labels of stored codes, as Dinas Sosial forms write them. Output formatting at
 * the edge: the chat's own labels (locales/id) carry emoji and sentence fragments that do
 * not belong in a spreadsheet cell, so exports keep their own plain words here. The maps
 * are typed by the domain's code lists, so a new code cannot be added without a label.
 */
import type { ActivityCategory } from '../../../domain/activities/ports.js';
import type { GroupType } from '../../../domain/groups/group-types.js';
import type { VerificationState } from '../../../domain/groups/ports.js';
import type { PmksCode } from '../../../domain/parse/pmks.js';
import type { WksbmLevel } from '../../../domain/status/ports.js';

/** Jenis kelompok. */
export const GROUP_TYPE_LABELS: Readonly<Record<GroupType, string>> = {
  arisan: 'Arisan',
  majelis_taklim: 'Majelis Taklim',
  karang_taruna: 'Karang Taruna',
  pkk: 'PKK',
  dasa_wisma: 'Dasa Wisma',
  posyandu: 'Posyandu',
  kelompok_tani: 'Kelompok Tani',
  kelompok_nelayan: 'Kelompok Nelayan',
  rukun_kematian: 'Rukun Kematian',
  remaja_masjid: 'Remaja Masjid',
  paguyuban: 'Paguyuban',
  other: 'Lainnya',
};

/** Jenis kegiatan. */
export const ACTIVITY_CATEGORY_LABELS: Readonly<Record<ActivityCategory, string>> = {
  santunan_anak_yatim: 'Santunan Anak Yatim',
  bantuan_lansia: 'Bantuan Lansia',
  bedah_rumah: 'Bedah Rumah',
  jimpitan: 'Jimpitan/Iuran Sosial',
  kerja_bakti: 'Kerja Bakti/Gotong Royong',
  bantuan_bencana: 'Bantuan Bencana',
  layanan_kesehatan: 'Layanan Kesehatan/Posyandu',
  pendidikan: 'Pendidikan',
  lainnya: 'Lainnya',
};

/** Status verifikasi. */
export const VERIFICATION_LABELS: Readonly<Record<VerificationState, string>> = {
  pending: 'Menunggu Verifikasi',
  verified: 'Terverifikasi',
  rejected: 'Ditolak',
};

/** Tingkat WKSBM. */
export const LEVEL_LABELS: Readonly<Record<WksbmLevel, string>> = {
  belum_ada: 'Belum Ada',
  rintisan: 'Rintisan',
  tumbuh: 'Tumbuh',
  aktif: 'Aktif',
  dorman: 'Dorman',
};

/** The 26 PMKS categories of Permensos 8/2012 by code. */
export const PMKS_LABELS: Readonly<Record<PmksCode, string>> = {
  1: 'Anak Balita Terlantar',
  2: 'Anak Terlantar',
  3: 'Anak yang Berhadapan dengan Hukum',
  4: 'Anak Jalanan',
  5: 'Anak dengan Kedisabilitasan',
  6: 'Anak Korban Tindak Kekerasan',
  7: 'Anak yang Memerlukan Perlindungan Khusus',
  8: 'Lanjut Usia Terlantar',
  9: 'Penyandang Disabilitas',
  10: 'Tuna Susila',
  11: 'Gelandangan',
  12: 'Pengemis',
  13: 'Pemulung',
  14: 'Kelompok Minoritas',
  15: 'Bekas Warga Binaan Lembaga Pemasyarakatan',
  16: 'Orang dengan HIV/AIDS',
  17: 'Korban Penyalahgunaan NAPZA',
  18: 'Korban Trafficking',
  19: 'Korban Tindak Kekerasan',
  20: 'Pekerja Migran Bermasalah Sosial',
  21: 'Korban Bencana Alam',
  22: 'Korban Bencana Sosial',
  23: 'Perempuan Rawan Sosial Ekonomi',
  24: 'Fakir Miskin',
  25: 'Keluarga Bermasalah Sosial Psikologis',
  26: 'Komunitas Adat Terpencil',
};

/** A PMKS category's name, or "PMKS <code>" for a code outside 1..26 (never stored, but never hidden either). */
export function pmksLabel(code: number): string {
  return PMKS_LABELS[code as PmksCode] ?? `PMKS ${code}`;
}

/** Ya/Tidak. */
export function yesNo(value: boolean): string {
  return value ? 'Ya' : 'Tidak';
}
