/**
 * A leader's web chat up to a question of "Catat kegiatan bersama", for tests of what is typed
 * there: the group registered through the chat in Panggungharjo, then the activity logged
 * (kemarin, the kind's button, a description, no partner).
 */
import { expect } from 'vitest';
import { allText, buttonLabelled, type Reply } from './bot.js';
import { answerRegistration, type Send } from './register-group.js';

const PANGGUNGHARJO = '34.02.15.2004';

/** Registers `name` (of `type`) for the person chatting through `send`, and shows the menu. */
export async function registeredLeader(send: Send, type: string, name: string): Promise<void> {
  await answerRegistration(send, await send('daftar'), {
    type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Bu Ketua', phone: '0812-3456-7890',
  });
  await send('menu');
}

/** Logs an activity of `category` up to the beneficiaries' question (no partner chosen); the replies asking it. */
export async function atBeneficiaries(send: Send, category: string, description: string): Promise<Reply[]> {
  await send('catat kegiatan');
  await send('kemarin');
  await send({ button: `category:${category}` });
  await send(description);
  return send({ button: 'partners:done' });
}

/**
 * `person`'s Karang Taruna registered through `bot` and a kerja bakti logged up to its summary;
 * the person's `send`, to answer there.
 */
export async function atKerjaBaktiSummary(bot: { send(person: string, input: string | { button: string }): Promise<Reply[]> }, person: string): Promise<Send> {
  const send: Send = (input) => bot.send(person, input);
  await registeredLeader(send, 'karang_taruna', `Karang Taruna ${person}`);
  await atBeneficiaries(send, 'kerja_bakti', 'Bersih-bersih selokan dusun');
  expect(allText(await send({ button: 'pmks:done' }))).toContain('Simpan?');
  return send;
}

/** Logs and saves an activity of `category` with the group `partner` (20 lansia counted), and shows the menu. */
export async function loggedWithPartner(send: Send, partner: string, category: string, description: string): Promise<void> {
  await send('catat kegiatan');
  await send('kemarin');
  await send({ button: `category:${category}` });
  await send({ button: buttonLabelled(await send(description), partner) });
  await send({ button: 'partners:done' });
  await send('20 lansia');
  expect(allText(await send({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
  await send('menu');
}
