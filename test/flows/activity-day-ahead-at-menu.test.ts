/**
 * "catat kegiatan kerja bakti sama pkk besok" at the menu: "besok" cannot be the date (only
 * what already took place is logged), and it was dropped without a word, the date asked as
 * if nothing had been said. Now the person is told once why it was not taken.
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled } from '../support/bot.js';
import { registeredLeader } from '../support/activity-chat.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

const NOT_TAKEN = (day: string) => `“${day}” belum terjadi, jadi tidak saya pakai sebagai tanggal`;

describeEachDatabase('a day still ahead in an activity asked at the menu', (kind) => {
  const bot = useTestBot(kind);

  it.each([
    ['catat kegiatan kerja bakti sama pkk besok', 'besok', 'ahead-1'],
    ['catat kegiatan santunan yatim bareng karang taruna lusa', 'lusa', 'ahead-3'],
  ])('%j is said not taken as the date, once', async (said, day, person) => {
    const send = (input: string | { button: string }) => bot.send(person, input);
    await registeredLeader(send, 'karang_taruna', `Karang Taruna ${person}`);
    const asked = await send(said);
    const logged = await send({ button: buttonLabelled(asked, 'Ya, catat') });
    expect(allText(logged)).toContain('Kapan kegiatan');
    const text = `${allText(asked)}\n${allText(logged)}`;
    expect(text.split(NOT_TAKEN(day)).length - 1).toBe(1);
  });

  it('is said where no kind was named and the log starts at once', async () => {
    const send = (input: string | { button: string }) => bot.send('ahead-start', input);
    await registeredLeader(send, 'karang_taruna', 'Karang Taruna ahead-start');
    const text = allText(await send('mau catat kegiatan bareng pkk besok'));
    expect(text).toContain(NOT_TAKEN('besok'));
    expect(text).toContain('Kapan kegiatan');
  });

  it('says nothing of a date where none ahead was said', async () => {
    const send = (input: string | { button: string }) => bot.send('ahead-none', input);
    await registeredLeader(send, 'karang_taruna', 'Karang Taruna ahead-none');
    expect(allText(await send('catat kegiatan kerja bakti sama pkk'))).not.toContain('belum terjadi');
  });
});
