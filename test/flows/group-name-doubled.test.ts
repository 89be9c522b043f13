/**
 * A group registered before people's words doubled with a 2 were read ("Anak2", its name kept
 * as typed and compared as "anak2") is the same group when its name is typed again now as
 * "anak2" (written "Anak-Anak" since), "anak-anak" or "anak anak": the migration
 * group_name_doubled_words brings the names stored before to the form new names get, so the
 * duplicate check finds it and offers to join it rather than registering it twice.
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

/** The statement of the migration that brings the stored names to the new form (run again here on a row stored as before). */
function migrationUpdate(): string {
  const dir = readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith('_group_name_doubled_words'));
  const sql = dir === undefined ? '' : readFileSync(join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8');
  const update = /^UPDATE "Group"[\s\S]*?;$/m.exec(sql)?.[0];
  if (update === undefined) throw new Error('no migration _group_name_doubled_words updating "Group"');
  return update;
}

describeEachDatabase('a group name with a word doubled by a 2, stored before', (kind) => {
  const bot = useTestBot(kind);

  /** Starts a registration in Panggungharjo as `user` and answers the name question with `name`. */
  function typeName(user: string, name: string): Promise<Reply[]> {
    return typeGroupName((input) => bot.send(user, input), 'Panggungharjo', name);
  }

  it('finds "Anak2" stored before when "anak2", "Anak-Anak" or "anak anak" is typed, and offers to join it', async () => {
    const send = (input: string | { button: string }) => bot.send('first-leader', input);
    await answerRegistration(send, await send('daftar'), {
      type: 'other', typeOther: 'Taman baca', name: 'Taman Baca Lama', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua: 'Bu Sri', phone: '0812-3456-7890',
    });
    // As it was stored before: the name kept as typed, compared as "anak2" (only ibu2/bapak2 were spelled out).
    const prisma = bot.bot.database.prisma;
    await prisma.group.updateMany({ where: { villageCode: PANGGUNGHARJO, name: 'Taman Baca Lama' }, data: { name: 'Anak2', nameNorm: 'anak2' } });
    await prisma.$executeRawUnsafe(migrationUpdate());

    for (const [user, typed] of [['typed-anak2', 'anak2'], ['typed-hyphen', 'Anak-Anak'], ['typed-space', 'anak anak']] as const) {
      const duplicate = await typeName(user, typed);
      expect(allText(duplicate), typed).toContain('"Anak2" sudah terdaftar');
      expect(buttonIds(duplicate), typed).toEqual(expect.arrayContaining(['join', 'rename']));
      await bot.send(user, 'batal');
    }
  });
});
