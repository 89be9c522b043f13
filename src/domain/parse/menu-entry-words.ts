/**
 * The words that name an entry of the main menu, as typed ("daftar", "kelompok saya",
 * "konfirmasi"): the table home/menu-words.ts reads sentences with, and the exact lookup a
 * flow uses to tell its own entry's name typed inside it (📥 Konfirmasi's "konfirmasi").
 * Here, below the features, so that any of them may read it.
 */
import { simplifyLabel } from '../../core/button-label.js';
import { ownEntry } from '../../core/record.js';

/**
 * Words that open a menu entry directly, by entry id ("daftar" starts a registration rather
 * than explaining it), Indonesian and English: the shortcuts people type and the menu's
 * own labels (locales/…/common.json `menu`) as typed without their emoji. Only entries the
 * person's menu has are opened.
 */
export const MENU_WORDS: Readonly<Record<string, string>> = {
  daftar: 'register',
  'daftar kelompok': 'register',
  'daftarkan kelompok': 'register',
  register: 'register',
  'register group': 'register',
  'register a group': 'register',
  // Another group registered, asked at a group's screen in Kelompok saya (or the menu).
  'tambah kelompok': 'register',
  'tambah kelompok baru': 'register',
  'tambah kelompok lain': 'register',
  'daftar kelompok lain': 'register',
  'daftar kelompok baru': 'register',
  'daftarkan kelompok lain': 'register',
  'add a group': 'register',
  'add group': 'register',
  'add another group': 'register',
  'register another group': 'register',
  status: 'status',
  'cek status': 'status',
  'status wksbm': 'status',
  'cek status wksbm': 'status',
  'check status': 'status',
  'check wksbm status': 'status',
  konfirmasi: 'inbox',
  'catat kegiatan': 'activity',
  'catat kegiatan bersama': 'activity',
  'log a joint activity': 'activity',
  kegiatan: 'activity',
  'kelompok saya': 'groups',
  'my groups': 'groups',
  // A change to one's group, asked at the menu: Kelompok saya, where each field is changed.
  'ubah kelompok': 'groups',
  'edit kelompok': 'groups',
  'ubah data kelompok': 'groups',
  'ganti ketua': 'groups',
  'ganti nomor hp ketua': 'groups',
  'ganti no hp ketua': 'groups',
  'ubah nomor hp ketua': 'groups',
  'ubah nomor hp': 'groups',
  'ganti nomor hp': 'groups',
  'kegiatan saya': 'activities',
  'my activities': 'activities',
  // What Kelompok saya and Kegiatan saya do, asked by name: a new name, ending, withdrawing.
  'ganti nama kelompok': 'groups',
  'ubah nama kelompok': 'groups',
  'hapus kelompok': 'groups',
  'hapus kegiatan': 'activities',
  'tarik kegiatan': 'activities',
  hubungan: 'relation',
  'hubungan antarkelompok': 'relation',
  'ties between groups': 'relation',
  'hubungkan akun': 'link',
  'link accounts': 'link',
  // An officer's work: the panel, where the pending list is (for anyone else, free text).
  verifikasi: 'officer',
  'menunggu verifikasi': 'officer',
  tolak: 'officer',
  verify: 'officer',
  // "cek yang pending dong": what waits for the officer (a desa search "Pendingan" before).
  pending: 'officer',
  'yang pending': 'officer',
  'data pending': 'officer',
  'daftar pending': 'officer',
  'yang menunggu verifikasi': 'officer',
};

/** The menu entry whose words `text` is, exactly (as a button's label is typed), or null. */
export function menuEntryNamed(text: string): string | null {
  return ownEntry(MENU_WORDS, simplifyLabel(text)) ?? null;
}
