/**
 * The export labels, taken from the Indonesian words of locales/ and written as the Dinas
 * Sosial forms write them (Title Case). Pinned word for word: a change to a locale word shows
 * up here as a change to the spreadsheets.
 */
import { describe, expect, it } from 'vitest';
import { exportLabels, titleCase } from '../../../src/http/api/export/labels.js';
import { domainWords } from '../../../src/i18n/domain-words.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const labels = exportLabels(domainWords(loadLocaleResources(LOCALES_DIR)));

describe('export labels', () => {
  it('write group types, categories, states and levels as the forms do', () => {
    expect(labels.groupType).toEqual({
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
    });
    expect(labels.category).toEqual({
      santunan_anak_yatim: 'Santunan Anak Yatim',
      bantuan_lansia: 'Bantuan Lansia',
      bedah_rumah: 'Bedah Rumah',
      jimpitan: 'Jimpitan/Iuran Sosial',
      kerja_bakti: 'Kerja Bakti/Gotong Royong',
      bantuan_bencana: 'Bantuan Bencana',
      // The chat's and the dashboard's word; the export used to say "Layanan Kesehatan/Posyandu".
      layanan_kesehatan: 'Kesehatan/Posyandu',
      pendidikan: 'Pendidikan',
      lainnya: 'Lainnya',
    });
    expect(labels.verification).toEqual({ pending: 'Menunggu Verifikasi', verified: 'Terverifikasi', rejected: 'Ditolak' });
    expect(labels.level).toEqual({ belum_ada: 'Belum Ada', rintisan: 'Rintisan', tumbuh: 'Tumbuh', aktif: 'Aktif', dorman: 'Dorman' });
    // The heads of the area-name columns.
    expect(labels.areaKind).toEqual({ province: 'Provinsi', regency: 'Kabupaten/Kota', district: 'Kecamatan', village: 'Desa/Kelurahan' });
    expect([labels.yesNo(true), labels.yesNo(false)]).toEqual(['Ya', 'Tidak']);
    // Who decided a verification (the groups' and activities' "Peran Verifikator").
    expect([labels.decider('officer'), labels.decider('admin'), labels.decider('system')]).toEqual(['Petugas', 'Admin', 'system']);
  });

  it('name PMKS categories by their official names, and an unknown code as a code', () => {
    expect(labels.pmks(3)).toBe('Anak yang Berhadapan dengan Hukum');
    expect(labels.pmks(8)).toBe('Lanjut Usia Terlantar');
    expect(labels.pmks(16)).toBe('Orang dengan HIV/AIDS');
    expect(labels.pmks(26)).toBe('Komunitas Adat Terpencil');
    expect(labels.pmks(27)).toBe('PMKS 27');
  });

  it('title-cases after spaces, slashes and brackets, leaving capitals alone', () => {
    expect(titleCase('kerja bakti/gotong royong (rt 5)')).toBe('Kerja Bakti/Gotong Royong (Rt 5)');
    expect(titleCase('PKK dasa wisma')).toBe('PKK Dasa Wisma');
  });
});
