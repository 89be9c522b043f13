import { describe, expect, it } from 'vitest';
import { addDays, fromIso, isValidDate, minusYears, todayIn, toIso } from '../../../src/domain/parse/calendar.js';
import { formatDateId, parseActivityDate } from '../../../src/domain/parse/date.js';

// Friday 20 November 2026, 10:00 in Jakarta.
const NOW = new Date('2026-11-20T03:00:00Z');

describe('parseActivityDate: accepted answers', () => {
  it.each([
    ['hari ini', '2026-11-20'],
    ['Hari ini', '2026-11-20'],
    ['hr ini', '2026-11-20'],
    ['today', '2026-11-20'],
    ['tadi pagi', '2026-11-20'],
    ['skrg', '2026-11-20'],
    ['kemarin', '2026-11-19'],
    ['kmrn', '2026-11-19'],
    ['kemaren', '2026-11-19'],
    ['kemarin sore', '2026-11-19'],
    ['kemarin malam', '2026-11-19'],
    // Friday 20 November: this week began on Monday the 16th.
    ['Jumat kemarin', '2026-11-13'],
    ['Jumat minggu lalu', '2026-11-13'],
    ['senin minggu lalu', '2026-11-09'],
    ['awal bulan ini', '2026-11-01'],
    ['pertengahan bulan ini', '2026-11-15'],
    ['awal bulan lalu', '2026-10-01'],
    ['akhir bulan lalu', '2026-10-31'],
    ['semalam', '2026-11-19'],
    ['tadi malam', '2026-11-19'],
    ['last night', '2026-11-19'],
    ['pagi tadi', '2026-11-20'],
    ['kemarin jam 3 sore', '2026-11-19'],
    ['kemarin pukul 19.00', '2026-11-19'],
    ['12/11 jam 19.00', '2026-11-12'],
    ['senin sore', '2026-11-16'],
    ['12 nov malam', '2026-11-12'],
    ['kemarinn', '2026-11-19'],
    ['yesterday', '2026-11-19'],
    ['Yesterday!', '2026-11-19'],
    ['kemarin lusa', '2026-11-18'],
    ['kmrn lusa', '2026-11-18'],
    ['2 hari lalu', '2026-11-18'],
    ['3 hari yang lalu', '2026-11-17'],
    ['3 hr yg lalu', '2026-11-17'],
    ['dua hari yang lalu', '2026-11-18'],
    ['sehari lalu', '2026-11-19'],
    ['2 hari kemarin', '2026-11-18'],
    ['seminggu lalu', '2026-11-13'],
    ['2 minggu yang lalu', '2026-11-06'],
    ['3 days ago', '2026-11-17'],
    ['a week ago', '2026-11-13'],
    ['12/11', '2026-11-12'],
    ['12-11', '2026-11-12'],
    ['12.11', '2026-11-12'],
    ['12 / 11', '2026-11-12'],
    ['1/9', '2026-09-01'],
    ['12/11/2026', '2026-11-12'],
    ['12-11-2026', '2026-11-12'],
    ['12.11.2026', '2026-11-12'],
    ['12/11/26', '2026-11-12'],
    ['12/11/25', '2025-11-12'],
    ['12 November 2026', '2026-11-12'],
    ['12 november', '2026-11-12'],
    ['12 nov 2026', '2026-11-12'],
    ['12-nov-26', '2026-11-12'],
    ['12nov', '2026-11-12'],
    ['12 Nop', '2026-11-12'],
    ['12 nopember', '2026-11-12'],
    ['12 Agustus', '2026-08-12'],
    ['12 agt', '2026-08-12'],
    ['12 ags 2025', '2025-08-12'],
    ['3 Februari', '2026-02-03'],
    ['3 febuari', '2026-02-03'],
    ['3 pebruari', '2026-02-03'],
    ['1 Mei', '2026-05-01'],
    ['1 May', '2026-05-01'],
    ['Des 3', '2025-12-03'],
    ['November 12, 2026', '2026-11-12'],
    ['November 12', '2026-11-12'],
    ['Nov 12th', '2026-11-12'],
    ['12th of May', '2026-05-12'],
    ['2026-11-12', '2026-11-12'],
    ['2026/11/12', '2026-11-12'],
    ['Senin, 12/11', '2026-11-12'],
    ['senin 12 nov', '2026-11-12'],
    ['Kamis, 12 November 2026', '2026-11-12'],
    ["Jum'at 13/11", '2026-11-13'],
    ['tgl 12/11', '2026-11-12'],
    ['tanggal 12 November', '2026-11-12'],
    ['tgl 12', '2026-11-12'],
    ['tanggal 25', '2026-10-25'],
    ['tgl 20', '2026-11-20'],
    ['tgl 12 kemarin', '2026-11-12'],
    ['12/11 kemarin', '2026-11-12'],
    ['senin', '2026-11-16'],
    ['hari senin', '2026-11-16'],
    ['senin kemarin', '2026-11-16'],
    ['jumat', '2026-11-20'],
    ['jumat lalu', '2026-11-13'],
    ['hari minggu', '2026-11-15'],
    ['ahad', '2026-11-15'],
    ['Saturday', '2026-11-14'],
    // Day first, unless the second number cannot be a month.
    ['11/12', '2025-12-11'],
    ['11/28', '2025-11-28'],
  ])('%j → %s', (text, iso) => {
    expect(parseActivityDate(text, NOW)).toEqual({ ok: true, value: iso });
  });
});

describe('parseActivityDate: Javanese and Sundanese words, particles at the end, a day in words after "tgl"', () => {
  // Each was "Saya belum bisa membaca tanggal itu" before.
  it.each([
    ['kemarin ya', '2026-11-19'],
    ['KEMARIN NGGIH', '2026-11-19'],
    ['kemarin sore ya bu', '2026-11-19'],
    ['tgl 3 bu', '2026-11-03'],
    ['tanggal 3 nggih', '2026-11-03'],
    ['12 november 2026 nggih', '2026-11-12'],
    ['TANGGAL TIGA KEMARIN', '2026-11-03'],
    ['tgl dua belas', '2026-11-12'],
    ['wingi', '2026-11-19'],
    ['wingi sore', '2026-11-19'],
    ['kala wingi sonten', '2026-11-19'],
    ['kamari', '2026-11-19'],
    ['dinten niki', '2026-11-20'],
    ['dino iki nggih', '2026-11-20'],
    ['poe ieu', '2026-11-20'],
    // The evening before the day named (Friday 20 November: Saturday the 14th, Thursday the 19th).
    ['malam minggu', '2026-11-14'],
    ['malam minggu kemarin', '2026-11-14'],
    ['malem jumat', '2026-11-19'],
    ['malam senin kemarin', '2026-11-15'],
    ['malam minggu minggu lalu', '2026-11-14'],
    // "min" alone is Minggu (Sunday), not the operator addressed.
    ['min', '2026-11-15'],
    ['sabtu min', '2026-11-14'],
  ])('%j → %s', (text, iso) => {
    expect(parseActivityDate(text, NOW)).toEqual({ ok: true, value: iso });
  });

  it('still refuses a day in words that no month has', () => {
    expect(parseActivityDate('tgl tiga puluh dua', NOW)).toEqual({ ok: false, error: 'not_a_date' });
  });
});

describe('parseActivityDate: dates without a year', () => {
  const JANUARY = new Date('2027-01-05T03:00:00Z');

  it.each([
    ['28/12', '2026-12-28'],
    ['5/1', '2027-01-05'],
    ['6/1', '2026-01-06'],
    ['tgl 31', '2026-12-31'],
    ['Des 31', '2026-12-31'],
  ])('in January %j is %s (most recent, never ahead)', (text, iso) => {
    expect(parseActivityDate(text, JANUARY)).toEqual({ ok: true, value: iso });
  });

  it('reads 29/2 as the last leap day', () => {
    expect(parseActivityDate('29/2', new Date('2028-03-10T03:00:00Z'))).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseActivityDate('29/2', new Date('2029-03-10T03:00:00Z'))).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseActivityDate('29/2', NOW)).toEqual({ ok: false, error: 'too_old' });
  });

  it('takes the last month that has the day ("tgl 31" in early April is 31 March)', () => {
    expect(parseActivityDate('tgl 31', new Date('2026-04-02T03:00:00Z'))).toEqual({ ok: true, value: '2026-03-31' });
  });
});

describe('parseActivityDate: refused answers', () => {
  it.each([
    ['besok', 'future'],
    ['bsk', 'future'],
    ['lusa', 'future'],
    ['tomorrow', 'future'],
    ['minggu depan', 'future'],
    ['21/11/2026', 'future'],
    ['2027-01-01', 'future'],
    ['12/11/27', 'future'],
    ['19/11/2024', 'too_old'],
    ['2024-11-19', 'too_old'],
    ['12/11/99', 'too_old'],
    ['1000 hari lalu', 'too_old'],
    ['31/02', 'no_such_date'],
    ['31/04/2026', 'no_such_date'],
    ['29/02/2026', 'no_such_date'],
    ['32/1', 'not_a_date'],
    ['13/13', 'not_a_date'],
    ['0/5', 'not_a_date'],
    ['12 11', 'not_a_date'],
    ['12', 'not_a_date'],
    ['tgl 32', 'not_a_date'],
    ['minggu lalu', 'vague_week'],
    ['pekan lalu', 'vague_week'],
    ['akhir bulan ini', 'future'],
    ['Desember 2025', 'not_a_date'],
    ['12 Jumbo', 'not_a_date'],
    ['kapan ya', 'not_a_date'],
    ['', 'not_a_date'],
    ['   ', 'not_a_date'],
    ['🙏', 'not_a_date'],
  ])('%j → %s', (text, error) => {
    expect(parseActivityDate(text, NOW)).toEqual({ ok: false, error });
  });

  it('takes "depan"/"mendatang"/"next" as a day ahead only after a day ("sabtu depan", "bulan depan"), not at a place ("di depan balai desa")', () => {
    for (const text of ['sabtu depan', 'bulan depan', 'tahun depan', 'pekan depan', 'minggu mendatang', 'next week', 'next saturday', 'tgl 5 bulan depan']) {
      expect(parseActivityDate(text, NOW), text).toEqual({ ok: false, error: 'future' });
    }
    for (const text of ['di depan balai desa', 'depan masjid', 'kemarin di depan balai desa', 'next to the mosque']) {
      expect(parseActivityDate(text, NOW), text).toEqual({ ok: false, error: 'not_a_date' });
    }
  });

  it('allows exactly the oldest day and a longer window as an option', () => {
    expect(parseActivityDate('20/11/2024', NOW)).toEqual({ ok: true, value: '2024-11-20' });
    expect(parseActivityDate('20/11/2023', NOW, 'Asia/Jakarta', { maxAgeYears: 3 })).toEqual({ ok: true, value: '2023-11-20' });
    expect(parseActivityDate('kemarin', NOW, 'Asia/Jakarta', { maxAgeYears: 0 })).toEqual({ ok: false, error: 'too_old' });
  });
});

describe('parseActivityDate: today is a Jakarta day, not a UTC day', () => {
  it('is already tomorrow in Jakarta at 17:30 UTC', () => {
    const lateUtc = new Date('2026-11-19T17:30:00Z'); // 00:30 on 20 November in Jakarta
    expect(parseActivityDate('hari ini', lateUtc)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseActivityDate('20/11', lateUtc)).toEqual({ ok: true, value: '2026-11-20' });
    expect(parseActivityDate('hari ini', lateUtc, 'UTC')).toEqual({ ok: true, value: '2026-11-19' });
    expect(parseActivityDate('20/11/2026', lateUtc, 'UTC')).toEqual({ ok: false, error: 'future' });
  });

  it('uses WITA and WIT when asked', () => {
    const at = new Date('2026-11-19T15:30:00Z'); // 22:30 WIB, 23:30 WITA, 00:30 WIT
    expect(parseActivityDate('hari ini', at, 'Asia/Makassar')).toEqual({ ok: true, value: '2026-11-19' });
    expect(parseActivityDate('hari ini', at, 'Asia/Jayapura')).toEqual({ ok: true, value: '2026-11-20' });
  });
});

describe('formatDateId', () => {
  it.each([
    ['2026-11-12', 'id', '12 November 2026'],
    ['2026-08-01', 'id', '1 Agustus 2026'],
    ['2026-02-03', 'id', '3 Februari 2026'],
    ['2026-05-31', 'id', '31 Mei 2026'],
    ['2026-12-25', 'id', '25 Desember 2026'],
    ['2026-08-01', 'en', '1 August 2026'],
    ['2026-05-31', 'en', '31 May 2026'],
    ['not a date', 'id', 'not a date'],
    ['2026-02-30', 'en', '2026-02-30'],
  ] as const)('%s (%s) → %s', (iso, locale, shown) => {
    expect(formatDateId(iso, locale)).toBe(shown);
  });
});

describe('calendar helpers', () => {
  it('reads the date in a time zone', () => {
    expect(todayIn(new Date('2026-12-31T17:00:00Z'), 'Asia/Jakarta')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(todayIn(new Date('2026-12-31T16:59:59Z'), 'Asia/Jakarta')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(toIso(addDays({ year: 2027, month: 1, day: 1 }, -1))).toBe('2026-12-31');
    expect(toIso(addDays({ year: 2028, month: 3, day: 1 }, -1))).toBe('2028-02-29');
    expect(toIso(minusYears({ year: 2028, month: 2, day: 29 }, 2))).toBe('2026-02-28');
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(2100, 2, 29)).toBe(false);
    expect(fromIso('2026-13-01')).toBeNull();
  });
});

describe('parseActivityDate: days in words, dates no calendar has, a day still ahead this year', () => {
  // Monday 7 December 2026, 10:00 in Jakarta.
  const DEC_7 = new Date('2026-12-07T03:00:00Z');

  it('reads the day before a month\'s name in words', () => {
    expect(parseActivityDate('tanggal dua belas november', DEC_7)).toEqual({ ok: true, value: '2026-11-12' });
    expect(parseActivityDate('dua puluh lima november 2026', DEC_7)).toEqual({ ok: true, value: '2026-11-25' });
    expect(parseActivityDate('tgl satu des', DEC_7)).toEqual({ ok: true, value: '2026-12-01' });
    // Words alone, without a month, stay unread: "dua" may answer a numbered menu.
    expect(parseActivityDate('dua belas', DEC_7)).toEqual({ ok: false, error: 'not_a_date' });
  });

  it('says a day and month no year has does not exist', () => {
    for (const text of ['31 februari', '30/2', '31 april', '29 februari 2026', '2026-02-30']) {
      expect(parseActivityDate(text, DEC_7), text).toEqual({ ok: false, error: 'no_such_date' });
    }
    expect(parseActivityDate('32 januari', DEC_7)).toEqual({ ok: false, error: 'not_a_date' });
  });

  it('refuses, when asked to, a day and month still ahead this year and nearer than last year\'s', () => {
    const refuse = { nearFuture: 'refuse' } as const;
    expect(parseActivityDate('12 desember', DEC_7, 'Asia/Jakarta', refuse)).toEqual({ ok: false, error: 'future_this_year' });
    expect(parseActivityDate('12/12', DEC_7, 'Asia/Jakarta', refuse)).toEqual({ ok: false, error: 'future_this_year' });
    // Without the option, last year's as before; with the year, that year's.
    expect(parseActivityDate('12 desember', DEC_7)).toEqual({ ok: true, value: '2025-12-12' });
    expect(parseActivityDate('12 desember 2025', DEC_7, 'Asia/Jakarta', refuse)).toEqual({ ok: true, value: '2025-12-12' });
    // Last year's nearer ("28/12" in January): taken as before.
    expect(parseActivityDate('28/12', new Date('2027-01-03T03:00:00Z'), 'Asia/Jakarta', refuse)).toEqual({ ok: true, value: '2026-12-28' });
    expect(parseActivityDate('3 desember', DEC_7, 'Asia/Jakarta', refuse)).toEqual({ ok: true, value: '2026-12-03' });
  });
});
