/**
 * "bagaimana caranya supaya desa kami jadi wksbm?" at the menu: the way told in brief (register
 * groups, record their ties, record joint activities) before the person's desa is asked, whose
 * status then shows what it still lacks. Was the bare "Desa/kelurahan mana yang ingin dicek?",
 * with no word on the "how" that was asked.
 */
import { describe, expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('how the person\'s own desa becomes a WKSBM, asked at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each([
    ['bagaimana caranya supaya desa kami jadi wksbm?', ['Daftarkan kelompok', 'hubungan antarkelompok', 'kegiatan bersama', 'Saya cek dulu apa yang sudah ada di desa Anda']],
    ['sy mau tanya, kalo desa kami mau jd wksbm caranya gmn ya', ['Daftarkan kelompok', 'hubungan antarkelompok', 'kegiatan bersama', 'Saya cek dulu apa yang sudah ada di desa Anda']],
    ['how can my village become a wksbm', ['Register', 'ties between groups', 'joint activities', "I'll first check what your village already has"]],
  ])('frames the desa question for %j with the way', async (text, said) => {
    const person = `becoming-${text}`;
    await bot.send(person, 'halo');
    const reply = allText(await bot.send(person, text));
    for (const words of said) expect(reply).toContain(words);
    // "terus?" at the question is told what to type; the way is not said again.
    const again = allText(await bot.send(person, 'terus?'));
    expect(again).not.toContain(said[1]);
    // The desa typed next is checked, its status showing what it still lacks.
    const next = allText(await bot.send(person, 'panggungharjo'));
    expect(next).toContain('Panggungharjo');
  });

  it('shows a leader the status of her group\'s desa at once, which says what it lacks (no desa asked, no way told)', async () => {
    const send = (input: string | { button: string }) => bot.send('becoming-leader', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Jadi Wksbm', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 07', members: '20', ketua: 'Bu Tia', phone: '0812 7777 1313',
    });
    await send('menu');
    const reply = allText(await send('bagaimana caranya supaya desa kami jadi wksbm?'));
    expect(reply).toContain('Status WKSBM Panggungharjo');
    expect(reply).toContain('Yang masih kurang');
    expect(reply).not.toContain('Saya cek dulu');
  });

  it('asks a plain status check without the way', async () => {
    const person = 'becoming-plain';
    await bot.send(person, 'halo');
    const reply = allText(await bot.send(person, 'cek status desa saya'));
    expect(reply).not.toContain('Saya cek dulu');
  });
});
