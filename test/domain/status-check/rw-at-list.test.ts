/**
 * An RW named in a status question at the status check's desa list or confirmation ("yang RW
 * 03", "sidomulyo rw 3", "rw 5"): kept, and that RW's status shown once the desa is picked.
 * Before, "yang RW 03" was searched as a desa (not found) and "sidomulyo rw 3" lost its RW.
 */
import { describe, expect, it } from 'vitest';
import { allText, manualClock } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('an RW said at the status check\'s desa list [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  it.each(['yang RW 03', 'the one in rw 3 please', 'rw iii aja'])('keeps "%s" said alone for the desa picked next', async (typed) => {
    const user = `alone-${typed}`;
    expect(allText(await bot.send(user, 'cek status desa sidomulyo'))).toContain('Hasil pencarian');
    const noted = allText(await bot.send(user, typed));
    expect(noted).toContain('RW 3: dicatat.');
    expect(noted).not.toContain('tidak ditemukan');
    expect(allText(await bot.send(user, { button: 'village:34.02.05.2001' }))).toContain('Status WKSBM RW 3 Sidomulyo, Kec. Bambanglipuro');
  });

  it.each(['sidomulyo rw 3', 'status desa sidomulyo rw 3'])('keeps the RW of "%s", the desa searched again', async (typed) => {
    const user = `both-${typed}`;
    await bot.send(user, 'cek status desa sidomulyo');
    expect(allText(await bot.send(user, typed))).toContain('Sidomulyo — Kec. Godean');
    expect(allText(await bot.send(user, '2'))).toContain('Status WKSBM RW 3 Sidomulyo, Kec. Godean');
  });

  it('keeps an RW said at the confirmation of the desa typed from the menu', async () => {
    await bot.send('menu', 'menu');
    await bot.send('menu', { button: 'menu:status' });
    expect(allText(await bot.send('menu', 'sidomulyo godean'))).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');
    expect(allText(await bot.send('menu', 'rw 5'))).toContain('RW 5: dicatat.');
    expect(allText(await bot.send('menu', 'ya'))).toContain('Status WKSBM RW 5 Sidomulyo, Kec. Godean');
  });
});
