/**
 * The one-tap offers of the menu's answers: a request guessed from the words ("mau daftar
 * kelompok pkk" → ✅ Ya, daftarkan PKK), the registration offered to a group wishing to take
 * part, a desa's status offered with it. Each button id carries what was said, so that the tap
 * (or a typed "ya") starts the flow with it, wherever the offer was made (the menu, ❓ Tanya).
 */
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { LOG_ACTIVITY_FLOW_ID } from '../activities/log-flow.js';
import { REGISTER_GROUP_FLOW_ID } from '../groups/register-flow.js';
import { STATUS_CHECK_FLOW_ID, type StatusCheckInput } from '../status-check/check-flow.js';
import type { FaqOffers } from '../faq/faq-flow.js';
import type { JoinAsked } from '../understanding/join-asked.js';
import type { TextReading } from '../understanding/question-reading.js';
import type { RegisterDetails } from '../understanding/register-details.js';
import { registerInput } from './request-flow.js';
import { DECLARE_RELATION_FLOW_ID, type TieStart } from '../relations/declare-flow.js';
import { tieOffer } from '../relations/tie-offer.js';
import { RELATION_KINDS } from '../model/relations.js';

/** A flow an offer's button starts, with its start input. */
export interface IntentStart {
  readonly flow: string;
  readonly input: unknown;
}

/** Button ids of the one-tap confirmations of a guessed request (the language offer's: ../language/guess.ts). */
const REGISTER_INTENT = 'intent:register:';
const ACTIVITY_INTENT = 'intent:activity:';
/** A tie stated in ❓ Tanya, offered to be recorded: the groups and kind said after "?" (w: the partner, a/b: both groups, k: the kind). */
const RELATION_INTENT = 'intent:relation:';
/** A desa's status offered with another answer ("saya ketua karang taruna di desa sidomulyo"): its query after "?q=". */
const STATUS_INTENT = 'intent:status:';

/**
 * The button id of a guessed registration: the kind, then what the request stated (a name, a
 * desa to search) as a query string, so that the tap (or a typed "ya") starts with them.
 */
export function registerIntentId(type: string, details: RegisterDetails): string {
  const stated = new URLSearchParams({
    ...(details.name && { n: details.name }),
    ...(details.place && { p: details.place }),
    ...(details.unit && { u: `${details.unit.rw}/${details.unit.rt}` }),
    ...(details.members && { m: String(details.members) }),
    ...(details.ketua && { k: details.ketua.name }),
    ...(details.ketua?.phone && { h: details.ketua.phone }),
    ...(details.ketuaIsMe && { s: '1', ...(details.ownPhone && { h: details.ownPhone }) }),
    // A kind outside the list ("takmir masjid"), with the type "other" only: "Jenis lain" asks the type instead.
    ...(type === 'other' && details.typeOther && { o: details.typeOther }),
  }).toString();
  return `${REGISTER_INTENT}${type}${stated ? `?${stated}` : ''}`;
}

/** The button id of a desa's status check offered with an answer: the desa as typed. */
export function statusIntentId(query: string): string {
  return `${STATUS_INTENT}?${new URLSearchParams({ q: query }).toString()}`;
}

/** What a request stated, read back from a button id's query ({@link registerIntentId}). */
function detailsOfQuery(stated: URLSearchParams): RegisterDetails {
  const [rw, rt] = (stated.get('u') ?? '').split('/').map(Number);
  const members = Number(stated.get('m'));
  const name = stated.get('n');
  const place = stated.get('p');
  const ketua = stated.get('k');
  const typeOther = stated.get('o');
  return {
    ...(name && { name }),
    ...(typeOther && { typeOther }),
    ...(place && { place }),
    ...(stated.has('u') && Number.isInteger(rw) && Number.isInteger(rt) && { unit: { rw: rw!, rt: rt!, dusun: '' } }),
    ...(Number.isInteger(members) && members > 0 && { members }),
    ...(ketua && { ketua: { name: ketua, phone: stated.get('h') } }),
    ...(!ketua && stated.get('s') === '1' && { ketuaIsMe: true as const, ...(stated.get('h') && { ownPhone: stated.get('h')! }) }),
  };
}

/**
 * The button id of a guessed activity: its date and kind (either may be empty: "Ubah" starts
 * without them), then the partner groups named ("bareng karang taruna …") and the
 * beneficiaries counted ("… yatim 15 anak": `b=2-15`, PMKS code and count) as a query string.
 */
export function activityIntentId(date: string, category: string, partner: string | undefined, beneficiaries?: Readonly<Record<number, number>>): string {
  const counted = Object.entries(beneficiaries ?? {}).map(([code, count]) => `${code}-${count}`).join('.');
  const query = new URLSearchParams({ ...(partner && { w: partner }), ...(counted && { b: counted }) }).toString();
  return `${ACTIVITY_INTENT}${date}:${category}${query ? `?${query}` : ''}`;
}

/** The beneficiaries of an activity's button id (`b=2-15.8-3`), as the log's start input takes them (it checks them). */
function countsOfQuery(counted: string | null): Record<string, number> | undefined {
  const pairs = counted?.split('.').map((pair) => pair.split('-')) ?? [];
  return pairs.length > 0 ? Object.fromEntries(pairs.map(([code = '', count = '']) => [code, Number(count)])) : undefined;
}

/** The button id of a tie offered to be recorded ({@link RELATION_INTENT}), what was said in its query. */
function relationIntentId(tie: TieStart): string {
  const said = new URLSearchParams({
    ...(tie.partner !== undefined && { w: tie.partner }),
    ...(tie.between !== undefined && { a: tie.between[0], b: tie.between[1] }),
    ...(tie.kind !== undefined && { k: tie.kind }),
  });
  return `${RELATION_INTENT}?${said.toString()}`;
}

/** 🔗 Hubungan antarkelompok's start input from a tie offer's button id ({@link relationIntentId}). */
function relationOfQuery(said: URLSearchParams): TieStart {
  const [partner, first, second] = [said.get('w'), said.get('a'), said.get('b')];
  const kind = RELATION_KINDS.find((known) => known === said.get('k'));
  return { ...(partner && { partner }), ...(first && second && { between: [first, second] as const }), ...(kind && { kind }) };
}

/** What a guessed registration or activity's button starts (confirmed with one tap, or without the guess), or a desa's status offered; null for another id. */
export function intentStart(id: string): IntentStart | null {
  if (id.startsWith(REGISTER_INTENT)) {
    const [type = '', query = ''] = id.slice(REGISTER_INTENT.length).split('?');
    const details = detailsOfQuery(new URLSearchParams(query));
    // A kind outside the list ("takmir masjid kami mau ikut"): a Lainnya of it, as a request naming it starts.
    if (type === 'other' && details.typeOther) return { flow: REGISTER_GROUP_FLOW_ID, input: registerInput('', details) };
    // "Jenis lain" (no type): the guess was turned down, so the registration asks the type
    // rather than reading it from the name again ("Pengajian …" was Majelis taklim once more).
    return { flow: REGISTER_GROUP_FLOW_ID, input: { ...registerInput(type, details), ...(type === '' && { askType: true }) } };
  }
  if (id.startsWith(RELATION_INTENT)) return { flow: DECLARE_RELATION_FLOW_ID, input: relationOfQuery(new URLSearchParams(id.slice(RELATION_INTENT.length).replace(/^\?/u, ''))) };
  if (id.startsWith(STATUS_INTENT)) {
    const query = new URLSearchParams(id.slice(STATUS_INTENT.length).replace(/^\?/u, '')).get('q');
    return query ? { flow: STATUS_CHECK_FLOW_ID, input: { query, mine: false } satisfies StatusCheckInput } : null;
  }
  if (id.startsWith(ACTIVITY_INTENT)) {
    const [guess = '', query = ''] = id.slice(ACTIVITY_INTENT.length).split('?');
    const [date = '', category = ''] = guess.split(':');
    const said = new URLSearchParams(query);
    const partner = said.get('w');
    const beneficiaries = countsOfQuery(said.get('b'));
    return { flow: LOG_ACTIVITY_FLOW_ID, input: { ...(date ? { date } : {}), ...(category ? { category } : {}), ...(partner && { partner }), ...(beneficiaries && { beneficiaries }) } };
  }
  return null;
}

/**
 * The answer to a group's wish to take part ("saya pengurus posyandu, gimana caranya ikut
 * wksbm"): a group takes part by registering in its desa, so the registration is offered (named
 * by the group's name or kind, what was said going along), and the desa's status when one was
 * named. `guess` is the registration's button id, which a typed "ya" presses.
 */
export function joinOffer(join: JoinAsked): { readonly message: OutboundMessage; readonly guess: string } {
  const { groupType, desa, kindAsked, nameAlone, ...details } = join;
  const guess = registerIntentId(groupType ?? (details.typeOther ? 'other' : ''), details);
  // Named by its own name when said ("📝 Daftarkan Posyandu Mawar"), else by its kind.
  const named = details.name ?? (groupType && t(`groups:type.${groupType}`));
  const register = { id: guess, label: named ? t('home.joinRegister', { type: named }) : t('menu.registerGroup') };
  const status = desa ? [{ id: statusIntentId(desa), label: t('home.joinStatusButton') }] : [];
  // "pengajian bisa daftar?": yes for that kind, which is one of a WKSBM's (not "your group takes part").
  const answer =
    kindAsked === true && groupType !== undefined
      ? t('home.kindCanJoin', { type: t(`groups:type.${groupType}`) })
      : // "Posyandu Mawar" typed alone asked nothing: no "Bisa 🙂", the name taken as a group's and its registration offered.
        nameAlone === true && details.name !== undefined
        ? t('home.groupNamed', { name: details.name })
        : t('home.joinAnswer');
  return { message: say([answer, ...(desa ? [t('home.joinStatus')] : [])], [register, ...status]), guess };
}

/**
 * The menu's offers for ❓ Tanya (faq/faq-flow.ts), read as the menu reads them (from the
 * question's one reading): a tie with another group stated ("kami sering kerja sama dengan
 * posyandu melati": recording it offered, 🔗 Hubungan antarkelompok), a wish to join, or whether
 * a kind may join ("pengajian bisa daftar?": yes, with its registration); and what the buttons start.
 */
export function faqOffers(): FaqOffers<Pick<TextReading, 'reading' | 'tie'>> {
  return {
    answer(question) {
      // Read first, as at the menu (home/entry-of-words.ts): a tie stated is no question for the FAQ.
      const tie = question.tie();
      if (tie !== null) {
        const offered = relationIntentId(tie);
        return { message: tieOffer(tie, offered), offered, topic: 'criterion_network' };
      }
      const reading = question.reading();
      const { understood } = reading;
      const named = reading.kindAsked ?? reading.groupNamed;
      if (understood.kind !== 'join' && named === undefined) return null;
      const join = understood.kind === 'join' ? (({ kind: _join, ...rest }) => rest)(understood) : named!;
      const offer = joinOffer(join);
      return { message: offer.message, offered: offer.guess, topic: 'how_to_register' };
    },
    start: intentStart,
  };
}
