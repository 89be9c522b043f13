/**
 * "Cek status WKSBM": anyone picks a desa by name (buttons for their own groups' desa and
 * their last check's), optionally one RW, and gets the level, each criterion with its numbers and
 * what is still missing.
 */
import { defineFlow, flowResultName, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t, verbatim } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { GROUP_EFFECTS, type GroupContext } from '../groups/effects.js';
import type { VillageInfo } from '../regions/ports.js';
import { VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { statusMessage } from '../status/status-message.js';
import { STATUS_CHECK_EFFECT } from '../status/status-service.js';
import type { AreaStatus } from '../status/status.js';

export const STATUS_CHECK_FLOW_ID = 'status.check';

interface CheckData {
  /** Desa of the person's own groups, offered as buttons. */
  readonly own?: readonly VillageInfo[];
  readonly village?: VillageInfo;
  /** The RW asked about; absent for the whole desa. */
  readonly rw?: number;
}

/** The desa is remembered, to be offered first the next time a desa is asked. */
function toRw(data: CheckData, village: VillageInfo): StepOutcome<CheckData> {
  return { type: 'goto', step: 'rw', data: { ...data, village }, effects: [{ type: GROUP_EFFECTS.rememberVillage, payload: { villageCode: village.code } }] };
}

/** "RW 3", "rw03" and "3" are all RW 3; "seluruh desa" is the whole desa; null otherwise. */
function readRw(input: StepInput): number | 'whole' | null {
  if (buttonOf(input) === 'rw:whole') return 'whole';
  const text = textOf(input)?.toLowerCase();
  if (!text) return null;
  if (['seluruh desa', 'semua', 'desa', 'whole', 'all', '-'].includes(text)) return 'whole';
  const match = /^(?:rw\s*)?0*(\d{1,3})$/.exec(text.replace(/\s+/g, ' '));
  const rw = match ? Number(match[1]) : NaN;
  return rw >= 1 && rw <= 999 ? rw : null;
}

/** The status check flow. */
export const statusCheckFlow = defineFlow<CheckData>({
  id: STATUS_CHECK_FLOW_ID,
  // 2: the person's known desa (own groups, last check) come from one effect.
  version: 2,
  title: t('menu.status'),
  start: () => ({ step: 'where', data: {}, effects: [{ type: GROUP_EFFECTS.knownVillages, reply: true }] }),
  steps: {
    where: {
      prompt: ({ data }) =>
        say(
          t('statusCheck.askVillage'),
          (data.own ?? []).map((village) => ({ id: `village:${village.code}`, label: verbatim(village.name) })),
        ),
      expects: t('statusCheck.expectsVillage'),
      example: t('statusCheck.exampleVillage'),
      on(input, { data }) {
        if (input.type === 'effect-result') {
          if (input.effect === flowResultName(VILLAGE_PICKER_FLOW_ID)) return toRw(data, input.value as VillageInfo);
          return { type: 'stay', data: { own: [...(input.value as GroupContext).villages] }, reprompt: true };
        }
        const button = buttonOf(input);
        const village = button?.startsWith('village:') ? data.own?.find((own) => own.code === button.slice(8)) : undefined;
        if (village) return toRw(data, village);
        const query = textOf(input);
        if (!query) return { type: 'invalid' };
        return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query } };
      },
    },
    rw: {
      prompt: ({ data }) =>
        say(t('statusCheck.askRw', { village: data.village?.name ?? '' }), [{ id: 'rw:whole', label: t('statusCheck.wholeVillage') }]),
      expects: t('statusCheck.expectsRw'),
      example: t('statusCheck.exampleRw'),
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const status = input.value as AreaStatus;
          return {
            type: 'done',
            say: [
              statusMessage(status, data.village!, data.rw),
              say(t('statusCheck.after'), [
                { id: 'menu:status', label: t('statusCheck.again') },
                { id: 'cmd:menu', label: t('engine.button.menu') },
              ]),
            ],
          };
        }
        const rw = readRw(input);
        if (rw === null) return { type: 'invalid' };
        if (rw === 'whole') {
          const { rw: _previous, ...rest } = data;
          return { type: 'stay', data: rest, effects: [{ type: STATUS_CHECK_EFFECT, payload: { villageCode: data.village?.code }, reply: true }] };
        }
        return {
          type: 'stay',
          data: { ...data, rw },
          effects: [{ type: STATUS_CHECK_EFFECT, payload: { villageCode: data.village?.code, rw }, reply: true }],
        };
      },
    },
  },
});
