/**
 * "Tetapkan tingkat desa": an officer sets a desa's WKSBM level by hand, with a reason,
 * when the computed level misses what they know on the ground (or withdraws such a
 * decision). The status reply then shows the officer's level beside the computed one.
 * Only desa in the officer's areas can be chosen, and the effect checks that again.
 */
import { defineFlow } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { buttonOf, readFreeText, textOf } from '../flow-kit.js';
import type { VillageInfo } from '../model/regions.js';
import { VILLAGE_PICKED, VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { introducedAtDesaQuestion } from '../regions/own-name-said.js';
import { WKSBM_LEVELS, type WksbmLevel } from '../model/status.js';
import { levelName } from '../status/status-message.js';
import { officerCovers } from './coverage.js';
import { OFFICER_LEVEL_NOW, OFFICER_OVERRIDE, OFFICER_PROFILE, type LevelNow, type OverrideResult } from './effects.js';
import { singleVillage } from './profile.js';

export const OFFICER_OVERRIDE_FLOW_ID = 'officer.override';

interface OverrideData {
  readonly prefixes?: readonly string[];
  readonly village?: VillageInfo;
  readonly level?: WksbmLevel;
  /** The desa named in words ("tetapkan tingkat desa panggungharjo"): searched once the officer's areas are read. */
  readonly query?: string;
  /** The level named in words ("… jadi aktif"): the level question is skipped for it. */
  readonly wanted?: WksbmLevel;
  /** The desa's level as it stands, shown with the level question. */
  readonly now?: NonNullable<LevelNow>;
}

/** What the flow may be started with: the desa and the level an officer named in words. */
export interface OverrideAsked {
  readonly query?: string;
  readonly level?: WksbmLevel;
}

/** The start input read safely (a stored or foreign input may be anything). */
function askedOf(input: unknown): Pick<OverrideData, 'query' | 'wanted'> {
  if (typeof input !== 'object' || input === null) return {};
  const { query, level } = input as { query?: unknown; level?: unknown };
  return {
    ...(typeof query === 'string' && query.trim() !== '' && { query: query.trim().slice(0, 100) }),
    ...(WKSBM_LEVELS.includes(level as WksbmLevel) && { wanted: level as WksbmLevel }),
  };
}

/** After the desa: its reason when the level was named in words, else the level question. */
function afterVillage(data: OverrideData, village: VillageInfo) {
  const { query: _query, wanted, ...kept } = data;
  if (wanted) return { type: 'goto' as const, step: 'reason', data: { ...kept, village, level: wanted } };
  // The level as it stands is read first: the officer decides knowing what the system counts and what is in force.
  return { type: 'goto' as const, step: 'level', data: { ...kept, village }, effects: [OFFICER_LEVEL_NOW.request({ villageCode: village.code })] };
}

/** The override flow. */
export const officerOverrideFlow = defineFlow<OverrideData>({
  id: OFFICER_OVERRIDE_FLOW_ID,
  version: 1,
  title: t('officers:override.title'),
  // Started with `{ query, level }` from words at the menu; from the panel's button, with nothing.
  start: (input) => ({ step: 'village', data: askedOf(input), effects: [OFFICER_PROFILE.request(undefined)] }),
  steps: {
    village: {
      prompt: () => say(t('officers:override.askVillage')),
      expects: t('statusCheck.expectsVillage'),
      example: t('statusCheck.exampleVillage'),
      on(input, { data }) {
        const village = VILLAGE_PICKED.result(input);
        if (village) {
          const covered = officerCovers({ active: true, areaPrefixes: data.prefixes ?? [] }, village.code);
          if (!covered) return { type: 'stay', say: [say(t('officers:override.outside', { village: village.name }))], reprompt: true };
          return afterVillage(data, village);
        }
        if (OFFICER_PROFILE.is(input)) {
          const profile = input.value;
          if (!profile) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
          // A PSM of one desa has no desa to choose: theirs (was asked which).
          const only = singleVillage(profile);
          if (only) return { ...afterVillage({ ...data, prefixes: profile.areaPrefixes }, only), passed: true };
          const prefixes = profile.areaPrefixes;
          // The desa named in words: searched at once, within the officer's areas.
          if (data.query) return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, data: { ...data, prefixes }, input: { query: data.query, within: [...prefixes] } };
          return { type: 'stay', data: { ...data, prefixes }, reprompt: true };
        }
        const query = textOf(input);
        if (!query) return { type: 'invalid' };
        // "nama saya Dede": greeted by name and asked again, not searched as a desa.
        const introduced = introducedAtDesaQuestion<OverrideData>(query);
        if (introduced) return introduced;
        // Only the desa of the officer's own areas are searched and offered.
        return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: data.prefixes && data.prefixes.length > 0 ? { query, within: [...data.prefixes] } : { query } };
      },
    },
    level: {
      prompt: ({ data }) =>
        say([...(data.now ? [nowText(data.now)] : []), t('officers:override.askLevel', { village: data.village?.name ?? '' })], [
          ...WKSBM_LEVELS.map((level) => ({ id: `level:${level}`, label: levelName(level) })),
          { id: 'level:clear', label: t('officers:override.clearButton') },
        ]),
      expects: t('officers:override.expectsLevel'),
      on(input, { data }) {
        if (OFFICER_LEVEL_NOW.is(input)) return input.value ? { type: 'stay', data: { ...data, now: input.value }, reprompt: true } : { type: 'stay', reprompt: true };
        const result = OFFICER_OVERRIDE.result(input);
        if (result) return finish(result, data);
        const button = buttonOf(input);
        if (button === 'level:clear') {
          if (!data.village) return lost();
          return { type: 'stay', effects: [OFFICER_OVERRIDE.request({ villageCode: data.village.code, level: null, reason: null })] };
        }
        const level = WKSBM_LEVELS.find((candidate) => button === `level:${candidate}`);
        if (!level) return { type: 'invalid' };
        return { type: 'goto', step: 'reason', data: { ...data, level } };
      },
    },
    reason: {
      prompt: ({ data }) => say(t('officers:override.askReason', { level: levelName(data.level ?? 'belum_ada'), village: data.village?.name ?? '' })),
      expects: t('officers:override.expectsReason'),
      example: t('officers:override.exampleReason'),
      on(input, { data }) {
        const result = OFFICER_OVERRIDE.result(input);
        if (result) return finish(result, data);
        const reason = readFreeText(input, 5, 300);
        if (!reason.ok) return reason.reason ? { type: 'invalid', reason: reason.reason } : { type: 'invalid' };
        if (!data.village || !data.level) return lost();
        return { type: 'stay', effects: [OFFICER_OVERRIDE.request({ villageCode: data.village.code, level: data.level, reason: reason.value })] };
      },
    },
  },
});

/** "Sekarang: ⚪ Belum Ada menurut hitungan sistem", or the officer's level in force beside it. */
function nowText(now: NonNullable<LevelNow>): Text {
  const computed = levelName(now.computed);
  if (!now.override) return t('officers:override.now', { computed });
  const level = levelName(now.override.level);
  return now.override.officerName
    ? t('officers:override.nowOverrideNamed', { level, computed, name: now.override.officerName })
    : t('officers:override.nowOverride', { level, computed });
}

/** The earlier steps set the desa (and the level) before these are reached; a stored state missing one goes back to the menu. */
function lost() {
  return { type: 'done' as const, menu: true };
}

function finish(result: OverrideResult, data: OverrideData) {
  return {
    type: 'done' as const,
    say: [say(t(`officers:override.result.${result.kind}`, { village: data.village?.name ?? '', level: levelName(data.level ?? 'belum_ada') }))],
    menu: true,
  };
}
