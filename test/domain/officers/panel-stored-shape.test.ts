/**
 * The officer panel's data as stored before a deploy: a conversation saved while the panel
 * read the profile for a desa's level asked in words still opens 🏷️ with that desa and level
 * once the profile comes, whichever shape its data was saved in (`override`, since `opens`).
 */
import { describe, expect, it } from 'vitest';
import { OFFICER_PANEL_FLOW_ID } from '../../../src/domain/officers/panel-flow.js';
import { OFFICER_OVERRIDE_FLOW_ID } from '../../../src/domain/officers/override-flow.js';
import { assistantEngine, standingAt, testAssistant } from '../../support/assistant.js';
import { officerProfile, personAt } from '../../support/officer-profile.js';

const NOW = '2026-12-07T08:00:00.000Z';
const env = personAt(NOW);
const profile = officerProfile({ name: 'Bu Wulan', kind: 'psm', areaPrefixes: ['34.02.15.2004'], areas: [] });
const profileRead = { type: 'effect-result', effect: 'officer.profile', value: profile } as const;
const asked = { kind: 'override', query: 'timbulharjo', level: 'aktif' } as const;

describe('the officer panel waiting for the profile, saved before a deploy', () => {
  const assistant = testAssistant();
  const engine = assistantEngine(assistant);

  for (const [shape, data] of [
    ['opens (the current shape)', { opens: asked }],
    ['override (the shape before 📊 Rekap wilayah)', { override: asked }],
  ] as const) {
    it(`opens 🏷️ with the desa and the level asked, stored as ${shape}`, () => {
      const result = engine.step(standingAt(assistant, OFFICER_PANEL_FLOW_ID, 'home', data, NOW), profileRead, env);
      expect(result.state.stack.at(-1)).toMatchObject({ flow: OFFICER_OVERRIDE_FLOW_ID, data: { query: 'timbulharjo', wanted: 'aktif' } });
    });
  }
});
