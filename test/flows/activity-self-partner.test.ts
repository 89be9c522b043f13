/**
 * One person leading both groups logs a joint activity of one with the other: the bot said
 * "Ketua <the other group> diminta mengonfirmasi…", as if that ketua were someone else. Now it
 * says the confirmation waits in their own 📥 Konfirmasi (where they give it, as before).
 */
import { expect, it } from 'vitest';
import { allText, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('a joint activity with the reporter\'s own other group', (kind) => {
  const bot = useTestBot(kind);

  async function register(type: string, name: string) {
    const send = (input: string | { button: string }) => bot.send('two-groups', input);
    return answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Bu Ratna', phone: '0812-3456-7890',
    });
  }

  it('says the confirmation waits in their own inbox, and it is there', async () => {
    await register('arisan', 'Arisan Dahlia Glugo');
    await register('posyandu', 'Posyandu Dahlia Glugo');
    const send = (input: string | { button: string }) => bot.send('two-groups', input);
    await send('menu');
    const groups = await send('catat kegiatan');
    await send({ button: buttonLabelled(groups, 'Arisan Dahlia Glugo') });
    await send('kemarin');
    await send({ button: 'category:kerja_bakti' });
    await send('Kerja bakti bersih selokan dusun');
    await send('ya');
    await send({ button: 'pmks:done' });
    const saved = allText(await send({ button: 'save' }));
    expect(saved).toContain('Anda juga pengurus Posyandu Dahlia Glugo');
    expect(saved).not.toContain('Ketua Posyandu Dahlia Glugo diminta');
    expect(allText(await send('konfirmasi'))).toContain('Kerja bakti bersih selokan dusun');
  });
});
