/**
 * The conversation design of the bot as one value: every flow, the root and language
 * flows, the effects they need, and the main menu — which lists only what exists for this
 * person (a leader sees their groups' entries; the inbox shows when something waits).
 */
import type { AsideOptions, CommandFlowStart, EngineConfig } from '../core/engine/engine.js';
import type { OutboundMessage } from '../core/messages.js';
import type { AnyFlow } from '../core/engine/flow.js';
import { menuEntryIdOfButton, type MenuEntry } from '../core/menu.js';
import type { PersonView } from '../core/ports.js';
import type { EffectEntry } from '../core/effect-registry.js';
import type { Subscription } from '../core/events.js';
import { t } from '../core/text.js';
import { accountEffects } from './accounts/effects.js';
import { LINK_ACCOUNT_FLOW_ID, linkAccountFlow } from './accounts/link-flow.js';
import { activityEffects } from './activities/effects.js';
import { photoEffects } from './activities/photo-effects.js';
import { LOG_ACTIVITY_FLOW_ID, logActivityFlow } from './activities/log-flow.js';
import { alertSubscriptions } from './alerts/subscriptions.js';
import { AREA_COUNTS_DEEP_LINK, INBOX_DEEP_LINK, MY_ACTIVITIES_DEEP_LINK, MY_GROUPS_DEEP_LINK, RELATION_DEEP_LINK } from './model/deep-links.js';
import { inboxEffects } from './confirmations/effects.js';
import { INBOX_FLOW_ID, inboxFlow } from './confirmations/inbox-flow.js';
import { faqAnswerParams } from './faq/answers.js';
import { faqAsides, thanksAsides } from './faq/asides.js';
import { courtesyAtStep } from './faq/courtesy-at-step.js';
import { acknowledgementAside } from './faq/acknowledgement.js';
import { requestAside } from './understanding/request-aside.js';
import { statusNamedAtList } from './understanding/status-desa-named.js';
import { waitAside } from './understanding/wait-aside.js';
import { kindJoinAside } from './understanding/kind-join-aside.js';
import { tieAside } from './relations/tie-aside.js';
import { asksAtNameStep } from './understanding/name-step-question.js';
import { readersOf, textReader, type TextReading, type Readers } from './understanding/question-reading.js';
import { menuEntryOfWords, menuWordAsides } from './home/menu-words.js';
import { questionAsked, slashCommandAside } from './home/slash-command.js';
import { requestFlowOfReading } from './home/request-flow.js';
import { faqOffers } from './home/offers.js';
import { FAQ_FLOW_ID, createFaqFlow } from './faq/faq-flow.js';
import type { FaqMatcher } from './faq/matcher.js';
import { groupEffects } from './groups/effects.js';
import { MY_GROUPS_FLOW_ID, myGroupsFlow } from './groups/my-groups-flow.js';
import { MY_ACTIVITIES_FLOW_ID, myActivitiesFlow } from './activities/my-activities-flow.js';
import { REGISTER_GROUP_FLOW_ID, registerGroupFlow } from './groups/register-flow.js';
import { nameStepsOf, type StepOfFlow } from './name-step.js';
import { HOME_FLOW_ID, createHomeFlow } from './home/home-flow.js';
import { menuEffects, type PersonMenu } from './home/menu-pick.js';
import { placeEffects } from './home/place-named.js';
import { photoAtMenuEffects } from './home/photo-at-menu.js';
import { languageEffects } from './language/effects.js';
import { LANGUAGE_FLOW_ID, languageFlow, type LanguageFlowInput } from './language/language-flow.js';
import { languageAskedAtStep } from './language/language-asked.js';
import { languageNamedFlow } from './language/language-named.js';
import { asideGuess, commandWithGuess, guessFromText, localeOfButton } from './language/guess.js';
import { officerEffects } from './officers/effects.js';
import { areaGroupEffects } from './officers/area-groups.js';
import { OFFICER_ENROLL_FLOW_ID, officerEnrollFlow } from './officers/enroll-flow.js';
import { inviteCodeCommand, inviteCodeInText } from './officers/invite-code.js';
import { officerOverrideFlow } from './officers/override-flow.js';
import { OFFICER_PANEL_FLOW_ID, officerPanelFlow } from './officers/panel-flow.js';
import { panelButtonStart } from './officers/panel-buttons.js';
import { officerNameAside } from './officers/officer-name.js';
import { officerVerifyFlow } from './officers/verify-flow.js';
import { regionEffects } from './regions/effects.js';
import { createConsentFlow } from './privacy/consent-flow.js';
import { privacyEffects } from './privacy/effects.js';
import { privacyCommandFlow } from './privacy/commands.js';
import { eraseFlow } from './privacy/erase-flow.js';
import { MY_DATA_FLOW_ID, myDataFlow } from './privacy/my-data-flow.js';
import { withdrawFlow } from './privacy/withdraw-flow.js';
import { VILLAGE_PICKER_FLOW_ID, createVillagePickerFlow } from './regions/village-picker-flow.js';
import { relationEffects } from './relations/effects.js';
import { DECLARE_RELATION_FLOW_ID, declareRelationFlow } from './relations/declare-flow.js';
import { STATUS_CHECK_FLOW_ID, VILLAGE_QUESTION_STEP, statusCheckFlow } from './status-check/check-flow.js';
import { statusCheckEffects } from './status-check/effects.js';
import { areaCountsFlow } from './status-check/area-counts-flow.js';
import { areaCountsAside } from './status-check/area-counts-aside.js';
import { followOnAside } from './status-check/follow-on-aside.js';
import { registerFollowOnAside } from './groups/register-follow-on-aside.js';
import { registeringAlready } from './groups/register-how-aside.js';
import { areaCountsEffects } from './status-check/area-counts-effects.js';
import { statusSubscriptions } from './status/subscriptions.js';
import type { StatusThresholds } from './status/status.js';
import type { DomainTx } from './model/tx.js';
import type { MenuStanding } from './model/menu-facts.js';

/** What the assistant is built from. */
export interface AssistantDeps {
  readonly faq: FaqMatcher;
  readonly thresholds: StatusThresholds;
  /** The dashboard's address for the officers' sign-in entry; absent = the reply names only the path. */
  readonly dashboardUrl?: string | undefined;
  /** DATA_RETENTION (ms), as the consent notice states it; default 90 days. */
  readonly dataRetentionMs?: number | undefined;
  /** `t.me/<bot>?start=<key>-<arg>` links, while the Telegram channel runs. */
  readonly telegramStartLink?: ((key: string, arg: string) => string | undefined) | undefined;
  /** How typed text is read (understanding/question-reading.ts); the FAQ's own readers by default. A test counts readings through it. */
  readonly readers?: Readers | undefined;
}

const DAY_MS = 86_400_000;

/** Flows, effects and menu of the assistant. */
export interface Assistant<Tx extends DomainTx> {
  readonly flows: readonly AnyFlow[];
  readonly rootFlow: string;
  readonly languageFlow: string;
  /** Every effect handler, with its definition (core/effect-registry.ts: a duplicate name refuses to start). */
  readonly effects: readonly EffectEntry<Tx>[];
  /** Who reacts to which domain event (alerts, leader notices, the area's status), in registration order. */
  readonly subscriptions: readonly Subscription<Tx>[];
  /**
   * Typed commands that open a flow from any step of any flow (/datasaya, /hapusdata, /tarikpersetujuan, an invite code,
   * a language asked for), and a language's name alone at a flow's step that asks for no place ("english" at a name).
   */
  readonly commandFlows: NonNullable<EngineConfig['commandFlows']>;
  /**
   * Typed where the step on screen does not take it: an officer's bare invite code "ABCD-EFGH", a menu entry's words ("catat
   * kegiatan"), a language offer's button.
   */
  readonly fallbackFlows: NonNullable<EngineConfig['fallbackFlows']>;
  /**
   * Typed at a step that takes asides (a name, a description), and no answer there: a question
   * about WKSBM (answered) or a menu entry's name (how to get there); the question is asked again.
   */
  readonly asides: NonNullable<EngineConfig['asides']>;
  /** Thanks typed where only a status check or a count is under way: those close (see EngineConfig.closing). */
  readonly closing: NonNullable<EngineConfig['closing']>;
  /** Thanks, "oke" or a greeting typed at a step that refused them: answered in kind (see EngineConfig.courtesy). */
  readonly courtesy: NonNullable<EngineConfig['courtesy']>;
  /** The language an aside answered mid-flow guesses from its words (see EngineConfig.asideLanguage). */
  readonly asideLanguage: NonNullable<EngineConfig['asideLanguage']>;
  menu(ctx: { readonly tx: Tx; readonly person: PersonView }): Promise<readonly MenuEntry[]>;
}

/**
 * What a message typed at any step opens as a side trip: a personal-data command, an
 * officer's invite code with its word ("petugas ABCD-EFGH"), which enrolls the officer
 * whatever the bot was asking, or a language asked for in words. A bare code is one only where the step does not take it
 * (the engine's `fallbackFlows`): an account link asks for a code of the same shape.
 */
function typedCommandFlow(text: string, person: PersonView): CommandFlowStart | null {
  // One's data named without a verb or a word of asking opens 🔒 Data saya only at the menu
  // (home-flow.ts): at a question, "iya data saya" answers it; "data saya dong" asks anywhere.
  const privacy = privacyCommandFlow(text, { verbless: false });
  // "delete my data" from someone who never chose a language: answered in English (language/guess.ts).
  return privacy ? commandWithGuess({ flow: privacy }, text, person) : (inviteCodeFlow(inviteCodeCommand(text)) ?? languageFlowOf(text, person));
}

/** The officers' flows: "kenapa harus kasih nama?" at their name steps is about the name. */
const OFFICER_FLOWS: ReadonlySet<string> = new Set([OFFICER_ENROLL_FLOW_ID, OFFICER_PANEL_FLOW_ID]);

/** Whether the step on screen is one of `steps`. */
function atStepOf(steps: readonly StepOfFlow[], options: { readonly flows: readonly string[]; readonly step: string }): boolean {
  const flow = options.flows.at(-1);
  return steps.some((asking) => asking.flow === flow && asking.step === options.step);
}

/**
 * The steps where "oke", "sip" answer yes: a desa offered ("Desa Lanjut, Kec. …?") and the
 * picker's list (one desa: that one; several: which one is asked). Elsewhere where a desa is
 * asked, an acknowledgement is answered kindly and the question asked again.
 */
const YES_STEPS = [
  { flow: VILLAGE_PICKER_FLOW_ID, step: 'confirm' },
  { flow: VILLAGE_PICKER_FLOW_ID, step: 'choose' },
] as const;

/** Steps that read an acknowledgement themselves: the yes steps, and the status check's desa question (its kind word and the question in one reply). */
const READS_ACKNOWLEDGEMENT = [...YES_STEPS, { flow: STATUS_CHECK_FLOW_ID, step: VILLAGE_QUESTION_STEP }] as const;

/**
 * "english please", "ganti bahasa ke indonesia" at any step: set, then the step's question again.
 * "can I write in Javanese?" is answered in the language it was asked in (the choice follows: no offer).
 */
function languageFlowOf(text: string, person: PersonView): CommandFlowStart | null {
  const asked = languageAskedAtStep(text);
  if (asked === null) return null;
  if (asked.kind === 'set') return { flow: LANGUAGE_FLOW_ID, input: { locale: asked.locale } satisfies LanguageFlowInput };
  if (asked.kind === 'regional') {
    const guess = guessFromText(text, person, { offer: false });
    const input: LanguageFlowInput = { regional: true, ...(guess && { current: guess.locale }) };
    return { flow: LANGUAGE_FLOW_ID, input, ...(guess && { effects: guess.effects }) };
  }
  return { flow: LANGUAGE_FLOW_ID };
}

/** The language offer's buttons ("lang:id") pressed in the middle of a flow: that language set, then the flow's question again. */
function languageButtonFlow(id: string): CommandFlowStart | null {
  const locale = localeOfButton(id);
  return locale ? { flow: LANGUAGE_FLOW_ID, input: { locale } satisfies LanguageFlowInput } : null;
}

function inviteCodeFlow(code: string | null): CommandFlowStart | null {
  return code ? { flow: OFFICER_ENROLL_FLOW_ID, input: { code } } : null;
}

/** The flow of each main-menu entry, by entry id: the menu's buttons and the menu words (home/menu-words.ts) open these. */
const ENTRY_FLOWS = {
  faq: FAQ_FLOW_ID,
  status: STATUS_CHECK_FLOW_ID,
  register: REGISTER_GROUP_FLOW_ID,
  link: LINK_ACCOUNT_FLOW_ID,
  mydata: MY_DATA_FLOW_ID,
  language: LANGUAGE_FLOW_ID,
  inbox: INBOX_FLOW_ID,
  activity: LOG_ACTIVITY_FLOW_ID,
  relation: DECLARE_RELATION_FLOW_ID,
  groups: MY_GROUPS_FLOW_ID,
  activities: MY_ACTIVITIES_FLOW_ID,
  officer: OFFICER_PANEL_FLOW_ID,
} as const;

type EntryId = keyof typeof ENTRY_FLOWS;

/** The flow of a menu entry id, or undefined for an id that is no entry. */
function entryFlowId(entryId: string): string | undefined {
  return entryId in ENTRY_FLOWS ? ENTRY_FLOWS[entryId as EntryId] : undefined;
}

/**
 * Menu words that only open something from the menu itself: the officer panel (where
 * "petugas" enrols the others). Its button opens it anywhere (the panel tells a non-officer so).
 */
const MENU_ONLY: ReadonlySet<EntryId> = new Set(['officer']);

/**
 * A menu entry named where the step on screen does not take it opens that entry, as a side
 * trip (each flow checks for itself who may use it: a person without a group is told so): its
 * words ("catat kegiatan" typed in Kegiatan saya's list, "cek status" at a button question) or
 * its button (📝 Daftarkan kelompok under an FAQ answer in ❓ Tanya, 📊 Cek status from an
 * earlier menu).
 */
function entryFlow(entryId: string | null, byButton = false): CommandFlowStart | null {
  return entryId !== null && entryId in ENTRY_FLOWS && (byButton || !MENU_ONLY.has(entryId as EntryId)) ? { flow: ENTRY_FLOWS[entryId as EntryId] } : null;
}

const entry = (id: EntryId, label: string, params?: Record<string, number>): MenuEntry => ({
  id,
  label: t(label, params),
  flow: ENTRY_FLOWS[id],
});

/** The entries every person's menu has, whatever their standing (placed by {@link mainMenu}). */
function everyonesEntries() {
  return {
    faq: entry('faq', 'menu.faq'),
    status: entry('status', 'menu.status'),
    register: entry('register', 'menu.registerGroup'),
    link: entry('link', 'menu.linkAccount'),
    mydata: entry('mydata', 'privacy:menu.myData'),
    language: entry('language', 'menu.language'),
  };
}

/** The main menu for this person now: only what exists for them. */
async function mainMenu<Tx extends DomainTx>(ctx: { readonly tx: Tx; readonly person: PersonView }): Promise<readonly MenuEntry[]> {
  return (await personMenu(ctx)).entries;
}

/** {@link mainMenu} with how many items wait in the person's 📥 Konfirmasi, from the same one look-up. */
async function personMenu<Tx extends DomainTx>({ tx, person }: { readonly tx: Tx; readonly person: PersonView }): Promise<PersonMenu> {
  const standing = await tx.menuFacts.standing(person.id);
  return { entries: menuOf(standing), waiting: standing.inbox };
}

/** The entries of a person's menu, by their standing. */
function menuOf({ leads: leader, inbox, officer }: MenuStanding): readonly MenuEntry[] {
  const everyone = everyonesEntries();
  return [
    ...(inbox > 0 ? [entry('inbox', 'menu.inbox', { count: inbox })] : []),
    everyone.faq,
    everyone.status,
    everyone.register,
    ...(leader
      ? [
          entry('activity', 'menu.logActivity'),
          entry('relation', 'menu.relations'),
          entry('groups', 'menu.myGroups'),
          entry('activities', 'menu.myActivities'),
        ]
      : []),
    ...(officer ? [entry('officer', 'menu.officer')] : []),
    everyone.link,
    everyone.mydata,
    everyone.language,
  ];
}

/**
 * Who reacts to the domain events, in order: alerts and notices (of the change itself,
 * and of a level change a refresh finds), then the status refresh of an area whose facts
 * changed. Exported for the event bus of tests that build no assistant (the admin API's).
 */
export function domainSubscriptions<Tx extends DomainTx>(thresholds: StatusThresholds): Subscription<Tx>[] {
  return [...alertSubscriptions<Tx>(), ...statusSubscriptions<Tx>(thresholds)];
}

/** DATA_RETENTION in days, as the consent notice and the privacy answer state it. */
function retentionDays(deps: AssistantDeps): number {
  return Math.round((deps.dataRetentionMs ?? 90 * DAY_MS) / DAY_MS);
}

/** Every flow of the assistant; `read` reads a typed message (understanding/question-reading.ts). */
function assistantFlows(deps: AssistantDeps, read: (text: string, now: Date) => TextReading): AnyFlow[] {
  const answerParams = faqAnswerParams(deps.thresholds, retentionDays(deps));
  return [
    createHomeFlow(read, answerParams),
    // A question in English from someone who never chose a language: answered in English, as at the menu.
    createFaqFlow(read, answerParams, requestFlowOfReading, faqOffers(), guessFromText),
    languageFlow,
    // "status desa panggungharjo gimana" at the status check's list: that desa, searched.
    { ...createVillagePickerFlow(statusNamedAtList), asksOnly: true },
    registerGroupFlow,
    { ...myGroupsFlow, deepLink: MY_GROUPS_DEEP_LINK },
    logActivityFlow,
    // A rejection notice opens "my activities" with a button, from wherever the leader is.
    { ...myActivitiesFlow, deepLink: MY_ACTIVITIES_DEEP_LINK },
    // A tie stated mid-flow is offered with a button that opens it (relations/tie-aside.ts).
    { ...declareRelationFlow, deepLink: RELATION_DEEP_LINK },
    // Notices to leaders open the inbox with a button, from wherever they are.
    { ...inboxFlow, deepLink: INBOX_DEEP_LINK },
    { ...statusCheckFlow, asksOnly: true },
    { ...areaCountsFlow, deepLink: AREA_COUNTS_DEEP_LINK, asksOnly: true },
    linkAccountFlow,
    officerEnrollFlow,
    officerPanelFlow,
    officerOverrideFlow,
    officerVerifyFlow,
    createConsentFlow(retentionDays(deps)),
    myDataFlow,
    eraseFlow,
    withdrawFlow,
  ];
}

/** Assembles the assistant. */
export function createAssistant<Tx extends DomainTx>(deps: AssistantDeps): Assistant<Tx> {
  const faqAside = faqAsides(faqAnswerParams(deps.thresholds, retentionDays(deps)));
  const thanksAside = thanksAsides(deps.faq);
  const courtesy = courtesyAtStep(deps.faq);
  const acknowledged = acknowledgementAside(READS_ACKNOWLEDGEMENT);
  const readers = deps.readers ?? readersOf(deps.faq);
  // One message is read once for every reader below that asks about it (the menu, ❓ Tanya, the
  // fallback flows, the asides and the language of their answer).
  const read = textReader(readers);
  const flows = assistantFlows(deps, read);
  const languageOfAside = asideGuess(read);
  // Every step guarded by ./name-step.ts, read from the flows themselves: one added or wrapped anew is one at once.
  const nameSteps = nameStepsOf(flows);
  const officerNameSteps = nameSteps.filter((at) => OFFICER_FLOWS.has(at.flow));
  /** The asides of typed text at a step, in the order tried (see `asides` below). */
  const typedAsides = (text: string, options: AsideOptions, now: Date): readonly OutboundMessage[] | null => {
    // Read once for every aside below that needs it (the request in it, the FAQ topic it asks and
    // how sure it is, a tie stated), and for the language of the answer (asideLanguage), which
    // reads this same reading.
    const reading = read(text, now);
    const atName = atStepOf(nameSteps, options);
    return (
      // "kenapa harus kasih nama?" at an officer's name question: why it is asked, not the FAQ's "why WKSBM".
      officerNameAside(text, options, officerNameSteps) ??
      // "hmm", "terus?" at the status check's or the registration's list of desa: what to do there, not a search.
      followOnAside(text, options) ??
      registerFollowOnAside(text, options) ??
      menuWordAsides(text) ??
      thanksAside(text, options) ??
      acknowledged(text, options) ??
      waitAside(text, options) ??
      // "kami sering kerja sama dengan posyandu melati", "pengajian bisa daftar?": offered as at the menu.
      tieAside(reading, options, [DECLARE_RELATION_FLOW_ID, LOG_ACTIVITY_FLOW_ID]) ??
      kindJoinAside(text, options, REGISTER_GROUP_FLOW_ID) ??
      requestAside(reading, options, (entryId) => ENTRY_FLOWS[entryId], atName) ??
      areaCountsAside(reading, options) ??
      // Where a name is asked, the understanding's confidence decides what is a question ("syarat daftar wksbm", not "Posyandu Melati?").
      // "gimana cara daftar?" while registering: they are doing it now (not "ketik menu, pilih…").
      faqAside(reading, options, atName ? () => asksAtNameStep(reading, readers) : undefined, (topic) => registeringAlready(topic, options))
    );
  };
  return {
    flows,
    rootFlow: HOME_FLOW_ID,
    languageFlow: LANGUAGE_FLOW_ID,
    commandFlows: (input, env, at) => (input.type === 'text' ? (typedCommandFlow(input.text, env.person) ?? languageNamedFlow(input.text, at)) : null),
    // A question answered mid-form in English by someone who never chose a language: in English, as at the menu;
    // its words are the reading the asides made of them (`read` keeps it), not read again.
    // "/tanya <question>": the question's reading, which the asides made (not the whole command read again).
    asideLanguage: (text, env) => languageOfAside(questionAsked(text) ?? text, env),
    // Where the step does not take it: an invite code, a menu entry's words or button, or a
    // request in words ("status desa kami gmn skrg" in Kegiatan saya's list) opens its flow;
    // typed in English by someone who never chose a language, it opens in English. The language
    // offer's buttons work there too, and so do an officer panel's own, pressed in a message of a panel closed since
    // (officers/panel-buttons.ts). A language's name alone is commandFlows' (language/language-named.ts).
    fallbackFlows: (input, env) =>
      input.type === 'text'
        ? commandWithGuess(
            inviteCodeFlow(inviteCodeInText(input.text)) ?? entryFlow(menuEntryOfWords(input.text)) ?? requestFlowOfReading(read(input.text, env.now)),
            input.text,
            env.person,
          )
        : input.type === 'button'
          ? (entryFlow(menuEntryIdOfButton(input.id), true) ?? languageButtonFlow(input.id) ?? panelButtonStart(input.id))
          : null,
    // "ok makasih ya" at a status check's desa question or list: done, not asked again. "oke"
    // or "sip" alone thanks for nothing there: the bot just asked something (see asides).
    // "/tanya ok makasih": its question, as the asides read it (the FAQ keeps that reading for them), not the whole command.
    closing: (text) => thanksAside(questionAsked(text) ?? text, { eager: true }),
    // "ok makasih" under 🔒 Data saya, "halo" at the officer's panel: answered in kind, not refused.
    // "/tanya …": its question, as closing and asideLanguage read it, not the whole command.
    courtesy: (text) => courtesy(questionAsked(text) ?? text),
    // A request typed where a desa is asked ("mau daftar kelompok karang taruna") is answered, never searched.
    // What a step reads itself is no aside: "daftar kelompok" at the status check's desa question
    // (StepDef.readsWithoutAsides), a count of desa asked where an area is asked (StepDef.answersTopic).
    // A slash command the bot lacks ("/daftar", "/xyz", "/tanya apa itu pmks") is never the step's answer (home/slash-command.ts).
    asides: (text, options, env) =>
      slashCommandAside(text, options.flows, entryFlowId, (question) => typedAsides(question, options, env.now)) ?? typedAsides(text, options, env.now),
    effects: [
      ...regionEffects<Tx>(),
      ...groupEffects<Tx>(deps.thresholds),
      ...relationEffects<Tx>(),
      ...activityEffects<Tx>(),
      ...photoEffects<Tx>(),
      ...inboxEffects<Tx>(),
      ...statusCheckEffects<Tx>(deps.thresholds),
      ...areaCountsEffects<Tx>(deps.thresholds),
      ...officerEffects<Tx>({ dashboardUrl: deps.dashboardUrl }),
      ...areaGroupEffects<Tx>(deps.thresholds),
      ...accountEffects<Tx>({ telegramStartLink: deps.telegramStartLink }),
      ...privacyEffects<Tx>(),
      ...languageEffects<Tx>(),
      // The home flow's picks from the menu read the same entries the menu shows.
      // The inbox is found without reading the menu too: its flow says when nothing waits.
      ...menuEffects<Tx>(personMenu, [...Object.values(everyonesEntries()), entry('inbox', 'menu.inboxTitle')]),
      ...placeEffects<Tx>(),
      ...photoAtMenuEffects<Tx>(),
    ],
    subscriptions: domainSubscriptions<Tx>(deps.thresholds),
    menu: mainMenu,
  };
}
