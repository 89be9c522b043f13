/**
 * With no template configured, an alert outside the 24-hour window is not sent and not
 * failed: it waits in the outbox (pending, no attempt counted) with the reason admins see
 * in the API, and goes out as an ordinary message as soon as the person writes again.
 */
import { expect, it } from 'vitest';
import { manualClock } from '../../support/bot.js';
import { describeEachDatabase } from '../../support/databases.js';
import { enrolOfficer } from '../../support/officer-invite.js';
import { registerFromMenu, useCloudTestBot } from './cloud-test-bot.js';

const ADMIN_TOKEN = 'admin-token-for-cloud-tests-0123456789';

describeEachDatabase('WhatsApp Cloud API: an alert outside the window without a template', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const cloud = useCloudTestBot(kind, { clock, env: { ADMIN_TOKEN } });

  it('waits in the outbox with its reason, and is sent when the person writes again', async () => {
    const prisma = cloud.bot.database.prisma;
    const officer = cloud.user('6281355550009', 'Bu Rini');
    const leader = cloud.user('6285712345009', 'Mbak Sari');
    await enrolOfficer(cloud.bot, clock, { kind: 'tksk', areas: ['34.02.15'] }, (text) => officer.say(text));

    clock.advance(30 * 3_600_000);
    await registerFromMenu(leader, {
      type: 'karang_taruna',
      name: 'Karang Taruna Tunggu',
      villageQuery: 'panggungharjo sewon',
      villageCode: '34.02.15.2003',
      unit: 'RW 01',
      members: '20',
      ketua: 'Mbak Sari',
      phone: '0857 1234 5009',
    });
    const before = cloud.fake.sentTo(officer.waId).length;
    await cloud.deliver(clock);
    expect(cloud.fake.sentTo(officer.waId).length).toBe(before);

    const held = await prisma.alert.findFirstOrThrow({ where: { kind: 'group.registered' } });
    expect(held).toMatchObject({ status: 'pending', attempts: 0 });
    expect(held.lastError).toMatch(/waiting: outside the 24-hour window and no template configured for "group.registered"/);
    expect(held.nextAttemptAt.getTime()).toBeGreaterThan(clock().getTime());
    // The admin sees why it waits.
    const listed = await cloud.bot.app.inject({ method: 'GET', url: '/api/alerts?status=pending', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect((listed.json() as { items: Array<{ id: string; lastError: string }> }).items.find((item) => item.id === held.id)?.lastError).toContain('no template configured');

    // The officer writes: the window reopens and the alert goes out at once, as a normal message.
    // At once may be before the answer to "halo" is out (the release wakes the outbox), so
    // everything sent to the officer since counts, not only what came after that answer.
    const sentBefore = cloud.fake.sentTo(officer.waId).length;
    await officer.say('halo');
    await cloud.deliver(clock);
    const sent = cloud.fake.sentTo(officer.waId).slice(sentBefore);
    const alert = sent.find((message) => JSON.stringify(message.body).includes('Karang Taruna Tunggu'));
    expect(alert).toBeDefined();
    expect(alert!.type).not.toBe('template');
    expect(await prisma.alert.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
