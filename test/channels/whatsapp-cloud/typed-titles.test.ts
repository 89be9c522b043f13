/**
 * A button whose title the Cloud API made short ("Sama dengan ketua…", "Sidomulyo — Kec…"),
 * typed by the person as it reads on their screen, with the "…" or without it, is that button,
 * as its whole label typed is: through the whole bot in cloud mode, webhook payloads in and
 * the platform's interactive messages out.
 */
import { expect, it } from 'vitest';
import { allText } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { idOf, registerFromMenu, useCloudTestBot, type CloudTestUser } from './cloud-test-bot.js';

/** The titles of the buttons or rows of the last interactive message the person got. */
function lastTitles(user: CloudTestUser): string[] {
  const last = [...user.history].reverse().find((message) => message.type === 'interactive');
  const interactive = (last?.body as { interactive?: any } | undefined)?.interactive;
  if (interactive?.type === 'button') return interactive.action.buttons.map((button: any) => button.reply.title as string);
  return (interactive?.action.sections ?? []).flatMap((section: any) => section.rows.map((row: any) => row.title as string));
}

describeEachDatabase('WhatsApp Cloud API: a cut title typed', (kind) => {
  const cloud = useCloudTestBot(kind);

  it('takes "Sidomulyo — Kec…" and "Sama dengan ketua" typed as the buttons so titled (they were searched, or not understood)', async () => {
    const bagus = cloud.user('6285712345071', 'Mas Bagus');
    await registerFromMenu(bagus, {
      type: 'karang_taruna',
      name: 'Karang Taruna Bina Remaja Awan',
      villageQuery: 'sidomulyo bambanglipuro',
      villageCode: '34.02.05.2001',
      unit: 'RW 02',
      members: '40',
      ketua: 'Mas Bagus',
      phone: '0857 1234 5071',
    });

    // A second group: the desa he registered in is offered as a button, its title cut to fit.
    await bagus.press(idOf(await bagus.say('menu'), 'Daftarkan kelompok'));
    expect(lastTitles(bagus)).toEqual(['Sidomulyo — Kec…']);
    const village = await bagus.say('Sidomulyo — Kec…');
    // The desa taken, on to the name (it was searched for: four desa to pick from).
    expect(allText(village)).not.toContain('Hasil pencarian');
    expect(allText(village)).toContain('Apa nama kelompoknya?');

    await bagus.say('PKK Melati');
    await bagus.say('seluruh desa');
    await bagus.say('30');
    // The ketua of his first group, offered as a button whose title lost the group and name.
    expect(lastTitles(bagus)).toEqual(['Sama dengan ketua…']);
    const summary = await bagus.say('Sama dengan ketua');
    expect(allText(summary)).toContain('Bagus');
    expect(allText(summary)).toContain('Sidomulyo');
    expect(summary.flatMap((reply) => reply.buttons ?? []).map((button) => button.id)).toContain('save');
  });
});
