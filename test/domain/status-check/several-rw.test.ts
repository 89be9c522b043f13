/**
 * Two RWs or more at the status check's RW question ("rw 3 dan 4", "RW 2, 5", "rw 1 and rw 7"):
 * each RW's status is shown, one after the other (before: RW 3's alone, RW 4 dropped silently).
 * So it is for a status question that names them at the menu ("status panggungharjo rw 3 dan 4").
 */
import { describe, expect, it } from 'vitest';
import { allText, manualClock } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';
import { atRwQuestion } from './at-rw-question.js';

describe('several RWs named at the RW question [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  it.each([
    ['rw 3 dan 4', [3, 4]],
    ['RW 2, 5', [2, 5]],
    ['rw 1 sama rw 7 ya', [1, 7]],
  ])('shows each RW of "%s"', async (typed, rws) => {
    await atRwQuestion(bot, typed);
    const reply = allText(await bot.send(typed, typed));
    for (const rw of rws) expect(reply).toContain(`Status WKSBM RW ${rw} Panggungharjo`);
    // Once, at the end: what to do next.
    expect(reply.match(/Langkah berikutnya/g)?.length).toBe(1);
  });

  it('shows each RW of a status question typed at the menu ("status panggungharjo rw 3 dan 4"), not RW 3 alone', async () => {
    const user = 'typed-rws';
    expect(allText(await bot.send(user, 'status panggungharjo rw 3 dan 4'))).toContain('Desa Panggungharjo, Kec. Sewon');
    const reply = allText(await bot.send(user, { button: 'village-exact:yes' }));
    for (const rw of [3, 4]) expect(reply).toContain(`Status WKSBM RW ${rw} Panggungharjo`);
    expect(reply.match(/Langkah berikutnya/g)?.length).toBe(1);
  });

  it('does so in English', async () => {
    await atRwQuestion(bot, 'en-rws', true);
    const reply = allText(await bot.send('en-rws', 'rw 3 and 4'));
    expect(reply).toContain('RW 3');
    expect(reply).toContain('RW 4');
  });

  it('still reads one RW as one', async () => {
    await atRwQuestion(bot, 'one-rw');
    const reply = allText(await bot.send('one-rw', 'rw 3'));
    expect(reply).toContain('Status WKSBM RW 3 Panggungharjo');
    expect(reply).not.toContain('RW 4');
  });
});
