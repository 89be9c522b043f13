/**
 * A group registered before people's words doubled with a 2 were read ("Anak2", its name kept
 * as typed and compared as "anak2") is the same group when its name is typed again now as
 * "anak2" (written "Anak-Anak" since), "anak-anak" or "anak anak": the migration
 * group_name_doubled_words brings the names stored before to the form new names get, so the
 * duplicate check finds it and offers to join it rather than registering it twice. So does
 * group_name_doubled_short_forms for a short form so doubled ("Bpk2", read as "Bapak2").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../src/paths.js';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration, typeGroupName } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

/** The statement of the migration named `_${name}` that brings the stored names to the new form (run again here on a row stored as before). */
function migrationUpdate(name: string): string {
  const dir = readdirSync(MIGRATIONS_DIR).find((folder) => folder.endsWith(`_${name}`));
  const sql = dir === undefined ? '' : readFileSync(join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8');
  const update = /^UPDATE "Group"[\s\S]*?;$/m.exec(sql)?.[0];
  if (update === undefined) throw new Error(`no migration _${name} updating "Group"`);
  return update;
}

describeEachDatabase('a group name with a word doubled by a 2, stored before', (kind) => {
  const bot = useTestBot(kind);

  /** Starts a registration in Panggungharjo as `user` and answers the name question with `name`. */
  function typeName(user: string, name: string): Promise<Reply[]> {
    return typeGroupName((input) => bot.send(user, input), 'Panggungharjo', name);
  }

  /**
   * Registers a group as `leader`, sets its name and nameNorm back to how they were stored
   * before (`stored`), and runs the migration `_${migration}` on it again.
   */
  async function storedBefore(leader: string, stored: { readonly name: string; readonly nameNorm: string }, migration: string): Promise<void> {
    const send = (input: string | { button: string }) => bot.send(leader, input);
    await answerRegistration(send, await send('daftar'), {
      type: 'other', typeOther: 'Taman baca', name: `Lama ${leader}`, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Bu Sri', phone: '0812-3456-7890',
    });
    const prisma = bot.bot.database.prisma;
    await prisma.group.updateMany({ where: { villageCode: PANGGUNGHARJO, name: `Lama ${leader}` }, data: stored });
    await prisma.$executeRawUnsafe(migrationUpdate(migration));
  }

  /** Each of `typed`, as a name by a new user, finds the group `name` and offers to join it. */
  async function expectFound(name: string, typed: readonly string[]): Promise<void> {
    for (const [index, text] of typed.entries()) {
      const user = `typed-${index}-${text}`;
      const duplicate = await typeName(user, text);
      expect(allText(duplicate), text).toContain(`"${name}" sudah terdaftar`);
      expect(buttonIds(duplicate), text).toEqual(expect.arrayContaining(['join', 'rename']));
      await bot.send(user, 'batal');
    }
  }

  it('finds "Anak2" stored before when "anak2", "Anak-Anak" or "anak anak" is typed, and offers to join it', async () => {
    // As it was stored before: the name kept as typed, compared as "anak2" (only ibu2/bapak2 were spelled out).
    await storedBefore('first-leader', { name: 'Anak2', nameNorm: 'anak2' }, 'group_name_doubled_words');
    await expectFound('Anak2', ['anak2', 'Anak-Anak', 'anak anak']);
  });

  it('finds "Paguyuban Bpk2 Glugo" stored before when "Paguyuban Bapak2 Glugo", "… bapak-bapak …" or "… bpk2 …" is typed', async () => {
    // As it was stored before: compared as "bpk2" (only "bpk" alone and "bapak2" were spelled out).
    await storedBefore('bpk-leader', { name: 'Paguyuban Bpk2 Glugo', nameNorm: 'paguyuban bpk2 glugo' }, 'group_name_doubled_short_forms');
    await expectFound('Paguyuban Bpk2 Glugo', ['Paguyuban Bapak2 Glugo', 'paguyuban bapak-bapak glugo', 'paguyuban bpk2 glugo']);
  });
});
