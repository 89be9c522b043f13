/**
 * A checkbox list (a joint activity's partner groups) answered by typing a group's whole
 * name, on every channel that takes a typed label as its button: web chat (its API),
 * Telegram (grammY against the fake Bot API), WhatsApp (Baileys message shapes through a
 * fake socket) and WhatsApp Cloud (webhook bodies in, a fake Graph API out; the list is an
 * interactive list message, whose rows a typed label answers as on the other channels).
 * While nothing is ticked, the name typed is the answer: that group chosen, said back, and
 * on to the beneficiaries (it was only ticked, with ✔️ Selesai still to press). Once something is ticked, a typed name ticks or unticks its box as a tap does,
 * also after a note the channel sent on its own in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupType } from '../../src/domain/model/group-types.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, buttonLabelled, createTestStore, manualClock, startTestBot, type Reply, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { sentText, textMessage as tgTextMessage, type TelegramTestUser } from '../support/fake-telegram.js';
import { seedConsent } from '../support/seed-consent.js';
import { startTestWhatsApp, type TestWhatsApp } from '../support/whatsapp-channel.js';
import { WhatsAppCloudChannel } from '../../src/channels/whatsapp-cloud/cloud-channel.js';
import { GraphClient } from '../../src/channels/whatsapp-cloud/graph-client.js';
import { createCloudStore } from '../../src/storage/whatsapp-cloud/cloud-store.js';
import { createDatabaseChatListStore } from '../../src/storage/whatsapp/chat-lists.js';
import { APP_SECRET, asReply, CLOUD_TOKEN, PHONE_NUMBER_ID, VERIFY_TOKEN, webhookBody } from './whatsapp-cloud/cloud-test-bot.js';
import { FakeGraph, type SentCloudMessage } from './whatsapp-cloud/fake-graph.js';
import { attachTelegram, type TelegramAttachment } from './telegram/telegram-test-bot.js';
import { textMessage } from './whatsapp/wa-messages.js';

const PANGGUNGHARJO = '34.02.15.2004';
const WA_JID = '6281277770001@s.whatsapp.net';
const CLOUD_WA_ID = '6281277770002';
const TG_USER = { id: 7_700_001, first_name: 'Tono' };
const PICKED = '✅ Kelompok lain: Karang Taruna Bina Putra.';
const BENEFICIARIES = 'Siapa penerima manfaatnya?';
const PARTNERS = 'Kelompok lain mana yang ikut?';

/** One channel's chat, as a person uses it: typing, and pressing a button by its label. */
interface Chat {
  /** Types text; resolves with the texts sent back, joined, buttons' labels included. */
  say(text: string): Promise<string>;
  /** Presses the button labelled exactly `label` (on WhatsApp: types its number). */
  press(label: string): Promise<string>;
  /**
   * Sends what the channel itself answers with a note of its own, never reaching the
   * question (Telegram: an edited message; WhatsApp Cloud: a voice note); resolves with the note.
   */
  note?(): Promise<string>;
}

describe('a checkbox list answered by typing a whole name', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  let store: TestStore;
  let bot: TestBot;
  let telegram: TelegramAttachment;
  let whatsapp: TestWhatsApp;
  let cloud: WhatsAppCloudChannel;
  let graph: FakeGraph;
  const chats: Record<'webchat' | 'telegram' | 'whatsapp' | 'whatsapp-cloud', Chat> = {} as never;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    bot = await startTestBot(store, { clock });
    telegram = await attachTelegram(bot.bot);
    whatsapp = await startTestWhatsApp(bot.bot, { session: 'typed-checkboxes', start: '2026-11-20T03:00:00Z' });
    whatsapp.socket().open();

    let web: Reply[] = [];
    chats.webchat = {
      async say(text) {
        web = await bot.send('web-leader', text);
        return allText(web) + JSON.stringify(web.flatMap((reply) => reply.buttons ?? []).map((button) => button.label));
      },
      async press(label) {
        const id = web.flatMap((reply) => reply.buttons ?? []).find((button) => button.label === label)?.id ?? buttonLabelled(web, label);
        web = await bot.send('web-leader', { button: id });
        return allText(web) + JSON.stringify(web.flatMap((reply) => reply.buttons ?? []).map((button) => button.label));
      },
    };
    const tg: TelegramTestUser = telegram.user(TG_USER);
    const tgText = (sent: Awaited<ReturnType<TelegramTestUser['say']>>) =>
      sentText(sent) + JSON.stringify(sent.flatMap((message) => message.rows.flat().map((button) => button.label)));
    chats.telegram = {
      say: async (text) => tgText(await tg.say(text)),
      press: async (label) => tgText(await tg.press(label)),
      async note() {
        const before = tg.history.length;
        await telegram.deliver({ edited_message: { ...(tgTextMessage(TG_USER, 'kerja bakti').message as object), edit_date: 1_800_000_000 } } as never);
        await telegram.channel.idle();
        return tgText(tg.history.slice(before));
      },
    };
    const waSay = (text: string) => whatsapp.receive(textMessage(WA_JID, text));
    let waLast = '';
    chats.whatsapp = {
      say: async (text) => (waLast = await waSay(text)),
      async press(label) {
        const line = waLast.split('\n').find((candidate) => candidate.replace(/^\d+\. /, '') === label);
        if (!line) throw new Error(`no list line "${label}" in ${waLast}`);
        return (waLast = await waSay(line.split('.')[0]!));
      },
    };

    // WhatsApp Cloud: the real channel against a fake Graph API, webhooks handed to it as verified.
    graph = await FakeGraph.start({ token: CLOUD_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
    cloud = new WhatsAppCloudChannel({
      client: new GraphClient({ apiRoot: graph.apiRoot, apiVersion: graph.version, accessToken: CLOUD_TOKEN, phoneNumberId: PHONE_NUMBER_ID }),
      phoneNumberId: PHONE_NUMBER_ID,
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      handle: (message) => bot.bot.runner.handle(message),
      store: createCloudStore(bot.bot.database.prisma),
      texts: { listHint: () => 'Balas dengan angka pilihan Anda.', failed: () => 'Maaf, ada gangguan.', unsupported: () => 'Maaf, saya hanya bisa membaca teks dan foto.', listButton: () => 'Pilih' },
      templates: {},
      defaultLocale: 'id',
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      chatLists: createDatabaseChatListStore(bot.bot.database.prisma, 'typed-checkboxes-cloud'),
    });
    await cloud.start();
    /** The reply with each row's whole label: a row title fitted to 24 characters keeps it as the row's description. */
    const wholeLabels = (sent: SentCloudMessage): Reply => {
      const reply = asReply(sent);
      const sections = (sent.body as { interactive?: { action?: { sections?: Array<{ rows: Array<{ description?: string }> }> } } }).interactive?.action?.sections ?? [];
      const rows = sections.flatMap((section) => section.rows);
      return reply.buttons ? { ...reply, buttons: reply.buttons.map((button, index) => ({ ...button, label: rows[index]?.description ?? button.label })) } : reply;
    };
    let cloudSeq = 0;
    let cloudLast: Reply[] = [];
    const cloudSend = async (message: Record<string, unknown>): Promise<string> => {
      const before = graph.sent.length;
      const id = `wamid.TYPED${String(++cloudSeq).padStart(8, '0')}`;
      await cloud.receive(webhookBody({ contacts: [{ profile: { name: 'Cici' }, wa_id: CLOUD_WA_ID }], messages: [{ from: CLOUD_WA_ID, id, timestamp: String(Math.floor(Date.now() / 1000)), ...message }] }) as never);
      await cloud.idle();
      cloudLast = graph.sent.slice(before).filter((sent) => sent.to === CLOUD_WA_ID).map(wholeLabels);
      return allText(cloudLast) + JSON.stringify(cloudLast.flatMap((reply) => reply.buttons ?? []).map((button) => button.label));
    };
    chats['whatsapp-cloud'] = {
      say: (text) => cloudSend({ type: 'text', text: { body: text } }),
      press(label) {
        const id = buttonLabelled(cloudLast, label);
        const list = cloudLast.some((reply) => (reply.buttons?.length ?? 0) > 3);
        return cloudSend({ type: 'interactive', interactive: list ? { type: 'list_reply', list_reply: { id, title: label } } : { type: 'button_reply', button_reply: { id, title: label } } });
      },
      note: () => cloudSend({ type: 'audio', audio: { id: 'voice-1', mime_type: 'audio/ogg' } }),
    };

    // Each channel's leader leads one arisan of the desa; Gita (web chat) leads the others.
    await bot.send('gita', 'halo');
    await bot.send('web-leader', 'halo');
    await tg.say('halo');
    await waSay('halo');
    await chats['whatsapp-cloud'].say('halo');
    const prisma = bot.bot.database.prisma;
    const personOf = async (channel: 'webchat' | 'telegram' | 'whatsapp', externalId: string) =>
      (await prisma.channelIdentity.findFirstOrThrow({ where: { channel, externalId } })).personId;
    const people = {
      gita: await personOf('webchat', await bot.users.externalId('gita')),
      web: await personOf('webchat', await bot.users.externalId('web-leader')),
      telegram: await personOf('telegram', String(TG_USER.id)),
      whatsapp: await personOf('whatsapp', WA_JID),
      cloud: await personOf('whatsapp', `${CLOUD_WA_ID}@s.whatsapp.net`),
    };
    await seedConsent(prisma, [people.web, people.telegram, people.whatsapp, people.cloud], clock());
    await createAppTransactionRunner(prisma, clock).transaction(async (tx) => {
      const group = (type: GroupType, name: string): NewGroup => ({
        type, typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
      });
      for (const [type, name, leader] of [
        ['arisan', 'Arisan Web', people.web],
        ['arisan', 'Arisan Telegram', people.telegram],
        ['arisan', 'Arisan WhatsApp', people.whatsapp],
        ['arisan', 'Arisan Cloud', people.cloud],
        ['karang_taruna', 'Karang Taruna Bina Putra', people.gita],
        ['pkk', 'PKK Dusun Glugo', people.gita],
      ] as const) {
        await createGroup(tx.groups, group(type, name), name.toLowerCase(), leader, clock());
      }
    });
  });
  afterAll(async () => {
    await whatsapp?.channel.stop();
    await cloud?.stop();
    await graph?.close();
    await telegram?.close();
    await bot?.close();
    await store?.dispose();
  });

  /** The leader's activity up to the partner question: kerja bakti yesterday, described. */
  async function upToPartners(chat: Chat): Promise<string> {
    await chat.say('menu');
    await chat.say('catat kegiatan');
    await chat.say('kemarin');
    await chat.say('kerja bakti');
    return chat.say('Kerja bakti membersihkan saluran air');
  }

  for (const channel of ['webchat', 'telegram', 'whatsapp', 'whatsapp-cloud'] as const) {
    describe(channel, () => {
      it('takes the whole name of a group typed while nothing is ticked as the answer: chosen, said back, and on', async () => {
        const chat = chats[channel];
        const asked = await upToPartners(chat);
        expect(asked).toContain(PARTNERS);
        expect(asked).toContain('⬜ Karang Taruna Bina Putra');
        const answered = await chat.say('karang taruna bina putra');
        expect(answered).toContain(PICKED);
        expect(answered).toContain(BENEFICIARIES);
        expect(await chat.say('15 lansia')).toContain('Kelompok lain: Karang Taruna Bina Putra');
        expect(await chat.say('batal')).toContain('dibatalkan');
      });

      it('once a box is ticked, ticks or unticks the box of a name typed, as a tap does; ✔️ Selesai ends the list', async () => {
        const chat = chats[channel];
        await upToPartners(chat);
        const ticked = await chat.press('⬜ PKK Dusun Glugo');
        expect(ticked).toContain('✅ PKK Dusun Glugo');
        const both = await chat.say('Karang Taruna Bina Putra');
        expect(both).toContain(PARTNERS);
        expect(both).toContain('✅ PKK Dusun Glugo');
        expect(both).toContain('✅ Karang Taruna Bina Putra');
        const unticked = await chat.say('pkk dusun glugo');
        expect(unticked).toContain('⬜ PKK Dusun Glugo');
        expect(unticked).toContain('✅ Karang Taruna Bina Putra');
        expect(await chat.press('✔️ Selesai')).toContain(BENEFICIARIES);
        const summary = await chat.say('15 lansia');
        expect(summary).toContain('Kelompok lain: Karang Taruna Bina Putra');
        expect(summary).not.toContain('PKK Dusun Glugo');
        expect(await chat.say('batal')).toContain('dibatalkan');
      });

      // Web chat has no notes of its own; Baileys mode answers nothing it cannot read.
      if (channel === 'telegram' || channel === 'whatsapp-cloud') {
        it('keeps the list across a note of the channel\'s own: a name typed after it still ticks its box', async () => {
          const chat = chats[channel];
          await upToPartners(chat);
          expect(await chat.press('⬜ PKK Dusun Glugo')).toContain('✅ PKK Dusun Glugo');
          const note = await chat.note!();
          expect(note).not.toContain(PARTNERS);
          const both = await chat.say('karang taruna bina putra');
          expect(both).toContain(PARTNERS);
          expect(both).toContain('✅ PKK Dusun Glugo');
          expect(both).toContain('✅ Karang Taruna Bina Putra');
          expect(await chat.say('batal')).toContain('dibatalkan');
        });
      }
    });
  }
});
