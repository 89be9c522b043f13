/**
 * Officers have names: through a whole test bot (web chat), an officer who enrols is asked
 * their name (and phone, in the same answer); the admin API lists them by it and finds them
 * with `GET /api/people?q=`, and the audit log names them. An officer enrolled before it was asked is asked when the
 * officer menu opens, with the menu's buttons still working; one who has a name is not
 * asked; ✏️ Nama saya corrects it. /datasaya shows it and /hapusdata erases it.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { officerInviteCode } from '../support/officer-invite.js';
import { useTestBot } from '../support/use-test-bot.js';

const SEWON = '34.02.15';
const ADMIN_TOKEN = 'officer-name-admin-token-0123456789';

describeEachDatabase('officer names', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock, env: { ADMIN_TOKEN } });
  const prisma = () => bot.bot.database.prisma;

  async function enrol(user: string) {
    return bot.send(user, `petugas ${await officerInviteCode(bot.bot, clock, { kind: 'tksk', areas: [SEWON] })}`);
  }

  async function personOf(user: string) {
    const identity = await prisma().channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId(user) } } });
    return prisma().person.findUniqueOrThrow({ where: { id: identity.personId } });
  }

  async function admin<T>(url: string): Promise<T> {
    const response = await bot.bot.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  }

  it('asks a new officer their name and phone at enrolment; the admin API lists and finds them by it', async () => {
    const enrolled = allText(await enrol('tono'));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).toContain('Siapa nama Anda?');
    // Not a name: asked again, nothing stored.
    expect(allText(await bot.send('tono', '0812 3456 7890'))).toContain('tulis nama Anda dengan huruf');
    const saved = allText(await bot.send('tono', 'Tono Sugiarto 0812 3456 7890'));
    // The phone typed with it is said back (it was kept without a word).
    expect(saved).toContain('Nama Anda tersimpan: Tono Sugiarto, dengan nomor HP +6281234567890.');
    expect(await personOf('tono')).toMatchObject({ displayName: 'Tono Sugiarto', phoneE164: '+6281234567890' });

    const officers = await admin<{ items: Array<{ name: string | null; phone: string | null }> }>('/api/officers');
    expect(officers.items).toContainEqual(expect.objectContaining({ name: 'Tono Sugiarto', phone: '+6281234567890' }));
    const people = await admin<{ items: Array<{ name: string | null }> }>('/api/people?q=sugiarto');
    expect(people.items.map((person) => person.name)).toEqual(['Tono Sugiarto']);

    // The menu shows the name and does not ask it again.
    const panel = allText(await bot.send('tono', 'petugas'));
    expect(panel).toContain('Nama: Tono Sugiarto');
    expect(panel).not.toContain('belum tercatat');

    // The audit log says who acted, by name: the officer's sign-in code; the ADMIN_TOKEN holder has none.
    await bot.send('tono', { button: 'officer:dashboard' });
    const issued = await admin<{ items: Array<{ actorId: string; actorName: string | null }> }>('/api/audit?action=token.issue');
    expect(issued.items).toEqual([expect.objectContaining({ actorId: (await personOf('tono')).id, actorName: 'Tono Sugiarto' })]);
    const listed = await admin<{ items: Array<{ actorName: string | null }> }>('/api/audit?action=people.list');
    expect(listed.items[0]).toMatchObject({ actorName: null });
    await bot.send('tono', 'menu');
  });

  it('does not ask an officer who has a name already', async () => {
    await bot.send('ketua-rini', 'halo');
    await prisma().person.update({ where: { id: (await personOf('ketua-rini')).id }, data: { displayName: 'Bu Rini' } });
    const enrolled = allText(await enrol('ketua-rini'));
    expect(enrolled).toContain('terdaftar sebagai petugas');
    expect(enrolled).not.toContain('Siapa nama Anda?');
    expect(enrolled).toContain('Nama: Bu Rini');
  });

  it('asks an officer without a name when the menu opens, its buttons still working, until they give it', async () => {
    // Skipped at enrolment, as an officer enrolled before names were asked has none.
    await enrol('agus');
    expect(allText(await bot.send('agus', { button: 'skip' }))).toContain('bisa diisi nanti');
    expect((await personOf('agus')).displayName).toBeNull();

    const opened = await bot.send('agus', 'petugas');
    expect(allText(opened)).toContain('Nama: belum diisi');
    expect(allText(opened)).toContain('Nama Anda belum tercatat');
    expect(buttonIds(opened)).toContain('officer:quiet');
    // A button works as on the menu's home: the name is not in the way.
    expect(allText(await bot.send('agus', { button: 'officer:quiet' }))).toContain('Jam tenang');
    await bot.send('agus', 'menu');

    // Asked again next time; the answer is taken.
    expect(allText(await bot.send('agus', 'petugas'))).toContain('Nama Anda belum tercatat');
    // "petugas" typed again is no name.
    expect(allText(await bot.send('agus', 'petugas'))).toContain('Nama Anda belum tercatat');
    expect((await personOf('agus')).displayName).toBeNull();
    const saved = allText(await bot.send('agus', 'Agus Salim'));
    expect(saved).toContain('Nama Anda tersimpan: Agus Salim');
    expect(saved).toContain('Nama: Agus Salim');
    expect(await personOf('agus')).toMatchObject({ displayName: 'Agus Salim', phoneE164: null });

    // ✏️ Nama saya corrects it; the phone on record stays when none is typed.
    await bot.send('agus', { button: 'officer:name' });
    expect(allText(await bot.send('agus', 'H. Agus Salim, hp 0813 9000 1122'))).toContain('Nama Anda tersimpan: H. Agus Salim, dengan nomor HP +6281390001122.');
    await bot.send('agus', { button: 'officer:name' });
    expect(allText(await bot.send('agus', 'Haji Agus Salim'))).toContain('Nama Anda tersimpan: Haji Agus Salim.');
    expect(await personOf('agus')).toMatchObject({ displayName: 'Haji Agus Salim', phoneE164: '+6281390001122' });
    await bot.send('agus', 'menu');
  });

  it('keeps the name without the words that introduce it (leaders were told "petugas I am Wulan Sari")', async () => {
    await bot.send('wulan', 'english');
    await enrol('wulan');
    await bot.send('wulan', { button: 'skip' });
    // At the officer menu's home (after setting quiet hours), a name given unasked is kept (was "one of the buttons").
    await bot.send('wulan', 'officer');
    await bot.send('wulan', { button: 'officer:quiet' });
    expect(allText(await bot.send('wulan', '21-06'))).toContain('21:00–06:00');
    const saved = allText(await bot.send('wulan', 'I am Wulan Sari'));
    expect(saved).toContain('Your name is saved: Wulan Sari.');
    expect((await personOf('wulan')).displayName).toBe('Wulan Sari');
    await enrol('bambang');
    expect(allText(await bot.send('bambang', 'perkenalkan, saya bernama Bambang Wijaya 0812 3456 7891'))).toContain('Nama Anda tersimpan: Bambang Wijaya');
    expect(await personOf('bambang')).toMatchObject({ displayName: 'Bambang Wijaya', phoneE164: '+6281234567891' });
  });

  it('keeps the name without the form of address typed before it, as a ketua\'s ("Pak Budi Santoso" was kept whole)', async () => {
    await enrol('pak-budi');
    expect(allText(await bot.send('pak-budi', 'Pak Budi Santoso'))).toContain('Nama Anda tersimpan: Budi Santoso.');
    expect((await personOf('pak-budi')).displayName).toBe('Budi Santoso');
    // At ✏️ Nama saya too; a title that is part of how a name is written (H., Dr.) stays, as above.
    await bot.send('pak-budi', 'petugas');
    await bot.send('pak-budi', { button: 'officer:name' });
    expect(allText(await bot.send('pak-budi', 'bu Ani'))).toContain('Nama Anda tersimpan: Ani.');
    expect((await personOf('pak-budi')).displayName).toBe('Ani');
    await bot.send('pak-budi', 'menu');
  });

  it('opens the officer menu from the main menu\'s 🛡️ Petugas button pressed at the name question (which it asks again)', async () => {
    await enrol('budi-petugas');
    const opened = allText(await bot.send('budi-petugas', { button: 'menu:officer' }));
    expect(opened).not.toContain('tidak berlaku');
    expect(opened).toContain('Nama Anda belum tercatat');
    expect(allText(await bot.send('budi-petugas', 'Budi Santoso'))).toContain('Nama Anda tersimpan: Budi Santoso');
    await bot.send('budi-petugas', 'menu');
  });

  it('shows the officer\'s name in /datasaya and erases it with /hapusdata', async () => {
    await enrol('wati');
    await bot.send('wati', 'Wati Lestari');
    expect(allText(await bot.send('wati', '/datasaya'))).toContain('Wati Lestari');
    await bot.send('wati', 'menu');
    const personId = (await personOf('wati')).id;
    await bot.send('wati', '/hapusdata');
    expect(allText(await bot.send('wati', 'HAPUS'))).toContain('sudah dihapus');
    expect(await prisma().person.findUniqueOrThrow({ where: { id: personId } })).toMatchObject({ displayName: null, phoneE164: null });
    const people = await admin<{ items: unknown[] }>('/api/people?q=lestari');
    expect(people.items).toEqual([]);
  });
  it('keeps no sentence as a name: "nanti saja ya" skips, a question about the name is answered, a code or a sentence is asked again', async () => {
    await enrol('sari');
    const why = allText(await bot.send('sari', 'kenapa harus kasih nama?'));
    expect(why).toContain('Nama Anda disebutkan kepada ketua kelompok saat Anda memverifikasi atau menolak');
    expect(why).not.toContain('Kenapa WKSBM penting');
    expect(why).toContain('Siapa nama Anda?');
    for (const text of ['maaf salah, ini kodenya d8x9-8hsc', 'maaf salah, ini kodenya d8x9 8hsc', 'saya tidak mau kasih nama dulu karena masih ragu-ragu', 'engga tau']) {
      const again = allText(await bot.send('sari', text));
      expect(again, text).toContain('bukan nama');
      expect(again, text).not.toContain('tersimpan');
    }
    expect((await personOf('sari')).displayName).toBeNull();
    expect(allText(await bot.send('sari', 'nanti saja ya'))).toContain('bisa diisi nanti');
    expect((await personOf('sari')).displayName).toBeNull();

    // The same at the panel's name question.
    expect(allText(await bot.send('sari', 'petugas'))).toContain('Nama Anda belum tercatat');
    expect(allText(await bot.send('sari', 'buat apa?'))).toContain('Nama Anda disebutkan kepada ketua kelompok');
    expect(allText(await bot.send('sari', 'nanti aja'))).not.toContain('tersimpan');
    expect((await personOf('sari')).displayName).toBeNull();
    // The panel's own menu asks for no name: "apa ini?" there is not told why a name is asked.
    expect(allText(await bot.send('sari', 'apa ini?'))).not.toContain('Nama Anda disebutkan');
    await bot.send('sari', 'menu');
  });

  it('reads "Pak Tono Petugas 0811 2222 3333" as the name Tono with the phone (the role said after it was "bukan nama")', async () => {
    await enrol('tono-role');
    const saved = allText(await bot.send('tono-role', 'Pak Tono Petugas 0811 2222 3333'));
    expect(saved).toContain('Nama Anda tersimpan: Tono, dengan nomor HP +6281122223333.');
    expect(await personOf('tono-role')).toMatchObject({ displayName: 'Tono', phoneE164: '+6281122223333' });
    // The role with no name before it is still no name.
    await enrol('tono-role-only');
    expect(allText(await bot.send('tono-role-only', 'saya petugas'))).toContain('bukan nama');
  });
});
