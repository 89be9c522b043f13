/**
 * Telegram: a button whose label the app cut to fit its row ("👤 Sama dengan ketua Arisan
 * Me…") typed by the person as it reads on their screen is that button, as its whole label
 * typed is (the desa was asked to be confirmed again; the ketua's cut label was taken as a
 * name, "Berapa nomor HP 👤 Sama dengan?"): through the whole bot on a real database, grammY
 * against the fake Bot API. The rules (a beginning without "…", numbered labels, what is
 * never taken) are in test/channels/typed-buttons.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { NewGroup } from '../../../src/domain/model/groups.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { createTestStore, manualClock, type TestStore } from '../../support/bot.js';
import { createGroup } from '../../support/create-group.js';
import { describeEachDatabase } from '../../support/databases.js';
import { buttonLabels, sentText, type TelegramTestUser } from '../../support/fake-telegram.js';
import { seedConsent } from '../../support/seed-consent.js';
import { startTelegramTestBot, type TelegramTestBot } from './telegram-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('Telegram: a cut label typed', (kind) => {
  let store: TestStore;
  let tg: TelegramTestBot;
  let ani: TelegramTestUser;
  const clock = manualClock('2026-12-07T03:00:00Z');

  beforeAll(async () => {
    store = await createTestStore(kind);
    tg = await startTelegramTestBot(store, { clock });
    ani = tg.user({ id: 730001, firstName: 'Ani' });
    await ani.say('halo');
    const personId = (await tg.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: '730001' } })).personId;
    await seedConsent(tg.bot.database.prisma, [personId], clock());
    await createAppTransactionRunner(tg.bot.database.prisma, clock).transaction(async (tx) => {
      const group: NewGroup = {
        type: 'arisan', typeOther: null, name: 'Arisan Melati Dusun Glugo Wetan', villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20,
        foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ani Rahayu', ketuaPhone: '+6281200000001',
      };
      await createGroup(tx.groups, group, 'arisan melati dusun glugo wetan', personId, clock());
    });
  });
  afterAll(async () => {
    await tg?.close();
    await tg?.bot.close();
    await store?.dispose();
  });

  it('takes the desa\'s and the ketua\'s labels typed as they read when cut', async () => {
    expect(buttonLabels(await ani.say('daftar'))).toEqual(['Panggungharjo — Kec. Sewon, Kab. Bantul']);
    // The app shows about 30 characters of a row: "Panggungharjo — Kec. Sewon, K…".
    const village = sentText(await ani.say('Panggungharjo — Kec. Sewon, K…'));
    expect(village).toContain('Apa nama kelompoknya?');
    await ani.say('PKK Melati');
    await ani.say('seluruh desa');
    const ketua = await ani.say('30');
    expect(buttonLabels(ketua)).toContain('👤 Sama dengan ketua Arisan Melati Dusun Glugo Wetan (Bu Ani Rahayu)');
    // As the app shows it, cut in the middle of a word.
    const summary = sentText(await ani.say('👤 Sama dengan ketua Arisan Me…'));
    expect(summary).toContain('Ketua: Bu Ani Rahayu');
    expect(summary).toContain('Sudah benar?');
  });
});
