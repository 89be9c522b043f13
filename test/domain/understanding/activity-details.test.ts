/**
 * The partner groups an activity request names ("… bareng karang taruna tunas muda"): taken
 * along to the activity flow, and kept out of the words the kind of activity is read from. It
 * ends before a weekday said with "kemarin"/"lalu" ("sama pkk sabtu kemarin" named a group
 * "pkk sabtu"); an activity told where something else was asked is read as a request names it.
 */
import { describe, expect, it } from 'vitest';
import { activityPartner, activityTold } from '../../../src/domain/understanding/activity-details.js';
import { understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
// 10:00 on Saturday 5 December 2026 in Jakarta.
const NOW = new Date('2026-12-05T03:00:00Z');

describe('the partner named in an activity request', () => {
  it.each([
    ['mau lapor kegiatan kerja bakti bareng karang taruna tunas muda', 'karang taruna tunas muda', 'kerja_bakti'],
    ['catat kegiatan santunan yatim bersama PKK Dusun Glugo kemarin', 'PKK Dusun Glugo', 'santunan_anak_yatim'],
    ['lapor kegiatan kerja bakti sama karang taruna aja', 'karang taruna', 'kerja_bakti'],
    ['mau catat kegiatan bareng posyandu mawar, tgl 3', 'posyandu mawar', undefined],
    ['lapor kegiatan dengan kelompok tani makmur', 'kelompok tani makmur', undefined],
  ])('%j names %j', (text, partner, category) => {
    const understood = understand(text, matcher, NOW).understood;
    expect(understood).toMatchObject({ kind: 'activity', partner });
    if (category) expect(understood).toMatchObject({ category });
  });

  it('at the menu, ends before a day still ahead ("… sama pkk besok")', () => {
    for (const text of ['catat kegiatan kerja bakti sama pkk besok', 'catat kegiatan kerja bakti sama pkk sabtu depan']) {
      expect(understand(text, matcher, NOW).understood, text).toMatchObject({ kind: 'activity', partner: 'pkk', category: 'kerja_bakti' });
    }
  });

  it('takes no partner from other words after "dengan"/"sama"', () => {
    for (const text of ['lapor kegiatan bantuan lansia dengan 20 penerima', 'catat kegiatan kerja bakti', 'mau lapor kegiatan sama seperti kemarin']) {
      expect(understand(text, matcher, NOW).understood, text).not.toHaveProperty('partner');
    }
  });
});

const KINDS = ['pkk', 'karang taruna', 'majelis taklim'];

describe('the partner named, up to the day', () => {
  it.each([
    ['kerja bakti sama pkk sabtu kemarin', 'pkk'],
    ['santunan bareng karang taruna jumat lalu', 'karang taruna'],
    // A day still ahead ends it too: it is said not taken, and no part of the name.
    ['kerja bakti sama pkk besok', 'pkk'],
    ['kerja bakti sama pkk lusa', 'pkk'],
    ['kerja bakti sama pkk nanti sore', 'pkk'],
    ['kerja bakti sama pkk sabtu depan', 'pkk'],
    ['kerja bakti sama pkk minggu depan', 'pkk'],
    ['kerja bakti bareng karang taruna bsk', 'karang taruna'],
    ['kerja bakti bareng karang taruna depan masjid', 'karang taruna'],
    // A weekday in a name stays: no "kemarin"/"lalu" after it.
    ['pengajian bareng majelis taklim malam jumat', 'majelis taklim malam jumat'],
  ])('in "%s" is "%s"', (text, partner) => {
    expect(activityPartner(text, KINDS)?.partner).toBe(partner);
  });
});

describe('an activity told', () => {
  it('gives its kind, partner and the words beside the partner', () => {
    expect(activityTold('penimbangan balita bareng pkk', KINDS)).toEqual({ category: 'layanan_kesehatan', partner: 'pkk', rest: 'penimbangan balita' });
    expect(activityTold('posyandu balita dan santunan yatim', KINDS)).toEqual({ rest: 'posyandu balita dan santunan yatim' });
  });

  it('is none when the words name no kind and no partner, or ask', () => {
    expect(activityTold('gatau lupa', KINDS)).toBeUndefined();
    expect(activityTold('kerja bakti kapan?', KINDS)).toBeUndefined();
    expect(activityTold('lainnya', KINDS)).toBeUndefined();
  });
});
