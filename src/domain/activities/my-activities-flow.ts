/**
 * "Kegiatan saya": a leader sees the latest activities of their groups (or, opened from a
 * group's screen in Kelompok saya, of that group) with where each stands (waiting for a partner, waiting for the officer, verified, rejected with the
 * officer's reason), and the evidence photos of their own group's activity (sent as images on
 * Telegram and WhatsApp, shown on the web chat page for that session only). A rejected one can be corrected — the activity flow's own questions,
 * then sent back to the officers — and a pending one withdrawn. Only the leaders of the
 * group that reported it may do either; the effects check that again.
 */
import { commandButton } from '../../core/engine/commands.js';
import { defineFlow, type DeepLinkInput, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { andListText, dateText } from '../model/message-parts.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { pickItem } from '../groups/group-ref.js';
import { LIST_MY_GROUPS } from '../groups/effects.js';
import { MY_GROUPS_FLOW_ID } from '../groups/my-groups-flow.js';
import { compactUuid } from '../model/compact-uuid.js';
import type { GroupView } from '../model/groups.js';
import { LIST_MY_ACTIVITIES, WITHDRAW_ACTIVITY, type ActivityChangeResult } from './effects.js';
import { activityNamed, groupNamedIn, partnersOf } from './activity-named.js';
import { apartText } from './activity-twins.js';
import { ADD_PHOTO_BUTTON, addPhotoStep, mayAddPhoto, photoAddedResult, photoAtItem } from './my-activity-photo-add.js';
import { addPhotoPressed, photosAnswer, photosAsked } from './my-activities-photos-asked.js';
import { LOG_ACTIVITY_FLOW_ID, type CorrectActivityInput } from './log-flow.js';
import { tallyText } from './pmks-names.js';
import { yesOrNo } from '../parse/yes-no.js';
import type { LeaderActivity } from '../model/activities.js';
import { reopenedByName } from '../own-entry.js';
import { MY_ACTIVITIES_FLOW_ID, type GroupActivitiesInput } from '../model/my-activities.js';

export { MY_ACTIVITIES_FLOW_ID } from '../model/my-activities.js';

interface MyActivitiesData {
  /** Opened for one group (from its screen in Kelompok saya): only its activities are listed. */
  readonly group?: GroupActivitiesInput['group'];
  readonly items?: readonly LeaderActivity[];
  readonly selected?: LeaderActivity;
  /** Opened to send something rejected back ("kirim ulang" typed at the menu), until the list arrives. */
  readonly resend?: boolean;
}

/** The start input of "kirim ulang" typed at the menu: what was rejected is opened to be fixed and sent back. */
export interface ResendInput {
  readonly resend: true;
}

/** "⏳ menunggu konfirmasi Posyandu Mawar", "❌ ditolak: <reason>"… */
function stateText(item: LeaderActivity): Text {
  switch (item.state) {
    case 'waiting_partner':
      return t('activities:mine.state.waiting_partner', { partners: andListText(item.pendingPartners) });
    case 'rejected':
      return t('activities:mine.state.rejected', { reason: item.rejectionReason ?? '–' });
    default:
      return t(`activities:mine.state.${item.state}`);
  }
}

function lineText(item: LeaderActivity, index: number, items: readonly LeaderActivity[]): Text {
  const apart = apartText(item, items);
  return t(apart === null ? 'activities:mine.line' : 'activities:mine.lineApart', {
    ...(apart !== null && { apart }),
    number: index + 1,
    date: dateText(item.date),
    category: t(`activities:category.${item.category}`),
    group: item.reportingGroup?.name ?? '–',
    state: (item.declinedPartners ?? []).length > 0 ? t('activities:mine.stateDeclined', { state: stateText(item), partners: andListText(item.declinedPartners ?? []) }) : stateText(item),
  });
}


/**
 * The activities of `group` among those read (all of them without one): those it reported, or
 * where it is named as a partner (a leader's list names partners, not their ids).
 */
function ofGroup(items: readonly LeaderActivity[], group: MyActivitiesData['group']): readonly LeaderActivity[] {
  if (!group) return items;
  return items.filter((item) => item.reportingGroup?.id === group.id || partnersOf(item).includes(group.name));
}

/** Nothing to list: said so, and the flow below (Kelompok saya's screen) or the menu comes back. */
function noneListed(group: MyActivitiesData['group']): StepOutcome<MyActivitiesData> {
  return { type: 'done', say: [say(group ? t('activities:mine.groupNone', { name: group.name }) : t('activities:mine.none'))], menu: true };
}

function listMessage(items: readonly LeaderActivity[], group: MyActivitiesData['group']): OutboundMessage {
  const buttons: Button[] = items.map((item, index) => ({
    id: `act:${item.id}`,
    label: t('activities:mine.button', { number: index + 1, date: dateText(item.date), mark: t(`activities:mine.mark.${item.state}`) }),
  }));
  // A way out besides the items: on the web chat the menu's older buttons no longer answer.
  buttons.push(commandButton('menu'));
  const title = group ? t('activities:mine.groupTitle', { name: group.name, count: items.length }) : t('activities:mine.title', { count: items.length });
  return say([title, ...items.map(lineText)], buttons);
}

/**
 * The evidence photos the person may see: those of an activity their group reported (partner
 * groups' leaders see the activity, not the photos another group's people took).
 */
function visiblePhotos(item: LeaderActivity): readonly string[] {
  return item.mine ? (item.photoIds ?? []) : [];
}

function detailsMessage(item: LeaderActivity, canReceivePhotos: boolean | undefined): OutboundMessage {
  const buttons: Button[] = [];
  const photos = visiblePhotos(item);
  if (photos.length > 0) buttons.push({ id: 'photos', label: t('activities:mine.showPhotos') });
  if (mayAddPhoto(item, canReceivePhotos)) buttons.push({ id: ADD_PHOTO_BUTTON, label: t('activities:mine.addPhoto') });
  if (item.mine && item.state === 'rejected') buttons.push({ id: 'fix', label: t('activities:mine.fix') });
  if (item.mine && (item.state === 'waiting_partner' || item.state === 'waiting_officer')) buttons.push({ id: 'withdraw', label: t('activities:mine.withdraw') });
  buttons.push({ id: 'list', label: t('activities:mine.backToList') }, commandButton('menu'));
  return say(
    [
      t('activities:mine.details', {
        date: dateText(item.date),
        category: t(`activities:category.${item.category}`),
        description: verbatim(item.description),
        group: item.reportingGroup?.name ?? '–',
        partners: andListText([...item.confirmedPartners, ...item.pendingPartners]),
        beneficiaries: tallyText(item.beneficiaries) ?? '–',
        state: stateText(item),
      }),
      ...declinedLines(item),
      ...(photos.length > 0 ? [t('activities:mine.photos', { count: photos.length })] : []),
      ...(item.mine ? [] : [t('activities:mine.notYours')]),
    ],
    buttons,
  );
}

/**
 * The partner groups that said no, and, when no other group confirmed or may still confirm,
 * that it does not count as a joint activity: otherwise a declined partner left only
 * "Kelompok lain: –" and "menunggu verifikasi petugas", as if nothing had happened.
 */
function declinedLines(item: LeaderActivity): Text[] {
  const declined = item.declinedPartners ?? [];
  if (declined.length === 0) return [];
  const alone = item.confirmedPartners.length === 0 && item.pendingPartners.length === 0;
  return [t('activities:mine.declined', { partners: andListText(declined) }), ...(alone ? [t('activities:mine.notJoint')] : [])];
}

/** The photos themselves: channels that carry images send them before this text. */
function photosMessage(item: LeaderActivity, photos: readonly string[]): OutboundMessage {
  const text = t('activities:mine.photosShown', { date: dateText(item.date), category: t(`activities:category.${item.category}`), count: photos.length });
  return { ...say(text), photos: [...photos] };
}

/** Words of a correction typed at an activity ("jenisnya salah, harusnya …", "ubah tanggal", "bukan 25 tapi 20"). */
const CORRECTION_WORDS = /\b(?:ubah|ganti|edit|koreksi|perbaiki|betulkan|salah|keliru|kleru|bukan|harusnya|seharusnya|mestinya|wrong|change|fix)\b/iu;

/**
 * A rejected activity opened in the activity flow's correction, in place of this flow. `why`:
 * the officer's reason said first, where the person has not just read it in the details.
 */
function correct(item: LeaderActivity, why: boolean, said?: string): StepOutcome<MyActivitiesData> {
  const correction: CorrectActivityInput = { correct: item, ...(said !== undefined && { said: said.trim().slice(0, 300) }) };
  const reason = t('activities:mine.resendReason', { date: dateText(item.date), category: t(`activities:category.${item.category}`), reason: item.rejectionReason ?? '–' });
  return { type: 'start', flow: LOG_ACTIVITY_FLOW_ID, input: correction, replace: true, ...(why && { say: [say(reason)] }) };
}

/**
 * "kirim ulang" typed at the menu: the rejected activity of the person's own group opened to
 * be fixed and sent back (several: those listed to pick from); none, a rejected group of
 * theirs in Kelompok saya, asked for next; neither: nothing to send back, said with the menu.
 */
function resend(items: readonly LeaderActivity[]): StepOutcome<MyActivitiesData> {
  const rejected = items.filter((item) => item.mine && item.state === 'rejected');
  const [only] = rejected;
  if (only && rejected.length === 1) return correct(only, true);
  if (rejected.length > 1) return { type: 'stay', data: { items: rejected }, say: [say(t('activities:mine.resendPick', { count: rejected.length }))], reprompt: true };
  return { type: 'stay', data: { items: [] }, effects: [LIST_MY_GROUPS.request(undefined)] };
}

/** After {@link resend} found no rejected activity: a rejected group opened in Kelompok saya, or nothing to send back. */
function resendGroup(groups: readonly GroupView[]): StepOutcome<MyActivitiesData> {
  const group = groups.find((candidate) => candidate.verification === 'rejected');
  if (group) return { type: 'start', flow: MY_GROUPS_FLOW_ID, input: { deepLinkArg: compactUuid(group.id) } satisfies DeepLinkInput, replace: true };
  return { type: 'done', say: [say(t('activities:mine.nothingToResend'))], menu: true };
}

function changed(result: ActivityChangeResult): StepOutcome<MyActivitiesData> {
  return { type: 'done', say: [say(t(`activities:mine.withdrawn.${result.kind}`))], menu: true };
}

/**
 * The "my activities" flow. Its entry's name typed in it ("kegiatan saya" at the list or an
 * activity) shows the list again, read afresh, as the 📒 entry does (see ../own-entry.ts).
 */
export const myActivitiesFlow = reopenedByName(defineFlow<MyActivitiesData>({
  id: MY_ACTIVITIES_FLOW_ID,
  version: 1,
  title: t('menu.myActivities'),
  start: (input) => {
    const given = input as Partial<ResendInput & GroupActivitiesInput> | undefined;
    const data: MyActivitiesData = given?.resend === true ? { resend: true } : given?.group ? { group: { id: given.group.id, name: given.group.name } } : {};
    return { step: 'list', data, effects: [LIST_MY_ACTIVITIES.request(undefined)] };
  },
  steps: {
    list: {
      prompt: ({ data }) => listMessage(data.items ?? [], data.group),
      expects: t('activities:mine.expectsPick'),
      // Back from Konfirmasi or another side trip: partners may have answered meanwhile.
      refresh: () => LIST_MY_ACTIVITIES.request(undefined),
      on(input, { data, env }) {
        const read = LIST_MY_ACTIVITIES.result(input);
        if (read && data.resend) return resend(read);
        const items = read && ofGroup(read, data.group);
        const groups = LIST_MY_GROUPS.result(input);
        if (groups) return resendGroup(groups);
        if (items) {
          if (items.length === 0) return noneListed(data.group);
          return { type: 'stay', data: { ...(data.group && { group: data.group }), items }, reprompt: true };
        }
        const listed = data.items ?? [];
        const typed = textOf(input);
        // 📷 Tambah foto pressed where the photos were asked about: that activity's photo question.
        const photoFor = addPhotoPressed(buttonOf(input), listed, env.canReceivePhotos);
        if (photoFor) return { type: 'goto', step: 'addPhoto', data: { ...data, selected: photoFor } };
        const selected = pickItem(input, listed, 'act:') ?? activityNamed(typed, listed, env.now);
        if (selected) return { type: 'goto', step: 'item', data: { ...data, selected } };
        // "foto nya ada ga?": which have photos, said (was "nomor atau tombol kegiatan").
        if (typed !== null && photosAsked(typed)) return { type: 'stay', say: [photosAnswer(listed, env.canReceivePhotos)] };
        // "yang sama karang taruna" done with several: which numbers fit is said, not only "nomor atau tombol".
        const named = typed === null ? null : groupNamedIn(typed, listed, env.now);
        if (named && named.fits.length > 1) {
          const numbers = named.fits.map((fit) => String(listed.indexOf(fit) + 1));
          return { type: 'invalid', reason: t('activities:mine.severalFit', { groups: andListText(named.named), numbers: andListText(numbers) }) };
        }
        return { type: 'invalid' };
      },
    },
    item: {
      prompt: ({ data, env }) => detailsMessage(data.selected!, env.canReceivePhotos),
      expects: t('activities:mine.expectsAction'),
      refresh: () => LIST_MY_ACTIVITIES.request(undefined),
      on(input, { data, env }) {
        // A photo sent on the activity's screen, or its result: added as by 📷 Tambah foto.
        const photoAdded = photoAddedResult(input, data);
        if (photoAdded) return photoAdded;
        const photoHere = photoAtItem<MyActivitiesData>(input, data.selected!, env.canReceivePhotos);
        if (photoHere) return photoHere;
        const read = LIST_MY_ACTIVITIES.result(input);
        if (read) {
          const fresh = ofGroup(read, data.group);
          const group = data.group && { group: data.group };
          // The same activity as it stands now; gone (withdrawn elsewhere): the list.
          const selected = fresh.find((candidate) => candidate.id === data.selected!.id);
          if (!selected) return fresh.length === 0 ? noneListed(data.group) : { type: 'goto', step: 'list', data: { ...group, items: fresh }, passed: true };
          return { type: 'stay', data: { ...group, items: fresh, selected }, reprompt: true };
        }
        const item = data.selected!;
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        if (choice === 'list' || choice === 'daftar') {
          return { type: 'start', flow: MY_ACTIVITIES_FLOW_ID, replace: true, ...(data.group && { input: { group: data.group } satisfies GroupActivitiesInput }) };
        }
        const photos = visiblePhotos(item);
        if (photos.length > 0 && (choice === 'photos' || choice === 'foto' || choice === 'photo')) {
          // The photos, then the activity's buttons again.
          return { type: 'stay', say: [photosMessage(item, photos)], reprompt: true };
        }
        if (item.mine && item.state === 'rejected' && (choice === 'fix' || choice === 'perbaiki')) return correct(item, false);
        const pending = item.mine && (item.state === 'waiting_partner' || item.state === 'waiting_officer');
        // "tarik aja, salah pilih kelompok": the withdrawal, asked to confirm as by its button.
        const typed = textOf(input);
        // "jenisnya salah, harusnya kesehatan" at a rejected activity: its correction opened, with that made there.
        if (item.mine && item.state === 'rejected' && typed !== null && CORRECTION_WORDS.test(typed)) return correct(item, false, typed);
        if (pending && (choice === 'withdraw' || choice === 'tarik' || (typed !== null && /^tarik\b/i.test(typed.trim())))) {
          return { type: 'goto', step: 'withdraw' };
        }
        // "mau ubah tanggalnya": a pending activity is not changed in place; say how instead.
        if (pending && typed !== null && CORRECTION_WORDS.test(typed)) {
          return { type: 'invalid', reason: t('activities:mine.changePending') };
        }
        return { type: 'invalid' };
      },
    },
    addPhoto: addPhotoStep<MyActivitiesData>(),
    withdraw: {
      prompt: ({ data }) =>
        say(t('activities:mine.confirmWithdraw', { date: dateText(data.selected!.date), category: t(`activities:category.${data.selected!.category}`) }), [
          { id: 'yes', label: t('activities:mine.withdrawYes') },
          { id: 'no', label: t('activities:mine.withdrawNo') },
        ]),
      expects: t('activities:mine.expectsYesNo'),
      on(input, { data }) {
        const withdrawn = WITHDRAW_ACTIVITY.result(input);
        if (withdrawn) return changed(withdrawn);
        const typed = textOf(input);
        const choice = buttonOf(input) ?? (typed === null ? null : yesOrNo(typed));
        if (choice === 'yes') {
          return { type: 'stay', effects: [WITHDRAW_ACTIVITY.request({ activityId: data.selected!.id })] };
        }
        if (choice === 'no') return { type: 'goto', step: 'item' };
        return { type: 'invalid' };
      },
    },
  },
}), {
  names: ['kegiatan saya', 'kegiatan kami', 'kegiatan kita', 'kegiatanku', 'my activities', 'my activity', 'our activities'],
});
