/**
 * The ketua named as one's kin before their name ("ketuanya my mom, bu Sri Wahyuni", "ibu saya,
 * Sri Wahyuni"), as a resident walking the chat in mixed words typed it: the name after the comma
 * is the ketua's (was saved as a ketua named "my mom, bu Sri Wahyuni"). Web chat, real database.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { typeGroupName } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a ketua named as one\'s kin', (kind) => {
  const bot = useTestBot(kind);

  it.each([
    ['kin-mom', 'Arisan Ibu-Ibu Glugo Kidul', 'ketuanya my mom, bu Sri Wahyuni 0812 3456 7788', 'Sri Wahyuni (+6281234567788)'],
    ['kin-ibu', 'Arisan Ibu-Ibu Glugo Lor', 'ibu saya, Sri Wahyuni 0812 3456 7788', 'Sri Wahyuni (+6281234567788)'],
    ['kin-bapak', 'Arisan Bapak-Bapak Glugo Lor', 'bapak saya, Pak Darto 0812 3456 7788', 'Darto (+6281234567788)'],
  ])('%s: takes the name after the kin (%s)', async (user, name, typed, ketua) => {
    const send = (input: string | { button: string }) => bot.send(user, input);
    await typeGroupName(send, 'Panggungharjo', name);
    await send('rt 3 rw 7');
    await send('20');
    const summary = allText(await send(typed));
    expect(summary).toContain(`• Ketua: ${ketua}`);
  });

  it('keeps a name with a comma that names no kin as typed', async () => {
    const send = (input: string | { button: string }) => bot.send('kin-none', input);
    await typeGroupName(send, 'Panggungharjo', 'Arisan Warga Glugo Tengah');
    await send('rt 3 rw 7');
    await send('20');
    expect(allText(await send('Sri Wahyuni, S.Pd 0812 3456 7788'))).toContain('• Ketua: Sri Wahyuni, S.Pd (+6281234567788)');
  });
});
