/**
 * A new ketua said at the main menu and at a group's screen: said without a verb ("ketuanya
 * skrg pak Budi") it is asked about before anything is saved, at both; said with a verb and a
 * phone ("ganti ketua jadi bu Sari 0812…") it is saved at once, as README promises; a ketua
 * known by a village role ("Pak RT") keeps it, asked about and saved. Guards that the
 * "saya sendiri" handling left these as they were.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

describeEachDatabase('a new ketua said at the menu and at a group\'s screen', (kind) => {
  const bot = useTestBot(kind);
  const group = () => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Anggrek Ganti' } });

  it('asks before saving "ketuanya skrg pak Budi", saves "ganti ketua jadi bu Sari 0812…" at once, and keeps "Pak RT" as typed', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-change', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Anggrek Ganti', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'Bu Ani', phone: '0812 1111 2222',
    });
    await send('menu');

    // At the menu: without a verb, asked first; "tidak" changes nothing.
    const asked = await send('ketuanya skrg pak Budi');
    expect(allText(asked)).toContain('Ubah ketua Posyandu Anggrek Ganti dari Ani jadi Budi?');
    expect(buttonLabelled(asked, '✅ Ya, ubah')).toBe('change:yes');
    expect(allText(await send('tidak'))).toContain('ketua Posyandu Anggrek Ganti tetap Ani');
    expect(await group()).toMatchObject({ ketuaName: 'Ani', ketuaPhone: '+6281211112222' });
    // With a verb and a phone: saved at once, never a ketua named "Saya Sendiri" or with "jadi" in it.
    expect(allText(await send('ganti ketua jadi bu Sari 0812345678'))).toContain('• Ketua: Sari (+62812345678)');
    expect(await group()).toMatchObject({ ketuaName: 'Sari', ketuaPhone: '+62812345678' });

    // At the group's screen: asked first too, the role kept ("Pak RT", not "Rt").
    await send('menu');
    await send('👥 Kelompok saya');
    expect(allText(await send('ketuanya skrg pak Budi'))).toContain('Ubah ketua Posyandu Anggrek Ganti dari Sari jadi Budi?');
    expect(allText(await send('tidak'))).toContain('• Ketua: Sari (+62812345678)');
    expect(allText(await send('ketuanya skrg Pak RT'))).toContain('jadi Pak RT?');
    expect(allText(await send('tidak'))).toContain('• Ketua: Sari');
    expect(allText(await send('ganti ketua jadi Pak RT 0812 3456 7890'))).toContain('• Ketua: Pak RT (+6281234567890)');
    expect(await group()).toMatchObject({ ketuaName: 'Pak RT', ketuaPhone: '+6281234567890' });
  });

  it('tells the ketua on record who says "ganti ketua jadi saya sendiri" at the menu that she already is, and changes nothing', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-herself', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Anggrek Sendiri', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 03', members: '25', ketua: 'saya sendiri, Bayu Pratama', phone: '0812 3333 4444',
    });
    const saved = () => bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Anggrek Sendiri' } });
    expect(await saved()).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaPhone: '+6281233334444' });
    await send('menu');
    const told = allText(await send('ganti ketua jadi saya sendiri'));
    expect(told).toContain('Anda sudah tercatat sebagai ketua Posyandu Anggrek Sendiri');
    expect(told).not.toContain('Ketua yang baru');
    expect(told).not.toContain('Berapa nomor HP');
    expect(await saved()).toMatchObject({ ketuaName: 'Bayu Pratama', ketuaPhone: '+6281233334444' });
  });
});
