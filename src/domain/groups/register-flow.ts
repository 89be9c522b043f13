/**
 * Registering a group: type, name, desa (with the village picker), RW/RT or dusun, members,
 * year founded, meeting schedule, the leader's name and phone; a summary to confirm or
 * change any field; and, when a group of that name already exists in the desa, an offer to
 * join it as co-leader instead of creating a duplicate. Nothing is asked before the person
 * agreed to the personal-data notice (see ../privacy/consent-gate.ts).
 */
import { defineFlow, flowResultName, type FlowEnv, type StepContext, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button } from '../../core/messages.js';
import { t, type Text } from '../../core/text.js';
import { buttonOf, isSkip, questionStep, readFreeText, skipButton, textOf, type Answer } from '../flow-kit.js';
import { formatAreaUnit, parseAreaUnit } from '../parse/area-unit.js';
import { GROUP_TYPE_WORDS, matchChoice } from '../parse/choice.js';
import { parseCount, parseYear } from '../parse/numbers.js';
import { parseIndonesianPhone } from '../parse/phone.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import type { VillageInfo } from '../regions/ports.js';
import { VILLAGE_PICKER_FLOW_ID } from '../regions/village-picker-flow.js';
import { GROUP_EFFECTS, type RegisterGroupResult, type CoLeaderResult } from './effects.js';
import { GROUP_TYPES, type GroupType } from './group-types.js';
import type { AreaUnit } from './ports.js';

export const REGISTER_GROUP_FLOW_ID = 'group.register';

/** What the flow has collected so far. Stored as JSON between messages. */
export interface RegisterData extends ConsentGated {
  readonly type?: GroupType;
  readonly typeOther?: string | null;
  readonly name?: string;
  readonly village?: VillageInfo;
  readonly unit?: AreaUnit;
  readonly members?: number;
  readonly founded?: number | null;
  readonly schedule?: string | null;
  readonly leaderName?: string;
  readonly phone?: string | null;
  /** Set while changing one field from the summary: answering returns to the summary. */
  readonly editing?: boolean;
  readonly duplicateOf?: { readonly id: string; readonly name: string };
}

type Ctx = StepContext<RegisterData>;

/** The questions in order; the summary comes after the last. */
const ORDER = ['type', 'typeOther', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'leaderName', 'phone'] as const;
type Field = (typeof ORDER)[number];

/** Fields offered on the "change" screen (typeOther is changed through type). */
const EDITABLE: readonly Field[] = ['type', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'leaderName', 'phone'];

function applies(field: Field, data: RegisterData, env: FlowEnv): boolean {
  if (field === 'typeOther') return data.type === 'other';
  // A phone the channel proved (WhatsApp) or given before is not asked again.
  if (field === 'phone') return !env.person.phoneE164;
  return true;
}

/** Moves on after `field` was answered: the next question, or the summary. */
function advance(field: Field, data: RegisterData, env: FlowEnv): StepOutcome<RegisterData> {
  if (data.editing && !(field === 'type' && data.type === 'other')) {
    return { type: 'goto', step: 'summary', data: { ...data, editing: false } };
  }
  const rest = ORDER.slice(ORDER.indexOf(field) + 1);
  const next = rest.find((candidate) => applies(candidate, data, env));
  return { type: 'goto', step: next ?? 'summary', data };
}

function typeLabel(data: RegisterData): Text | string {
  if (data.type === 'other' && data.typeOther) return data.typeOther;
  return t(`groups:type.${data.type ?? 'other'}`);
}

function typeButtons(): Button[] {
  return GROUP_TYPES.map((type) => ({ id: `type:${type}`, label: t(`groups:type.${type}`) }));
}

function readType(input: Parameters<typeof textOf>[0]): Answer<GroupType> {
  const button = buttonOf(input);
  if (button?.startsWith('type:')) {
    const type = button.slice(5);
    return (GROUP_TYPES as readonly string[]).includes(type) ? { ok: true, value: type as GroupType } : { ok: false };
  }
  const text = textOf(input);
  const type = text ? matchChoice(text, GROUP_TYPE_WORDS) : null;
  return type ? { ok: true, value: type } : { ok: false };
}

function summaryText(data: RegisterData, env: FlowEnv): Text {
  const village = data.village;
  const unit = data.unit ? formatAreaUnit(data.unit) : '';
  return t('groups:register.summary', {
    type: typeLabel(data),
    name: data.name ?? '',
    village: village ? t('groups:villageLine', { village: village.name, district: village.districtName, regency: village.regencyName }) : '',
    unit: unit === '' ? t('groups:unit.whole') : unit,
    members: data.members ?? 0,
    founded: data.founded ?? t('groups:unknown'),
    schedule: data.schedule ?? t('groups:unknown'),
    leader: data.leaderName ?? '',
    phone: data.phone ?? env.person.phoneE164 ?? t('groups:unknown'),
  });
}

/** The one entry point for prefilled values: `{ type }` of a known group type. */
function prefilledType(input: unknown): RegisterData {
  const type = (input as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && type !== 'other' && (GROUP_TYPES as readonly string[]).includes(type) ? { type: type as GroupType, typeOther: null } : {};
}

/** The registration flow. */
export const registerGroupFlow = defineFlow<RegisterData>({
  id: REGISTER_GROUP_FLOW_ID,
  // 2: the consent gate before the first question (older states are dropped politely).
  version: 2,
  title: t('menu.registerGroup'),
  // The leader's name and phone are personal data: consent is checked before anything is asked.
  // Started with `{ type }` (named in free text and confirmed with one tap), the type question is skipped.
  start: (input) => ({ step: 'type', data: prefilledType(input), say: [say(t('groups:register.intro'))], effects: [consentCheck] }),
  steps: {
    type: withConsentGate(questionStep<RegisterData, GroupType>({
      prompt: () => say(t('groups:register.askType'), typeButtons()),
      expects: t('groups:register.expectsType'),
      example: t('groups:register.exampleType'),
      read: readType,
      then: (type, { data, env }) => advance('type', { ...data, type, typeOther: type === 'other' ? data.typeOther ?? null : null }, env),
    }), (data, { env }) => (data.type ? advance('type', data, env) : { type: 'stay', data, reprompt: true })),
    typeOther: questionStep<RegisterData, string>({
      prompt: () => say(t('groups:register.askTypeOther')),
      expects: t('groups:register.expectsTypeOther'),
      example: t('groups:register.exampleTypeOther'),
      read: (input) => readFreeText(input, 3, 60),
      then: (typeOther, { data, env }) => advance('typeOther', { ...data, typeOther }, env),
    }),
    name: questionStep<RegisterData, string>({
      prompt: ({ data }) => say(t('groups:register.askName', { type: typeLabel(data) })),
      expects: t('groups:register.expectsName'),
      example: t('groups:register.exampleName'),
      read: (input) => readFreeText(input, 3, 80),
      then: (name, { data, env }) => advance('name', { ...data, name }, env),
    }),
    village: {
      prompt: () => say(t('groups:register.askVillage')),
      expects: t('groups:register.expectsVillage'),
      example: t('groups:register.exampleVillage'),
      on(input, { data, env }) {
        if (input.type === 'effect-result' && input.effect === flowResultName(VILLAGE_PICKER_FLOW_ID)) {
          return advance('village', { ...data, village: input.value as VillageInfo }, env);
        }
        const query = textOf(input);
        if (!query) return { type: 'invalid' };
        return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query } };
      },
    },
    unit: questionStep<RegisterData, AreaUnit>({
      prompt: () => say(t('groups:register.askUnit'), [{ id: 'unit:whole', label: t('groups:unit.wholeButton') }]),
      expects: t('groups:register.expectsUnit'),
      example: t('groups:register.exampleUnit'),
      help: t('groups:register.helpUnit'),
      read: (input) => {
        if (buttonOf(input) === 'unit:whole') return { ok: true, value: { rw: 0, rt: 0, dusun: '' } };
        const text = textOf(input);
        if (!text) return { ok: false };
        const unit = parseAreaUnit(text);
        return unit.ok ? { ok: true, value: unit.value } : { ok: false, reason: t(`groups:register.unitError.${unit.error}`) };
      },
      then: (unit, { data, env }) => advance('unit', { ...data, unit }, env),
    }),
    members: questionStep<RegisterData, number>({
      prompt: () => say(t('groups:register.askMembers')),
      expects: t('groups:register.expectsMembers'),
      example: t('groups:register.exampleMembers'),
      read: (input) => {
        const text = textOf(input);
        if (!text) return { ok: false };
        const count = parseCount(text, { min: 2, max: 100_000 });
        return count.ok ? { ok: true, value: count.value } : { ok: false, reason: t(`groups:register.countError.${count.error}`, { min: 2, max: 100_000 }) };
      },
      then: (members, { data, env }) => advance('members', { ...data, members }, env),
    }),
    founded: questionStep<RegisterData, number | null>({
      prompt: () => say(t('groups:register.askFounded'), [skipButton]),
      expects: t('groups:register.expectsFounded'),
      example: t('groups:register.exampleFounded'),
      read: (input, { env }) => {
        if (isSkip(input)) return { ok: true, value: null };
        const text = textOf(input);
        if (!text) return { ok: false };
        const year = parseYear(text, env.now, { min: 1900 });
        return year.ok ? { ok: true, value: year.value } : { ok: false, reason: t(`groups:register.yearError.${year.error}`) };
      },
      then: (founded, { data, env }) => advance('founded', { ...data, founded }, env),
    }),
    schedule: questionStep<RegisterData, string | null>({
      prompt: () => say(t('groups:register.askSchedule'), [skipButton]),
      expects: t('groups:register.expectsSchedule'),
      example: t('groups:register.exampleSchedule'),
      read: (input) => (isSkip(input) ? { ok: true, value: null } : readFreeText(input, 3, 120)),
      then: (schedule, { data, env }) => advance('schedule', { ...data, schedule }, env),
    }),
    leaderName: questionStep<RegisterData, string>({
      prompt: ({ env }) =>
        say(
          t('groups:register.askLeaderName'),
          env.person.displayName ? [{ id: 'leader:same', label: t('groups:register.useName', { name: env.person.displayName }) }] : [],
        ),
      expects: t('groups:register.expectsLeaderName'),
      example: t('groups:register.exampleLeaderName'),
      read: (input, { env }) =>
        buttonOf(input) === 'leader:same' && env.person.displayName
          ? { ok: true, value: env.person.displayName }
          : readFreeText(input, 2, 80),
      then: (leaderName, { data, env }) => advance('leaderName', { ...data, leaderName }, env),
    }),
    phone: questionStep<RegisterData, string>({
      prompt: () => say(t('groups:register.askPhone')),
      expects: t('groups:register.expectsPhone'),
      example: t('groups:register.examplePhone'),
      help: t('groups:register.helpPhone'),
      read: (input) => {
        const text = textOf(input);
        if (!text) return { ok: false };
        const phone = parseIndonesianPhone(text);
        return phone.ok ? { ok: true, value: phone.value } : { ok: false, reason: t(`groups:register.phoneError.${phone.error}`) };
      },
      then: (phone, { data, env }) => advance('phone', { ...data, phone }, env),
    }),
    summary: {
      prompt: ({ data, env }) =>
        say(summaryText(data, env), [
          { id: 'save', label: t('groups:register.save') },
          { id: 'change', label: t('groups:register.change') },
          { id: 'cmd:cancel', label: t('engine.button.cancel') },
        ]),
      expects: t('groups:register.expectsSummary'),
      on(input, ctx) {
        if (input.type === 'effect-result' && input.effect === GROUP_EFFECTS.register) {
          return afterRegister(input.value as RegisterGroupResult, ctx);
        }
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        if (choice === 'save' || choice === 'simpan' || choice === 'ya' || choice === 'yes') {
          return { type: 'stay', effects: [{ type: GROUP_EFFECTS.register, payload: registration(ctx), reply: true }] };
        }
        if (choice === 'change' || choice === 'ubah') return { type: 'goto', step: 'change' };
        return { type: 'invalid' };
      },
    },
    change: {
      prompt: ({ data, env }) =>
        say(
          t('groups:register.askChange'),
          EDITABLE.filter((field) => field !== 'phone' || applies('phone', data, env) || data.phone).map((field) => ({
            id: `edit:${field}`,
            label: t(`groups:field.${field}`),
          })),
        ),
      expects: t('groups:register.expectsChange'),
      on(input, { data }) {
        const button = buttonOf(input);
        const field = button?.startsWith('edit:') ? (button.slice(5) as Field) : null;
        if (!field || !EDITABLE.includes(field)) return { type: 'invalid' };
        return { type: 'goto', step: field, data: { ...data, editing: true } };
      },
    },
    duplicate: {
      prompt: ({ data }) =>
        say(t('groups:register.duplicate', { name: data.duplicateOf?.name ?? '' }), [
          { id: 'join', label: t('groups:register.join') },
          { id: 'rename', label: t('groups:register.rename') },
          { id: 'cmd:cancel', label: t('engine.button.cancel') },
        ]),
      expects: t('groups:register.expectsDuplicate'),
      on(input, ctx) {
        const { data } = ctx;
        if (input.type === 'effect-result' && input.effect === GROUP_EFFECTS.requestCoLeader) {
          const result = input.value as CoLeaderResult;
          const key = result.kind === 'requested' ? 'groups:register.joinRequested' : 'groups:register.joinExists';
          return { type: 'done', say: [say(t(key, { name: data.duplicateOf?.name ?? '' }))], menu: true };
        }
        const choice = buttonOf(input);
        if (choice === 'join' && data.duplicateOf) {
          return {
            type: 'stay',
            effects: [
              {
                type: GROUP_EFFECTS.requestCoLeader,
                payload: { groupId: data.duplicateOf.id, leaderName: data.leaderName, phone: data.phone ?? null },
                reply: true,
              },
            ],
          };
        }
        if (choice === 'rename') return { type: 'goto', step: 'name', data: { ...data, editing: true } };
        return { type: 'invalid' };
      },
    },
  },
});

/** The effect payload for saving, from what the flow collected. */
function registration({ data, env }: Ctx) {
  return {
    type: data.type,
    typeOther: data.typeOther ?? null,
    name: data.name,
    villageCode: data.village?.code,
    unit: data.unit ?? { rw: 0, rt: 0, dusun: '' },
    memberCount: data.members,
    foundedYear: data.founded ?? null,
    meetingSchedule: data.schedule ?? null,
    leaderName: data.leaderName,
    phone: data.phone ?? env.person.phoneE164 ?? null,
  };
}

function afterRegister(result: RegisterGroupResult, { data }: Ctx): StepOutcome<RegisterData> {
  if (result.kind === 'duplicate') return { type: 'goto', step: 'duplicate', data: { ...data, duplicateOf: result.existing } };
  return {
    type: 'done',
    say: [say([t('groups:register.saved', { name: result.group.name }), t('groups:register.pendingVerification')])],
    menu: true,
  };
}
