/**
 * Corrections typed at the registration's summary (../../../src/domain/groups/summary-correction.ts):
 * a field named, alone or to change, and a field with its new value; anything else is no correction.
 */
import { describe, expect, it } from 'vitest';
import { keepingOtherPart, readSummaryCorrection } from '../../../src/domain/groups/summary-correction.js';

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

  it('reads a field with a value plainly its own and no "salah" or "jadi" (were "belum bisa saya pakai")', () => {
    expect(readSummaryCorrection('pertemuannya tiap malam jumat')).toEqual({ field: 'schedule', value: 'tiap malam jumat' });
    expect(readSummaryCorrection('berdirinya th 2015')).toEqual({ field: 'founded', value: '2015' });
    expect(readSummaryCorrection('anggotanya 15 kader + 3 pengurus')).toEqual({ field: 'members', value: '15 kader + 3 pengurus' });
    expect(readSummaryCorrection('ketuanya pak slamet riyadi')).toEqual({ field: 'ketuaName', value: 'pak slamet riyadi' });
    expect(readSummaryCorrection('no hp ketua 0857 1234 5679')).toEqual({ field: 'ketuaPhone', value: '0857 1234 5679' });
    expect(readSummaryCorrection('rt nya 3 ya rw 11')).toEqual({ field: 'unit', value: 'rt 3 rw 11' });
    // Not a value of the field: no correction.
    for (const text of ['anggota kami banyak', 'ketuanya orangnya baik', 'pertemuannya seru', 'berdirinya sudah lama', 'rt nya kenapa?']) {
      expect(readSummaryCorrection(text), text).toBeNull();
    }
  });

  // "nama nya …" typed apart, and a meeting named by what the group does ("pengajiane tiap kamis"): were "belum bisa saya pakai".
  it('reads "nama nya …" as the name, and "pengajiane tiap kamis sore" as the meetings', () => {
    expect(readSummaryCorrection('nama nya pengajian ibu2 al ikhlas')).toEqual({ field: 'name', value: 'pengajian ibu2 al ikhlas' });
    expect(readSummaryCorrection("pengajiane tiap kamis sore ba'da ashar")).toEqual({ field: 'schedule', value: "tiap kamis sore ba'da ashar" });
    expect(readSummaryCorrection('arisannya tiap tanggal 5')).toEqual({ field: 'schedule', value: 'tiap tanggal 5' });
    expect(readSummaryCorrection('latihannya setiap malam minggu')).toEqual({ field: 'schedule', value: 'setiap malam minggu' });
    // What the group does, with no meeting time: no correction.
    for (const text of ['pengajiannya rame', 'arisannya lancar']) expect(readSummaryCorrection(text), text).toBeNull();
  });

  it('reads "it should be" in English (was kept in the name)', () => {
    expect(readSummaryCorrection('the name is wrong, it should be Karang Taruna Tunas Harapan')).toEqual({ field: 'name', value: 'Karang Taruna Tunas Harapan' });
  });

  it('keeps the RT when only the RW is corrected, and the RW when only the RT is (the RT was dropped)', () => {
    const unit = { rt: 3, rw: 12, dusun: '' };
    const rw = readSummaryCorrection('rw nya salah, harusnya rw 11')!;
    expect(rw).toEqual({ field: 'unit', value: 'rw 11', only: 'rw' });
    expect(keepingOtherPart(rw, unit)).toMatchObject({ field: 'unit', value: 'RT 003 / RW 011' });
    expect(keepingOtherPart(readSummaryCorrection('rt salah, harusnya rt 5')!, unit)).toMatchObject({ value: 'RT 005 / RW 012' });
    // Both named, or the whole RT/RW: as typed.
    expect(keepingOtherPart(readSummaryCorrection('rt nya 3 ya rw 11')!, unit)).toMatchObject({ value: 'rt 3 rw 11' });
    expect(keepingOtherPart(readSummaryCorrection('wilayah salah, harusnya rw 11')!, unit)).toMatchObject({ value: 'rw 11' });
  });

  it('reads the right value said against the wrong one with "bukan" (was read with "bukan …" in it, or not at all)', () => {
    expect(readSummaryCorrection('rw nya 05 bukan 04')).toEqual({ field: 'unit', value: 'rw 05', only: 'rw' });
    expect(readSummaryCorrection('pertemuan bukan mingguan tapi bulanan')).toEqual({ field: 'schedule', value: 'bulanan' });
    expect(readSummaryCorrection('anggotanya bukan 20, 25')).toEqual({ field: 'members', value: '25' });
    expect(readSummaryCorrection('jadwal harusnya kamis bukan jumat')).toEqual({ field: 'schedule', value: 'kamis' });
    expect(readSummaryCorrection('ketuanya Bu Sari, bukan Pak Joko')).toEqual({ field: 'ketuaName', value: 'Bu Sari' });
    expect(readSummaryCorrection('ketua salah bukan pak joko tapi bu sari')).toEqual({ field: 'ketuaName', value: 'bu sari' });
    // Said wrong before a comma: "salah, harusnya" was left in the new value (a ketua stored as "salah, harusnya Bu Sari").
    expect(readSummaryCorrection('ketuanya salah, bukan pak joko tapi bu sari')).toEqual({ field: 'ketuaName', value: 'bu sari' });
    expect(readSummaryCorrection('ketuana lepat, sanes abdi nyalira tapi Asep Saepudin')).toEqual({ field: 'ketuaName', value: 'Asep Saepudin' });
    expect(readSummaryCorrection('anggotanya keliru. bukan 20 tapi 25')).toEqual({ field: 'members', value: '25' });
    expect(readSummaryCorrection('sudah benar tapi anggotanya bukan 20 tapi 25')).toEqual({ field: 'members', value: '25' });
    expect(readSummaryCorrection('jadwale dudu senin tapi selasa')).toEqual({ field: 'schedule', value: 'selasa' });
    expect(readSummaryCorrection('members is not 20 but 25')).toEqual({ field: 'members', value: '25' });
    // Only what it is not: the field's question (the wrong value was taken as the new one).
    expect(readSummaryCorrection('anggotanya bukan 20')).toEqual({ field: 'members', value: null });
  });

  it('reads a field said wrong in Javanese or Sundanese (were no correction, or "kleru, sing bener 12" kept as the value)', () => {
    expect(readSummaryCorrection('jenenge kleru, sing bener PKK Mawar')).toEqual({ field: 'name', value: 'PKK Mawar' });
    expect(readSummaryCorrection('anggotane kleru, sing bener 12')).toEqual({ field: 'members', value: '12' });
    expect(readSummaryCorrection('naminipun lepat, ingkang leres PKK Mawar')).toEqual({ field: 'name', value: 'PKK Mawar' });
    expect(readSummaryCorrection('namina lepat, nu leres PKK Mawar')).toEqual({ field: 'name', value: 'PKK Mawar' });
    expect(readSummaryCorrection('anggotana salah, kedahna 12')).toEqual({ field: 'members', value: '12' });
    expect(readSummaryCorrection('jenenge kleru')).toEqual({ field: 'name', value: null });
  });

  it('reads a bare number for the RT or RW named as that part (was not an RT/RW)', () => {
    const unit = { rt: 5, rw: 4, dusun: '' };
    expect(keepingOtherPart(readSummaryCorrection('rt nya salah, harusnya 3')!, unit)).toMatchObject({ value: 'RT 003 / RW 004' });
    expect(keepingOtherPart(readSummaryCorrection('rw bukan 4 tapi 6')!, unit)).toMatchObject({ value: 'RT 005 / RW 006' });
  });
});
