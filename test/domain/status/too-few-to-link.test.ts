/**
 * A desa with no group, or one, has nothing to link: its Jaringan Sosial line said "0 dari 0
 * kelompok sudah terhubung (perlu 60 %)". It says so plainly now, in both languages; with
 * groups that are all still new, no "0 of 0" either (the line under it says why).
 */
import { describe, expect, it } from 'vitest';
import type { AreaFacts } from '../../../src/domain/model/status.js';
import { statusMessage } from '../../../src/domain/status/status-message.js';
import { computeStatus } from '../../../src/domain/status/status.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { facts, group, NOW, THREE_GROUPS } from './facts.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const village = { name: 'Sidomulyo', districtName: 'Bambanglipuro', regencyName: 'Kabupaten Bantul' };
const render = (f: AreaFacts, locale: string) => renderer.render([statusMessage(computeStatus(f, NOW), village)], locale)[0]!.text;

describe('the social network line of a desa with too few groups', () => {
  it('says no group can be linked yet, and that 2 are needed (no group, one old, one new)', () => {
    for (const groups of [[], [group('a')], [group('a', 'arisan', { registeredDaysAgo: 3 })]]) {
      const id = render(facts({ groups }), 'id');
      expect(id).toContain('❌ Jaringan Sosial: belum ada kelompok yang bisa dihubungkan; perlu sedikitnya 2 kelompok');
      expect(id).not.toMatch(/dari \d+ kelompok sudah terhubung|baru belum dihitung/u);
      const en = render(facts({ groups }), 'en');
      expect(en).toContain('❌ Social network — no groups to link yet; at least 2 groups are needed');
      expect(en).not.toMatch(/groups linked: \d+ of|not counted yet/u);
    }
  });

  it('with groups that are all new: none counted yet, not "0 of 0"', () => {
    const all = facts({ groups: THREE_GROUPS });
    expect(render(all, 'id')).toContain('❌ Jaringan Sosial: 0 hubungan (perlu 2); belum ada kelompok yang dihitung (perlu 60 %)\n   (3 kelompok baru');
    expect(render(all, 'en')).toContain('❌ Social network — ties: 0 (need 2); groups linked: none counted yet (need 60 %)\n   (3 new groups');
  });
});
