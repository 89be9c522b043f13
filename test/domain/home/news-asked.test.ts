/**
 * "ada kabar apa?", "ada info terbaru?" at the menu: a leader gets their groups' news (Kelompok
 * saya: the group, its verification, the desa's level); someone with no group gets the menu.
 * Before, both got "belum paham". Greetings and questions with these words stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { isNewsAsked } from '../../../src/domain/home/news-asked.js';
import { allText, buttonIds } from '../../support/bot.js';
import { answerRegistration } from '../../support/register-group.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('isNewsAsked', () => {
  it('reads asking what is new, and nothing that names something else', () => {
    for (const text of ['ada kabar apa?', 'ada info terbaru?', 'info terbaru dong min', 'any news?', 'ada berita apa hari ini']) expect(isNewsAsked(text), text).toBe(true);
    for (const text of ['ada info bansos?', 'kabar baik', 'info wksbm', 'cara daftar', 'ada kegiatan apa']) expect(isNewsAsked(text), text).toBe(false);
  });

  it('reads "anything new?" with no word of news ("ada yg baru?" was "belum paham"), but not "new" of something named', () => {
    for (const text of ['ada yg baru?', 'ada yang baru min', 'apa yang baru?', 'ana sing anyar?', 'aya nu anyar?']) expect(isNewsAsked(text), text).toBe(true);
    for (const text of ['kelompok baru bisa daftar?', 'yang baru daftar gimana', 'baru', 'ada kelompok baru']) expect(isNewsAsked(text), text).toBe(false);
  });
});

describe('news asked at the menu [postgres]', () => {
  const bot = useTestBot('postgres');

  it('shows a leader their groups, not "belum paham"', async () => {
    const send = (input: string | { button: string }) => bot.send('ketua-kabar', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Kabar Anyar', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RW 04', members: '20', ketua: 'Bu Rina', phone: '0812 3333 4545',
    });
    for (const typed of ['ada kabar apa?', 'ada info terbaru?']) {
      await send('menu');
      const reply = allText(await send(typed));
      expect(reply, typed).toContain('Arisan Kabar Anyar');
      expect(reply, typed).not.toContain('belum paham');
    }
  });

  it('shows someone with no group the menu, not "belum paham"', async () => {
    await bot.send('warga-kabar', 'menu');
    const reply = await bot.send('warga-kabar', 'ada kabar apa?');
    expect(allText(reply)).not.toContain('belum paham');
    expect(buttonIds(reply)).toContain('menu:status');
  });

  it('still greets "apa kabar"', async () => {
    await bot.send('warga-salam', 'menu');
    expect(allText(await bot.send('warga-salam', 'apa kabar min'))).not.toContain('belum paham');
  });
});
