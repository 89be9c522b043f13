/**
 * The composition root with Telegram configured (TELEGRAM_BOT_TOKEN + TELEGRAM_API_ROOT at
 * a fake Bot API): start-up registers the commands and polls, and a leader registers a
 * whole group by tapping inline buttons and typing answers, as on a phone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Bot } from '../../../src/main.js';
import { createTestStore, type TestStore } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { FakeTelegram, sentText, type TelegramTestUser } from '../../support/fake-telegram.js';
import { startComposedTelegramBot } from './telegram-test-bot.js';

describeEachDatabase('Telegram through the composition root', (kind) => {
  let store: TestStore;
  let fake: FakeTelegram;
  let bot: Bot;
  let user: TelegramTestUser;
  let composedUser: (from: { id: number; firstName: string }) => TelegramTestUser;

  beforeAll(async () => {
    store = await createTestStore(kind);
    fake = await FakeTelegram.start();
    const composed = await startComposedTelegramBot(store, fake);
    bot = composed.bot;
    composedUser = composed.user;
    user = composed.user({ id: 424242, firstName: 'Sri' });
  });
  afterAll(async () => {
    await bot?.close();
    await fake?.close();
    await store?.dispose();
  });

  it('registers the commands in both languages and removes any webhook before polling', async () => {
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    const commands = fake.callsOf('setMyCommands');
    expect(commands.map((call) => (call.params.language_code as string | undefined) ?? 'default').sort()).toEqual(['default', 'en']);
    await fake.waitFor(() => fake.callsOf('getUpdates').length > 0, 5_000, 'polling to start');
  });

  it('registers a group by buttons and answers', async () => {
    expect(sentText(await user.say('/start'))).toContain('Asisten WKSBM');
    // The personal-data notice comes before the first question.
    expect(sentText(await user.press('📝 Daftarkan kelompok'))).toContain('Pemberitahuan data pribadi');
    // Since issue #11: the desa first (an exact name is confirmed with one tap), then the name,
    // the type only when the name does not state it, and the ketua with phone in one answer.
    expect(sentText(await user.press('✅ Setuju'))).toContain('desa/kelurahan');
    expect(sentText(await user.say('sidomulyo bambanglipuro'))).toContain('Desa Sidomulyo, Kec. Bambanglipuro');
    expect(sentText(await user.press('✅ Ya'))).toContain('nama kelompok');
    expect(sentText(await user.say('Bina Remaja'))).toContain('jenis kelompok');
    expect(sentText(await user.press('Karang Taruna'))).toContain('RT/RW');
    await user.say('RW 02');
    expect(sentText(await user.say('40'))).toContain('ketua');
    const summary = sentText(await user.say('Mas Bagus 0857 1234 5678'));
    expect(summary).toContain('Bina Remaja');
    expect(summary).toContain('Karang Taruna');
    expect(summary).toContain('+6285712345678');
    expect(sentText(await user.press('✅ Simpan'))).toContain('sudah terdaftar');

    // Every button press was answered, as Telegram requires.
    expect(fake.callsOf('answerCallbackQuery').length).toBeGreaterThanOrEqual(5);
    const group = await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Bina Remaja' } });
    expect(group).toMatchObject({ villageCode: '34.02.05.2001', memberCount: 40, type: 'karang_taruna', ketuaName: 'Bagus', ketuaPhone: '+6285712345678' });
  });

  it('takes a button\'s label typed instead of tapped ("jumlah anggota"), as the button of the latest message', async () => {
    const typing = composedUser({ id: 434343, firstName: 'Wati' });
    await typing.say('daftar');
    await typing.press('✅ Setuju');
    await typing.say('sidomulyo bambanglipuro');
    await typing.press('✅ Ya');
    await typing.say('Posyandu Mawar Label');
    await typing.say('RW 03');
    await typing.say('25');
    expect(sentText(await typing.say('Bu Rina 0857 2222 3333'))).toContain('Sudah benar?');
    const pressesBefore = fake.callsOf('answerCallbackQuery').length;
    await typing.say('ubah');
    // The field to change, typed as its button reads ("Jumlah anggota"), not tapped.
    expect(sentText(await typing.say('jumlah anggota'))).toContain('Berapa jumlah anggotanya?');
    expect(sentText(await typing.say('30'))).toContain('Anggota: 30 orang');
    expect(sentText(await typing.say('simpan'))).toContain('sudah terdaftar');
    // Typed, not pressed: no callback to answer.
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(pressesBefore);
  });

  it('offers the Telegram profile\'s name with one tap when the person says they chair the group themself', async () => {
    const wulan = composedUser({ id: 454545, firstName: 'Wulan' });
    await wulan.say('daftar');
    await wulan.press('✅ Setuju');
    await wulan.say('sidomulyo bambanglipuro');
    await wulan.press('✅ Ya');
    await wulan.say('Posyandu Profil Wulan');
    await wulan.say('RW 04');
    await wulan.say('25');
    expect(sentText(await wulan.say('saya sendiri'))).toContain('Di profil chat Anda tertulis "Wulan"');
    expect(sentText(await wulan.press('✅ Wulan'))).toContain('Berapa nomor HP Anda?');
    expect(sentText(await wulan.say('0857 1111 2222'))).toContain('Ketua: Wulan (+6285711112222)');
    expect(sentText(await wulan.press('✅ Simpan'))).toContain('sudah terdaftar');
    const group = await bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Profil Wulan' } });
    expect(group).toMatchObject({ ketuaName: 'Wulan', ketuaPhone: '+6285711112222' });
  });
});
