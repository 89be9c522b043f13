/**
 * Brings a person to the status check's RW question for Panggungharjo (the menu, 📊, the desa
 * typed and confirmed), in English when asked: the start the RW tests share.
 */
import { expect } from 'vitest';
import { allText, type TestBot } from '../../support/bot.js';

/** Sends the messages that reach the RW question and checks it is asked. */
export async function atRwQuestion(bot: TestBot, user: string, english = false): Promise<void> {
  if (english) await bot.send(user, 'english');
  await bot.send(user, 'menu');
  await bot.send(user, { button: 'menu:status' });
  await bot.send(user, 'panggungharjo');
  expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toMatch(/Cek seluruh Desa Panggungharjo|Check all of Panggungharjo/);
}
