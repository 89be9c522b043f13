/**
 * Two activities of one day and kind in Kegiatan saya's list looked the same: each line now
 * says what tells it apart, the other groups when theirs differ, else the start of its words.
 * (The list itself, through the web chat, is in test/flows/my-activities-partner-named.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { say } from '../../../src/core/messages.js';
import { apartText } from '../../../src/domain/activities/activity-twins.js';
import type { LeaderActivity } from '../../../src/domain/model/activities.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

function activity(id: string, partners: string[], description = 'kegiatan bersama warga', date = '2026-12-05'): LeaderActivity {
  return { id, date, category: 'layanan_kesehatan', description, mine: true, reportingGroup: { id: 'g', name: 'PKK' }, confirmedPartners: partners, pendingPartners: [], declinedPartners: [] } as unknown as LeaderActivity;
}

const shown = (item: LeaderActivity, items: LeaderActivity[]) => {
  const text = apartText(item, items);
  return text === null ? null : renderer.render([say(text)], 'id')[0]!.text;
};

describe('apartText', () => {
  it('names the other groups when they differ', () => {
    const items = [activity('a', ['Posyandu Anggrek']), activity('b', ['Karang Taruna Tunas Muda', 'Posyandu Anggrek'])];
    expect(shown(items[0]!, items)).toBe('dengan Posyandu Anggrek');
    expect(shown(items[1]!, items)).toBe('dengan Karang Taruna Tunas Muda dan Posyandu Anggrek');
  });

  it('shows the start of the words when the groups are the same', () => {
    const items = [activity('a', ['Posyandu Anggrek'], 'Senam lansia di balai RW 03 bersama kader'), activity('b', ['Posyandu Anggrek'], 'Cek tensi')];
    expect(shown(items[0]!, items)).toBe('“Senam lansia di balai RW 03…”');
  });

  it('adds nothing to one alone on its day and kind', () => {
    const items = [activity('a', ['Posyandu Anggrek']), activity('b', ['Posyandu Anggrek'], 'x', '2026-12-04')];
    expect(shown(items[0]!, items)).toBeNull();
  });
});
