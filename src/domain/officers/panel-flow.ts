/**
 * "🛡️ Petugas": an officer's own menu — their name, kind and areas, the records waiting for
 * verification, the recap of their area (📊 its desa per level, shown by the counts flow),
 * which alert kinds they muted, their quiet hours, setting a desa's level by hand, and a
 * one-time sign-in link and code for the dashboard (a new one replaces the old).
 * Opened from the main menu, by "petugas", or by the button of a digest. An officer whose
 * name is not on record (enrolled before it was asked, or who skipped it) is asked it when
 * the menu opens, with the menu's buttons still there: one answer, nothing blocked.
 */
import { deepLinkButtonId, defineFlow, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { commandButton } from '../../core/engine/commands.js';
import { say, type Button, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { alertKindLabelKey, OFFICER_ALERT_KINDS, type OfficerAlertKind } from '../model/alert-kinds.js';
import { listText } from '../model/message-parts.js';
import { OFFICER_PANEL_DEEP_LINK } from '../model/deep-links.js';
import { AREA_COUNTS_FLOW_ID } from '../model/area-counts.js';
import { buttonOf, isSkip, textOf } from '../flow-kit.js';
import { guardingName, type NameAsked } from '../name-step.js';
import { activeTokensText, DASHBOARD_TOKEN_TTL_MS, SIGN_IN_CODE_TTL_MS } from '../model/sign-in-tokens.js';
import {
  OFFICER_DASHBOARD_SIGN_IN,
  OFFICER_DASHBOARD_TOKENS,
  OFFICER_PENDING,
  OFFICER_PROFILE,
  OFFICER_SET_MUTES,
  OFFICER_SET_NAME,
  OFFICER_SET_QUIET_HOURS,
  type DashboardSignInResult,
  type DashboardTokens,
} from './effects.js';
import { asksForPanel, asksLater, readOfficerName } from './officer-name.js';
import { areaGroupsMessage, OFFICER_AREA_GROUPS } from './area-groups.js';
import { introducesName } from '../parse/name-intro.js';
import { OFFICER_OVERRIDE_FLOW_ID, type OverrideAsked } from './override-flow.js';
import type { PendingList, PendingVerification } from '../model/reports.js';
import { pendingItemMessage, pendingMessages } from './pending-messages.js';
import { namedVerdict, noneNamed, otherNamed, verdictSaid } from './pending-words.js';
import type { OfficerProfile } from './profile.js';
import { nameSavedText, profileText, quietSavedText, quietText } from './profile-text.js';
import { rangeWithEdge, type QuietEdge } from './quiet-hours.js';
import { asksPendingList, isQuietOffAnswer, panelWish, quietHoursInText, type PanelWish } from './panel-words.js';
import { encodeVerifyTarget, OFFICER_VERIFY_FLOW_ID, type VerifyAction } from './verify-target.js';
import { muteButtonId, MUTES_DONE_BUTTON, OFFICER_PANEL_FLOW_ID, PANEL_BUTTON, panelWishOfButton, QUIET_OFF_BUTTON, type PanelButtonInput } from './panel-buttons.js';

export { OFFICER_PANEL_FLOW_ID };

interface PanelData extends NameAsked {
  readonly profile?: OfficerProfile;
  /** The words the pending list was asked with ("verifikasi kelompok tani sri rejeki"): the record they name is decided. */
  readonly words?: string;
  /** The one record a pending list showed: "ok saya verifikasi yang itu", "tolak, <reason>" decide it. */
  readonly one?: PendingVerification;
  /** Alert kinds asked off or on in words, waiting for the profile (which the new mutes are made from). */
  readonly wish?: Extract<PanelWish, { kind: 'mute' }>;
  /** What those words switched, said once it is saved. */
  readonly switched?: Extract<PanelWish, { kind: 'mute' }>;
  /** The phone given with a new name, said back once it is saved. */
  readonly savedPhone?: string;
  /**
   * Another flow asked for in words at the menu, opened once the profile is read (it says
   * whether this is an officer): 🏷️ with a desa's level, or 📊 the recap of their area.
   */
  readonly opens?: Extract<PanelWish, { kind: 'override' | 'recap' }>;
  /** A desa's level asked for in words, as states saved before `opens` hold it: read by {@link opensAsked}. */
  readonly override?: Extract<PanelWish, { kind: 'override' }>;
  /** One end of the quiet hours said alone ("mulai jam 10 mlm"), waiting for the profile (which holds the other). */
  readonly edge?: QuietEdge;
  /** The end of the quiet hours taken from the usual ones (none was in force), said with the hours once saved. */
  readonly usual?: QuietEdge['edge'];
}

/** The flow asked for in words at the menu, waiting for the profile (an older state's `override` too). */
function opensAsked(data: PanelData): PanelData['opens'] {
  return data.opens ?? data.override;
}

type Outcome = StepOutcome<PanelData>;

/** A profile result (of reading or changing it), or the end of the flow for someone who is not an officer (any more). */
function withProfile(input: StepInput, then: (profile: OfficerProfile) => Outcome): Outcome {
  const profile = OFFICER_PROFILE.result(input) ?? OFFICER_SET_MUTES.result(input) ?? OFFICER_SET_QUIET_HOURS.result(input);
  if (!profile) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
  return then(profile);
}

/** Shows the step again with a fresh profile (and a note that it was saved). */
function stay(profile: OfficerProfile, savedKey?: string): Outcome {
  return { type: 'stay', data: { profile }, reprompt: true, ...(savedKey ? { say: [say(t(savedKey))] } : {}) };
}

/**
 * The one-time link and code, in this reply only: not kept in the flow's data, and the flow
 * ends so a re-prompt does not repeat them. No long-lived token ever appears in the chat.
 */
function dashboardReply(result: DashboardSignInResult): Outcome {
  if (!result) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
  const minutes = Math.round(SIGN_IN_CODE_TTL_MS / 60_000);
  const days = Math.round(DASHBOARD_TOKEN_TTL_MS / 86_400_000);
  // A way on after the one-time link: the panel again, or the menu (it was a reply without buttons).
  const onward = [panelButton(), menuButton()];
  if (!result.url || !result.link) return { type: 'done', say: [say(t('officers:dashboard.issuedNoUrl', { code: result.code, minutes, days }), onward)] };
  // The link is a link part, not text: a URL button on Telegram, its own line elsewhere.
  const message: OutboundMessage = {
    ...say(t('officers:dashboard.issued', { url: result.url, code: result.code, minutes, days }), onward),
    links: [{ url: result.link, label: t('officers:dashboard.linkButton') }],
  };
  return { type: 'done', say: [message] };
}

/** The panel's button for the dashboard's one-time sign-in. */
function dashboardButton(): Button {
  return { id: PANEL_BUTTON.dashboard, label: t('officers:panel.dashboard') };
}

/**
 * The tokens in force, as Data saya lists them, with the sign-in as a button: asking about
 * them mints nothing. The panel stays open, so the button (or words) still work.
 */
function tokensReply(tokens: DashboardTokens): Outcome {
  if (!tokens) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
  const active = tokens.map((token) => ({ createdAt: new Date(token.createdAt), lastUsedAt: token.lastUsedAt === null ? null : new Date(token.lastUsedAt) }));
  return { type: 'stay', say: [say(activeTokensText(active), [dashboardButton(), menuButton()])] };
}

/** Words for the pending list typed at the panel ("verifikasi", "yang menunggu"). */
const PENDING_WORDS = new Set(['verifikasi', 'menunggu', 'menunggu verifikasi', 'yang menunggu', 'tolak', 'pending', 'daftar', 'verify']);

/** Whether the panel was started for its pending list. */
function pendingAsked(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false;
  const asked = input as { pending?: unknown; deepLinkArg?: unknown };
  return asked.pending === true || asked.deepLinkArg === PENDING_LINK_ARG;
}

/** The words the pending list was asked with, if any. */
function wordsAsked(input: unknown): string | undefined {
  const words = typeof input === 'object' && input !== null ? (input as { words?: unknown }).words : undefined;
  return typeof words === 'string' ? words.slice(0, 300) : undefined;
}

/** The verification flow for a record and a verdict said in words (a rejection's reason, when said, goes along). */
function startVerdict(item: PendingVerification, action: VerifyAction, reason?: string | null): Outcome {
  const deepLinkArg = encodeVerifyTarget({ type: item.type, id: item.id, action });
  return { type: 'start', flow: OFFICER_VERIFY_FLOW_ID, input: { deepLinkArg, ...(reason ? { reason } : {}) }, replace: true };
}

/**
 * The pending list's result: the one record the words asked with name, decided as said; a
 * list of one record, kept on screen so that "verifikasi yang itu" or "tolak, <reason>"
 * decides it; otherwise the list, its last message with the panel's and the menu's buttons.
 */
function afterPending(pending: PendingList, data: PanelData): Outcome {
  const named = data.words !== undefined ? namedVerdict(data.words, pending.items) : null;
  if (named) return startVerdict(named.item, named.action, named.reason);
  // A record named that is not on the list (another desa's, a typo): said, so the list is not taken for it.
  const missing = data.words !== undefined && pending.items.length === pending.total ? noneNamed(data.words, pending.items) : null;
  const listed = pendingMessages(pending.items, pending.total, pending.own);
  const messages = missing !== null ? [say(t('officers:pending.notListed', { words: missing })), ...listed] : listed;
  const only = pending.total === 1 && pending.items.length === 1 ? pending.items[0] : undefined;
  const { words: _words, ...kept } = data;
  if (only) return { type: 'goto', step: 'one', data: { ...kept, one: only }, say: messages.slice(0, -1) };
  // An empty list, or one of several records (each with its own buttons): the last message also
  // leads on (the panel's home, the main menu), as the one record's does, so the list never ends the panel in a dead end.
  return { type: 'done', say: withButtons(messages, [panelButton(), menuButton()]) };
}

/** Buttons added to the last of `messages` (a reply that would otherwise end without a way on). */
function withButtons(messages: readonly OutboundMessage[], buttons: readonly Button[]): OutboundMessage[] {
  const last = messages.at(-1);
  if (!last) return [];
  return [...messages.slice(0, -1), { ...last, buttons: [...(last.buttons ?? []), ...buttons] }];
}

/** 🛡️ Menu petugas: the panel again, from a reply that ended it. */
function panelButton(): Button {
  return { id: deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, ''), label: t('officers:button.openPanel') };
}

/** The panel's deep link argument that opens its pending list at once. */
const PENDING_LINK_ARG = 'v';

/** 📋 Menunggu verifikasi: the pending list, from a message outside the panel (a new officer's welcome). */
export function pendingListButton(): Button {
  return { id: deepLinkButtonId(OFFICER_PANEL_DEEP_LINK, PENDING_LINK_ARG), label: t('officers:panel.pending') };
}

/** The main menu. */
function menuButton(): Button {
  return commandButton('menu');
}

/** The panel button the panel was opened by ({@link PanelButtonInput}), if any. */
function buttonPressed(input: unknown): string | undefined {
  const button = typeof input === 'object' && input !== null ? (input as Partial<PanelButtonInput>).button : undefined;
  return typeof button === 'string' ? button : undefined;
}

/** Whether the pending list was asked for all at once ("verifikasi semua aja"). */
function allAsked(input: unknown): boolean {
  return typeof input === 'object' && input !== null && (input as { all?: unknown }).all === true;
}

/** The menu's buttons, shown by its home and by the name question (which leaves them usable). */
function homeButtons() {
  return [
    { id: PANEL_BUTTON.pending, label: t('officers:panel.pending') },
    { id: PANEL_BUTTON.recap, label: t('officers:panel.recap') },
    { id: PANEL_BUTTON.mutes, label: t('officers:panel.mutes') },
    { id: PANEL_BUTTON.quiet, label: t('officers:panel.quiet') },
    { id: PANEL_BUTTON.override, label: t('officers:panel.override') },
    dashboardButton(),
    { id: PANEL_BUTTON.name, label: t('officers:panel.name') },
    commandButton('menu'),
  ];
}

/** The mutes after switching the kinds asked for off or on, in the mute screen's order. */
function mutesAfter(profile: OfficerProfile, wish: Extract<PanelWish, { kind: 'mute' }>): OfficerAlertKind[] {
  const muted = (kind: OfficerAlertKind) => (wish.kinds.includes(kind) ? wish.muted : profile.mutedKinds.includes(kind));
  return OFFICER_ALERT_KINDS.filter(muted);
}

/**
 * What the panel does for a wish said in words (see ./panel-words.ts): sets quiet hours or
 * switches alert kinds at once (said back when saved), signs in to the dashboard, or opens
 * the screen asked for. `data.profile` is what it has read; without one it reads it first.
 */
function onWish(wish: PanelWish, data: PanelData): Outcome {
  const { one: _one, ...kept } = data;
  switch (wish.kind) {
    case 'quiet':
      return { type: 'goto', step: 'quiet', data: kept, effects: [OFFICER_SET_QUIET_HOURS.request(wish.range)] };
    case 'quietOff':
      return { type: 'goto', step: 'quiet', data: kept, effects: [OFFICER_SET_QUIET_HOURS.request(null)] };
    case 'quietEdge': {
      const edge: QuietEdge = { edge: wish.edge, min: wish.min };
      return kept.profile ? edgeSaid(edge, { ...kept, profile: kept.profile }) : { type: 'goto', step: 'quiet', data: { ...kept, edge }, effects: [OFFICER_PROFILE.request(undefined)] };
    }
    case 'quietOpen':
      return kept.profile ? { type: 'goto', step: 'quiet', data: kept } : { type: 'goto', step: 'quiet', data: kept, effects: [OFFICER_PROFILE.request(undefined)] };
    case 'mutes':
      return kept.profile ? { type: 'goto', step: 'mutes', data: kept } : { type: 'goto', step: 'mutes', data: kept, effects: [OFFICER_PROFILE.request(undefined)] };
    case 'mute':
      if (!kept.profile) return { type: 'goto', step: 'mutes', data: { ...kept, wish }, effects: [OFFICER_PROFILE.request(undefined)] };
      return { type: 'goto', step: 'mutes', data: { ...kept, switched: wish }, effects: [OFFICER_SET_MUTES.request({ kinds: mutesAfter(kept.profile, wish) })] };
    case 'dashboard':
      return { type: 'goto', step: 'home', data: kept, effects: [OFFICER_DASHBOARD_SIGN_IN.request(undefined)] };
    case 'tokens':
      return { type: 'goto', step: 'home', data: kept, effects: [OFFICER_DASHBOARD_TOKENS.request(undefined)] };
    case 'download':
      // The files are the dashboard's: said where, then its one-time sign-in.
      return { type: 'goto', step: 'home', data: kept, say: [say(t('officers:dashboard.forDownloads'))], effects: [OFFICER_DASHBOARD_SIGN_IN.request(undefined)] };
    case 'name':
      return kept.profile ? { type: 'goto', step: 'name', data: kept } : { type: 'goto', step: 'name', data: kept, effects: [OFFICER_PROFILE.request(undefined)] };
    case 'pending':
      return { type: 'goto', step: 'home', data: kept, effects: [OFFICER_PENDING.request(undefined)] };
    case 'groups':
      return { type: 'goto', step: 'home', data: kept, effects: [OFFICER_AREA_GROUPS.request({ uncountedOnly: wish.uncountedOnly })] };
    case 'override':
      return overrideStart(wish);
    case 'recap':
      return recapStart(wish);
  }
}

/**
 * One end of the quiet hours said alone: saved with the other end in force (or, with none, the
 * usual one, said back); the quiet question again when both ends would be one minute.
 */
function edgeSaid(edge: QuietEdge, data: PanelData & { readonly profile: OfficerProfile }): Outcome {
  const { edge: _edge, ...kept } = data;
  const { quietStartMin, quietEndMin } = data.profile;
  const range = rangeWithEdge(edge, { ...(quietStartMin !== null && { startMin: quietStartMin }), ...(quietEndMin !== null && { endMin: quietEndMin }) });
  if (!range) return { type: 'goto', step: 'quiet', data: kept };
  const other = edge.edge === 'start' ? quietEndMin : quietStartMin;
  return { type: 'goto', step: 'quiet', data: { ...kept, ...(other === null && { usual: edge.edge === 'start' ? 'end' : 'start' }) }, effects: [OFFICER_SET_QUIET_HOURS.request(range)] };
}

/** 📊 Rekap wilayah: the counts of the officer's own areas (each, or which one asked), of a kind when said ("kabupaten saya"). */
function recapStart(wish: Extract<PanelWish, { kind: 'recap' }>): Outcome {
  return { type: 'start', flow: AREA_COUNTS_FLOW_ID, input: { mine: true, ...(wish.of && { of: wish.of }) }, replace: true };
}

/** 🏷️ Tetapkan tingkat desa, with the desa and the level said in words ("… panggungharjo jadi aktif"). */
function overrideStart(wish: Extract<PanelWish, { kind: 'override' }>): Outcome {
  const input: OverrideAsked = { ...(wish.query !== null && { query: wish.query }), ...(wish.level !== null && { level: wish.level }) };
  return { type: 'start', flow: OFFICER_OVERRIDE_FLOW_ID, input, replace: true };
}

/** "🔕 Dimatikan: Kelompok baru." for kinds switched in words. */
function switchedText(switched: Extract<PanelWish, { kind: 'mute' }>): OutboundMessage {
  return say(t(switched.muted ? 'officers:mutes.switchedOff' : 'officers:mutes.switchedOn', { kinds: listText(switched.kinds.map((kind) => t(alertKindLabelKey(kind)))) }));
}

/** What the menu's home does with an input (the name question hands it what is no name). */
function onHome(input: StepInput, data: PanelData): Outcome {
  if (input.type === 'effect-result') {
    if (OFFICER_PENDING.is(input)) {
      const pending = input.value;
      if (!pending) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
      return afterPending(pending, data);
    }
    if (OFFICER_DASHBOARD_SIGN_IN.is(input)) return dashboardReply(input.value);
    if (OFFICER_DASHBOARD_TOKENS.is(input)) return tokensReply(input.value);
    if (OFFICER_AREA_GROUPS.is(input)) {
      if (!input.value) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
      return { type: 'done', say: [areaGroupsMessage(input.value, [panelButton(), menuButton()])] };
    }
    // "tetapkan tingkat desa panggungharjo jadi aktif", "rekap wilayah saya" at the menu: read as an officer, now it opens.
    const opens = opensAsked(data);
    if (opens && OFFICER_PROFILE.is(input)) return input.value ? onWish(opens, data) : withProfile(input, stay);
    // The first read when the menu opens: a name not on record is asked first.
    const firstRead = data.profile === undefined && OFFICER_PROFILE.is(input);
    return withProfile(input, (profile) => (firstRead && profile.name === null ? { type: 'goto', step: 'name', data: { profile } } : stay(profile)));
  }
  const choice = buttonOf(input) ?? textOf(input)?.toLowerCase();
  if (choice === PANEL_BUTTON.pending || (choice !== undefined && choice !== null && PENDING_WORDS.has(choice.trim()))) {
    return { type: 'stay', effects: [OFFICER_PENDING.request(undefined)] };
  }
  if (choice === PANEL_BUTTON.mutes) return { type: 'goto', step: 'mutes', data };
  if (choice === PANEL_BUTTON.quiet) return { type: 'goto', step: 'quiet', data };
  if (choice === PANEL_BUTTON.override) return { type: 'start', flow: OFFICER_OVERRIDE_FLOW_ID, replace: true };
  if (choice === PANEL_BUTTON.recap) return recapStart({ kind: 'recap' });
  if (choice === PANEL_BUTTON.dashboard) return { type: 'stay', effects: [OFFICER_DASHBOARD_SIGN_IN.request(undefined)] };
  if (choice === PANEL_BUTTON.name) return { type: 'goto', step: 'name', data };
  // A button of the panel's other screens, pressed in an old message (its mute screen, "matikan" of its quiet hours): done here, not refused.
  const pressed = input.type === 'button' ? panelWishOfButton(input.id) : null;
  if (pressed) return onWish(pressed, data);
  if (choice === MUTES_DONE_BUTTON) return { type: 'stay', reprompt: true };
  // "petugas" typed at the menu already open (after a desa's status checked from it): its summary afresh.
  if (input.type === 'text' && asksForPanel(input)) return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, replace: true };
  // "minta link dasbor", "jam 9 malam sampai jam 5 pagi", "matikan notifikasi kelompok baru".
  const typed = textOf(input);
  const wish = typed !== null ? panelWish(typed, 'panel') : null;
  if (wish) return onWish(wish, data);
  // "my name is Wulan Sari" from an officer with no name on record: kept, as at the name question (was "one of the buttons").
  if (typed !== null && data.profile?.name === null && introducesName(typed)) {
    const answer = readOfficerName(input);
    if (answer.ok) return { type: 'goto', step: 'name', data: { ...data, savedPhone: answer.value.phone ?? undefined }, effects: [OFFICER_SET_NAME.request(answer.value)] };
  }
  return { type: 'invalid' };
}

/** The officer menu flow. */
export const officerPanelFlow = defineFlow<PanelData>({
  id: OFFICER_PANEL_FLOW_ID,
  // 2: the profile carries the officer's name.
  // (`opens` is optional: older states read as before; an older `override` is read as `opens`.)
  version: 2,
  title: t('menu.officer'),
  deepLink: OFFICER_PANEL_DEEP_LINK,
  // Started with `{ pending: true }` ("verifikasi" typed): the pending list at once.
  start: (input) => {
    // "jam tenang saya jam 10 malam - jam 6 pagi ya", "saya tidak mau dapat ringkasan mingguan" at the menu: done here.
    const words = wordsAsked(input);
    // One of the panel's buttons pressed after it closed (./panel-buttons.ts): the panel at what it asks for.
    const pressed = buttonPressed(input);
    const wish = pressed !== undefined ? panelWishOfButton(pressed) : words !== undefined ? panelWish(words, 'menu') : null;
    // The flow cannot start another from here: the profile is read first (it says whether this is an officer).
    if (wish?.kind === 'override' || wish?.kind === 'recap') return { step: 'home', data: { opens: wish }, effects: [OFFICER_PROFILE.request(undefined)] };
    if (wish && wish.kind !== 'pending') {
      const outcome = onWish(wish, {});
      if (outcome.type === 'goto') return { step: outcome.step, data: outcome.data ?? {}, effects: [...(outcome.effects ?? [])], ...(outcome.say && { say: outcome.say }) };
    }
    // The list asked in words ("verifikasi dasa wisma melati"): the words go with it, to decide the record they name.
    return pendingAsked(input) || wish?.kind === 'pending'
      ? {
          step: 'home',
          data: words === undefined ? {} : { words },
          effects: [OFFICER_PENDING.request(undefined)],
          // "verifikasi semua aja": each record is decided on its own, said before the list.
          ...(allAsked(input) && { say: [say(t('officers:panel.oneByOne'))] }),
        }
      : { step: 'home', data: {}, effects: [OFFICER_PROFILE.request(undefined)] };
  },
  steps: {
    home: {
      prompt: ({ data }) => say(data.profile ? profileText(data.profile) : t('officers:panel.loading'), homeButtons()),
      // After a desa's status (or another flow) checked from here: the summary is above already, the buttons are what is needed.
      afterFlow: () => say(t('officers:panel.afterFlow'), homeButtons()),
      expects: t('officers:panel.expects'),
      on: (input, { data }) => onHome(input, data),
    },
    name: guardingName<PanelData>({
      prompt: ({ data }) =>
        say(
          data.profile ? [profileText(data.profile), t(data.profile.name === null ? 'officers:name.askMissing' : 'officers:name.change')] : t('officers:name.ask'),
          homeButtons(),
        ),
      expects: t('officers:name.expects'),
      example: t('officers:name.example'),
      // A question typed here is answered, not taken for a name.
      asides: true,
      on(input, { data }) {
        if (OFFICER_SET_NAME.is(input)) {
          const profile = input.value;
          if (!profile) return { type: 'done', say: [say(t('officers:panel.notOfficer'))], menu: true };
          return { type: 'goto', step: 'home', data: { profile }, say: [say(nameSavedText(profile.name ?? '', data.savedPhone))] };
        }
        // The menu's buttons and words work here as on its home.
        const text = textOf(input)?.toLowerCase().trim();
        if (input.type !== 'text' || (text !== undefined && (PENDING_WORDS.has(text) || asksPendingList(text)))) return onHome(input, data);
        if (isSkip(input) || asksLater(input)) return { type: 'goto', step: 'home', data };
        // "petugas" typed again names nobody: the menu is already open.
        if (asksForPanel(input)) return { type: 'stay', reprompt: true };
        const answer = readOfficerName(input);
        if (!answer.ok) return answer.reason ? { type: 'invalid', reason: answer.reason } : { type: 'invalid' };
        return { type: 'stay', data: { ...data, savedPhone: answer.value.phone ?? undefined }, effects: [OFFICER_SET_NAME.request(answer.value)] };
      },
    }, () => 'person'),
    // A pending list of one record, on screen: its buttons, or the verdict typed for "that one".
    one: {
      prompt: ({ data }) => {
        const item = data.one ? pendingItemMessage(data.one) : say(t('officers:pending.none'));
        return { ...item, buttons: [...(item.buttons ?? []), panelButton(), menuButton()] };
      },
      expects: t('officers:pending.expectsVerdict'),
      on(input, { data }) {
        // "petugas" again: the panel's home, afresh.
        if (asksForPanel(input)) return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, replace: true };
        const said = textOf(input);
        // "verifikasi", "tolak" alone are the list's own words (the list again): a verdict says which ("yang itu") or why.
        // So is the list asked for in a sentence ("ada yang perlu saya verifikasi?"): no verdict.
        const listAsked = said !== null && (PENDING_WORDS.has(said.toLowerCase().replace(/[.!]+$/u, '').trim()) || asksPendingList(said));
        const verdict = said !== null && !listAsked ? verdictSaid(said) : null;
        if (verdict && data.one && said !== null) {
          // The record's own name, a reason after it ("tolak sri rejeki karena …"): the reason without the name.
          const named = namedVerdict(said, [data.one]);
          if (named) return startVerdict(data.one, named.action, named.reason);
          // "verifikasi posyandu mawar" under another record: not that one (it was verified).
          const other = otherNamed(said, data.one);
          if (other !== null) return { type: 'stay', reprompt: true, say: [say(t('officers:pending.notListed', { words: other }))] };
          return startVerdict(data.one, verdict.action, verdict.action === 'reject' ? verdict.reason : null);
        }
        // The panel's own words ("verifikasi" again, its buttons) work here as on its home.
        return onHome(input, data);
      },
    },
    mutes: {
      prompt: ({ data }) =>
        say(t('officers:mutes.prompt'), [
          ...OFFICER_ALERT_KINDS.map((kind) => ({
            id: muteButtonId(kind),
            label: t(data.profile?.mutedKinds.includes(kind) ? 'officers:mutes.off' : 'officers:mutes.on', { kind: t(alertKindLabelKey(kind)) }),
          })),
          { id: MUTES_DONE_BUTTON, label: t('officers:mutes.done') },
        ]),
      expects: t('officers:mutes.expects'),
      on(input, { data }) {
        if (input.type === 'effect-result') {
          const { wish, switched, ...rest } = data;
          // The profile read for kinds asked in words: now they are switched.
          if (OFFICER_PROFILE.is(input)) return withProfile(input, (profile) => (wish ? onWish(wish, { ...rest, profile }) : stay(profile)));
          return withProfile(input, (profile) =>
            switched ? { type: 'stay', data: { ...rest, profile }, reprompt: true, say: [switchedText(switched)] } : stay(profile, 'officers:mutes.saved'),
          );
        }
        const button = buttonOf(input);
        if (button === MUTES_DONE_BUTTON) return { type: 'goto', step: 'home', data };
        const kind = OFFICER_ALERT_KINDS.find((candidate) => button === muteButtonId(candidate));
        // The panel's home buttons, pressed in an earlier message: as on its home.
        const pressed = button !== null && !kind ? panelWishOfButton(button) : null;
        if (pressed) return onWish(pressed, data);
        if (!kind) {
          // "petugas" typed here: the panel's home, afresh.
          if (asksForPanel(input)) return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, replace: true };
          // "matikan ringkasan mingguan" typed rather than tapped.
          const typed = textOf(input);
          const wish = typed !== null ? panelWish(typed, 'mutes') : null;
          return wish ? onWish(wish, data) : { type: 'invalid' };
        }
        // The kinds the bot knows of, in their own order (a kind no longer known is dropped).
        const muted = OFFICER_ALERT_KINDS.filter((known) => data.profile?.mutedKinds.includes(known));
        const kinds = muted.includes(kind) ? muted.filter((other) => other !== kind) : [...muted, kind];
        return { type: 'stay', effects: [OFFICER_SET_MUTES.request({ kinds })] };
      },
    },
    quiet: {
      prompt: ({ data }) =>
        say(t('officers:quiet.prompt', { current: data.profile ? quietText(data.profile) : t('officers:panel.none') }), [
          { id: QUIET_OFF_BUTTON, label: t('officers:quiet.offButton') },
        ]),
      expects: t('officers:quiet.expects'),
      example: t('officers:quiet.example'),
      on(input, { data }) {
        // The profile read to show the hours in force ("atur jam tenang" at the menu), or to keep the end not said ("mulai jam 10 mlm").
        if (OFFICER_PROFILE.is(input)) return withProfile(input, (profile) => (data.edge ? edgeSaid(data.edge, { ...data, profile }) : stay(profile)));
        if (input.type === 'effect-result') {
          return withProfile(input, (profile) => ({ type: 'goto', step: 'home', data: { profile }, say: [say(quietSavedText(profile, data.usual))] }));
        }
        const text = textOf(input)?.toLowerCase();
        if (buttonOf(input) === QUIET_OFF_BUTTON || (text && isQuietOffAnswer(text))) {
          return { type: 'stay', effects: [OFFICER_SET_QUIET_HOURS.request(null)] };
        }
        // The panel's other buttons, pressed in an earlier message: as on its home.
        const pressed = input.type === 'button' ? panelWishOfButton(input.id) : null;
        if (pressed) return onWish(pressed, data);
        // "jam tenang saya 22-05 ya": the range in the sentence.
        const range = text ? quietHoursInText(text) : null;
        if (range) return { type: 'stay', effects: [OFFICER_SET_QUIET_HOURS.request(range)] };
        if (asksForPanel(input)) return { type: 'start', flow: OFFICER_PANEL_FLOW_ID, replace: true };
        // Another of the panel's things asked for here ("minta link dasbor").
        const wish = text ? panelWish(text, 'panel') : null;
        return wish && wish.kind !== 'quietOpen' ? onWish(wish, data) : { type: 'invalid' };
      },
    },
  },
});
