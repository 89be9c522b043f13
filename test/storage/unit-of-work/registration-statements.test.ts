/**
 * What a whole registration costs at the pg driver (issue #14): a group registered through
 * web chat, step by step, each step's unit of work counted as the driver sends it (its own
 * statements and any Prisma sends on its connection). The effects' hot repository methods
 * (groups, people, consent, audit, village search) run as plain SQL on the unit of work;
 * a step that brought Prisma back, or a statement more, shows up here (DUMP_STATEMENTS=1
 * prints them).
 */
import { describe, expect, it } from 'vitest';
import { allText, type Reply } from '../../support/bot.js';
import { statementsOf, unitOfWork, type SentStatement } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';
import { answerRegistration } from '../../support/register-group.js';

/** One message of the registration and what the driver sent for it. */
interface Step {
  readonly input: string;
  readonly sent: readonly SentStatement[];
}

/** Prisma's generated SQL names every table with its schema: ours never does. */
const isPrisma = (text: string): boolean => text.includes('"public".');

/**
 * The most round trips each step's unit of work may send, BEGIN and COMMIT included (BEGIN
 * rides with the first statement, COMMIT with the last, and a write nobody reads with the
 * next one; before the move to plain SQL: 6, 11, 5, 3, 4, 3, 3, 3, 17).
 */
const MOST: ReadonlyArray<readonly [input: string, statements: number]> = [
  ['daftar', 4], // the menu's facts and the consent check
  ['[consent:agree]', 5], // consent check, grant (the audit entry rides with the next read); the groups (once) with the last desa for the desa question
  ['panggungharjo', 3], // the village search (exact and similar names in one statement)
  ['[village-exact:yes]', 2],
  ['Arisan Hitung', 3], // the duplicate-name check
  ['RT 05 RW 03', 2],
  ['20', 2],
  ['Sri Rahayu 081234567890', 2],
  ['[save]', 7], // the duplicate check again, the group with its area, leader and the desa's other groups (the link hint) in one statement, the officers, status (its lock rides with its facts) and the menu
];

describe('a registration through web chat, statement by statement [postgres]', () => {
  const bot = useTestBot('postgres');

  it('runs each step in a few statements, Prisma only for the status and the officers when saving', async () => {
    const user = 'registrar';
    await bot.send(user, 'halo'); // first contact creates the person: not part of the flow
    const steps: Step[] = [];
    const send = async (input: string | { button: string }): Promise<Reply[]> => {
      const { value, sent } = await statementsOf(() => bot.send(user, input));
      steps.push({ input: typeof input === 'string' ? input : `[${input.button}]`, sent });
      return value;
    };
    const saved = await answerRegistration(send, await send('daftar'), {
      type: 'arisan', name: 'Arisan Hitung', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 03', members: '20', ketua: 'Sri Rahayu', phone: '081234567890',
    });
    expect(allText(saved)).toContain('sudah terdaftar');

    const units = steps.map((step) => ({ input: step.input, statements: unitOfWork(step.sent) }));
    const report = units.map((unit) => `${unit.statements.length}\t${unit.input}\n\t${unit.statements.map((text) => text.slice(0, 110)).join('\n\t')}`).join('\n');
    if (process.env.DUMP_STATEMENTS) console.log(report);
    expect(units.map((unit) => unit.input)).toEqual(MOST.map(([input]) => input));
    for (const [index, unit] of units.entries()) {
      expect(unit.statements.length, report).toBeLessThanOrEqual(MOST[index]![1]);
      const prisma = unit.statements.filter(isPrisma);
      if (unit.input === '[save]') {
        // What is left on Prisma touches none of the aggregates that moved.
        expect(prisma.filter((text) => /"public"\."(Group|GroupLeader|Area|Person|Consent|AuditLog|Region)"/.test(text)), report).toEqual([]);
      } else {
        expect(prisma, report).toEqual([]);
      }
    }
  });
});
