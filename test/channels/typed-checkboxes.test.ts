/**
 * A checkbox list (a joint activity's partner groups) answered by typing a group's whole
 * name, on every channel that takes a typed label as its button: web chat (its API),
 * Telegram (grammY against the fake Bot API) and WhatsApp (Baileys message shapes through a
 * fake socket). While nothing is ticked, the name typed is the answer: that group chosen,
 * said back, and on to the beneficiaries (it was only ticked, with ✔️ Selesai still to
 * press). Once something is ticked, a typed name ticks or unticks its box as a tap does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupType } from '../../src/domain/model/group-types.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, buttonLabelled, createTestStore, manualClock, startTestBot, type Reply, type TestBot, type TestStore } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { sentText, type TelegramTestUser } from '../support/fake-telegram.js';
import { seedConsent } from '../support/seed-consent.js';
import { startTestWhatsApp, type TestWhatsApp } from '../support/whatsapp-channel.js';
import { attachTelegram, type TelegramAttachment } from './telegram/telegram-test-bot.js';
import { textMessage } from './whatsapp/wa-messages.js';

const PANGGUNGHARJO = '34.02.15.2004';
const WA_JID = '6281277770001@s.whatsapp.net';
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
}

describe('a checkbox list answered by typing a whole name', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  let store: TestStore;
  let bot: TestBot;
  let telegram: TelegramAttachment;
  let whatsapp: TestWhatsApp;
  const chats: Record<'webchat' | 'telegram' | 'whatsapp', Chat> = {} as never;

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
    chats.telegram = { say: async (text) => tgText(await tg.say(text)), press: async (label) => tgText(await tg.press(label)) };
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

    // Each channel's leader leads one arisan of the desa; Gita (web chat) leads the others.
    await bot.send('gita', 'halo');
    await bot.send('web-leader', 'halo');
    await tg.say('halo');
    await waSay('halo');
    const prisma = bot.bot.database.prisma;
    const personOf = async (channel: 'webchat' | 'telegram' | 'whatsapp', externalId: string) =>
      (await prisma.channelIdentity.findFirstOrThrow({ where: { channel, externalId } })).personId;
    const people = {
      gita: await personOf('webchat', await bot.users.externalId('gita')),
      web: await personOf('webchat', await bot.users.externalId('web-leader')),
      telegram: await personOf('telegram', String(TG_USER.id)),
      whatsapp: await personOf('whatsapp', WA_JID),
    };
    await seedConsent(prisma, [people.web, people.telegram, people.whatsapp], clock());
    await createAppTransactionRunner(prisma, clock).transaction(async (tx) => {
      const group = (type: GroupType, name: string): NewGroup => ({
        type, typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
      });
      for (const [type, name, leader] of [
        ['arisan', 'Arisan Web', people.web],
        ['arisan', 'Arisan Telegram', people.telegram],
        ['arisan', 'Arisan WhatsApp', people.whatsapp],
        ['karang_taruna', 'Karang Taruna Bina Putra', people.gita],
        ['pkk', 'PKK Dusun Glugo', people.gita],
      ] as const) {
        await createGroup(tx.groups, group(type, name), name.toLowerCase(), leader, clock());
      }
    });
  });
  afterAll(async () => {
    await whatsapp?.channel.stop();
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

  for (const channel of ['webchat', 'telegram', 'whatsapp'] as const) {
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
    });
  }
});
