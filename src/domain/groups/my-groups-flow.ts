/**
 * "Kelompok saya": a leader lists their own groups, sees one, changes its name, members,
 * year founded or meeting schedule, or deactivates it. Only their own: the list comes from
 * their memberships, and every change is re-checked by the effect handlers.
 */
import { defineFlow, type StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, isSkip, readFreeText, skipButton, textOf, type Answer } from '../flow-kit.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { parseCount, parseYear } from '../parse/numbers.js';
import { GROUP_EFFECTS, type GroupChangeResult } from './effects.js';
import { pickItem } from './group-ref.js';
import type { GroupChanges, GroupView } from './ports.js';

export const MY_GROUPS_FLOW_ID = 'group.mine';

const EDIT_FIELDS = ['name', 'members', 'founded', 'schedule'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

interface MyGroupsData {
  readonly groups?: readonly GroupView[];
  readonly selected?: GroupView;
  readonly field?: EditField;
}

function readChange(field: EditField, input: Parameters<typeof textOf>[0], now: Date): Answer<GroupChanges> {
  if (field === 'name') {
    const name = readFreeText(input, 3, 80);
    return name.ok ? { ok: true, value: { name: name.value } } : name;
  }
  if (field === 'schedule') {
    if (isSkip(input)) return { ok: true, value: { meetingSchedule: null } };
    const schedule = readFreeText(input, 3, 120);
    return schedule.ok ? { ok: true, value: { meetingSchedule: schedule.value } } : schedule;
  }
  const text = textOf(input);
  if (field === 'founded') {
    if (isSkip(input)) return { ok: true, value: { foundedYear: null } };
    const year = text ? parseYear(text, now, { min: 1900 }) : null;
    return year?.ok ? { ok: true, value: { foundedYear: year.value } } : { ok: false };
  }
  const count = text ? parseCount(text, { min: 2, max: 100_000 }) : null;
  return count?.ok ? { ok: true, value: { memberCount: count.value } } : { ok: false };
}

function forbidden(): StepOutcome<MyGroupsData> {
  return { type: 'done', say: [say(t('groups:mine.forbidden'))], menu: true };
}

/** The "my groups" flow. */
export const myGroupsFlow = defineFlow<MyGroupsData>({
  id: MY_GROUPS_FLOW_ID,
  version: 1,
  title: t('menu.myGroups'),
  start: () => ({ step: 'list', data: {}, effects: [{ type: GROUP_EFFECTS.listMine, reply: true }] }),
  steps: {
    list: {
      prompt: ({ data }) =>
        say(
          t('groups:mine.pick'),
          (data.groups ?? []).map((group) => ({ id: `group:${group.id}`, label: t('groups:mine.groupButton', { name: group.name, village: group.villageName }) })),
        ),
      expects: t('groups:mine.expectsPick'),
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const groups = input.value as GroupView[];
          if (groups.length === 0) return { type: 'done', say: [say(t('groups:mine.none'))], menu: true };
          return { type: 'stay', data: { groups }, reprompt: true };
        }
        const group = pickItem(input, data.groups ?? [], 'group:');
        return group ? { type: 'goto', step: 'group', data: { ...data, selected: group } } : { type: 'invalid' };
      },
    },
    group: {
      prompt: ({ data }) => {
        const group = data.selected!;
        const unit = formatAreaUnit(group.unit);
        return say(
          t('groups:mine.details', {
            name: group.name,
            type: group.type === 'other' && group.typeOther ? group.typeOther : t(`groups:type.${group.type}`),
            village: t('groups:villageLine', { village: group.villageName, district: group.districtName, regency: group.regencyName }),
            unit: unit === '' ? t('groups:unit.whole') : unit,
            members: group.memberCount,
            founded: group.foundedYear ?? t('groups:unknown'),
            schedule: group.meetingSchedule ?? t('groups:unknown'),
            verification: t(`groups:verification.${group.verification}`),
          }),
          [
            ...EDIT_FIELDS.map((field) => ({ id: `edit:${field}`, label: t(`groups:mine.edit.${field}`) })),
            { id: 'deactivate', label: t('groups:mine.deactivate') },
            { id: 'cmd:back', label: t('engine.button.back') },
          ],
        );
      },
      expects: t('groups:mine.expectsAction'),
      on(input, { data }) {
        const button = buttonOf(input);
        if (button === 'deactivate') return { type: 'goto', step: 'confirmDeactivate' };
        const field = button?.startsWith('edit:') ? (button.slice(5) as EditField) : null;
        if (field && EDIT_FIELDS.includes(field)) return { type: 'goto', step: 'edit', data: { ...data, field } };
        return { type: 'invalid' };
      },
    },
    edit: {
      prompt: ({ data }) => {
        const optional = data.field === 'founded' || data.field === 'schedule';
        return say(t(`groups:mine.ask.${data.field ?? 'name'}`), optional ? [skipButton] : []);
      },
      expects: t('groups:mine.expectsValue'),
      on(input, { data, env }) {
        if (input.type === 'effect-result') {
          const result = input.value as GroupChangeResult;
          if (result.kind === 'forbidden' || !result.group) return forbidden();
          const groups = (data.groups ?? []).map((group) => (group.id === result.group!.id ? result.group! : group));
          return { type: 'goto', step: 'group', data: { groups, selected: result.group }, say: [say(t('groups:mine.updated'))] };
        }
        const change = readChange(data.field ?? 'name', input, env.now);
        if (!change.ok) return change.reason ? { type: 'invalid', reason: change.reason } : { type: 'invalid' };
        return {
          type: 'stay',
          effects: [{ type: GROUP_EFFECTS.update, payload: { groupId: data.selected?.id, changes: change.value }, reply: true }],
        };
      },
    },
    confirmDeactivate: {
      prompt: ({ data }) =>
        say(t('groups:mine.confirmDeactivate', { name: data.selected?.name ?? '' }), [
          { id: 'yes', label: t('flow.yes') },
          { id: 'no', label: t('flow.no') },
        ]),
      expects: t('flow.expectsYesNo'),
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const result = input.value as GroupChangeResult;
          if (result.kind === 'forbidden') return forbidden();
          return { type: 'done', say: [say(t('groups:mine.deactivated', { name: data.selected?.name ?? '' }))], menu: true };
        }
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        if (choice === 'yes' || choice === 'ya') {
          return { type: 'stay', effects: [{ type: GROUP_EFFECTS.deactivate, payload: { groupId: data.selected?.id }, reply: true }] };
        }
        if (choice === 'no' || choice === 'tidak') return { type: 'goto', step: 'group' };
        return { type: 'invalid' };
      },
    },
  },
});
