/**
 * The per-message path's cost at the pg driver: how many statements (round trips) one
 * inbound message sends (issue #14: at most 4 in the common case, BEGIN and COMMIT included;
 * BEGIN goes out with the first statement and COMMIT with the last, and a sender whose
 * conversation the instance saved last is not read again, its claim riding with the next
 * statement: so a message without effects takes 1 and one that shows the menu 2), and that
 * Prisma, joining the message's own connection, still commits or rolls back with it.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InboundContent } from '../../../src/core/messages.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import type { TestBot } from '../../support/bot.js';
import { statementsOf } from '../../support/pg-statements.js';
import { useTestBot } from '../../support/use-test-bot.js';

/** The statements (texts) the pg driver sends while `work` runs. */
async function texts(work: () => Promise<unknown>): Promise<string[]> {
  return (await statementsOf(work)).sent.map((statement) => statement.text);
}

describe('the per-message unit of work [postgres]', () => {
  const bot = useTestBot('postgres');

  /** A Telegram user who has written once already (first contact creates rows and costs more). */
  async function knownUser(): Promise<(content: InboundContent, messageId?: string) => ReturnType<TestBot['bot']['runner']['handle']>> {
    const externalId = randomUUID();
    const send = (content: InboundContent, messageId: string = randomUUID()) => bot.bot.runner.handle({ channel: 'telegram', messageId, sender: { externalId }, content });
    await send({ type: 'text', text: 'halo' });
    return send;
  }

  it('answers a FAQ question, a question it does not understand, a FAQ button and the menu in 1 round trip each, 2 with the menu', async () => {
    const send = await knownUser();
    const messages: InboundContent[] = [
      { type: 'text', text: 'apa itu wksbm?' },
      { type: 'button', id: 'faq:more' },
      { type: 'text', text: 'xyz qwerty' },
      { type: 'button', id: 'faq:definition' },
      { type: 'text', text: 'menu' },
      { type: 'button', id: 'cmd:menu' },
    ];
    for (const content of messages) {
      let buttons: string[] = [];
      const sent = await texts(async () => {
        const result = await send(content);
        buttons = result.replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);
      });
      // Answered as meant: the menu with its entries, the others with their own buttons.
      const isMenu = (content.type === 'text' && content.text === 'menu') || (content.type === 'button' && content.id === 'cmd:menu');
      expect(buttons.includes('menu:faq'), JSON.stringify(content)).toBe(isMenu);
      expect(buttons.length, JSON.stringify(content)).toBeGreaterThan(0);
      expect(sent.length, `${JSON.stringify(content)}: ${sent.join('\n')}`).toBe(isMenu ? 2 : 1);
      expect(sent[0]).toMatch(/^BEGIN; SET LOCAL statement_timeout = \d+; WITH "claim"/);
      expect(sent.at(-1)).toMatch(/(^|; )WITH "saved" .*; COMMIT$/s);
    }
  });

  it('answers a repeated delivery with the stored replies in 5 round trips, changing nothing', async () => {
    const send = await knownUser();
    const id = randomUUID();
    const first = await send({ type: 'text', text: 'apa itu wksbm?' }, id);
    let again: Awaited<ReturnType<typeof send>> | undefined;
    const sent = await texts(async () => (again = await send({ type: 'text', text: 'apa itu wksbm?' }, id)));
    expect(again).toEqual({ kind: 'duplicate', replies: first.replies });
    // The remembered claim fails its check (the id was seen) with the save it carried, ROLLBACK; then
    // the claim that reads (refused), the stored replies, COMMIT: nothing saved. Repeats are rare.
    expect(sent.length).toBe(5);
  });

  it('keeps ids with quotes and backslashes intact in the round trip that carries BEGIN (bound as parameters, never written into the text)', async () => {
    const sender = { externalId: `o'neil\\"x\\'--${randomUUID()}` };
    const messageId = `m'); DELETE FROM "Person"; --\\'\\\\`;
    const send = () => bot.bot.runner.handle({ channel: 'telegram', messageId, sender, content: { type: 'text', text: 'apa itu wksbm?' } });
    let first: Awaited<ReturnType<typeof send>> | undefined;
    const sent = await texts(async () => (first = await send()));
    expect(sent.join('\n')).not.toContain('DELETE FROM "Person"');
    if (!first) throw new Error('no answer');
    expect(first.kind).toBe('processed');
    expect(await send()).toEqual({ kind: 'duplicate', replies: first.replies });
    const prisma = bot.bot.database.prisma;
    expect(await prisma.processedMessage.findMany({ where: { senderId: sender.externalId }, select: { messageId: true } })).toEqual([{ messageId }]);
    expect(await prisma.channelIdentity.count({ where: { externalId: sender.externalId } })).toBe(1);
  });

  it('binds array values when a repository statement opens the unit of work, with the same answers as later in it', async () => {
    const transactions = createAppTransactionRunner(bot.bot.database.prisma);
    const ask = (tx: Parameters<Parameters<typeof transactions.transaction>[0]>[0]) =>
      Promise.all([tx.regions.searchVillages("sidomulyo bantul, o'ke", 5), tx.groups.listInVillage('34.02.15.2004', [randomUUID()]), tx.groups.listInVillage('34.02.15.2004', [])]);
    let first: string[] = [];
    const opening = await transactions.transaction(async (tx) => {
      first = await texts(async () => ask(tx)).then((sent) => sent.slice(0, 1));
      return ask(tx);
    });
    // The first round trip of the unit of work carried BEGIN and the search, its arrays bound.
    expect(first[0]).toMatch(/^BEGIN; SET LOCAL statement_timeout = \d+; .*unnest\(\$1::text\[\]/s);
    expect(first[0]).not.toContain('sidomulyo');
    const bound = await transactions.transaction(async (tx) => {
      await tx.claimMessage('telegram', randomUUID(), randomUUID());
      return ask(tx);
    });
    expect(opening).toEqual(bound);
    expect(opening[0].map((village) => village.name)).toContain('Sidomulyo');
  });

  it('commits what Prisma wrote inside the unit of work with it, and rolls it back with it', async () => {
    const transactions = createAppTransactionRunner(bot.bot.database.prisma);
    const sender = { externalId: randomUUID() };
    const { person } = await transactions.transaction(async (tx) => {
      await tx.claimMessage('telegram', sender.externalId, 'm1');
      return tx.openConversation('telegram', sender, 'id');
    });

    await expect(
      transactions.transaction(async (tx) => {
        expect(await tx.claimMessage('telegram', sender.externalId, 'm2')).toEqual({ kind: 'new' });
        await tx.openConversation('telegram', sender, 'id');
        await tx.people.setContact(person.id, 'Sri Rahayu', '+6281234567890'); // Prisma, joined
        await tx.setLocale(person.id, 'en', true); // plain SQL
        await tx.openConversation('telegram', sender, 'id'); // a statement of its own, carrying the held locale write
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');

    const prisma = bot.bot.database.prisma;
    const stored = await prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect({ name: stored.displayName, phone: stored.phoneE164, locale: stored.locale }).toEqual({ name: null, phone: null, locale: 'id' });
    expect(await prisma.processedMessage.count({ where: { senderId: sender.externalId, messageId: 'm2' } })).toBe(0);

    // The same writes without the throw are committed, Prisma's and the plain SQL's together.
    await transactions.transaction(async (tx) => {
      expect(await tx.claimMessage('telegram', sender.externalId, 'm2')).toEqual({ kind: 'new' });
      await tx.openConversation('telegram', sender, 'id');
      await tx.people.setContact(person.id, 'Sri Rahayu', '+6281234567890');
      await tx.setLocale(person.id, 'en', true);
    });
    const committed = await prisma.person.findUniqueOrThrow({ where: { id: person.id } });
    expect({ name: committed.displayName, phone: committed.phoneE164, locale: committed.locale }).toEqual({ name: 'Sri Rahayu', phone: '+6281234567890', locale: 'en' });
    expect(await prisma.processedMessage.count({ where: { senderId: sender.externalId, messageId: 'm2' } })).toBe(1);
  });
});
