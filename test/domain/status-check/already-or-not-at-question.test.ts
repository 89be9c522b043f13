/**
 * A desa asked "already or not yet?" at the status check's desa question, in Javanese ("nek
 * panggungharjo wis durung?"), slang ("panggungharjo udah blm") or Sundanese ("kumaha
 * panggungharjo tos acan?"): that desa is checked. Was the steps of a desa not yet a WKSBM (the
 * whole sentence read as that question), or refused as a question that is no desa's name.
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonIds } from '../../support/bot.js';
import { useTestBot } from '../../support/use-test-bot.js';

describe('a desa asked "already or not yet?" at the desa question [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['nek panggungharjo wis durung?', 'panggungharjo udah blm', 'kumaha panggungharjo tos acan?', 'panggungharjo wes durung', 'panggungharjo uda blm'])(
    'checks the desa named in %j',
    async (typed) => {
      const user = `already-${typed}`;
      await bot.send(user, 'menu');
      await bot.send(user, 'cek status');
      const replies = await bot.send(user, typed);
      expect(allText(replies)).toBe('Desa Panggungharjo, Kec. Sewon, Kab. Bantul?');
      expect(buttonIds(replies)).toContain('village-exact:yes');
    },
  );
});
