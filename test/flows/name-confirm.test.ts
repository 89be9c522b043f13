/**
 * Walking the registration's name, members and ketua questions by web chat: "kembali" at the
 * "Namanya …?" confirmation left the name step (back to the desa); FAQ questions typed without
 * a question's shape ("syarat daftar wksbm") were kept as the group's name; "Posyandu Melati?"
 * got an unrelated FAQ answer; "saya sendiri?" at the ketua question was refused as a question;
 * a corrected name typed at the members question ("Posyandu Melati 3") was refused as a count.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, manualClock } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { typeGroupName } from '../support/register-group.js';

const NAME_QUESTION = 'Apa nama kelompoknya?';
const MEMBERS_QUESTION = 'Berapa jumlah anggotanya?';

describeEachDatabase('the name steps, walked by chat', (kind) => {
  const clock = manualClock('2026-12-07T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;
  const chat = (user: string) => (input: string | { button: string }) => bot.send(user, input);

  it('goes back from "Namanya …?" to the name question, nothing kept', async () => {
    const send = chat('confirm-back');
    expect(allText(await typeGroupName(send, 'panggungharjo', 'posyandu melati sudah terdaftar belum'))).toContain('Namanya “Posyandu Melati Sudah Terdaftar Belum”?');
    const back = allText(await send('kembali'));
    expect(back).toContain(NAME_QUESTION);
    expect(back).not.toContain('Di desa/kelurahan mana');
    expect(back).not.toContain('Namanya');
    // The step is as it was: a name typed now is taken, and "kembali" from the next question is the name question again.
    expect(allText(await send('Posyandu Kenanga'))).toContain('Di RT/RW berapa?');
    expect(allText(await send('kembali'))).toContain(NAME_QUESTION);
    expect(allText(await send('kembali'))).toContain('Di desa/kelurahan mana');
  });

  it('answers an FAQ question typed without a question\'s shape, and keeps real names that share its words', async () => {
    const send = chat('faq-unshaped');
    const first = allText(await typeGroupName(send, 'panggungharjo', 'syarat daftar wksbm'));
    expect(first).toContain('Tidak perlu dokumen');
    expect(first).toContain(NAME_QUESTION);
    for (const [question, answer] of [['cara daftar', 'Tidak perlu dokumen'], ['biaya daftar wksbm', 'gratis']] as const) {
      const replies = allText(await send(question));
      expect(replies, question).toContain(answer);
      expect(replies, question).toContain(NAME_QUESTION);
    }
    // Typed in Title Case, a sure FAQ question with a question word or "WKSBM" in it is one still.
    for (const [question, answer] of [['Syarat Daftar WKSBM', 'Tidak perlu dokumen'], ['Apa Itu WKSBM', 'Wahana Kesejahteraan Sosial']] as const) {
      const replies = allText(await send(question));
      expect(replies, question).toContain(answer);
      expect(replies, question).toContain(NAME_QUESTION);
    }
    expect(allText(await send('Syarat Makmur'))).toContain('Apa jenis kelompoknya?');
    await send('kembali');
    expect(allText(await send('Kelompok Tani Cara Baru'))).toContain('Di RT/RW berapa?');
    expect(await prisma().group.count({ where: { name: { contains: 'aftar' } } })).toBe(0);
    expect(await prisma().group.count({ where: { name: { contains: 'WKSBM' } } })).toBe(0);
  });

  it('asks "Namanya …?" about a group\'s name typed with a question mark, with no FAQ answer first', async () => {
    const send = chat('name-marked');
    const asked = await typeGroupName(send, 'panggungharjo', 'Posyandu Melati?');
    expect(allText(asked)).toContain('Namanya “Posyandu Melati”?');
    expect(allText(asked)).not.toContain('layanan kesehatan berbasis warga');
    expect(buttonIds(asked)).toEqual(expect.arrayContaining(['name:yes', 'name:no']));
    expect(allText(await send({ button: 'name:yes' }))).toContain('Di RT/RW berapa?');
    // A question about the kind of group is still answered.
    await send('kembali');
    expect(allText(await send('posyandu itu apa?'))).toContain('layanan kesehatan berbasis warga');
  });

  it('reads "saya sendiri?" at the ketua question as "the ketua is me"', async () => {
    const send = chat('ketua-me-asked');
    await typeGroupName(send, 'panggungharjo', 'Arisan Tanya Ketua');
    await send('rt 3 rw 1');
    expect(allText(await send('12'))).toContain('Siapa ketua kelompok ini?');
    const replies = allText(await send('saya sendiri?'));
    expect(replies).not.toContain('pertanyaan');
    expect(replies).toContain('Siapa nama Anda?');
  });

  it('asks whether a name typed at the members question is the group\'s, and replaces it when it is', async () => {
    const send = chat('members-name');
    await typeGroupName(send, 'panggungharjo', 'Posyandu Melati');
    expect(allText(await send('rt 2 rw 1'))).toContain(MEMBERS_QUESTION);
    const asked = await send('Posyandu Melati 3');
    expect(allText(asked)).toContain('Namanya “Posyandu Melati 3”?');
    expect(allText(asked)).not.toContain('angka');
    // ✏️ Bukan: the count is asked again, the name kept.
    expect(allText(await send({ button: 'name:no' }))).toContain(MEMBERS_QUESTION);
    // "kembali" at the question: back to the count, not to the RT/RW.
    await send('Posyandu Melati 3');
    expect(allText(await send('kembali'))).toContain(MEMBERS_QUESTION);
    await send('Posyandu Melati 3');
    // Typed as the button says it: ✅ Ya.
    expect(allText(await send('iya'))).toContain(MEMBERS_QUESTION);
    await send('12');
    expect(allText(await send('Bu Ani 0812 3434 9090'))).toContain('• Nama: Posyandu Melati 3');
  });
});
