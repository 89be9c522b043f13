/**
 * What a message with effects costs at the pg driver (issue #14), through web chat: a joint
 * activity saved (the activity, the officer's alert, the partner's request, the desa's
 * level), the partner opening the inbox and confirming, the status check and "my
 * activities". Each step's statements are counted from BEGIN to COMMIT on the unit of
 * work's connection; the bound of each is what it sends now, so a step that gains a
 * statement, or whose activity, relation, status, officer or alert statements slip back onto
 * the ORM, fails here. The bounds still include the Prisma statements of the groups, people
 * and privacy repositories (leader roles, group lookups, consent): lower them as those move.
 * With every effect on Prisma the steps cost 28, 11, 32, 9 and 10 statements. A notice to a
 * group's leaders reads them with their consents in one statement (it was one more per leader);
 * a confirmation's desa comes from the activity summary it read just before; the inbox's three
 * lists are one statement (read before an answer; after it, what is left is that list without
 * the answered item, the role check rides in the answer's UPDATE and the summary the reporter's
 * notice needs comes back from it: 12 statements before, 9 now); a status check's
 * override comes with the refresh's facts. Saving an activity reads each group once (a
 * partner's notice uses the desa's list), takes the activity's summary from its insert, and
 * reads no photo list when none was attached (so Prisma stays out and COMMIT rides with the
 * last statement), and its role check reads the reporting group with the role: 17 statements
 * before, 12 now.
 * DUMP_STATEMENTS=1 prints each step's statements.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptConsent, allText, buttonLabelled, manualClock } from '../../support/bot.js';
import { enrolOfficer } from '../../support/officer-invite.js';
import { statementsOf, unitOfWork, type SentStatement } from '../../support/pg-statements.js';
import { answerRegistration } from '../../support/register-group.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** Prisma's own SQL (it names tables "public"."…") on a table whose statements on this path are plain SQL now. */
const ORM_ON_PLAIN_SQL_TABLES =
  /"public"\."(Activity|ActivityParticipant|ActivityPhoto|ActivityBeneficiary|GroupRelation|Officer|OfficerArea|AreaLevelHistory|AreaLevelDrop|AreaLevelOverride|Alert)"/;

const TIMBULHARJO = { name: 'Timbulharjo', code: '34.02.15.2002' };

describe('a message with effects, counted at the pg driver [postgres]', () => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot('postgres', { clock });

  async function register(user: string, type: string, name: string): Promise<void> {
    await bot.send(user, 'halo');
    const first = await acceptConsent(bot, user, await bot.send(user, 'daftar'));
    const saved = await answerRegistration((input) => bot.send(user, input), first, {
      type, name, villageQuery: TIMBULHARJO.name.toLowerCase(), villageCode: TIMBULHARJO.code, unit: 'RW 02', members: '25 orang', ketua: `Ketua ${name}`, phone: '0812-3456-7890',
    });
    expect(allText(saved)).toContain(name);
  }

  beforeAll(async () => {
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send('tksk', text));
    await register('ani', 'pkk', 'PKK Mawar');
    await register('budi', 'karang_taruna', 'Karang Taruna Muda');
    await register('citra', 'arisan', 'Arisan Melati');
  });

  /** Sends as `user` and returns the replies with the statements that message cost. */
  async function step(user: string, input: string | { button: string }) {
    const { value, sent } = await statementsOf(() => bot.send(user, input));
    return { replies: value, sent };
  }

  it('logs a joint activity, confirms it, checks the status and lists it within each step\'s bound', async () => {
    const counts: Record<string, number> = {};
    /**
     * Checks the message's unit of work: its connection's statements from BEGIN to COMMIT (web
     * chat's session lookup before it, and the "sent" mark of earlier replies on another
     * connection, are the channel's).
     */
    const check = (name: string, all: readonly SentStatement[], bound: number): void => {
      const sent = unitOfWork(all);
      counts[name] = sent.length;
      if (process.env.DUMP_STATEMENTS) console.log(`=== ${name}\n${sent.map((text) => text.replace(/\s+/g, ' ').slice(0, 220)).join('\n')}`);
      expect(sent.at(-1), name).toMatch(/(^|; )COMMIT$/);
      expect(sent.filter((text) => ORM_ON_PLAIN_SQL_TABLES.test(text)), name).toEqual([]);
      expect(sent.length, `${name}:\n${sent.join('\n---\n')}`).toBeLessThanOrEqual(bound);
    };

    expect(allText(await bot.send('ani', 'catat kegiatan'))).toContain('Kapan');
    await bot.send('ani', 'kemarin');
    await bot.send('ani', { button: 'category:santunan_anak_yatim' });
    const partners = await bot.send('ani', 'Santunan anak yatim bersama di balai desa');
    await bot.send('ani', { button: buttonLabelled(partners, 'Karang Taruna Muda') });
    await bot.send('ani', { button: 'partners:done' });
    await bot.send('ani', '2 10');
    await bot.send('ani', { button: 'pmks:done' });
    await bot.send('ani', { button: 'skip' });
    const saved = await step('ani', { button: 'save' });
    expect(allText(saved.replies)).toContain('Kegiatan sudah dicatat');
    check('activity saved', saved.sent, 11);

    await bot.send('budi', 'menu');
    const inbox = await step('budi', { button: 'menu:inbox' });
    expect(allText(inbox.replies)).toContain('Santunan anak yatim');
    check('inbox listed', inbox.sent, 4);

    // A minute later: with the reporter's own confirmation at the same instant, the reporting
    // group would be the smaller id (a tie), and the reporter's notice would come and go by chance.
    clock.advance(60_000);
    const accepted = await step('budi', { button: 'accept' });
    expect(allText(accepted.replies)).toContain('Tidak ada lagi yang perlu dikonfirmasi');
    check('participation confirmed', accepted.sent, 8);

    const asked = await bot.send('warga', `cek status desa ${TIMBULHARJO.name.toLowerCase()} kec sewon`);
    expect(allText(asked)).toContain(`Desa ${TIMBULHARJO.name}, Kec. Sewon`);
    const status = await step('warga', { button: 'village-exact:yes' });
    expect(allText(status.replies)).toContain('Tingkat:');
    check('status checked', status.sent, 3);

    await bot.send('ani', 'menu');
    const mine = await step('ani', { button: 'menu:activities' });
    expect(allText(mine.replies)).toContain('Santunan anak yatim');
    check('my activities listed', mine.sent, 4);

    console.log(`statements per step: ${JSON.stringify(counts)}`);
  });
});
