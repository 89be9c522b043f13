/**
 * A day still ahead said among an activity's words is told as not taken; "nanti" meaning "later",
 * and "besok" of the person's own doing or of the photo, are no day of the activity (they were
 * told "“nanti” belum terjadi"), and a day gone by named with them is the activity's.
 */
import { describe, expect, it } from 'vitest';
import { dayAheadInside } from '../../../src/domain/parse/day-inside.js';

const NOW = new Date('2026-12-08T03:00:00Z');

describe('dayAheadInside', () => {
  it.each([
    ['kerja bakti sama pkk besok', 'besok'],
    ['kerja bakti lusa', 'lusa'],
    ['posyandu nanti sore', 'nanti sore'],
    ['kerja bakti sabtu depan', 'sabtu depan'],
  ])('%j names %j ahead', (text, ahead) => {
    expect(dayAheadInside(text, NOW)).toBe(ahead);
  });

  it.each([
    'tolong catat kegiatan kerja bakti, nanti saya lengkapi',
    'catat kegiatan posyandu nanti saya kirim fotonya',
    'mau lapor kegiatan, besok saya kirim foto',
    'catat kegiatan kerja bakti, fotonya nanti',
    'catat kegiatan kerja bakti, fotonya besok',
    'kerja bakti kemarin, fotonya nanti',
    'posyandu tgl 5 kemarin, laporannya besok',
    'kerja bakti di depan balai desa',
  ])('%j names no day of the activity ahead', (text) => {
    expect(dayAheadInside(text, NOW)).toBeNull();
  });
});
