/**
 * Yes and no as people type them, and a desa picked from the list in words, through web chat:
 * "gak mau ah" and Javanese "emoh" at the consent notice, "gak jadi deh" at the erase
 * confirmation and at a registration's summary, "iyo bener", 👍, Javanese "sampun" at "Desa …? Ya/Bukan",
 * and "yg bantul", "yang kedua", the kecamatan of a listed desa at a list of same-named desa.
 */
import { expect, it } from 'vitest';
import { CONSENT_AGREE_BUTTON } from '../../src/domain/privacy/consent-flow.js';
import { acceptConsent, allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

const CANCELLED = 'Baik, dibatalkan.';

describeEachDatabase('yes/no words and picks from a desa list', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  it('declines the consent notice for "gak mau ah" and Javanese "emoh"', async () => {
    for (const [user, answer] of [['yn-gakmau', 'gak mau ah'], ['yn-emoh', 'emoh']] as const) {
      expect(buttonIds(await bot.send(user, 'daftar'))).toContain(CONSENT_AGREE_BUTTON);
      const declined = allText(await bot.send(user, answer));
      expect(declined, answer).toContain('tidak ada data pribadi Anda yang dicatat');
      expect(declined, answer).not.toContain('Yang saya perlukan');
    }
  });

  it('keeps the data and the consent for a "no" typed at their confirmations ("tidak", "no, keep it", "gak usah")', async () => {
    const user = 'yn-erase-no';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    for (const typed of ['tidak', 'No, keep it', 'gak usah']) {
      await bot.send(user, '/hapusdata');
      const kept = allText(await bot.send(user, typed));
      expect(kept, typed).toContain('tidak ada yang dihapus');
      expect(kept, typed).not.toContain('Yang saya perlukan');
      await bot.send(user, '/tarikpersetujuan');
      expect(allText(await bot.send(user, typed)), typed).toContain('persetujuan Anda tetap berlaku');
    }
    const { personId } = await bot.bot.database.prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId(user) } },
    });
    expect(await bot.bot.database.prisma.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ anonymisedAt: null });
    expect(await bot.bot.database.prisma.consent.findFirstOrThrow({ where: { personId } })).toMatchObject({ withdrawnAt: null });
  });

  it('cancels the erase confirmation for "gak jadi deh", and names Batal among the answers it takes', async () => {
    const user = 'yn-erase';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'batal');
    await bot.send(user, '/hapusdata');
    expect(allText(await bot.send(user, 'hmm'))).toContain('ketik HAPUS, atau Batal');
    const closed = allText(await bot.send(user, 'gak jadi deh'));
    // The flow's title quoted, not a capital mid-sentence (was "Baik, Hapus data saya ditutup.").
    expect(closed).toContain('Baik, “Hapus data saya” ditutup.');
    expect(closed).not.toContain('Yang saya perlukan');
    const { personId } = await bot.bot.database.prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId(user) } },
    });
    expect(await bot.bot.database.prisma.person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ anonymisedAt: null });
  });

  it('cancels a registration at its summary for "gajadi deh, nanti aja"', async () => {
    const user = 'yn-summary';
    await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    await bot.send(user, 'Panggungharjo, Sewon, Bantul');
    await bot.send(user, { button: 'village-exact:yes' });
    await bot.send(user, { button: 'type:arisan' });
    await bot.send(user, 'Arisan Gajadi Deh');
    await bot.send(user, 'seluruh desa');
    await bot.send(user, '20');
    await bot.send(user, 'Bu Gajadi');
    const summary = allText(await bot.send(user, '0812 5555 7171'));
    expect(summary).toContain('Arisan Gajadi Deh');
    expect(allText(await bot.send(user, 'gajadi deh, nanti aja'))).toContain(CANCELLED);
    expect(await bot.bot.database.prisma.group.count({ where: { name: 'Arisan Gajadi Deh' } })).toBe(0);
  });

  it('takes "iyo bener", 👍, "sampun", "leres", "enya" at "Desa …? Ya/Bukan" as yes', async () => {
    for (const answer of ['iyo bener', '👍', 'sampun', 'leres', 'enya']) {
      const user = `yn-confirm-${answer}`;
      await bot.send(user, 'cek status');
      expect(allText(await bot.send(user, 'panggungharjo'))).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
      expect(allText(await bot.send(user, answer)), answer).toContain('✅ Desa/kelurahan: Panggungharjo, Kec. Sewon');
    }
  });

  it('offers the desa again when a text typed at "Desa …? Ya/Bukan" names no desa', async () => {
    const user = 'yn-confirm-not-desa';
    await bot.send(user, 'cek status');
    await bot.send(user, 'panggungharjo');
    const again = allText(await bot.send(user, 'pkk dsn glugo'));
    expect(again).toContain('Pastikan dulu desa ini');
    expect(again).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
    expect(allText(await bot.send(user, 'ya'))).toContain('✅ Desa/kelurahan: Panggungharjo, Kec. Sewon');
  });

  it('picks from a list of same-named desa by its place or its position in words', async () => {
    const picks = [
      ['yg bantul', 'Sidomulyo, Kec. Bambanglipuro'],
      ['yang kedua', 'Sidomulyo, Kec. Godean'],
      ['no 2 min', 'Sidomulyo, Kec. Godean'],
      ['godean', 'Sidomulyo, Kec. Godean'],
      ['the one in batu', 'Sidomulyo, Kec. Batu'],
      ['yang ketiga', 'Sidomulyo, Kec. Batu'],
    ] as const;
    for (const [answer, picked] of picks) {
      const user = `yn-pick-${answer}`;
      await bot.send(user, 'cek status');
      expect(buttonIds(await bot.send(user, 'sidomulyo'))).toEqual(expect.arrayContaining(['village:34.02.05.2001', 'village:34.04.02.2003']));
      expect(allText(await bot.send(user, answer)), answer).toContain(`✅ Desa/kelurahan: ${picked}`);
    }
  });

  it('reads "yang di bantul, panggungharjo" at the desa question as "panggungharjo bantul"', async () => {
    const user = 'yn-place-first';
    await bot.send(user, 'cek status');
    expect(allText(await bot.send(user, 'yang di bantul, panggungharjo'))).toContain('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
  });
});
