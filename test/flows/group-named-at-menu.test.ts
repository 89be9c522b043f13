/**
 * A group's name typed alone at the menu ("Posyandu Mawar", "kelompok mawar"): was the cost
 * answer ("mawar", a rose, corrected to the Sundanese "mayar", to pay), its kind's FAQ answer,
 * or "not understood". Now: taken as a group's name, its registration offered under that name.
 * Asking about the cost still answers the cost.
 */
import { expect, it } from 'vitest';
import { CONSENT_AGREE_BUTTON, allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

/** The FAQ's cost answer. */
const COST = 'Mendaftarkan kelompok lewat bot ini gratis';

describeEachDatabase('a group\'s name typed alone at the menu', (kind) => {
  const bot = useTestBot(kind);

  it('offers to register "Posyandu Mawar" under its name, and the button starts that registration', async () => {
    const user = 'named-mawar';
    const replies = await bot.send(user, 'Posyandu Mawar');
    expect(allText(replies)).not.toContain(COST);
    expect(allText(replies)).toContain('“Posyandu Mawar” sepertinya nama kelompok. Ingin mendaftarkannya?');
    const register = buttonLabelled(replies, '📝 Daftarkan Posyandu Mawar');
    expect(register).toBe('intent:register:posyandu?n=Posyandu+Mawar');
    expect(buttonIds(await bot.send(user, { button: register }))).toContain(CONSENT_AGREE_BUTTON);
  });

  it('offers the others too, with or without a kind, never the cost answer', async () => {
    const cases = [
      ['kelompok mawar', '📝 Daftarkan Kelompok Mawar'],
      ['arisan melati', '📝 Daftarkan Arisan Melati'],
    ] as const;
    for (const [index, [typed, label]] of cases.entries()) {
      const replies = await bot.send(`named-${index}`, typed);
      expect(allText(replies), typed).not.toContain(COST);
      expect(buttonLabelled(replies, label), typed).toMatch(/^intent:register:/u);
    }
  });

  it('still answers the cost asked, in chat Indonesian and Sundanese', async () => {
    for (const [index, typed] of ['myar brp?', 'bayar gak', 'mayar teu?'].entries()) {
      expect(allText(await bot.send(`named-cost-${index}`, typed)), typed).toContain(COST);
    }
  });
});
