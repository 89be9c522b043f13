/**
 * Who talks to the bot in the crash-restart run, and what they say: officers enrolled by
 * invite code, one "anchor" group per test desa (so that every later activity sees a
 * partner to choose from, and the flow has the same steps for everyone), a pilot whose
 * run discovers the exact steps of today's flows (e.g. a consent notice before a
 * registration), and many leaders who each register a group and log an activity.
 */
import type { Update } from 'grammy/types';
import { CallbackTokens } from '../../../src/channels/telegram/callback-token.js';
import { buttonPress, textMessage, type FakeTelegram, type FakeUser } from '../../support/fake-telegram.js';
import type { WebhookSender } from './webhook-sender.js';

/** A desa of the test, searched by name and kecamatan, picked by its code. */
export interface TestVillage {
  readonly code: string;
  readonly query: string;
}

/** Ten desa with distinct names in the full Kemendagri list (Bantul and Sleman). */
export const VILLAGES: readonly TestVillage[] = [
  { code: '34.02.15.2004', query: 'panggungharjo sewon' },
  { code: '34.02.15.2002', query: 'timbulharjo sewon' },
  { code: '34.02.15.2003', query: 'bangunharjo sewon' },
  { code: '34.02.15.2001', query: 'pendowoharjo sewon' },
  { code: '34.04.07.2001', query: 'caturtunggal depok' },
  { code: '34.04.07.2002', query: 'maguwoharjo depok' },
  { code: '34.04.07.2003', query: 'condongcatur depok' },
  { code: '34.04.02.2006', query: 'sidoarum godean' },
  { code: '34.04.02.2005', query: 'sidokarto godean' },
  { code: '34.02.05.2002', query: 'mulyodadi bambanglipuro' },
];

const GROUP_TYPES = ['pkk', 'karang_taruna', 'arisan', 'posyandu', 'majelis_taklim', 'dasa_wisma'] as const;

/** One input: typed text or a pressed button (by the id the bot gave it). */
export type Step =
  /** `asks`: the question this text answers; an adaptive run waits for it (or an interjection). */
  | { readonly text: string; readonly asks?: RegExp }
  | { readonly button: string };

/** A leader of the run and what their group and activity must look like afterwards. */
export interface Leader {
  readonly user: FakeUser;
  readonly village: TestVillage;
  readonly groupName: string;
  readonly groupType: (typeof GROUP_TYPES)[number];
  readonly phone: string;
  /** Set when the leader also logs an activity. */
  readonly activity?: string;
}

/** A leader number `n` of a kind (`a` anchor, `p` pilot, `u` user), in a desa. */
export function leader(kind: 'a' | 'p' | 'u', n: number, village: TestVillage, withActivity: boolean): Leader {
  const base = { a: 8_200_000, p: 8_300_000, u: 8_400_000 }[kind];
  const prefix = { a: '0813', p: '0814', u: '0812' }[kind];
  const digits = String(n).padStart(8, '0');
  return {
    user: { id: base + n, firstName: `Uji${kind}${n}` },
    village,
    groupName: `Kelompok Uji ${kind.toUpperCase()}${n}`,
    groupType: GROUP_TYPES[n % GROUP_TYPES.length]!,
    phone: `${prefix}-${digits.slice(0, 4)}-${digits.slice(4)}`,
    ...(withActivity && { activity: `Santunan uji ${kind}${n} di balai desa` }),
  };
}

/**
 * The registration of a leader's group, as planned before a run discovers interjections.
 * Since issue #11: the desa first (one exact desa is confirmed with "✅ Ya"), then the name;
 * the type is asked because "Kelompok Uji …" does not state it; the ketua's name and phone come
 * in one answer; the meetings are given on the summary's ✏️ Ubah screen.
 */
export function registrationPlan(who: Leader): Step[] {
  return [
    { text: '/start' },
    { text: 'daftar' },
    { text: who.village.query, asks: /desa\/kelurahan mana/i },
    { button: 'village-exact:yes' },
    { text: who.groupName },
    { button: `type:${who.groupType}` },
    { text: 'RW 02' },
    { text: '30' },
    { text: `Pengurus ${who.user.firstName} ${who.phone}` },
    { button: 'change' },
    { button: 'edit:schedule' },
    { text: 'Malam Minggu pertama' },
    { button: 'save' },
  ];
}

/** Logging the leader's activity (the desa already has another group: the anchor). */
export function activityPlan(who: Leader): Step[] {
  if (who.activity === undefined) return [];
  return [
    { text: 'catat kegiatan' },
    { button: 'date:yesterday' },
    { button: 'category:santunan_anak_yatim' },
    { text: who.activity },
    { button: 'partners:done' },
    { button: 'pmks:done' },
    { button: 'save' },
  ];
}

/** Buttons a flow may put before a planned step (a consent notice): pressed when offered. */
const INTERJECTIONS = [/^consent:agree$/, /agree$/];

/** Where a pilot run had to press an extra button before a planned step, and which. */
export type Interjections = ReadonlyMap<number, readonly string[]>;

/** The planned steps with the interjections a pilot run found inserted. */
export function withInterjections(plan: readonly Step[], interjections: Interjections): Step[] {
  return plan.flatMap((step, index) => [...(interjections.get(index) ?? []).map((button) => ({ button })), step]);
}

/** Message ids of pressed keyboards: far above the fake's own, so no sent message is edited. */
const PRESSED_MESSAGE_BASE = 1_000_000_000;

/** Turns steps into Telegram updates for a user, numbering them from `nextId`. */
export class UpdateFactory {
  readonly #tokens: CallbackTokens;
  #nextId: number;
  /** Every update id handed out (each must end up processed exactly once). */
  readonly ids: number[] = [];
  readonly #idsOf = new Map<number, number[]>();

  constructor(token: string, firstId: number) {
    this.#tokens = new CallbackTokens(token);
    this.#nextId = firstId;
  }

  /** The update for one step of `user`; a button's data is sealed as the bot would have sealed it. */
  update(user: FakeUser, step: Step): Update {
    const id = this.#nextId++;
    // Each press is on a message of its own, as when a user answers each new keyboard: the
    // bot refuses a second press on one message (buttonPress would otherwise say message 1).
    const body =
      'text' in step ? textMessage(user, step.text) : buttonPress(user, this.#tokens.seal(String(user.id), step.button), PRESSED_MESSAGE_BASE + id);
    this.ids.push(id);
    this.#idsOf.set(user.id, [...this.idsOf(user.id), id]);
    return { update_id: id, ...body } as Update;
  }

  /** The update ids handed out for `userId`, in order. */
  idsOf(userId: number): readonly number[] {
    return this.#idsOf.get(userId) ?? [];
  }

  /** The ids of the buttons of the latest message to `chatId` after the first `after` ones. */
  offered(fake: FakeTelegram, chatId: number, after = 0): string[] {
    const withButtons = fake.sentTo(chatId).slice(after).filter((message) => message.rows.length > 0).at(-1);
    return (withButtons?.rows.flat() ?? []).map((button) => this.#tokens.open(String(chatId), button.data) ?? '?');
  }
}

/** How long a setup step waits for its reply, and for a planned button: limits for a busy machine. */
const REPLY_WAIT_MS = 300_000;
const BUTTON_WAIT_MS = 120_000;

/**
 * How many messages the bot sends to `chat` in answer to an update it accepted (its stored
 * reply, as the channel sends it): what a step waits for before reading the answer.
 */
export type ReplyCount = (update: Update, chat: number) => Promise<number>;

/**
 * Runs `plan` for `user` while nothing is killed, reading the bot's replies: before a
 * planned button that the replies to the previous step do not offer, an offered
 * interjection (consent) is pressed first, and so before typed text when the replies offer one.
 * Each step waits for the whole reply to the one before, as counted by `replyCount`.
 * Returns where interjections were needed.
 * Throws with the transcript when a planned button does not come.
 */
export async function runAdaptively(
  sender: WebhookSender,
  fake: FakeTelegram,
  factory: UpdateFactory,
  user: FakeUser,
  plan: readonly Step[],
  replyCount: ReplyCount,
): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>();
  /** Messages to the chat before the last step was sent: later ones answer it. */
  let mark = 0;
  const send = async (step: Step) => {
    mark = fake.sentTo(user.id).length;
    const update = factory.update(user, step);
    await sender.deliver(update);
    // A reply may be several messages, sent one after another in the background after the
    // update was accepted: wait for all of them (the count the bot stored with the update,
    // at least one), so that the next decision reads the whole answer. A wait for a quiet
    // spell instead cost seconds a step and could still end between two parts on a busy
    // machine. Generous: on a loaded machine (the first start seeds the region list) a
    // reply can take minutes.
    const expected = Math.max(1, await replyCount(update, user.id));
    await fake.waitFor(() => fake.sentTo(user.id).length >= mark + expected, REPLY_WAIT_MS, `${expected} reply messages to ${JSON.stringify(step)} for ${user.id}`);
  };
  const fresh = () => factory.offered(fake, user.id, mark);
  const transcript = () =>
    fake
      .sentTo(user.id)
      .map((message) => `< ${message.text.slice(0, 100)} ${JSON.stringify(message.rows.flat().map((button) => button.label))}`)
      .join('\n');
  for (const [index, step] of plan.entries()) {
    // Typed text that answers a known question waits for it; an interjection offered first
    // (the consent notice now comes right before the desa is typed) is pressed.
    if ('text' in step && step.asks) {
      const asks = step.asks;
      const interjection = () => fresh().find((id) => INTERJECTIONS.some((pattern) => pattern.test(id)));
      const asked = () => fake.sentTo(user.id).slice(mark).some((message) => asks.test(message.text));
      await fake.waitFor(() => asked() || interjection() !== undefined, 20_000, `question ${String(asks)} for ${user.id}`).catch(() => {
        throw new Error(`pilot ${user.id}: step ${index} answers ${String(asks)}, not asked\n${transcript()}`);
      });
      if (!asked()) {
        const extra = interjection()!;
        found.set(index, [extra]);
        await send({ button: extra });
        await fake.waitFor(asked, 20_000, `question ${String(asks)} for ${user.id}`).catch(() => {
          throw new Error(`pilot ${user.id}: step ${index} answers ${String(asks)}, not asked after ${extra}\n${transcript()}`);
        });
      }
    }
    for (let guard = 0; 'button' in step && guard < 3; guard++) {
      const wanted = step.button;
      const interjection = () => fresh().find((id) => INTERJECTIONS.some((pattern) => pattern.test(id)));
      await fake
        .waitFor(() => fresh().includes(wanted) || interjection() !== undefined, BUTTON_WAIT_MS, `button ${wanted} for ${user.id}`)
        .catch(() => {
          throw new Error(`pilot ${user.id}: step ${index} wants button "${wanted}"; the bot offers ${JSON.stringify(fresh())}\n${transcript()}`);
        });
      if (fresh().includes(wanted)) break;
      const extra = interjection()!;
      found.set(index, [...(found.get(index) ?? []), extra]);
      await send({ button: extra });
    }
    await send(step);
  }
  return found;
}
