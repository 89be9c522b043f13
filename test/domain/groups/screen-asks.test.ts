/**
 * What a leader asks at a group's screen in 👥 Kelompok saya, read in words: its activities
 * ("lihat kegiatan kelompok ini"), what its desa lacks ("apa yang kurang"), and, where a number
 * is asked, what a confirmation is ("konfirmasi itu apa") apart from the waiting ones.
 */
import { describe, expect, it } from 'vitest';
import { asksForConfirmations, asksWhatConfirmationIs } from '../../../src/domain/confirmations/asked.js';
import { groupActivitiesAsked } from '../../../src/domain/groups/activities-asked.js';
import { missingAsked } from '../../../src/domain/parse/missing-asked.js';

describe('a group\'s screen asked in words', () => {
  it('reads its activities asked for, not logging one or a menu word', () => {
    for (const text of ['lihat kegiatan kelompok ini', 'show this group\'s activities', 'kegiatannya apa aja', 'cek kegiatan kami dong']) {
      expect(groupActivitiesAsked(text), text).toBe(true);
    }
    for (const text of ['kegiatan', 'catat kegiatan', 'kegiatan kemarin kerja bakti', 'anggotanya 30']) expect(groupActivitiesAsked(text), text).toBe(false);
  });

  it('reads what the desa lacks, not a sentence naming more', () => {
    for (const text of ['apa yang kurang', 'apa lagi yg masih kurang', 'what is missing', 'what\'s still missing']) expect(missingAsked(text), text).toBe(true);
    for (const text of ['kurang', 'anggota kurang 5', 'apa yang kurang dari kegiatan kami']) expect(missingAsked(text), text).toBe(false);
  });

  it('tells what a confirmation is asked from the waiting ones asked', () => {
    for (const text of ['konfirmasi itu apa', 'apa itu konfirmasi?', 'what is a confirmation']) {
      expect(asksWhatConfirmationIs(text), text).toBe(true);
      expect(asksForConfirmations(text), text).toBe(false);
    }
    for (const text of ['ada konfirmasi?', 'ada yg perlu dikonfirmasi ga', '25']) expect(asksWhatConfirmationIs(text), text).toBe(false);
  });
});
