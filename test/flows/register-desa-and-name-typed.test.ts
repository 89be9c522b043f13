/**
 * What a person types at the registration's desa and name questions that answers neither:
 * a status request at the name question ("status desa timbulharjo gimana": was saved as the
 * group's name), a group's name at the desa question ("PKK Dusun Glugo": was "desa … tidak
 * ditemukan", or at the confirmation a new search listing Desa Karang, Harapan…), and a dusun
 * ("glugo": not in the region data, now said so).
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('texts typed at the registration\'s desa and name questions', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  /** Consent given; the desa question on screen. */
  async function atDesa(user: string): Promise<void> {
    await bot.send(user, 'daftar kelompok');
    expect(allText(await bot.send(user, { button: 'consent:agree' }))).toContain('Di desa/kelurahan mana kelompok ini?');
  }

  /** Panggungharjo answered; the name question on screen. */
  async function atName(user: string): Promise<void> {
    await atDesa(user);
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompoknya?');
  }

  // "posyandu balita melati 2, anggotane 35an" was saved as the group's name, and the members asked again.
  it('keeps a member count typed with the name as the members, not as part of the name', async () => {
    const user = 'name-with-members';
    await atName(user);
    const typed = allText(await bot.send(user, 'posyandu balita melati 2, anggotane 35an'));
    expect(typed).toContain('Saya catat 35 anggota');
    expect(typed).toContain('Di RT/RW berapa?');
    const summary = allText(await bot.send(user, 'rt 3 rw 5'));
    expect(summary).not.toContain('Berapa jumlah anggotanya?');
    expect(summary).toContain('Siapa ketua kelompok ini?');
    const done = allText(await bot.send(user, 'Bu Marni 0878 1234 5566'));
    expect(done).toContain('• Nama: Posyandu Balita Melati 2\n');
    expect(done).toContain('• Anggota: 35 orang');
    await bot.send(user, 'batal');

    // Without a comma, at the word that labels the count; a bare number after a comma stays the name's.
    const other = 'name-with-members-label';
    await atName(other);
    expect(allText(await bot.send(other, 'majelis taklim al ikhlas jamaah 60an'))).toContain('Saya catat 60 anggota');
    await bot.send(other, 'batal');
  });

  it('opens the status check for a status request typed at the name question, never saving it as the name', async () => {
    for (const [index, text] of ['status desa timbulharjo gimana', 'cek status desa timbulharjo', 'tolong cek desa timbulharjo', 'desa timbulharjo statusnya apa'].entries()) {
      const user = `name-status-${index}`;
      await atName(user);
      const replies = allText(await bot.send(user, text));
      expect(replies, text).toContain('Desa Timbulharjo, Kec. Sewon');
      expect(replies, text).not.toContain('Apa jenis kelompoknya?');
      // After the status, the registration goes on at its name question, no name taken.
      const status = allText(await bot.send(user, { button: 'village-exact:yes' }));
      expect(status, text).toContain('Status WKSBM Timbulharjo');
      expect(status, text).toContain('Apa nama kelompoknya?');
    }
  });

  it('says a group\'s name typed at the desa question is one, keeps the question, and offers the name at its question', async () => {
    const user = 'desa-group-name';
    await atDesa(user);
    const said = await bot.send(user, 'PKK Dusun Glugo');
    expect(allText(said)).toContain('“PKK Dusun Glugo” sepertinya nama kelompok, bukan nama desa/kelurahan');
    expect(allText(said)).not.toContain('tidak ditemukan');
    await bot.send(user, 'panggungharjo');
    const name = await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(name)).toContain('Tadi Anda menulis “PKK Dusun Glugo”');
    expect(buttonIds(name)).toContain('name:typed');
    // Tapped: the name taken (its kind and dusun read from it), the members asked next.
    expect(allText(await bot.send(user, { button: 'name:typed' }))).toContain('Berapa jumlah anggotanya?');
  });

  // "arisan" typed ahead of the consent, kept for "the next question" (the desa): listed Arisan Musi, Ambarisan, Barisan…
  it('takes a kind of group typed alone for the desa as the kind, asks the desa again and not the kind later', async () => {
    const user = 'desa-kind-alone';
    await bot.send(user, 'mau daftar kelompok');
    await bot.send(user, 'arisan');
    const kept = allText(await bot.send(user, { button: 'consent:agree' }));
    expect(kept).toContain('“arisan” itu jenis kelompok, bukan nama desa/kelurahan. Jenisnya saya catat: Arisan.');
    expect(kept).toContain('Ketik nama desa/kelurahan');
    expect(kept).not.toContain('Ambarisan');
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompok Arisan ini?');
    const next = allText(await bot.send(user, 'Arisan Ibu Melati'));
    expect(next).not.toContain('Apa jenis kelompoknya?');
    await bot.send(user, 'batal');

    // Typed at the desa question itself, two words; a kind with a name after it stays a group's name.
    const other = 'desa-kind-alone-typed';
    await atDesa(other);
    expect(allText(await bot.send(other, 'Karang Taruna'))).toContain('Jenisnya saya catat: Karang Taruna.');
    await bot.send(other, 'batal');

    // A kind already given ("daftar posyandu"): another typed here is not said noted (it was, then dropped).
    const known = 'desa-kind-known';
    await bot.send(known, 'daftar posyandu');
    await bot.send(known, { button: 'intent:register:posyandu' });
    expect(allText(await bot.send(known, { button: 'consent:agree' }))).toContain('Di desa/kelurahan mana kelompok ini?');
    expect(allText(await bot.send(known, 'arisan'))).not.toContain('Jenisnya saya catat');
    await bot.send(known, 'batal');
  });

  it('takes the one name offered on "iya" (was saved as the name "Iya")', async () => {
    const user = 'desa-group-name-yes';
    await atDesa(user);
    await bot.send(user, 'PKK Dusun Glugo');
    await bot.send(user, 'panggungharjo');
    expect(buttonIds(await bot.send(user, { button: 'village-exact:yes' }))).toContain('name:typed');
    expect(allText(await bot.send(user, 'iya'))).toContain('Berapa jumlah anggotanya?');
  });

  it('offers both group names typed at the desa question, the first not replaced by the second', async () => {
    const user = 'desa-two-group-names';
    await atDesa(user);
    await bot.send(user, 'PKK Dusun Glugo');
    await bot.send(user, 'karang taruna tunas harapan');
    await bot.send(user, 'panggungharjo');
    const name = await bot.send(user, { button: 'village-exact:yes' });
    expect(allText(name)).toContain('“PKK Dusun Glugo” dan “karang taruna tunas harapan”');
    expect(buttonIds(name)).toEqual(['name:typed', 'name:typed:2']);
    // The first tapped: it is the name (its kind and dusun read from it), the members asked next.
    expect(allText(await bot.send(user, { button: 'name:typed' }))).toContain('Berapa jumlah anggotanya?');
  });

  it('keeps the desa being confirmed when a group\'s name is typed at its confirmation (was a search listing Desa Karang, Harapan…)', async () => {
    const user = 'confirm-group-name';
    await atDesa(user);
    await bot.send(user, 'panggungharjo');
    const replies = await bot.send(user, 'karang taruna tunas harapan');
    expect(allText(replies)).toContain('“karang taruna tunas harapan” sepertinya nama kelompok');
    expect(allText(replies)).toContain('Desa Panggungharjo, Kec. Sewon');
    expect(buttonIds(replies)).toEqual(['village-exact:yes', 'village-exact:no']);
    expect(buttonIds(await bot.send(user, { button: 'village-exact:yes' }))).toContain('name:typed');
  });

  it('says a dusun cannot be searched when a dusun is typed as the desa', async () => {
    const user = 'desa-dusun';
    await atDesa(user);
    expect(allText(await bot.send(user, 'glugo'))).toContain('Nama dusun/padukuhan atau RT/RW tidak bisa dicari di sini');
  });
});
