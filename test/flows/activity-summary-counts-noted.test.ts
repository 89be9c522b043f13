/**
 * Through the web chat, as a leader logging a joint activity: beneficiaries corrected at the
 * summary ("20 anak yatim", "12 lansia") were counted in silence as PMKS Anak terlantar /
 * Lansia terlantar, though the same words at the beneficiaries' question say so; they now
 * say so at the summary too.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('counts corrected at the activity summary', (kind) => {
  const bot = useTestBot(kind);

  it('say that orphans and the elderly are counted as PMKS categories', async () => {
    const send = (input: string | { button: string }) => bot.send('summary-counts', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'karang_taruna', name: 'Karang Taruna Catat Ulang', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Mas Bima', phone: '0812-3456-7890',
    });
    await send('menu');
    await send('catat kegiatan');
    await send('kemarin');
    await send({ button: 'category:bantuan_lansia' });
    await send('Santunan sembako lansia dan anak yatim');
    await send({ button: 'partners:done' });
    const summary = allText(await send('5 fakir miskin'));
    expect(summary).toContain('Fakir miskin 5');
    expect(summary).not.toContain('PMKS Anak terlantar');

    const corrected = allText(await send('20 anak yatim'));
    expect(corrected).toContain('20 anak yatim/piatu saya catat sebagai PMKS Anak terlantar');
    expect(corrected).toContain('Anak terlantar 20');
    const elderly = allText(await send('12 lansia'));
    expect(elderly).toContain('12 lansia saya catat sebagai PMKS Lansia terlantar');
    expect(elderly).not.toContain('anak yatim/piatu saya catat');
    // A count of those said to be neglected says nothing more.
    expect(allText(await send('15 lansia terlantar'))).not.toContain('saya catat sebagai PMKS');
  });
});
