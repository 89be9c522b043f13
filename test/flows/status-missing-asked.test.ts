/**
 * "apa yg kurang", "kurangnya apa aja?" right after a desa's status: only what that desa still
 * lacks, under its name and level (was the whole status again, every criterion repeated).
 */
import { describe, expect, it } from 'vitest';
import { allText, buttonLabelled } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';

describe('what a desa still lacks, asked after its status [postgres]', () => {
  const bot = useTestBot('postgres');

  // With a lead word and "lg" ("trus apa lg yg kurang" was the general steps for a desa not yet a WKSBM).
  it.each(['apa yg kurang', 'kurangnya apa aja?', 'what is still missing?', 'naon keneh nu kirang?', 'trus apa lg yg kurang', 'terus gimana, apa yg masih kurang?', 'lalu kurangnya apa aja?'])('answers %j with only what the desa checked lacks', async (typed) => {
    const person = `missing-${typed}`;
    const en = typed.startsWith('what');
    await bot.send(person, en ? 'what is the status of panggungharjo' : 'status desa panggungharjo');
    const full = allText(await bot.send(person, { button: 'village-exact:yes' }));
    const criterion = en ? 'active groups' : 'kelompok aktif';
    expect(full).toContain(criterion);
    const missing = allText(await bot.send(person, typed));
    expect(missing).toContain('Panggungharjo');
    expect(missing).toContain(en ? 'Still missing to reach' : 'Yang masih kurang sampai Aktif');
    // The criteria with their numbers are not said again.
    expect(missing).not.toContain(en ? 'WKSBM status of' : 'Status WKSBM');
  });
});

describe('what a desa still lacks, asked in ❓ Tanya [postgres]', () => {
  const bot = useTestBot('postgres');

  it.each(['apa yg kurang', 'apa aja yang kurang', 'kurangnya apa'])('answers %j with only what the desa lacks, not its whole status', async (typed) => {
    const person = `missing-faq-${typed}`;
    await bot.send(person, 'status desa panggungharjo');
    await bot.send(person, { button: 'village-exact:yes' });
    await bot.send(person, 'menu');
    await bot.send(person, { button: 'menu:faq' });
    // The person leads no group: which desa is asked, the one checked before offered.
    const asked = await bot.send(person, typed);
    const missing = allText(await bot.send(person, { button: buttonLabelled(asked, 'Panggungharjo') }));
    expect(missing).toContain('Panggungharjo');
    expect(missing).toContain('Yang masih kurang sampai Aktif');
    expect(missing).not.toContain('Status WKSBM');
  });
});
