/**
 * Corrections typed at the registration's summary (../../../src/domain/groups/summary-correction.ts):
 * a field named, alone or to change, and a field with its new value; anything else is no correction.
 */
import { describe, expect, it } from 'vitest';
import { readSummaryCorrection } from '../../../src/domain/groups/summary-correction.js';

describe('readSummaryCorrection', () => {
  it('reads a field named alone, as its ✏️ Ubah label or after "ubah" (were "belum bisa saya pakai")', () => {
    for (const [text, field] of [
      ['jadwal pertemuan', 'schedule'],
      ['Jadwal pertemuan', 'schedule'],
      ['ubah jadwal pertemuan', 'schedule'],
      ['tolong ganti nama ketua', 'ketuaName'],
      ['Nomor HP ketua', 'ketuaPhone'],
      ['RW/RT/dusun', 'unit'],
      ['Jumlah anggota', 'members'],
      ['tahun berdiri', 'founded'],
      ['namanya salah', 'name'],
      ['edit members', 'members'],
      ['desa salah', 'village'],
    ] as const) {
      expect(readSummaryCorrection(text), text).toEqual({ field, value: null });
    }
  });

  it('reads a field with its new value', () => {
    expect(readSummaryCorrection('anggotanya salah, 12 kader')).toEqual({ field: 'members', value: '12 kader' });
    expect(readSummaryCorrection('jumlah anggota salah harusnya 12')).toEqual({ field: 'members', value: '12' });
    expect(readSummaryCorrection('ketua keliru, yg benar Bu Sri 0812 3456 7890')).toEqual({ field: 'ketuaName', value: 'Bu Sri 0812 3456 7890' });
    expect(readSummaryCorrection('jadwal harusnya tiap kamis malam')).toEqual({ field: 'schedule', value: 'tiap kamis malam' });
    expect(readSummaryCorrection('ganti ketua jadi Bu Aminah')).toEqual({ field: 'ketuaName', value: 'Bu Aminah' });
    expect(readSummaryCorrection('members wrong, 12')).toEqual({ field: 'members', value: '12' });
    // After "… tapi", "… kecuali": what comes after it.
    expect(readSummaryCorrection('sudah benar tapi ketua salah')).toEqual({ field: 'ketuaName', value: null });
    expect(readSummaryCorrection('iya, tapi jadwal pertemuan salah')).toEqual({ field: 'schedule', value: null });
    expect(readSummaryCorrection('semua ok kecuali jumlah anggota')).toEqual({ field: 'members', value: null });
    expect(readSummaryCorrection('jadwal harusnya hanya hari minggu')).toEqual({ field: 'schedule', value: 'hanya hari minggu' });
  });

  it('reads nothing from text that only holds a field\'s word', () => {
    for (const text of ['ketuanya orangnya baik', 'sudah benar', 'salah', 'ada yang salah', 'anggota kami banyak', 'simpan', 'nama']) {
      expect(readSummaryCorrection(text), text).toEqual(text === 'nama' ? { field: 'name', value: null } : null);
    }
  });
});
