/**
 * "Catat kegiatan bersama": a leader records what their group did together with other
 * groups of the same desa — date, category, a short description, the partner groups,
 * beneficiaries as counts per PMKS category (never names) — and the partners' leaders are
 * asked to confirm. It counts as joint once two groups confirmed. Photos (up to three, as
 * evidence for the verifying officer) are not a step of their own: the summary invites
 * them where the channel can carry one, and a photo sent there is attached to the draft; one
 * sent earlier, at a question, is kept the same way and the question asked again.
 */
import { commandButton } from '../../core/engine/commands.js';
import { z } from 'zod';
import { defineFlow, type FlowEnv, type StepContext, type StepDef, type StepOutcome } from '../../core/engine/flow.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { buttonOf, isSkip, questionStep, readFreeText, textOf, tidyFreeText } from '../flow-kit.js';
import { LIST_MY_GROUPS, LIST_VILLAGE_GROUPS } from '../groups/effects.js';
import { groupRef, groupsNamed, itemButtons, itemNamed, pickItem, type GroupRef } from '../groups/group-ref.js';
import { consentCheck, withConsentGate, type ConsentGated } from '../privacy/consent-gate.js';
import { ACTIVITY_CATEGORY_WORDS, choicesNamed, matchChoice } from '../parse/choice.js';
import { words } from '../parse/text.js';
import { formatDateId, parseActivityDate } from '../parse/date.js';
import { MAX_BENEFICIARIES, PMKS_CODES, beneficiariesBesidesOrdinary, parseBeneficiaries } from '../parse/pmks.js';
import { parseCount } from '../parse/numbers.js';
import { isResubmitAnswer, isSaveAnswer, yesOrNo } from '../parse/yes-no.js';
import { PMKS_FOR_CATEGORY, pmksName, tallyText } from './pmks-names.js';
import { MAX_PHOTOS_PER_ACTIVITY } from '../../core/media.js';
import { CORRECT_ACTIVITY, CREATE_ACTIVITY, type ActivityChangeResult, type CreateActivityResult } from './effects.js';
import { KEEP_PHOTO, type KeepPhotoResult } from './photo-effects.js';
import { saysNoMore } from './enough-words.js';
import { ACTIVITY_CATEGORIES, type ActivityCategory, type LeaderActivity } from '../model/activities.js';
import { andListText } from '../model/message-parts.js';

export const LOG_ACTIVITY_FLOW_ID = 'activity.log';

interface LogData extends ConsentGated {
  readonly groups?: readonly GroupRef[];
  readonly own?: GroupRef;
  readonly date?: string;
  /** "minggu lalu" was the date's answer: the weekday typed next is last week's. */
  readonly lastWeek?: boolean;
  /** A day and month still ahead this year was typed ("12 desember" on 7 December): last year's, offered to be taken with a tap or "ya". */
  readonly offeredDate?: string;
  readonly category?: ActivityCategory;
  readonly description?: string;
  /**
   * The words typed at the kind's question when they said more than the kind ("senam lansia
   * bareng karang taruna"): offered at the description's question, taken with a tap or "ya".
   */
  readonly typedDescription?: string;
  readonly candidates?: readonly GroupRef[];
  readonly partners?: readonly string[];
  /** The partner groups the request named ("… bareng karang taruna tunas muda"), looked up when the desa's groups are listed. */
  readonly partnerSaid?: string;
  /** Several groups fit a name typed ("karang taruna"): their ids, offered as buttons; a press on one is the answer. */
  readonly narrowed?: readonly string[];
  /** PMKS code → count. */
  readonly beneficiaries?: Readonly<Record<string, number>>;
  /** The PMKS category whose count is asked (after its button was pressed). */
  readonly pmksCode?: number;
  /** "Lainnya" pressed: every category is offered. */
  readonly pmksAll?: boolean;
  /** Stored draft photos (ids), attached to the activity when it is saved. */
  readonly photoIds?: readonly string[];
  /** The person chose to share where their photos were taken (off unless they tap it). */
  readonly shareLocation?: boolean;
  /**
   * Set when a rejected activity is being corrected ("Kegiatan saya"): its id. Each field's
   * step then returns to the summary, which sends the activity back to the officers.
   */
  readonly correcting?: string;
  /** The partner groups of the activity being corrected (they cannot be changed there). */
  readonly partnerNames?: readonly string[];
  /** Photos the activity being corrected already has: they count towards the limit. */
  readonly photosBefore?: number;
  /** The rejected activity as it was (date, kind, description, counts), to tell whether anything was fixed. */
  readonly original?: string;
  /** 📤 pressed once with nothing fixed: a second press sends it back as it is. */
  readonly unchangedAsked?: boolean;
  /**
   * "ubah tanggal" (or "ubah jenis") typed at the summary: that question is asked, and its answer
   * goes back to the summary (the name is from when only the date was asked so).
   */
  readonly dateOnly?: boolean;
}

/** The fields a correction may change, as one comparable string. */
function correctedFields({ date, category, description, beneficiaries }: LogData): string {
  const counts = Object.entries(beneficiaries ?? {}).filter(([, count]) => count > 0).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([date ?? '', category ?? '', description ?? '', counts]);
}

/** The input that starts the flow to correct a rejected activity. */
export interface CorrectActivityInput {
  readonly correct: LeaderActivity;
  /**
   * A correction typed where the activity was shown ("jenisnya salah, harusnya kesehatan" at
   * Kegiatan saya): made at the summary as if typed there, once the correction is open.
   */
  readonly said?: string;
}

/**
 * What the start reads of a {@link CorrectActivityInput} (it came through the stored
 * conversation as plain data); one without its reporting group is no correction.
 */
const correctActivityInput = z.object({
  correct: z.object({
    id: z.string(),
    date: z.string(),
    category: z.enum(ACTIVITY_CATEGORIES),
    description: z.string(),
    reportingGroup: z.object({ id: z.string(), name: z.string() }),
    beneficiaries: z.record(z.string(), z.number()),
    confirmedPartners: z.array(z.string()).readonly(),
    pendingPartners: z.array(z.string()).readonly(),
    photoIds: z.array(z.string()).readonly().optional(),
  }),
  said: z.string().max(300).optional(),
});

/** The start input of a correction, when `input` is one. */
function correctionOf(input: unknown) {
  const parsed = correctActivityInput.safeParse(input);
  return parsed.success ? parsed.data.correct : null;
}

/** The correction typed with the start of a correction, if any (see {@link CorrectActivityInput.said}). */
function saidWith(input: unknown): string | null {
  const parsed = correctActivityInput.safeParse(input);
  return parsed.success ? (parsed.data.said ?? null) : null;
}

/** The step after a field: the next question, or straight back to the summary when correcting. */
function after(data: LogData, step: string): string {
  return data.correcting || data.dateOnly === true ? 'summary' : step;
}

type Ctx = StepContext<LogData>;

function tally(data: LogData): Text | null {
  return tallyText(data.beneficiaries ?? {});
}

function partnerButtons(data: LogData): Button[] {
  const chosen = new Set(data.partners ?? []);
  const [only, ...others] = data.candidates ?? [];
  // One possible partner: one tap, yes or no.
  if (only && others.length === 0) {
    return [
      { id: `partner:${only.id}`, label: t('activities:partnerYes', { name: only.name }) },
      { id: 'partners:done', label: t('activities:partnerNone') },
    ];
  }
  return [
    ...(data.candidates ?? []).map((group) => ({
      id: `partner:${group.id}`,
      label: t('activities:partnerButton', { mark: chosen.has(group.id) ? '✅' : '⬜', name: group.name }),
      // A checkbox: its name typed before anything is ticked is the answer in words (typed-buttons.ts).
      toggle: chosen.has(group.id) ? ('ticked' as const) : ('unticked' as const),
    })),
    { id: 'partners:done', label: t('activities:partnersDone') },
  ];
}

/** Toggles a partner by its button. */
function togglePartner(id: string, data: LogData): readonly string[] | null {
  if (!(data.candidates ?? []).some((group) => group.id === id)) return null;
  const chosen = new Set(data.partners ?? []);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return [...chosen];
}

/** Partners typed: the groups picked, and any name that fits several groups ("karang taruna"), whose groups are offered. */
interface TypedPartners {
  readonly picked: readonly string[];
  readonly which: readonly GroupRef[];
}

/**
 * The partners a typed answer (or the request) names: "1 3", "pkk sama majelis taklim",
 * "dua-duanya", "karang taruna aja" (a group by its name or its kind, see {@link groupsNamed});
 * null when a part names no group of the desa.
 */
function typedPartners(text: string, candidates: readonly GroupRef[]): TypedPartners | null {
  // "semua" with no group listed picks nothing: not an answer ("✅ Kelompok lain: ." was said).
  if (ALL_OF_THEM.test(text.trim())) return candidates.length > 0 ? { picked: candidates.map((group) => group.id), which: [] } : null;
  // A name holding a number ("tunas bangsa rw 11", "Posyandu Melati 3") is one group, not a name and a list number.
  const whole = /\p{L}/u.test(text) ? itemNamed(candidates, text) : undefined;
  if (whole) return { picked: [whole.id], which: [] };
  // A number right after RT/RW ("rw 11", "RW. 11") is part of a name, not a list number.
  const parts = text.split(/\s*(?:,|&|\+|\bdan\b|\bsama\b|\bserta\b|\band\b)\s*|(?<!\s|\br\.?\s?[tw]\.?)\s+(?=\d)/i).filter((part) => part.trim() !== '');
  const picked = new Set<string>();
  const which = new Map<string, GroupRef>();
  for (const part of parts) {
    const named = /^\d{1,2}\.?$/.test(part.trim()) ? [candidates[Number.parseInt(part, 10) - 1]].filter((group) => group !== undefined) : groupsNamed(candidates, part);
    if (named.length === 0) return null;
    if (named.length === 1) picked.add(named[0]!.id);
    else for (const group of named) which.set(group.id, group);
  }
  return picked.size + which.size > 0 ? { picked: [...picked], which: [...which.values()].filter((group) => !picked.has(group.id)) } : null;
}

/**
 * Partners typed (or named in the request), as the answer: said back and on to the
 * beneficiaries; a name that fits several groups offers those as buttons first.
 */
function partnersTyped(typed: TypedPartners, data: LogData): StepOutcome<LogData> {
  const { narrowed: _offered, ...rest } = data;
  if (typed.which.length > 0) {
    return {
      type: 'stay',
      data: { ...rest, partners: typed.picked, narrowed: typed.which.map((group) => group.id) },
      say: [say(t('activities:partnerWhich'), typed.which.map((group) => ({ id: `partner:${group.id}`, label: verbatim(group.name) })))],
    };
  }
  return partnersPicked(typed.picked, rest);
}

/** The partners chosen, as the whole answer: said back (no button shows them), then the beneficiaries. */
function partnersPicked(partners: readonly string[], data: LogData): StepOutcome<LogData> {
  const names = (data.candidates ?? []).filter((group) => partners.includes(group.id)).map((group) => group.name);
  const { narrowed: _offered, ...rest } = data;
  const picked = { ...rest, partners };
  // Remembered with the choice: `kembali` from the beneficiaries shows these marked (typed, they
  // were never the step's data, and came back unmarked and dropped).
  return { type: 'goto', step: 'beneficiaries', data: picked, remember: picked, say: [say(t('activities:partnersPicked', { names: andListText(names) }))] };
}

/**
 * "pkk juga", "tambah takmir masjid", "plus the youth group too": the groups named without the
 * words that say they are added to the ones chosen; null when no such word is there.
 */
function addedPartners(text: string): string | null {
  const named = text
    .trim()
    .replace(/^(?:tambah(?:in|kan)?|ditambah|plus|and also|also|add)\s+/i, '')
    .replace(/\s+(?:juga|jg|also|too)$/i, '')
    .trim();
  return named !== text.trim() && named !== '' ? named : null;
}

/** "semua", "dua-duanya", "keduanya", "all of them": every group offered. */
const ALL_OF_THEM = /^(?:semua(?:nya)?|semua kelompok|dua[\s-]?(?:dua|2)nya|duanya|keduanya|ketiganya|all|all of them|both)$/i;

function toBeneficiaries(): StepOutcome<LogData> {
  return { type: 'goto', step: 'beneficiaries' };
}

/** Values the flow may be started with; each one that does not fit is left out on its own. */
const prefilledInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  category: z.enum(ACTIVITY_CATEGORIES).optional().catch(undefined),
  partner: z.string().trim().min(2).max(120).optional().catch(undefined),
});

/** The one entry point for prefilled values: a YYYY-MM-DD `date`, a known `category`, the `partner` groups named. */
function prefilled(input: unknown): LogData {
  const parsed = prefilledInput.safeParse(input ?? {});
  const { date, category, partner } = parsed.success ? parsed.data : {};
  return { ...(date ? { date } : {}), ...(category ? { category } : {}), ...(partner ? { partnerSaid: partner } : {}) };
}

/** The step after the group: the first question not answered in advance. */
function afterGroup(data: LogData): string {
  return data.date ? (data.category ? 'description' : 'category') : 'date';
}

/**
 * A day and month typed without a year that is still ahead this year: this year's cannot be
 * logged, so it is said, and last year's offered as a button (or "ya"); another date typed is
 * read as usual.
 */
function offerLastYear(offered: string, { data, env }: Ctx): StepOutcome<LogData> {
  const locale = env.person.locale === 'en' ? 'en' : 'id';
  const asked = formatDateId(`${Number(offered.slice(0, 4)) + 1}${offered.slice(4)}`, locale);
  const date = formatDateId(offered, locale);
  return {
    type: 'stay',
    data: { ...data, offeredDate: offered },
    say: [say(t('activities:dateLastYear', { asked, offered: date }), [{ id: `date:${offered}`, label: t('activities:dateLastYearButton', { date }) }])],
  };
}

/**
 * How beneficiaries typed by name are read for this activity: at a health service (posyandu
 * lansia, check-ups) "25 lansia" are ordinary elderly, not "lanjut usia terlantar" (PMKS).
 */
function countsRead(data: LogData): { readonly ordinaryElderly: boolean } {
  return { ordinaryElderly: data.category === 'layanan_kesehatan' };
}

/** Lengths of an activity's description, in characters. */
const DESCRIPTION_MIN = 5;
const DESCRIPTION_MAX = 300;

/**
 * The description step, where a text longer than `max` is an answer too long, said so and
 * asked again: refused as invalid, the engine would try it as a request typed elsewhere, and
 * a long story of the day ("… ngumpul di balai desa …, status desa kita …") opened a desa's
 * status search on top of the activity.
 */
function longIsAnAnswer(max: number, step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const text = textOf(input);
      if (text !== null && tidyFreeText(text).length > max) return { type: 'stay', say: [say(t('flow.tooLong', { max }))], reprompt: true };
      return step.on(input, ctx);
    },
  };
}

/**
 * The date step, remembering that "minggu lalu" was answered: the bot then asks which day of
 * it, and the weekday typed next ("rabu") is that week's (see the step's `read`). A day and
 * month still ahead this year has last year's offered ({@link offerLastYear}).
 */
function remembersLastWeek(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const text = textOf(input);
      const read = text === null ? null : parseActivityDate(text, ctx.env.now, undefined, { nearFuture: 'refuse' });
      if (read !== null && !read.ok && read.error === 'vague_week') {
        return { type: 'stay', data: { ...ctx.data, lastWeek: true }, say: [say(t('activities:dateError.vague_week'))] };
      }
      // "12 desember" on 7 December: not last year's in silence (it was), but said and offered.
      const lastYear = read !== null && !read.ok && read.error === 'future_this_year' ? parseActivityDate(text!, ctx.env.now) : null;
      if (lastYear?.ok) return offerLastYear(lastYear.value, ctx);
      return step.on(input, ctx);
    },
  };
}

/**
 * A question of the flow that keeps a photo sent early: people send the photo whenever they
 * have it (at the beneficiaries, at the partners), not only at the summary that invites it.
 * It is kept as a draft of this activity as the summary keeps one (the same limit), said so
 * briefly, and the same question asked again; the summary then counts it. A file that is no
 * photo is refused with its reason, and the question goes on.
 */
function keepsEarlyPhoto(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const kept = KEEP_PHOTO.result(input);
      if (kept) {
        if (kept.kind === 'rejected') return { type: 'stay', say: [say(t(`activities:photo.rejected.${kept.reason}`))], reprompt: true };
        const photoIds = [...(ctx.data.photoIds ?? []), kept.photoId];
        const count = photoIds.length + (ctx.data.photosBefore ?? 0);
        return { type: 'stay', data: { ...ctx.data, photoIds }, say: [say(t('activities:photo.keptEarly', { count, max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true };
      }
      if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && ctx.env.canReceivePhotos !== false) {
        if (photoCount(ctx.data) >= MAX_PHOTOS_PER_ACTIVITY) {
          return { type: 'stay', say: [say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true };
        }
        return { type: 'stay', effects: [KEEP_PHOTO.request({ shareLocation: ctx.data.shareLocation === true })] };
      }
      return step.on(input, ctx);
    },
  };
}

const TYPED_DESCRIPTION_BUTTON = 'description:typed';

/** Words that say nothing of the activity beside its kind ("bantuan lansia aja", "kegiatan kerja bakti"). */
const KIND_FILLER = new Set(['aja', 'saja', 'sih', 'deh', 'dong', 'ya', 'yg', 'yang', 'itu', 'kegiatan', 'kegiatannya', 'acara', 'acaranya', 'jenis', 'jenisnya', 'kategori', 'nya', 'the', 'a', 'an', 'it', 'was', 'activity']);

/**
 * A kind read from words that name it among others ("senam lansia bareng karang taruna" is
 * Bantuan lansia), a typo of a kind, its number: null when the answer was the kind's own name;
 * else the words as a description to offer, or null there when they say nothing more than the kind.
 */
function guessedFrom(text: string, category: ActivityCategory): { readonly description: string | null } | null {
  const typed = words(text);
  const option = ACTIVITY_CATEGORY_WORDS.find((known) => known.id === category);
  const phrases = [category.replace(/_/g, ' '), ...(option?.words ?? [])].map(words).filter((phrase) => phrase.length > 0);
  if (phrases.some((phrase) => phrase.join('') === typed.join(''))) return null;
  // The words left beside the kind's own (none found inside: a typo of its name).
  const left = new Array<boolean>(typed.length).fill(true);
  let found = false;
  for (const phrase of phrases) {
    for (let start = 0; start + phrase.length <= typed.length; start++) {
      if (phrase.every((token, i) => typed[start + i] === token)) {
        found = true;
        for (let i = 0; i < phrase.length; i++) left[start + i] = false;
      }
    }
  }
  // A typo of its name or its number in the list: said back, with nothing to offer.
  if (!found) return { description: null };
  const more = typed.some((word, i) => left[i] && !KIND_FILLER.has(word));
  const read = readFreeText({ type: 'text', text }, DESCRIPTION_MIN, DESCRIPTION_MAX);
  return { description: more && read.ok ? read.value : null };
}

/**
 * The kind's question, saying back a kind read from words that name it among others ("senam
 * lansia bareng karang taruna": Bantuan lansia was picked in silence and the words dropped),
 * and offering those words as the description, its next question.
 */
function saysKindBack(step: StepDef<LogData>): StepDef<LogData> {
  return {
    ...step,
    on(input, ctx) {
      const outcome = step.on(input, ctx);
      const typed = textOf(input);
      const category = outcome.type === 'goto' ? outcome.data?.category : undefined;
      if (outcome.type !== 'goto' || typed === null || category === undefined) return outcome;
      const guessed = guessedFrom(typed, category);
      if (guessed === null) return outcome;
      const offer = outcome.step === 'description' && outcome.data?.description === undefined ? guessed.description : null;
      return {
        ...outcome,
        data: { ...outcome.data, ...(offer !== null ? { typedDescription: offer } : {}) },
        say: [...(outcome.say ?? []), say(t('activities:categoryRead', { category: t(`activities:category.${category}`) }))],
      };
    },
  };
}

/** The activity logging flow. */
export const logActivityFlow = defineFlow<LogData>({
  id: LOG_ACTIVITY_FLOW_ID,
  // 2: the consent gate before the first step (older states are dropped politely).
  // 3: photos are stored (photoIds, up to three) instead of a channel's reference.
  // 4: no photo step; a photo sent at the summary is attached there (one input fewer).
  version: 4,
  title: t('menu.logActivity'),
  // The photos kept on the way (at the summary or earlier) and the location choice are no
  // step's answer: `kembali` keeps them (the activity lost them, though their drafts were stored).
  keptOnBack: (earlier, now) => {
    const { photoIds: _earlier, shareLocation: _chosen, ...rest } = earlier;
    return { ...rest, ...(now.photoIds !== undefined ? { photoIds: now.photoIds } : {}), ...(now.shareLocation !== undefined ? { shareLocation: now.shareLocation } : {}) };
  },
  // Who reported what is personal data: consent first, then the person's groups.
  start: (input, env) => {
    const correction = correctionOf(input);
    if (correction) {
      // Correcting: the person consented when they logged it; every field is known.
      const own = { id: correction.reportingGroup.id, name: correction.reportingGroup.name, villageCode: '' };
      const data: LogData = {
          own,
          date: correction.date,
          category: correction.category,
          description: correction.description,
          beneficiaries: correction.beneficiaries,
          correcting: correction.id,
          partnerNames: [...correction.confirmedPartners, ...correction.pendingPartners],
          photosBefore: correction.photoIds?.length ?? 0,
          original: correctedFields({ date: correction.date, category: correction.category, description: correction.description, beneficiaries: correction.beneficiaries }),
      };
      return withCorrectionSaid(saidWith(input), data, env);
    }
    // Started with `{ date, category }` (named in free text and confirmed with one tap), those questions are skipped.
    return { step: 'group', data: prefilled(input), effects: [consentCheck] };
  },
  steps: {
    group: withConsentGate({
      prompt: ({ data }) =>
say(t('activities:pickGroup'), itemButtons(data.groups ?? [], 'group:')),
      expects: t('activities:expectsGroup'),
      on(input, { data }) {
        const mine = LIST_MY_GROUPS.result(input);
        if (mine) {
          const groups = mine.map(groupRef);
          if (groups.length === 0) return { type: 'done', say: [say(t('activities:needGroup'))], menu: true };
          if (groups.length === 1) return { type: 'goto', step: afterGroup(data), data: { ...data, groups, own: groups[0] }, passed: true };
          return { type: 'stay', data: { ...data, groups }, reprompt: true };
        }
        const own = pickItem(input, data.groups ?? [], 'group:');
        return own ? { type: 'goto', step: afterGroup(data), data: { ...data, own } } : { type: 'invalid' };
      },
    }, (data) => ({ type: 'stay', data, effects: [LIST_MY_GROUPS.request(undefined)] })),
    date: keepsEarlyPhoto(remembersLastWeek(questionStep<LogData, string>({
      prompt: ({ data }) =>
        say(t('activities:askDate', { group: data.own?.name ?? '' }), [
          { id: 'date:today', label: t('activities:today') },
          { id: 'date:yesterday', label: t('activities:yesterday') },
        ]),
      expects: t('activities:expectsDate'),
      example: t('activities:exampleDate'),
      read: (input, { env, data }) => {
        const button = buttonOf(input);
        // Last year's date offered for one still ahead: its button, or "ya".
        const offered = data.offeredDate;
        if (offered !== undefined && (button === `date:${offered}` || (button === null && yesOrNo(textOf(input) ?? '') === 'yes'))) return { ok: true, value: offered };
        const text = button === 'date:today' ? 'hari ini' : button === 'date:yesterday' ? 'kemarin' : textOf(input);
        if (!text) return { ok: false };
        // "rabu" answering "minggu lalu hari apa?": Wednesday of last week, not this week's.
        const ofLastWeek = data.lastWeek === true && button === null ? parseActivityDate(`${text} minggu lalu`, env.now) : null;
        const date = ofLastWeek?.ok ? ofLastWeek : parseActivityDate(text, env.now, undefined, { nearFuture: 'refuse' });
        return date.ok ? { ok: true, value: date.value } : { ok: false, reason: t(`activities:dateError.${date.error}`) };
      },
      then: (date, { data }) => {
        const { lastWeek: _asked, offeredDate: _offered, dateOnly: _only, ...rest } = data;
        return { type: 'goto', step: after(data, rest.category ? 'description' : 'category'), data: { ...rest, date } };
      },
    }))),
    category: keepsEarlyPhoto(saysKindBack(questionStep<LogData, ActivityCategory>({
      prompt: () =>
        say(
          t('activities:askCategory'),
          ACTIVITY_CATEGORIES.map((category) => ({ id: `category:${category}`, label: t(`activities:category.${category}`) })),
        ),
      expects: t('activities:expectsCategory'),
      example: t('activities:exampleCategory'),
      read: (input) => {
        const button = buttonOf(input);
        if (button?.startsWith('category:')) {
          const category = ACTIVITY_CATEGORIES.find((known) => known === button.slice(9));
          return category ? { ok: true, value: category } : { ok: false };
        }
        const text = textOf(input);
        const category = text ? matchChoice(text, ACTIVITY_CATEGORY_WORDS) : null;
        if (category) return { ok: true, value: category };
        // "posyandu balita dan lansia": naming two kinds, the person is asked which one fits best.
        const [first, second] = text ? choicesNamed(text, ACTIVITY_CATEGORY_WORDS) : [];
        // "pengajian", "arisan lansia": a kind not on the list is said to go under Lainnya (it was
        // only "contohnya: santunan anak yatim", as if the person had typed it wrong).
        if (first === undefined && text && /\p{L}/u.test(text) && !text.includes('?') && text.trim().length <= 40) {
          return { ok: false, reason: t('activities:categoryNotListed', { said: verbatim(text.trim()) }) };
        }
        if (first === undefined || second === undefined) return { ok: false };
        return { ok: false, reason: t('activities:categoryWhich', { first: t(`activities:category.${first}`), second: t(`activities:category.${second}`) }) };
      },
      then: (category, { data }) => {
        const { dateOnly: _only, typedDescription: _typed, ...rest } = data;
        return { type: 'goto', step: after(data, 'description'), data: { ...rest, category } };
      },
    }))),
    description: keepsEarlyPhoto(longIsAnAnswer(DESCRIPTION_MAX, questionStep<LogData, string>({
      prompt: ({ data }) =>
        data.typedDescription === undefined
          ? say(t('activities:askDescription'))
          : say([t('activities:askDescription'), t('activities:descriptionTypedOffer', { text: verbatim(data.typedDescription) })], [
              { id: TYPED_DESCRIPTION_BUTTON, label: t('activities:descriptionTypedButton') },
            ]),
      expects: t('activities:expectsDescription'),
      example: t('activities:exampleDescription'),
      asides: true,
      read: (input, { data }) => {
        // The words typed at the kind's question, offered: their button, or "ya".
        const offered = data.typedDescription;
        const text = textOf(input);
        if (offered !== undefined && (buttonOf(input) === TYPED_DESCRIPTION_BUTTON || (text !== null && yesOrNo(text) === 'yes'))) return { ok: true, value: offered };
        return readFreeText(input, DESCRIPTION_MIN, DESCRIPTION_MAX);
      },
      then: (description, { data: withOffer }) => {
        const { typedDescription: _offered, ...data } = withOffer;
        if (data.correcting || data.dateOnly === true) return { type: 'goto', step: 'summary', data: { ...withoutOnly(data), description } };
        return {
          type: 'goto',
          step: 'partners',
          data: { ...data, description },
          // The group step set `own`; without it (a stored state cut short) no desa, so no partners.
          effects: [LIST_VILLAGE_GROUPS.request({ villageCode: data.own?.villageCode ?? '', exclude: data.own ? [data.own.id] : [] })],
        };
      },
    }))),
    partners: keepsEarlyPhoto({
      prompt: ({ data }) =>
        say(
          data.candidates?.length === 1 ? t('activities:askPartnerSingle', { name: data.candidates[0]!.name }) : t('activities:askPartners'),
          partnerButtons(data),
        ),
      expects: t('activities:expectsPartners'),
      help: t('activities:helpPartners'),
      on(input, { data }) {
        const others = LIST_VILLAGE_GROUPS.result(input);
        if (others) {
          const candidates = others.map(groupRef);
          const { partnerSaid, ...rest } = data;
          if (candidates.length === 0) {
            return { type: 'goto', step: 'beneficiaries', data: { ...rest, candidates, partners: [] }, say: [say(t('activities:noPartners'))] };
          }
          const listed: LogData = { ...rest, candidates, partners: data.partners ?? [] };
          // Named in the request ("… bareng karang taruna tunas muda"): taken, not asked again.
          const said = partnerSaid === undefined ? null : typedPartners(partnerSaid, candidates);
          if (said) {
            // Taken before the question was shown: `kembali` from the next step shows it with the
            // desa's groups and this choice marked (remembered as it was, it had neither).
            const taken = partnersTyped(said, listed);
            return taken.type === 'goto' ? { ...taken, remember: taken.data } : taken;
          }
          if (partnerSaid !== undefined) return { type: 'stay', data: listed, say: [say(t('activities:partnerNotFound', { partner: partnerSaid }))], reprompt: true };
          return { type: 'stay', data: listed, reprompt: true };
        }
        const button = buttonOf(input);
        const text = textOf(input)?.toLowerCase();
        // "tidak ada", "gak ada, sendiri aja", "udah itu aja": as ✔️ Selesai (no partner: not joint, said when saved).
        if (button === 'partners:done' || (text !== undefined && saysNoMore(text, 'partners'))) {
          return toBeneficiaries();
        }
        // One of the groups offered for a name that fit several: the answer, with those picked before it.
        const offered = button?.startsWith('partner:') && data.narrowed?.includes(button.slice(8)) ? button.slice(8) : undefined;
        if (offered) return partnersPicked([...new Set([...(data.partners ?? []), offered])], data);
        // One possible partner is a yes/no question: "ya" takes it, "tidak" goes on without.
        const only = data.candidates?.length === 1 ? data.candidates[0]! : undefined;
        const answer = only && text !== undefined ? yesOrNo(text) : null;
        if (answer === 'no') return toBeneficiaries();
        if (answer === 'yes') return { type: 'goto', step: 'beneficiaries', data: { ...data, partners: [only!.id] } };
        if (button?.startsWith('partner:')) {
          const partners = togglePartner(button.slice(8), data);
          if (!partners) return { type: 'invalid' };
          // A single candidate's "yes" is the whole answer: said back, since no button shows it.
          return only ? partnersPicked(partners, data) : { type: 'stay', data: { ...data, partners }, reprompt: true };
        }
        // Groups typed ("1 3", "pkk sama majelis taklim", "karang taruna aja") are the whole answer;
        // "pkk juga", "tambah pkk" add to those already chosen (back from the next step, or tapped).
        const adding = text === undefined ? null : addedPartners(textOf(input)!);
        const typed = text === undefined ? null : typedPartners(adding ?? textOf(input)!, data.candidates ?? []);
        if (typed && adding !== null) return partnersTyped({ ...typed, picked: [...new Set([...(data.partners ?? []), ...typed.picked])] }, data);
        return typed ? partnersTyped(typed, data) : { type: 'invalid' };
      },
    }),
    beneficiaries: keepsEarlyPhoto({
      prompt: ({ data }) => {
        if (data.pmksCode !== undefined) return say(t('activities:askPmksCount', { name: pmksName(data.pmksCode) }));
        const codes = data.pmksAll ? PMKS_CODES : PMKS_FOR_CATEGORY[data.category ?? 'lainnya'];
        const so = tally(data);
        return say(
          [t('activities:askBeneficiariesByName'), ...(so ? [t('activities:beneficiariesSoFar', { tally: so })] : [])],
          [
            ...codes.map((code) => ({ id: `pmks:${code}`, label: pmksName(code) })),
            ...(data.pmksAll ? [] : [{ id: 'pmks:other', label: t('activities:pmksOther') }]),
            { id: 'pmks:done', label: t(so ? 'activities:beneficiariesDone' : 'activities:pmksNone') },
          ],
        );
      },
      expects: t('activities:expectsBeneficiaries'),
      example: t('activities:exampleBeneficiariesByName'),
      help: t('activities:pmksList'),
      on(input, { data }) {
        const button = buttonOf(input);
        const text = textOf(input)?.toLowerCase();
        const { pmksCode, pmksAll: _all, ...rest } = data;
        if (pmksCode !== undefined) {
          // The count for the category whose button was pressed ("15", "sekitar 15an", "ada 15 lansia").
          const count = text ? parseCount(text, { min: 1, max: MAX_BENEFICIARIES }) : null;
          // (The category's button said what they are: "25 lansia" after "Lansia terlantar" is that.)
          const named = text && !count?.ok ? parseBeneficiaries(text) : null;
          const only = named?.ok && Object.keys(named.value).length === 1 ? named.value[pmksCode] : undefined;
          if (named?.ok && only === undefined) {
            // "20 lansia terus 5 disabilitas": counts by name for several categories, the whole answer (as typed by name).
            return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries: { ...(data.beneficiaries ?? {}), ...named.value } } };
          }
          const value = count?.ok ? count.value : only;
          if (value === undefined) return { type: 'invalid', reason: t('activities:expectsPmksCount') };
          const beneficiaries = { ...(data.beneficiaries ?? {}), [pmksCode]: (data.beneficiaries?.[pmksCode] ?? 0) + value };
          return { type: 'stay', data: { ...rest, beneficiaries }, reprompt: true };
        }
        if (button === 'pmks:other' || button === 'pmks:list' || text === 'lainnya' || text === 'daftar' || text === 'list') {
          return { type: 'stay', data: { ...data, pmksAll: true }, reprompt: true };
        }
        if (button?.startsWith('pmks:') && /^pmks:\d{1,2}$/.test(button)) {
          const code = PMKS_CODES.find((known) => known === Number(button.slice(5)));
          return code !== undefined ? { type: 'stay', data: { ...data, pmksCode: code }, reprompt: true } : { type: 'invalid' };
        }
        // "udah itu aja", "gak ada, warga umum aja": as ✔️ Selesai / ⏭️ Tidak ada.
        if (button === 'pmks:done' || isSkip(input) || (text !== undefined && saysNoMore(text, 'beneficiaries'))) {
          return { type: 'goto', step: 'summary', data: rest };
        }
        if (!text) return { type: 'invalid' };
        const parsed = parseBeneficiaries(text, countsRead(data));
        // "ada tiga puluh balita sama dua anak disabilitas": the balita weighed as usual are no PMKS,
        // the 2 are; those are kept and the balita said to be left out (was all refused, the 2 lost).
        // Read again only when such people were what refused it (any other refusal stands either way).
        const besides = !parsed.ok && (parsed.error === 'not_neglected' || parsed.error === 'not_neglected_elderly') ? beneficiariesBesidesOrdinary(text, countsRead(data)) : null;
        if (besides) {
          const beneficiaries: Record<string, number> = { ...(data.beneficiaries ?? {}), ...besides.counts };
          return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries }, say: [say(t(`activities:ordinaryLeftOut.${besides.left}`))] };
        }
        if (!parsed.ok) return { type: 'invalid', reason: t(`activities:beneficiaryError.${parsed.error}`) };
        // Typed "20 lansia, 5 fakir miskin" states those counts (a category named again is set, not
        // added to what is recorded so far, as at the summary); the summary shows it by name.
        const beneficiaries: Record<string, number> = { ...(data.beneficiaries ?? {}), ...parsed.value };
        return { type: 'goto', step: 'summary', data: { ...rest, beneficiaries } };
      },
    }),
    summary: {
      prompt: (ctx) =>
        ctx.data.correcting
          ? say([t('activities:correct.intro'), summaryText(ctx), ...photoLines(ctx)], [
              ...CORRECTABLE.map((field) => ({ id: `fix:${field}`, label: t(`activities:correct.field.${field}`) })),
              { id: 'resubmit', label: t('activities:correct.resubmit') },
              ...photoButtons(ctx),
              commandButton('cancel'),
            ])
          : say([summaryText(ctx), ...photoLines(ctx), t('activities:askSave')], [
              { id: 'save', label: t('activities:save') },
              ...photoButtons(ctx),
              commandButton('back'),
              commandButton('cancel'),
            ]),
      expects: t('activities:expectsSummary'),
      on(input, ctx) {
        const corrected = CORRECT_ACTIVITY.result(input);
        if (corrected) return afterCorrection(corrected);
        const kept = KEEP_PHOTO.result(input);
        if (kept) return afterPhoto(kept, ctx.data);
        const saved = CREATE_ACTIVITY.result(input);
        if (saved) return afterSave(saved, ctx.data);
        const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
        // "tanggalnya jumat kemarin", "eh tgl nya salah, harusnya tgl 4": the date corrected in place.
        const dateFix = input.type === 'text' ? summaryDateFix(input.text, ctx) : null;
        if (dateFix) return dateFix;
        // "jenisnya salah, harusnya kesehatan", "ubah jenis": the kind corrected in place, or asked.
        const categoryFix = input.type === 'text' ? summaryCategoryFix(input.text, ctx) : null;
        if (categoryFix) return categoryFix;
        // "uraiannya salah, harusnya …", "ubah uraian": the description corrected in place, or asked.
        const descriptionFix = input.type === 'text' ? summaryDescriptionFix(input.text, ctx) : null;
        if (descriptionFix) return descriptionFix;
        // "12 lansia" typed at the summary corrects that count (the others stay), then the summary
        // again; so does "lansianya bukan 25 tapi 20", "jumlah lansia salah, harusnya 20".
        const typedCounts = input.type === 'text' ? countsTyped(input.text.trim().toLowerCase(), ctx.data) : null;
        if (typedCounts?.ok) {
          const beneficiaries: Record<string, number> = { ...(ctx.data.beneficiaries ?? {}), ...typedCounts.value };
          return { type: 'stay', data: { ...ctx.data, beneficiaries }, say: [say(t('activities:beneficiariesUpdated'))], reprompt: true };
        }
        if (ctx.data.correcting) {
          const field = choice?.startsWith('fix:') ? CORRECTABLE.find((known) => known === choice.slice(4)) : undefined;
          if (field) return { type: 'goto', step: field };
          if (choice === 'resubmit' || (input.type === 'text' && isResubmitAnswer(input.text))) {
            const correction = correctionPayloadOf(ctx.data);
            if (!correction) return incomplete();
            // Nothing fixed yet: said once; pressed again, it goes back as it is, and the officers are told so.
            const unchanged = ctx.data.original !== undefined && correctedFields(ctx.data) === ctx.data.original && (ctx.data.photoIds?.length ?? 0) === 0;
            if (unchanged && ctx.data.unchangedAsked !== true) {
              return { type: 'stay', data: { ...ctx.data, unchangedAsked: true }, say: [say(t('activities:correct.nothingFixed'))], reprompt: true };
            }
            return { type: 'stay', effects: [CORRECT_ACTIVITY.request(unchanged ? { ...correction, unchanged: true } : correction)] };
          }
        }
        // The evidence photo is not a step of its own: sent at the summary (also while correcting,
        // where the officer may have asked for it), it is attached here.
        if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && ctx.env.canReceivePhotos !== false) {
          if (photoCount(ctx.data) >= MAX_PHOTOS_PER_ACTIVITY) {
            return { type: 'stay', say: [say(t('activities:photo.full', { max: MAX_PHOTOS_PER_ACTIVITY }))], reprompt: true };
          }
          return { type: 'stay', effects: [KEEP_PHOTO.request({ shareLocation: ctx.data.shareLocation === true })] };
        }
        if (choice === PHOTO_LOCATION_BUTTON && ctx.env.canReceivePhotos !== false) {
          const shareLocation = ctx.data.shareLocation !== true;
          return {
            type: 'stay',
            data: { ...ctx.data, shareLocation },
            say: [say(t(shareLocation ? 'activities:photo.locationOn' : 'activities:photo.locationOff'))],
            reprompt: true,
          };
        }
        // Correcting: the fields, the photo and 📤 Kirim ulang are the answers (no "Simpan" here).
        if (ctx.data.correcting) {
          return {
            type: 'invalid',
            reason: t('engine.invalid', { expected: t(ctx.env.canReceivePhotos === false ? 'activities:correct.expects' : 'activities:correct.expectsWithPhoto') }),
          };
        }
        if (choice === 'save' || (input.type === 'text' && isSaveAnswer(input.text))) {
          const activity = payloadOf(ctx.data);
          return activity ? { type: 'stay', effects: [CREATE_ACTIVITY.request(activity)] } : incomplete();
        }
        // Where a photo can be sent, the answer the person may be missing is the photo itself.
        return ctx.env.canReceivePhotos === false
          ? { type: 'invalid' }
          : { type: 'invalid', reason: t('engine.invalid', { expected: t('activities:expectsSummaryWithPhoto') }) };
      },
    },
  },
});

/**
 * A correction opened with what the person typed where the activity was shown: made as the
 * summary makes one typed there (the summary shown again with it, or the field's question
 * asked); the summary as it is when the words change nothing there.
 */
function withCorrectionSaid(said: string | null, data: LogData, env: FlowEnv): { step: string; data: LogData; say?: readonly OutboundMessage[] } {
  const summary = logActivityFlow.steps.summary!;
  const outcome = said === null ? null : summary.on({ type: 'text', text: said }, { data, env });
  if (outcome?.type === 'stay' && outcome.data) return { step: 'summary', data: outcome.data, ...(outcome.say && { say: outcome.say }) };
  if (outcome?.type === 'goto') return { step: outcome.step, data: outcome.data ?? data, ...(outcome.say && { say: outcome.say }) };
  return { step: 'summary', data };
}

/** "tanggal", "tgl", "tanggalnya", "the date": the message is about the activity's date. */
const DATE_WORD = /(?:^|[\s,.!])(?:tanggal(?:nya)?|tgl(?:\s?nya)?|tangal(?:nya)?|the date|date)(?=$|[\s,.:!?])/i;

/** "bukan tgl 5 tapi tgl 4", "not the 5th but friday": the date said after "tapi" is the one meant. */
const BUT = /\b(?:tapi|tp|tpi|melainkan|but)\b/i;

/** Words that ask for a change: "ubah tanggal", "tanggalnya salah", "wrong date". */
const CHANGE_WORD = /\b(?:ubah|ganti|salah|keliru|edit|koreksi|perbaiki|change|wrong|fix)\b/i;

/** Words around a date being corrected that are no part of it. */
const DATE_FILLER = new RegExp(
  String.raw`\b(?:eh|ehh|maaf|min|mas|mbak|pak|bu|salah|keliru|harusnya|seharusnya|mestinya|semestinya|sebenarnya|sebenernya|yang|yg|benar|bener|betul|ubah|ganti|diganti|diubah|jadi|itu|kok|ya|dong|deh|aja|saja|sih|kegiatannya|kegiatan|acaranya|is|was|wrong|it|the|should|be|actually|change|to|of|activity|please|sorry)\b`,
  'gi',
);

/**
 * A date typed at the summary to correct it ("tanggalnya jumat kemarin", "eh tgl nya salah,
 * harusnya tgl 4", "the date is wrong, it was friday"): only a message naming the date
 * ("tanggal", "tgl", "date") is read, the words around it dropped. The date is changed and the
 * summary shown again; a date that cannot be logged says why; the date named with no date
 * readable in it ("ubah tanggal") asks the date question, whose answer comes back here.
 * Null for any other message.
 */
function summaryDateFix(text: string, { data, env }: Ctx): StepOutcome<LogData> | null {
  if (!DATE_WORD.test(text)) return null;
  const parts = text.split(BUT);
  const said = (parts.length > 1 ? parts.at(-1)! : text).replace(DATE_WORD, ' ').replace(DATE_FILLER, ' ').replace(/[,.!?:]+/g, ' ').replace(/\s+/g, ' ').trim();
  // "tgl 4" left as "4": the day of this month (or the last one it has passed), as "tgl 4" reads.
  const read = said === '' ? null : parseActivityDate(/^\d{1,2}$/.test(said) ? `tgl ${said}` : said, env.now, undefined, { nearFuture: 'refuse' });
  if (read?.ok) return { type: 'stay', data: { ...data, date: read.value }, say: [say(t('activities:dateUpdated'))], reprompt: true };
  if (read && read.error !== 'not_a_date') return { type: 'stay', say: [say(t(`activities:dateError.${read.error}`))], reprompt: true };
  // Only a wish to change it asks the date again ("tanggalnya udah bener" is no such wish), said
  // of the date: "tanggal udah bener, tapi jumlah lansia salah" is about the count.
  const ofDate = parts.find((part) => DATE_WORD.test(part)) ?? text;
  return CHANGE_WORD.test(ofDate) ? { type: 'goto', step: 'date', data: { ...data, dateOnly: true } } : null;
}

/** "jenis", "jenisnya", "kategori", "the kind": the message is about the activity's kind. */
const CATEGORY_WORD = /(?:^|[\s,.!])(?:jenis(?:nya|e)?|kategori(?:nya)?|macam(?:nya)?|the kind|kind|category|type)(?=$|[\s,.:!?])/iu;

/** Words around a kind being corrected that are no part of it. */
const CATEGORY_FILLER = new RegExp(
  String.raw`\b(?:eh|ehh|maaf|min|mas|mbak|pak|bu|salah|keliru|kleru|harusnya|seharusnya|mestinya|sebenarnya|yang|yg|sing|benar|bener|betul|ubah|ganti|diganti|diubah|jadi|dadi|itu|kok|ya|dong|deh|aja|saja|sih|kegiatannya|kegiatan|acaranya|is|was|wrong|it|the|should|be|actually|change|to|of|activity|please|sorry)\b`,
  'giu',
);

/**
 * A kind typed at the summary to correct it ("jenisnya salah, harusnya kesehatan", "bukan bantuan
 * lansia tapi kesehatan", "the kind should be health"): only a message naming the kind is read,
 * as the date's is. A kind that reads is changed and the summary shown again; a wish to change
 * it with no kind readable ("ubah jenis", "jenisnya salah") asks the kind question, whose
 * answer comes back here. Null for any other message.
 */
function summaryCategoryFix(text: string, { data }: Ctx): StepOutcome<LogData> | null {
  if (!CATEGORY_WORD.test(text)) return null;
  const parts = text.split(BUT);
  const said = (parts.length > 1 ? parts.at(-1)! : text).replace(CATEGORY_WORD, ' ').replace(CATEGORY_FILLER, ' ').replace(/\b(?:bukan|dudu|not)\b.*$/iu, ' ').replace(/[,.!?:]+/g, ' ').replace(/\s+/g, ' ').trim();
  const category = said === '' ? null : matchChoice(said, ACTIVITY_CATEGORY_WORDS);
  if (category) return { type: 'stay', data: { ...data, category }, say: [say(t('activities:categoryUpdated'))], reprompt: true };
  const ofKind = parts.find((part) => CATEGORY_WORD.test(part)) ?? text;
  return CHANGE_WORD.test(ofKind) ? { type: 'goto', step: 'category', data: { ...data, dateOnly: true } } : null;
}

/** The data without the mark of a question asked from the summary ({@link LogData.dateOnly}). */
function withoutOnly(data: LogData): LogData {
  const { dateOnly: _only, ...rest } = data;
  return rest;
}

/** "uraian", "keterangan", "kegiatannya", Sundanese "kagiatanana", "the description": the message is about the description. */
const DESCRIPTION_WORDS = String.raw`(?:uraian|deskripsi|keterangan|cerita|kegiatan|kagiatan|acara)(?:nya|ne|e|ana|na)?|the\s+description|description`;
/** "uraiannya salah, harusnya …", "kegiatannya kleru, sing bener …", "the description should be …": the right one after it. */
const DESCRIPTION_WITH_VALUE = new RegExp(
  String.raw`^(?:eh\s+)?(?:${DESCRIPTION_WORDS})(?:\s+(?:is\s+)?(?:salah|keliru|kleru|lepat|kurang\s+tepat|wrong))?[\s,]*(?:harusnya|seharusnya|mestinya|(?:yang|yg|sing|nu)\s+(?:benar|bener|betul|leres)|kudune|kedahna|(?:it\s+)?should\s+be|:)[\s,:]*(\S.*)$`,
  'iu',
);
/** "ganti uraian jadi …", "ubah keterangan: …". */
const DESCRIPTION_CHANGED = new RegExp(String.raw`^(?:ubah|ganti|edit|koreksi|change)\s+(?:${DESCRIPTION_WORDS})(?:\s+(?:jadi|menjadi|dadi|to)\s+|\s*:\s*)(\S.*)$`, 'iu');
/** "ubah uraian", "uraiannya salah", "kegiatannya kleru": a wish to change it, no value. */
const DESCRIPTION_ASKED = new RegExp(String.raw`^(?:(?:ubah|ganti|edit|koreksi|perbaiki|change)\s+(?:${DESCRIPTION_WORDS})|(?:${DESCRIPTION_WORDS})\s+(?:salah|keliru|kleru|lepat|wrong))[\s.!]*$`, 'iu');

/**
 * A description typed at the summary to correct it: with the right one ("uraiannya salah,
 * harusnya …", "ganti uraian jadi …") it is changed in place when it reads as the description
 * question reads one; a wish to change it alone ("ubah uraian") asks that question, whose answer
 * comes back here. Null for any other message.
 */
function summaryDescriptionFix(text: string, { data }: Ctx): StepOutcome<LogData> | null {
  const typed = text.trim();
  const value = (DESCRIPTION_WITH_VALUE.exec(typed) ?? DESCRIPTION_CHANGED.exec(typed))?.[1];
  if (value !== undefined) {
    const read = readFreeText({ type: 'text', text: value }, DESCRIPTION_MIN, DESCRIPTION_MAX);
    if (read.ok) return { type: 'stay', data: { ...data, description: read.value }, say: [say(t('activities:descriptionUpdated'))], reprompt: true };
  }
  return value !== undefined || DESCRIPTION_ASKED.test(typed) ? { type: 'goto', step: 'description', data: { ...data, dateOnly: true } } : null;
}

/**
 * A count said wrong with the right one ("lansianya bukan 25 tapi 20", "jumlah lansia salah,
 * harusnya 20"), written as the beneficiaries question reads a count ("20 lansia"); null for
 * any other text.
 */
function countSaidRight(text: string): string | null {
  const said =
    /^(?:jumlah\s+)?(\p{L}[\p{L}\s]*?)(?:nya|ne)?\s+(?:(?:bukan|dudu|not)\s+\d+|salah|keliru|kleru)[\s,]*(?:(?:tapi|tp|tpi|melainkan|harusnya|seharusnya|(?:yang|yg|sing)\s+(?:benar|bener)|but)\b)?[\s,:]*(\d+)(?:\s*orang)?$/iu.exec(text);
  return said ? `${said[2]!} ${said[1]!.trim()}` : null;
}

/**
 * Counts typed at the summary ("12 lansia"), or a count said wrong with the right one
 * ({@link countSaidRight}). Such a correction names a category already recorded: at a health
 * service "lansianya bukan 25 tapi 20" is the 25 Lansia terlantar recorded (a bare "lansia"
 * typed there otherwise is ordinary elderly, no PMKS).
 */
function countsTyped(text: string, data: LogData): ReturnType<typeof parseBeneficiaries> {
  const corrected = countSaidRight(text);
  const read = parseBeneficiaries(corrected ?? text, countsRead(data));
  if (read.ok || corrected === null) return read;
  const recorded = parseBeneficiaries(corrected, { ordinaryElderly: false });
  const known = recorded.ok && Object.keys(recorded.value).every((code) => (data.beneficiaries?.[code] ?? 0) > 0);
  return known ? recorded : read;
}

/** The steps a correction may revisit (partners are fixed: withdraw and log again to change them). */
const CORRECTABLE = ['date', 'category', 'description', 'beneficiaries'] as const;

const PHOTO_LOCATION_BUTTON = 'photo:location';

/** The activity's photos: those it had (when correcting) and those sent now. */
function photoCount(data: LogData): number {
  return (data.photosBefore ?? 0) + (data.photoIds?.length ?? 0);
}

/** The summary's photo lines: how to add one as evidence, or how many are in (none where the channel cannot carry one). */
function photoLines({ data, env }: Ctx): Text[] {
  if (env.canReceivePhotos === false) return [];
  const count = photoCount(data);
  if (count === 0) return [t('activities:photo.invite', { max: MAX_PHOTOS_PER_ACTIVITY })];
  if (count >= MAX_PHOTOS_PER_ACTIVITY) return [t('activities:photo.countFull', { max: MAX_PHOTOS_PER_ACTIVITY })];
  return [t('activities:photo.countMore', { count, max: MAX_PHOTOS_PER_ACTIVITY })];
}

/** The location choice, offered while another photo can still be sent. */
function photoButtons({ data, env }: Ctx): Button[] {
  if (env.canReceivePhotos === false || photoCount(data) >= MAX_PHOTOS_PER_ACTIVITY) return [];
  return [{ id: PHOTO_LOCATION_BUTTON, label: t(data.shareLocation === true ? 'activities:photo.locationButtonOn' : 'activities:photo.locationButtonOff') }];
}

/** A photo sent at the summary: attached (the summary is shown again with the count) or refused with the reason. */
function afterPhoto(kept: KeepPhotoResult, data: LogData): StepOutcome<LogData> {
  if (kept.kind === 'rejected') return { type: 'stay', say: [say(t(`activities:photo.rejected.${kept.reason}`))], reprompt: true };
  const photoIds = [...(data.photoIds ?? []), kept.photoId];
  return {
    type: 'stay',
    data: { ...data, photoIds },
    say: [say(t('activities:photo.received', { count: photoIds.length + (data.photosBefore ?? 0), max: MAX_PHOTOS_PER_ACTIVITY }))],
    reprompt: true,
  };
}

function summaryText({ data, env }: Ctx) {
  const partners = data.partnerNames ?? (data.candidates ?? []).filter((group) => data.partners?.includes(group.id)).map((group) => group.name);
  return t('activities:summary', {
    group: data.own?.name ?? '',
    date: data.date ? formatDateId(data.date, env.person.locale === 'en' ? 'en' : 'id') : '',
    category: t(`activities:category.${data.category ?? 'lainnya'}`),
    description: data.description ?? '',
    partners: partners.length > 0 ? andListText(partners) : t('activities:noneChosen'),
    beneficiaries: tally(data) ?? t('activities:noneChosen'),
  });
}

/** The activity to save; null when a field is missing (the earlier steps set them all). */
function payloadOf({ own, date, category, description, partners, beneficiaries, photoIds }: LogData): z.infer<typeof CREATE_ACTIVITY.schema> | null {
  if (!own || !date || !category || !description) return null;
  return { date, category, description, ownGroupId: own.id, partnerGroupIds: [...(partners ?? [])], beneficiaries: { ...beneficiaries }, photoIds: [...(photoIds ?? [])] };
}

/** The correction to send; null when a field is missing (a correction starts with all of them). */
function correctionPayloadOf({ correcting, date, category, description, beneficiaries, photoIds }: LogData): z.infer<typeof CORRECT_ACTIVITY.schema> | null {
  if (!correcting || !date || !category || !description) return null;
  return { activityId: correcting, date, category, description, beneficiaries: { ...beneficiaries }, photoIds: [...(photoIds ?? [])] };
}

/**
 * A stored state missing a field the summary needs (none of this version's steps leave one
 * out): said as for a conversation dropped by an update, and back to the menu.
 */
function incomplete(): StepOutcome<LogData> {
  return { type: 'done', say: [say(t('engine.restarted'))], menu: true };
}

function afterCorrection(result: ActivityChangeResult): StepOutcome<LogData> {
  return { type: 'done', say: [say(t(`activities:correct.outcome.${result.kind}`))], menu: true };
}

function afterSave(result: CreateActivityResult, data: LogData): StepOutcome<LogData> {
  if (result.kind === 'forbidden') return { type: 'done', say: [say(t('activities:forbidden'))], menu: true };
  const saved = t('activities:saved');
  if (result.partnerNames.length === 0) return { type: 'done', say: [say([saved, t('activities:notJointYet')])], menu: true };
  // A partner the reporter leads too (one of their own groups, read at the start): "Ketua <it>
  // diminta…" would name the reporter as someone else. Their confirmation waits in their own 📥.
  const self = (data.groups ?? []).filter((group) => group.id !== data.own?.id && (data.partners ?? []).includes(group.id)).map((group) => group.name);
  const others = [...result.partnerNames];
  for (const name of self) {
    const at = others.indexOf(name);
    if (at >= 0) others.splice(at, 1);
  }
  return {
    type: 'done',
    say: [
      say([
        saved,
        ...(others.length > 0 ? [t('activities:partnersAsked', { partners: andListText(others) })] : []),
        ...(self.length > 0 ? [t('activities:partnersSelf', { partners: andListText(self) })] : []),
      ]),
    ],
    menu: true,
  };
}
