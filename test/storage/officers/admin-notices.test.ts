/** Notices about the bot itself reach every admin once per event, through the outbox. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { t } from '../../../src/core/text.js';
import { noticeAdmins } from '../../../src/domain/alerts/admin-notices.js';
import { createAppTransactionRunner } from '../../../src/storage/app-tx.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const NOW = new Date('2026-11-20T03:00:00Z');

describeEachDatabase('notices to admins', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => db?.close());

  it('records one notice per admin and event, none for others', async () => {
    const admins = await Promise.all([1, 2].map(() => db.prisma.person.create({ data: { isAdmin: true } })));
    await db.prisma.person.create({ data: { isAdmin: false } });
    const transactions = createAppTransactionRunner(db.prisma);
    const send = () =>
      transactions.transaction((tx) => noticeAdmins(tx, 'admin.whatsappLoggedOut', t('whatsapp:loggedOutAdmin'), 'event-1', NOW));
    expect(await send()).toBe(2);
    expect(await send()).toBe(0);
    const rows = await db.prisma.alert.findMany({ where: { kind: 'admin.whatsappLoggedOut' } });
    expect(rows.map((row) => row.personId).sort()).toEqual(admins.map((admin) => admin.id).sort());
  });
});
