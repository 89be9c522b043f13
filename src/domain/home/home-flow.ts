/**
 * The root of every conversation: greets, shows the main menu, starts what the menu lists,
 * and answers free questions about WKSBM with the FAQ matcher.
 */
import { defineFlow, type FlowEnv, type StepInput, type StepOutcome } from '../../core/engine/flow.js';
import { entryButton, menuEntryIdOfButton, withMenu } from '../../core/menu.js';
import { photoLaterSaid } from '../parse/photo-later.js';
import { dayAheadInside } from '../parse/day-inside.js';
import { courtesyOf, englishOfferAfter } from '../faq/courtesy.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t, verbatim, type Text } from '../../core/text.js';
import { setLocale } from '../language/effects.js';
import { languageAsked } from '../language/language-asked.js';
import { guessFromReading, guessFromText, localeOfButton, withGuess } from '../language/guess.js';
import { countsInside } from '../activities/log-description-taken.js';
import { LOG_ACTIVITY_FLOW_ID } from '../activities/log-flow.js';
import { tallyText } from '../activities/pmks-names.js';
import { MORE_TOPICS_BUTTON, answerMessage, answerMessages, topicFromButton, type AnswerParams } from '../faq/answers.js';
import { REGISTER_GROUP_FLOW_ID } from '../groups/register-flow.js';
import { formatDateId } from '../parse/date.js';
import { OK_WORDS, PLACES_LIVED, alternation } from '../parse/lexicon.js';
import { yesOrNo } from '../parse/yes-no.js';
import { STATUS_CHECK_FLOW_ID, type StatusCheckInput } from '../status-check/check-flow.js';
import { AREA_COUNTS_FLOW_ID } from '../status-check/area-counts-flow.js';
import type { TextReading } from '../understanding/question-reading.js';
import { formatAreaUnit } from '../parse/area-unit.js';
import { listText } from '../model/message-parts.js';
import type { RegisterDetails } from '../understanding/register-details.js';
import { areaCountsInput, registerInput, statusCheckInput } from './request-flow.js';
import { activityIntentId, intentStart, joinOffer, registerIntentId, statusIntentId } from './offers.js';
import type { JoinAsked } from '../understanding/join-asked.js';
import { PLACE_FILLER, followUpPlace } from './follow-up.js';
import { areaAsked } from '../understanding/area-count-words.js';
import { AREA_KIND_WORDS } from '../model/area-counts.js';
import type { Effect } from '../../core/engine/flow.js';
import { FAQ_FLOW_ID } from '../faq/faq-flow.js';
import { replyToIntent } from '../faq/replies.js';
import type { FaqIntent } from '../faq/intent.js';
import type { FaqTopicId } from '../faq/topics.js';
import { explainAgain, lastTopicOf } from '../faq/explain-again.js';
import { asksToExplainAgain } from '../faq/explain-asked.js';
import { OFFICER_ENROLL_FLOW_ID } from '../officers/enroll-flow.js';
import { inviteCodeInText, isOfficerWord } from '../officers/invite-code.js';
import { privacyCommandFlow } from '../privacy/commands.js';
import { MY_DATA_FLOW_ID } from '../privacy/flow-ids.js';
import { readNameChange } from '../privacy/name-change.js';
import { panelWish } from '../officers/panel-words.js';
import { panelButtonStart } from '../officers/panel-buttons.js';
import { MENU_PICK, type MenuPickRequest, type MenuPickResult } from './menu-pick.js';
import { LEADER_ENTRIES } from './menu-words.js';
import { MY_ACTIVITIES_FLOW_ID, type ResendInput } from '../activities/my-activities-flow.js';
import { commandButton } from '../../core/engine/commands.js';
import { looksLikePlaceName, PLACE_NAMED } from './place-named.js';
import { desaOrGroupMessage, NAMED_GROUP_BUTTON, namedGroups, namedGroupsMessage, type NamedGroup } from '../status-check/named-answer.js';
import { PHOTO_AT_MENU } from './photo-at-menu.js';
import { GROUPS_ENTRY, RELATION_ENTRY, entryOfWords } from './entry-of-words.js';
import { isNewsAsked } from './news-asked.js';
import { isAskWord, slashEntry, slashQuestion, unknownCommandMessage, unknownSlashCommand } from './slash-command.js';
import { isPanelRequest } from './entry-in-sentence.js';
import { isChangeWithoutVerb, isGroupEndSaid } from '../groups/change-said.js';
import { valueCorrected } from '../groups/value-corrected.js';
import { isFixAskedOfAnyData } from '../groups/fix-asked.js';
import { waitingMessage } from '../groups/confirmations-waiting.js';

export const HOME_FLOW_ID = 'home';
/** The menu entry "petugas" opens when the person is an officer. */
const OFFICER_ENTRY = 'officer';
/** "verifikasi semua", "approve all": every pending record at once, which is not how officers decide. */
const ALL_AT_ONCE = /\b(?:semua|semuanya|sekaligus|all)\b/iu;

interface HomeData {
  /** The one-tap confirmation last offered for a guessed request ("Mendaftarkan kelompok PKK?"): a typed "iya" presses it. */
  readonly guess?: string;
  /** What the last message asked of a place, for a follow-up of another place ("kalo di sleman?"). */
  readonly asked?: 'status' | 'area_counts';
  /** The FAQ topic just answered, for "maksudnya?" after it (explained again, more simply). */
  readonly answered?: FaqTopicId;
  /** Whether the topic answered was already said again more simply (a second "maksudnya?" asks which part). */
  readonly simplified?: boolean;
  /**
   * While a place named is looked up (PLACE_NAMED): the question the words read as, answered
   * when no such place is found ("bantuab": bansos). Absent when they read as none.
   */
  readonly otherwise?: Extract<FaqIntent, { readonly kind: 'faq' }>;
  /** While a status request's bare name is looked up as a group's too: its desa is checked whatever is found, unless a group is. */
  readonly statusNamed?: true;
  /** The groups of a name that is a desa's too, shown by the choice's group button (status-check/named-answer.ts). */
  readonly named?: readonly NamedGroup[];
}

/** A place lived's word (the lexicon's): "status desa sidomulyo" names a desa, never a group. */
const SAYS_VILLAGE = new RegExp(String.raw`\b(?:${alternation(PLACES_LIVED)})\b`, 'iu');

/** The main menu: the runner fills in one button per entry that exists for the person. */
export function menuMessage(): OutboundMessage {
  return withMenu(say(t('home.menu')));
}

/** Whether the reply to `intent` ends with the thanks answered ("makasih", "halo, makasih"). */
function endsInThanks(intent: FaqIntent): boolean {
  return intent.kind === 'thanks' || (intent.kind === 'greeting' && intent.followedBy?.kind === 'thanks');
}

/** A yes said before the words that follow it ("ya, tolak", "oke, kegiatan saya"): "OK" ({@link OK_WORDS}) and these. */
const YES_BEFORE_WORDS = ['ya', 'iya', 'iyaa', 'yaa', 'baik'];
const AFTER_YES = new RegExp(String.raw`^(?:${[...YES_BEFORE_WORDS, ...OK_WORDS].join('|')})[\s,.!]+(\S.*)$`, 'iu');

/** "RW 3, 25 anggota, ketua Bu Sri (0812…)": what else a registration request stated, said back. */
function alsoStated(details: RegisterDetails): Text[] {
  return [
    ...(details.unit ? [t('verbatim', { text: formatAreaUnit(details.unit) })] : []),
    ...(details.members ? [t('home.registerMembers', { count: details.members })] : []),
    ...(details.ketua ? [t('home.registerKetua', { name: details.ketua.name, phone: details.ketua.phone ?? '–' })] : []),
    ...(details.ketuaIsMe ? [t('home.registerKetuaSelf')] : []),
  ];
}

/**
 * A group's wish to take part, or whether its kind may ("saya pengurus posyandu, gimana caranya
 * ikut wksbm", "pengajian bisa daftar?"): the registration offered (./offers.ts), after `offer`.
 */
function joinAnswered(join: JoinAsked, offer: readonly OutboundMessage[], effects: Effect[]): StepOutcome<HomeData> {
  const joining = joinOffer(join);
  return { type: 'stay', data: { guess: joining.guess, answered: 'how_to_register' }, say: [...offer, joining.message], effects };
}

/** A guessed registration or activity, or a status offered with an answer, started by its button (or a typed "ya"). */
function startFromIntent(id: string): StepOutcome<HomeData> | null {
  const start = intentStart(id);
  return start && { type: 'start', ...start };
}

/**
 * Builds the home flow around `read`, which reads a typed message (the one reading the engine's
 * other readers of the same message share, understanding/question-reading.ts); `params` are the
 * numbers some answers quote.
 */
export function createHomeFlow(read: (text: string, now: Date) => Pick<TextReading, 'reading' | 'tie'>, params: AnswerParams = {}) {
  const stay = (messages: OutboundMessage[], reprompt: boolean): StepOutcome<HomeData> => ({
    type: 'stay',
    say: messages,
    reprompt,
  });

  /** Looks the entry up in the person's menu; {@link afterPick} gets what was found. */
  const pick = (request: MenuPickRequest): StepOutcome<HomeData> => ({ type: 'stay', effects: [MENU_PICK.request(request)] });

  /** An entry picked, or what the words mean when the menu has no such entry. */
  function afterPick(result: MenuPickResult, env: FlowEnv): StepOutcome<HomeData> {
    const picked = afterPicked(result, env);
    // "ada kabar apa?" with something waiting in 📥 Konfirmasi: that first, with its button, then the groups (or the menu).
    if (result.waiting === undefined || (picked.type !== 'start' && picked.type !== 'stay')) return picked;
    return { ...picked, say: [waitingMessage(result.waiting), ...(picked.say ?? [])] };
  }

  /** {@link afterPick} before what waits is told. */
  function afterPicked({ request, entry }: MenuPickResult, env: FlowEnv): StepOutcome<HomeData> {
    // "verifikasi", "tolak" from an officer: the panel's pending list, what those words are about.
    // The words go along: "verifikasi kelompok tani sri rejeki" decides the one record they name,
    // "jam tenang saya jam 10 malam - jam 6 pagi" sets the hours (the panel reads them).
    if (entry && request.by === 'word' && entry.id === OFFICER_ENTRY && !isOfficerWord(request.text)) {
      if (isPanelRequest(request.text)) return { type: 'start', flow: entry.flow, input: { words: request.text } };
      return { type: 'start', flow: entry.flow, input: { pending: true, words: request.text, ...(ALL_AT_ONCE.test(request.text) && { all: true }) } };
    }
    // "kami sering rapat bareng posyandu melati": the tie opens with the other group and kind named, to take them.
    if (entry && request.by === 'word' && request.tie !== undefined) {
      const { partner, kind, between } = request.tie;
      return { type: 'start', flow: entry.flow, input: { ...(partner !== undefined && { partner }), ...(kind !== undefined && { kind }), ...(between !== undefined && { between }) } };
    }
    if (entry) {
      // "anggota kami sekarang jadi 35": Kelompok saya opens with the change, to make it;
      // "kelompok saya udah diverifikasi belum?": with the groups' state said first.
      const change = request.by === 'word' && request.change !== undefined ? request.change : undefined;
      const state = request.by === 'word' && request.state === true;
      return { type: 'start', flow: entry.flow, input: change === undefined && !state ? entry.input : { ...(entry.input as object | undefined), ...(change !== undefined && { change }), ...(state && { state }) } };
    }
    switch (request.by) {
      // A button from an old message that means nothing now.
      case 'button':
        return stay([say(t('home.staleButton'))], true);
      case 'number':
        return onWords(request.text, env);
      case 'word':
        // A tie told as a fact by someone who leads no group: who records ties, and how.
        // Both groups named ("antara Posyandu Melati dan PKK Mawar …"): a leader of one of those two.
        if (request.id === RELATION_ENTRY && request.tie?.stated === true) {
          const pair = request.tie.between;
          const told = pair === undefined ? t('relations:leadersRecord') : t('relations:pairNotYours', { first: pair[0], second: pair[1] });
          return stay([say(told, [entryButton('register', t('menu.registerGroup')), commandButton('menu')])], false);
        }
        // "ada apa?" with nothing waiting (no 📥 Konfirmasi on the menu): a greeting and what the bot does (was "nothing waits for your confirmation").
        if (request.own === true) return stay([say(t('home.whatsUp'))], true);
        return notInMenu(request.id, request.text) ?? understandText(request.text, env, {});
    }
  }

  /**
   * What words naming an entry this person's menu does not have mean: the flow they are for
   * when another serves them, the menu, or for a leader's entry ("kelompok saya", "catat
   * kegiatan") why they lack it and what they can do instead; null where the words are read as
   * free text (a single word, "kegiatan", may be a question of its own).
   */
  function notInMenu(entryId: string, text: string): StepOutcome<HomeData> | null {
    // "petugas" from someone who is no officer yet: they are asked for an invite code.
    // ("verifikasi" from a resident is a question about verification: free text.)
    if (entryId === OFFICER_ENTRY && isOfficerWord(text)) return { type: 'start', flow: OFFICER_ENROLL_FLOW_ID, input: {} };
    // "change my name" from someone with no panel: their own name, corrected in 🔒 Data saya.
    if (readNameChange(text)) return { type: 'start', flow: MY_DATA_FLOW_ID };
    // "ada kabar apa?" from someone with no group: no news of theirs, so the menu (not "belum paham").
    if (entryId === GROUPS_ENTRY && isNewsAsked(text)) return stay([menuMessage()], false);
    // "hapus kelompok", "kelompok kami sudah bubar" from someone who leads no group: how a group
    // is ended (the FAQ's end_group), not that Kelompok saya is for leaders.
    if (entryId === GROUPS_ENTRY && isGroupEndSaid(text)) return null;
    // "anggotanya 8 orang", "bukan 25 tapi 8", "betulkan data" from someone who leads no group: a question (the FAQ), not a change they cannot make.
    if (entryId === GROUPS_ENTRY && (isChangeWithoutVerb(text) || valueCorrected(text) !== null || isFixAskedOfAnyData(text))) return null;
    if (!LEADER_ENTRIES.has(entryId) || !text.trim().includes(' ')) return null;
    return stay(
      [
        say(t('home.leadersOnly', { words: text.trim() }), [
          entryButton('register', t('menu.registerGroup')),
          commandButton('menu'),
        ]),
      ],
      false,
    );
  }

  /** Text that is no number of the menu: commands, codes and words that open an entry, or free text. */
  function onWords(text: string, env: FlowEnv, data: HomeData = {}): StepOutcome<HomeData> {
    if (/^\/start\b/i.test(text)) return stay([say(t('home.welcome'))], true);
    // "english", "indo aja": a language's name alone, set at once. Asked in words ("english please",
    // "ganti bahasa"), it never gets here: the assistant's commandFlows open the language flow
    // at every step, the menu included (languageAskedAtStep); a name alone that a step refuses
    // sets it there too, unless a place is asked (assistant.ts languageNamedFlow).
    const language = languageAsked(text);
    if (language?.kind === 'set') return { type: 'stay', say: [say(t('language.changed'))], effects: [setLocale({ locale: language.locale })], reprompt: true };
    // "delete my data", "my groups" from someone who never chose a language: opened in English,
    // as a question in English is answered (free text guesses from its reading, below).
    const opened = openedByWords(text, env.now);
    if (opened) return withGuess(opened, guessFromText(text, env.person));
    // "/tanya apa itu pmks": the question; "/tanya": ❓ Tanya; "/xyz": which commands there are (./slash-command.ts).
    const slash = unknownSlashCommand(text);
    if (slash !== null && slashEntry(slash) === null) {
      const question = slashQuestion(slash);
      if (question !== null) return onWords(question, env, data);
      return slash.rest === '' && isAskWord(slash) ? { type: 'start', flow: FAQ_FLOW_ID } : stay([unknownCommandMessage(slash)], false);
    }
    return understandText(text, env, data);
  }

  /** What commands, codes and words that open an entry open at the menu, or null for free text. */
  function openedByWords(text: string, now: Date): StepOutcome<HomeData> | null {
    // An officer's invite code ("ABCD-EFGH", "petugas ABCD-EFGH") enrolls them.
    const inviteCode = inviteCodeInText(text);
    if (inviteCode) return { type: 'start', flow: OFFICER_ENROLL_FLOW_ID, input: { code: inviteCode } };
    if (isOfficerWord(text)) return pick({ by: 'word', id: OFFICER_ENTRY, text });
    // /datasaya, /hapusdata, /tarikpersetujuan: a person's rights over their data, for everyone.
    const privacyFlow = privacyCommandFlow(text);
    if (privacyFlow) return { type: 'start', flow: privacyFlow };
    // Only entries this person's menu has are opened; other words are read as free text.
    // "ya, tolak", "oke, kegiatan saya": the entry's words after a yes said to the bot.
    const words = AFTER_YES.exec(text.trim())?.[1] ?? text;
    // What the words open, and in which order they are read: see ./entry-of-words.ts.
    // "ganti nama saya jadi Bu Sri", "change my name": one's own name, not the group's (a
    // leader's "ganti nama kelompok" is no such request). An officer's panel takes it (their
    // name as an officer); for anyone else 🔒 Data saya does (see afterPick).
    if (readNameChange(words)) {
      return panelWish(words, 'menu')?.kind === 'name' ? pick({ by: 'word', id: OFFICER_ENTRY, text: words }) : { type: 'start', flow: MY_DATA_FLOW_ID };
    }
    // A tie stated is the words' one reading's, as in ❓ Tanya and the asides (read once, countable).
    const opens = entryOfWords(words, () => read(words, now).tie());
    // "kirim ulang": what an officer rejected, opened to be fixed and sent back (or said there is none).
    if (opens?.kind === 'resend') return { type: 'start', flow: MY_ACTIVITIES_FLOW_ID, input: { resend: true } satisfies ResendInput };
    // An entry, picked from this person's menu (Kelompok saya carries a change said: "anggota kami sekarang jadi 35").
    if (opens) {
      const { change, tie, own, state } = opens;
      return pick({ by: 'word', id: opens.id, text: words, ...(change !== undefined && { change }), ...(tie !== undefined && { tie }), ...(own === true && { own }), ...(state === true && { state }) });
    }
    return null;
  }

  /** Free text: a question for the FAQ, or a request to start something, understood from the words. */
  function understandText(text: string, env: FlowEnv, { asked, answered, simplified }: HomeData): StepOutcome<HomeData> {
    // "maksudnya?", "gak ngerti" right after an answer: that answer again, more simply.
    if (asksToExplainAgain(text)) {
      const again = explainAgain(answered, simplified === true, asked);
      return { type: 'stay', say: again.messages, ...(answered !== undefined && { data: { answered, simplified: again.simplified } }) };
    }
    const reading = read(text, env.now).reading();
    // "kalo di sleman?" right after the counts of Bantul: the same question, of that place.
    // So may words read only by correcting a typo: "and Bantul?" is no question about "bantu(an)".
    const place = asked !== undefined && (reading.understood.kind === 'unknown' || reading.guessed === true) ? followUpPlace(text) : null;
    if (place !== null && asked === 'area_counts') {
      const area = areaAsked(place[0] === 'di' || AREA_KIND_WORDS.has(place[0]!) ? place : ['di', ...place]);
      if (area.query !== undefined || area.mine === true) return { type: 'start', flow: AREA_COUNTS_FLOW_ID, input: areaCountsInput(area), data: { asked } };
    }
    if (place !== null && asked === 'status') {
      const query = place.filter((token) => !PLACE_FILLER.has(token)).join(' ');
      return { type: 'start', flow: STATUS_CHECK_FLOW_ID, input: { query, mine: false }, data: { asked } };
    }
    // Someone who never chose a language and writes English is answered in English, and
    // offered the choice; the guess is not their choice, so it can change again.
    const guess = guessFromReading(reading.language, text, env);
    const guessed = guess?.locale ?? null;
    const effects: Effect[] = [...(guess?.effects ?? [])];
    const offer = [...(guess?.say ?? [])];
    // "maaf ya min", "bot goblok", "ga guna": a kind word back and what to do, with the menu's buttons
    // (not "belum paham", not the desa Sorry or the kecamatan Guna, not what the bot is).
    const courtesy = courtesyOf(text);
    // In English ("sorry", "useless bot") from someone answered in Indonesian: where to switch, said in English.
    if (courtesy !== null) return { type: 'stay', say: [withMenu(say(t(`faq:courtesy.${courtesy}`))), ...offer, ...englishOfferAfter(text, env.person)], effects };
    // "fotonya nyusul" after saving an activity: where photos are added later (was "belum paham").
    if (photoLaterSaid(text)) return { type: 'stay', say: [withMenu(say(t('home.photoLater'))), ...offer], effects };
    // "ada kabar apa?", "ada info terbaru?": a leader's news is their groups' (Kelompok saya: verification,
    // the desa's level); anyone else is shown the menu (afterPick). Not "belum paham".
    if (reading.understood.kind === 'unknown' && isNewsAsked(text)) return { type: 'stay', say: offer, effects: [...effects, MENU_PICK.request({ by: 'word', id: GROUPS_ENTRY, text, news: true })] };
    // "pengajian bisa daftar?", "arisan boleh ikut wksbm?": yes for that kind, with its registration (not the list of member groups).
    if (reading.kindAsked !== undefined) return joinAnswered(reading.kindAsked, offer, effects);
    // "Posyandu Mawar", "kelompok mawar" typed alone: that group's registration offered (was its kind's FAQ answer, or "belum paham").
    if (reading.groupNamed !== undefined) return joinAnswered(reading.groupNamed, offer, effects);
    const understood = reading.understood;
    switch (understood.kind) {
      case 'status': {
        // "… udh wksbm blm? kalo belum gmn caranya": the other question answered, then the desa.
        const answers = understood.also && understood.also.length > 0 ? answerMessages(understood.also, params) : [];
        // "apa yang kurang" right after a desa's status: that desa is meant, when the person has no group's.
        const again = asked === 'status' && understood.mine === true && understood.query === undefined;
        // "apa yg kurang", "kurangnya apa aja?": only what the desa lacks, not its whole status
        // again (statusCheckInput carries it, as for ❓ Tanya).
        const input: StatusCheckInput = { ...statusCheckInput(understood), ...(again && { again: true }) };
        // "sidomulyo udah masuk wksbm belum": a bare name may be a group's; looked up as one too first.
        const bare = understood.query !== undefined && understood.mine !== true && understood.rw === undefined && answers.length === 0 && !SAYS_VILLAGE.test(text);
        if (bare && understood.query !== undefined) {
          return { type: 'stay', say: offer, data: { asked: 'status', statusNamed: true }, effects: [...effects, PLACE_NAMED.request({ query: understood.query.slice(0, 60), asked: text.slice(0, 1000), groups: true, status: true })] };
        }
        return { type: 'start', flow: STATUS_CHECK_FLOW_ID, input, say: [...offer, ...answers], effects, data: { asked: 'status' } };
      }
      case 'area_counts':
        // "berapa desa di bantul yang sudah wksbm?": the counts of that area (or asked for one).
        return { type: 'start', flow: AREA_COUNTS_FLOW_ID, input: areaCountsInput(understood), say: offer, effects, data: { asked: 'area_counts' } };
      case 'register': {
        // "mau daftarin posyandu mawar di desa panggungharjo rw 3 ketuanya bu sri 0812…": all of it goes along.
        const { kind: _register, groupType: _type, ...details } = understood;
        if (!understood.groupType) {
          return { type: 'start', flow: REGISTER_GROUP_FLOW_ID, input: registerInput('', details), say: offer, effects };
        }
        const kind = t(`groups:type.${understood.groupType}`);
        const guess = registerIntentId(understood.groupType, details);
        const also = alsoStated(details);
        const confirm = say(
          [
            details.name ? t('home.confirmRegisterNamed', { name: details.name, type: kind }) : t('home.confirmRegister', { type: kind }),
            ...(details.place ? [t('home.registerPlace', { place: details.place })] : []),
            ...(also.length > 0 ? [t('home.registerAlso', { items: listText(also) })] : []),
          ],
          [
            { id: guess, label: t('home.yesRegister') },
            { id: registerIntentId('', details), label: t('home.otherType') },
          ],
        );
        return { type: 'stay', data: { guess }, say: [...offer, confirm], effects };
      }
      case 'join': {
        // "saya pengurus posyandu, gimana caranya ikut wksbm": the registration offered (./offers.ts).
        const { kind: _join, ...join } = understood;
        return joinAnswered(join, offer, effects);
      }
      case 'activity': {
        // "… bareng karang taruna tunas muda": the partner goes along, looked up where partners are asked.
        const { partner } = understood;
        // "… santunan yatim 15 anak": the people counted go along too, said back with the guess.
        const counted = countsInside(text, understood);
        // "… sama pkk besok": a day still ahead is no date (only what took place is logged). It
        // was dropped in silence and the date asked as usual; said once here, why it was not taken.
        const ahead = understood.date ? null : dayAheadInside(text, env.now);
        const aheadSaid = ahead === null ? [] : [t('home.activityDayAhead', { day: verbatim(ahead) })];
        if (!understood.date && !understood.category) {
          return { type: 'start', flow: LOG_ACTIVITY_FLOW_ID, input: { ...(partner && { partner }), ...(counted && { beneficiaries: counted }) }, say: [...offer, ...(ahead === null ? [] : [say(aheadSaid)])], effects };
        }
        const what = [
          ...(understood.category ? [t(`activities:category.${understood.category}`)] : []),
          ...(understood.date ? [t('verbatim', { text: formatDateId(understood.date, guessed ?? (env.person.locale === 'en' ? 'en' : 'id')) })] : []),
        ];
        const guess = activityIntentId(understood.date ?? '', understood.category ?? '', partner, counted);
        const tally = counted && tallyText(counted);
        const confirm = say(
          [
            t('home.confirmActivity', { what: what.length === 2 ? t('home.pair', { a: what[0]!, b: what[1]! }) : what[0]! }),
            ...(partner ? [t('home.activityPartner', { partner })] : []),
            ...(tally ? [t('home.activityBeneficiaries', { tally })] : []),
            ...aheadSaid,
          ],
          [
            { id: guess, label: t('home.yesActivity') },
            { id: activityIntentId('', '', partner, counted), label: t('home.changeActivity') },
          ],
        );
        return { type: 'stay', data: { guess }, say: [...offer, confirm], effects };
      }
      default: {
        // Only a name? It may be their desa: asked below, answered in the step (PLACE_NAMED).
        // So may a question read only by correcting a typo: "bantul" is a kabupaten, not "bantu".
        // "sinduadi?": a name asked about, its question mark no part of it.
        const bare = text.trim().replace(/[\s?!.]+$/u, '');
        // Read once: the reading goes along for the answer when no such place is found.
        const lookedUp: HomeData = understood.kind === 'faq' ? { otherwise: understood } : {};
        // Before the whole text is looked up as a place ("registered" reads as a typo there).
        // "is sidomulyo registered?": a desa's status, a group's registration, the choice of both, else the question as read.
        if (reading.registeredAsked !== undefined) {
          return { type: 'stay', say: offer, data: lookedUp, effects: [...effects, PLACE_NAMED.request({ query: reading.registeredAsked.slice(0, 60), asked: text.slice(0, 1000), groups: true })] };
        }
        // "Timbulharjo wksbm gak?", "cipete udh blm?": a desa's status when a desa is called that, else the
        // question as read. Before the whole text, which "udh blm" would keep from naming any desa.
        if (reading.desaAsked !== undefined) return { type: 'stay', say: offer, data: lookedUp, effects: [...effects, PLACE_NAMED.request({ query: reading.desaAsked, asked: text })] };
        if ((understood.kind === 'unknown' || reading.guessed === true) && looksLikePlaceName(bare)) return { type: 'stay', say: offer, data: lookedUp, effects: [...effects, PLACE_NAMED.request({ query: bare })] };
        const reply = replyToIntent(understood, params);
        const greeted = reply.showPrompt;
        const topic = lastTopicOf(understood);
        // "makasih", "👍": the thanks carries the menu's buttons. A reply without any left the
        // person with none to tap (a chat page greys out the older ones once a reply comes).
        const messages = endsInThanks(understood) ? reply.messages.map((message, i, all) => (i === all.length - 1 ? withMenu(message) : message)) : reply.messages;
        return {
          type: 'stay',
          // "hi, do you speak english?": the whole greeting, then the language offer (it was split between them).
          say: [...messages, ...(greeted ? [say(t('home.welcome'))] : []), ...offer],
          effects,
          reprompt: greeted,
          ...(topic !== undefined && { data: { answered: topic } }),
        };
      }
    }
  }

  /** Any other answer than to the guess (or than a question of a place) leaves it behind. */
  function forget(outcome: StepOutcome<HomeData>): StepOutcome<HomeData> {
    return (outcome.type === 'stay' || outcome.type === 'start') && outcome.data === undefined && !('replace' in outcome && outcome.replace === true) ? { ...outcome, data: {} } : outcome;
  }

  /** What the menu does with a message: an entry, a topic, a guessed request, or free text. */
  function onInput(input: StepInput, env: FlowEnv, data: HomeData): StepOutcome<HomeData> {
    // Asked for below; the handler read the person's menu.
    const picked = MENU_PICK.result(input);
    if (picked) return afterPick(picked, env);
    const place = PLACE_NAMED.result(input);
    if (place) {
      const groups = namedGroups(place.groups ?? []);
      // A desa and a group of that name: which is meant, asked; the groups kept for their button.
      if (place.desa === true && groups.length > 0) return { type: 'stay', say: [desaOrGroupMessage(groups[0]!.name, statusIntentId(place.query))], data: { named: groups } };
      if (groups.length > 0) return stay([namedGroupsMessage(groups)], false);
      // A status request's name that is no group: its desa checked, as asked (the picker says when none is called so).
      if (place.desa === true || data.statusNamed === true) return { type: 'start', flow: STATUS_CHECK_FLOW_ID, input: { query: place.query } satisfies StatusCheckInput, data: { asked: 'status' } };
      // No such place: the question the words read as after all ("bantuab": bansos), or none.
      return stay(replyToIntent(data.otherwise ?? { kind: 'unknown' }, params).messages, false);
    }
    if (input.type === 'button') {
      if (input.id === MORE_TOPICS_BUTTON) return { type: 'start', flow: FAQ_FLOW_ID };
      if (input.id === NAMED_GROUP_BUTTON && data.named) return stay([namedGroupsMessage(data.named)], false);
      const topic = topicFromButton(input.id);
      if (topic) return { type: 'stay', say: [answerMessage(topic, params)], reprompt: false, data: { answered: topic } };
      const intended = startFromIntent(input.id);
      if (intended) return intended;
      const locale = localeOfButton(input.id);
      if (locale) {
        return { type: 'stay', say: [say(t('language.changed'))], effects: [setLocale({ locale })], reprompt: true };
      }
      const entryId = menuEntryIdOfButton(input.id);
      if (entryId !== null) return pick({ by: 'button', id: entryId });
      // 📋 Menunggu verifikasi, 🔕 Notifikasi… of an officer panel closed since: the panel at that screen (it checks who asks).
      const panel = panelButtonStart(input.id);
      if (panel) return { type: 'start', flow: panel.flow, input: panel.input };
      // A button from an old message that means nothing now.
      return stay([say(t('home.staleButton'))], true);
    }
    // A photo sent at the menu: where photos are taken (an activity's evidence), not "text only";
    // a file that is no photo (its bytes checked already) is told so, not thanked for a photo.
    const checked = PHOTO_AT_MENU.result(input);
    if (checked) return stay([say(t(checked.kind === 'rejected' && checked.reason === 'not-image' ? 'home.notPhoto' : 'home.photoWhere'))], true);
    if (input.type === 'media' && (input.kind === 'photo' || input.kind === 'document') && env.canReceivePhotos === true) return { type: 'stay', effects: [PHOTO_AT_MENU.request(undefined)] };
    if (input.type !== 'text') return stay([say(t('home.unsupported'))], true);

    const text = input.text.trim();
    if (text === '') return stay([], true);
    // Numbered answers work everywhere, not only where the channel shows numbers.
    if (/^\d{1,2}$/.test(text)) return pick({ by: 'number', position: Number(text), text });
    return onWords(text, env, data);
  }

  return defineFlow<HomeData>({
    id: HOME_FLOW_ID,
    version: 1,
    title: t('home.title'),
    start: () => ({ step: 'home', data: {} }),
    steps: {
      home: {
        expects: t('home.expects'),
        example: t('home.example'),
        prompt: () => menuMessage(),
        on(input, { data, env }) {
          // The guess just offered, answered in words: "iya" is its ✅ button.
          if (data.guess !== undefined && input.type === 'text') {
            const answer = yesOrNo(input.text);
            if (answer === 'yes') return startFromIntent(data.guess) ?? forget(stay([], true));
            if (answer === 'no') return forget(stay([], true));
          }
          return forget(onInput(input, env, data));
        },
      },
    },
  });
}
