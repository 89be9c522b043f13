/**
 * What the first message of a new sender costs at the pg driver (issue #14): creating the
 * person, identity and conversation is one plain statement in the message's unit of work,
 * none of it through Prisma (before: Prisma's identity lookup and person insert, the identity
 * and conversation inserts and a read-back, 9 round trips with COMMIT alone). Web chat's new
 * session is plain SQL too.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { statementsOf, unitOfWork } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** Prisma's generated SQL names every table with its schema: ours never does. */
const isPrisma = (text: string): boolean => text.includes('"public".');

describe('the first contact of a new sender [postgres]', () => {
  const bot = useTestBot('postgres');

  it('creates the person, identity and conversation in one statement: 4 round trips, no Prisma', async () => {
    const externalId = randomUUID();
    const { value, sent } = await statementsOf(() =>
      bot.bot.runner.handle({ channel: 'telegram', messageId: randomUUID(), sender: { externalId }, content: { type: 'text', text: 'halo' } }),
    );
    expect(value.kind).toBe('processed');
    const statements = unitOfWork(sent);
    const report = statements.map((text) => text.slice(0, 110)).join('\n');
    // The claim with BEGIN, the creation, the menu's facts, the turn with COMMIT.
    expect(statements.length, report).toBe(4);
    expect(statements[1], report).toMatch(/^WITH "known" AS .*INSERT INTO "ChannelIdentity"/);
    expect(sent.map((statement) => statement.text).filter(isPrisma)).toEqual([]);

    const prisma = bot.bot.database.prisma;
    const identity = await prisma.channelIdentity.findUniqueOrThrow({ where: { channel_externalId: { channel: 'telegram', externalId } }, include: { person: true, conversation: true } });
    expect(identity.person).toMatchObject({ locale: 'id', localeChosenAt: null, displayName: null, phoneE164: null, isAdmin: false });
    expect(identity.conversation?.lastActiveAt.getTime()).toBeGreaterThan(0); // the turn recorded the activity
  });

  it('starts a web chat (new session, first message) without a Prisma statement', async () => {
    const { value, sent } = await statementsOf(() => bot.send(`newcomer-${randomUUID()}`, 'halo'));
    expect(value.length).toBeGreaterThan(0);
    const texts = sent.map((statement) => statement.text);
    expect(texts.some((text) => text.startsWith('INSERT INTO "WebchatSession"'))).toBe(true);
    expect(texts.filter(isPrisma)).toEqual([]);
    expect(unitOfWork(sent)).toHaveLength(4);
  });
});
