/**
 * A rejection's reason is told to the group's leaders as what to fix: the chat takes one with
 * at least 5 letters (REJECTION_REASON), and says so, in the officer's language, when digits,
 * spaces or symbols make up the length ("1234567", "     x" were taken as reasons).
 */
import { beforeAll, expect, it } from 'vitest';
import { deepLinkButtonId } from '../../../src/core/engine/flow.js';
import { encodeVerifyTarget, VERIFY_DEEP_LINK } from '../../../src/domain/officers/verify-target.js';
import { allText, manualClock } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { enrolOfficer } from '../../support/officer-invite.js';
import { useTestBot } from '../../support/use-test-bot.js';
import { createGroup, createPerson } from '../../http/api/api-fixture.js';

const PANGGUNGHARJO = '34.02.15.2004';
const OFFICER = 'officer-reason-1';

describeEachDatabase('a rejection reason in the chat needs 5 letters', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  beforeAll(() => enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => bot.send(OFFICER, text)));

  it('refuses digits, spaces and symbols as a reason, saying letters are wanted; a real one is shown back', async () => {
    const prisma = bot.bot.database.prisma;
    const leader = await createPerson(bot.bot.database, 'Lia');
    const groupId = await createGroup(bot.bot.database, { villageCode: PANGGUNGHARJO, name: 'Arisan Kenanga', type: 'arisan', leaderId: leader });
    const button = deepLinkButtonId(VERIFY_DEEP_LINK, encodeVerifyTarget({ type: 'group', action: 'reject', id: groupId }));
    expect(allText(await bot.send(OFFICER, { button }))).toContain('Tulis alasannya');
    for (const bad of ['1234567', '     x', '12.34.56 ab', '!!!!!!!!']) {
      const said = allText(await bot.send(OFFICER, bad));
      expect(said, bad).toContain('minimal 5 huruf');
      expect(said, bad).not.toContain('dengan alasan');
    }
    const shown = allText(await bot.send(OFFICER, 'RT 05 salah'));
    expect(shown).toContain('dengan alasan');
    expect(shown).toContain('RT 05 salah');
    expect((await prisma.group.findUniqueOrThrow({ where: { id: groupId } })).verification).toBe('pending');
  });
});
