/**
 * An answer at 📥 Konfirmasi naming its activity first: by its words ("yg penyuluhan gizi itu
 * bener kok bu"), its date or its kind; the yes or no after the name, whole or after "tapi".
 * (Through the web chat: test/flows/confirm-named-answer.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { namedAnswer } from '../../../src/domain/confirmations/named-answer.js';
import type { InboxItem } from '../../../src/domain/confirmations/inbox.js';

const now = new Date('2026-12-07T03:00:00Z');
const item = (activityId: string, date: string, category: string, description: string) =>
  ({ kind: 'participation', activityId, groupId: 'g1', groupName: 'Posyandu Mawar', reportedByGroup: 'Arisan Melati', date, category, description }) as unknown as InboxItem;
const gizi = item('a1', '2026-12-03', 'layanan_kesehatan', 'Penyuluhan gizi balita di balai RW');
const selokan = item('a2', '2026-12-05', 'kerja_bakti', 'Kerja bakti bersih selokan');
const items = [gizi, selokan];

describe('namedAnswer', () => {
  it.each([
    ['yg penyuluhan gizi itu bener kok bu', gizi, 'yes'],
    ['yang selokan itu bener', selokan, 'yes'],
    ['yg tgl 5 itu kami gak ikut', selokan, 'no'],
    ['yg tgl 3 itu kami cuma bantu angkat2 aja sih, tapi iya ikut', gizi, 'yes'],
  ])('%j', (text, expected, answer) => {
    expect(namedAnswer(text, items, selokan, now)).toEqual({ item: expected, answer });
  });

  it.each(['yg penyuluhan gizi itu kapan ya?', 'yg arisan itu bener', 'bener kok bu'])('%j: nothing read', (text) => {
    expect(namedAnswer(text, items, gizi, now)).toBeNull();
  });
});
