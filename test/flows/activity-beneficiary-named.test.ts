/**
 * Through the web chat: a description naming the person helped ("bedah rumah mbah Karto",
 * "bantu bu Sumi yang sakit") was saved as typed, though the question says not to write
 * names. The name is now pointed out (UU PDP) and the description offered without it, the
 * rest kept: one tap takes that; a helper's name ("bukan penerima") keeps the words as typed; a role ("bu RT",
 * "ibu hamil") is no name and goes through as before.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a beneficiary named in an activity\'s description', (kind) => {
  const bot = useTestBot(kind);
  const send = (user: string, input: string | { button: string }) => bot.send(user, input);

  /** A leader with a group, at the description's question. */
  async function atDescription(user: string): Promise<void> {
    await answerRegistration((input) => send(user, input), await send(user, 'daftar'), {
      type: 'karang_taruna', name: `Karang Taruna ${user}`, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua: 'Mas Eko', phone: '0812-3456-7890',
    });
    await send(user, 'menu');
    await send(user, 'catat kegiatan bersama');
    await send(user, 'kemarin');
    expect(allText(await send(user, { button: 'category:bedah_rumah' }))).toContain('Ceritakan singkat kegiatannya');
  }

  it('asks to leave the name out, offering the words without it', async () => {
    await atDescription('karto');
    const asked = allText(await send('karto', 'gotong royong benahi atap rumah mbah Karto'));
    expect(asked).toContain('“mbah Karto”');
    expect(asked).toContain('UU PDP');
    expect(asked).toContain('“gotong royong benahi atap rumah seorang lansia”');
    expect(allText(await send('karto', { button: 'description:typed' }))).not.toContain('UU PDP');
    await send('karto', { button: 'partners:done' });
    const summary = allText(await send('karto', { button: 'pmks:done' }));
    expect(summary).toContain('gotong royong benahi atap rumah seorang lansia');
    expect(summary).not.toContain('Karto');
  });

  it('reads a name typed in lower case after "bu", the rest kept', async () => {
    await atDescription('sumi');
    const asked = allText(await send('sumi', 'bantu bu sumi yang sakit, antar ke puskesmas'));
    expect(asked).toContain('“bu sumi”');
    expect(asked).toContain('“bantu seorang warga yang sakit, antar ke puskesmas”');
  });

  it('says several named as "beberapa warga" (was "seorang warga dan seorang warga")', async () => {
    await atDescription('several');
    expect(allText(await send('several', 'santunan diberikan ke bu Sumi dan pak Darto'))).toContain('“santunan diberikan ke beberapa warga”');
  });

  it('keeps the words as typed when the person says the one named was not helped', async () => {
    await atDescription('bukan');
    expect(allText(await send('bukan', 'bedah rumah, tukangnya Pak Slamet dari kelurahan'))).toContain('UU PDP');
    const next = allText(await send('bukan', { button: 'description:notName' }));
    expect(next).not.toContain('UU PDP');
    await send('bukan', { button: 'partners:done' });
    expect(allText(await send('bukan', { button: 'pmks:done' }))).toContain('bedah rumah, tukangnya Pak Slamet dari kelurahan');
  });

  it('lets a role after a title through', async () => {
    await atDescription('role');
    expect(allText(await send('role', 'bedah rumah warga dibantu pak RT dan ibu-ibu PKK'))).not.toContain('UU PDP');
  });
});
