/**
 * Security regression (issue #13, finding 3): after /hapusdata, a dump of every text and JSON
 * column of every table holds neither the person's name nor their phone number — not in
 * cached replies, officers' alert payloads (sent and unsent), web chat inbox rows, audit
 * details or free text. On both databases, through the whole bot.
 */
import { expect, it } from 'vitest';
import { acceptConsent, allText, buttonLabelled, manualClock } from '../support/bot.js';
import { answerRegistration } from '../support/register-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { SCRUBBED_COLUMNS, UNSCRUBBED_COLUMNS } from '../../src/storage/privacy/scrub-personal-text.js';

const NAME = 'Ratna Kusumawardhani';
const PHONE_TYPED = '0813-2468-1357';
const PHONE_FORMS = ['+6281324681357', '6281324681357', '081324681357', '0813-2468-1357', '0813 2468 1357', '+62813•••••357'];

describeEachDatabase('erasure leaves no name or number anywhere in the database', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });

  async function register(user: string, name: string, leader: string, phone: string): Promise<void> {
    await bot.send(user, 'halo');
    const saved = await answerRegistration((input) => bot.send(user, input), await acceptConsent(bot, user, await bot.send(user, 'daftar')), {
      type: 'pkk', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '25', ketua: leader, phone,
    });
    expect(allText(saved)).toContain('sudah terdaftar');
  }

  async function deliver(): Promise<void> {
    while (((await bot.bot.dispatcher?.runOnce()) ?? 0) > 0) {
      // until nothing more is due
    }
  }

  /** Every value of every text, varchar, array and JSON column of every table, as one text. */
  async function dumpAllText(): Promise<string> {
    const prisma = bot.bot.database.prisma;
    const columns = await prisma.$queryRaw<Array<{ table: string; column: string }>>`
      SELECT table_name::text AS "table", column_name::text AS "column" FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
    expect(columns.length).toBeGreaterThan(20);
    const parts: string[] = [];
    for (const { table, column } of columns) {
      const rows = await prisma.$queryRawUnsafe<Array<{ value: string | null }>>(`SELECT string_agg("${column}"::text, E'\\n') AS value FROM "${table}"`);
      parts.push(`${table}.${column}: ${rows[0]?.value ?? ''}`);
    }
    return parts.join('\n');
  }

  it('every text column is either swept on erasure or known to hold no name or number', async () => {
    const columns = await bot.bot.database.prisma.$queryRaw<Array<{ name: string }>>`
      SELECT table_name || '.' || column_name AS name FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`;
    const swept = new Set(SCRUBBED_COLUMNS.map((c) => `${c.table}.${c.column}`));
    const unclassified = columns.map((c) => c.name).filter((name) => !swept.has(name) && !(name in UNSCRUBBED_COLUMNS));
    expect(unclassified).toEqual([]);
  });

  it('erases a leader who registered a group, logged an activity and triggered alerts', async () => {
    const prisma = bot.bot.database.prisma;
    // An officer of the desa on web chat: alerts about the victim reach their inbox.
    await bot.send('officer', 'halo');
    const officerPerson = await prisma.channelIdentity.findUniqueOrThrow({
      where: { channel_externalId: { channel: 'webchat', externalId: await bot.users.externalId('officer') } },
    });
    const village = await prisma.region.findFirstOrThrow({ where: { level: 'village', nameNorm: { contains: 'panggungharjo' } } });
    await prisma.officer.create({ data: { personId: officerPerson.personId, kind: 'tksk', areas: { create: [{ codePrefix: village.code }] } } });

    await register('partner', 'Karang Taruna Tunas Bangsa', 'Pak Joko Prasetyo', '0812-1111-2222');
    await register('victim', 'PKK Melati Putih', NAME, PHONE_TYPED);

    // An activity with the partner, its description naming the victim.
    let replies = await bot.send('victim', 'catat kegiatan');
    await bot.send('victim', 'kemarin');
    await bot.send('victim', { button: 'category:kerja_bakti' });
    replies = await bot.send('victim', `Kerja bakti dipimpin ${NAME}, hubungi ${PHONE_TYPED}`);
    await bot.send('victim', { button: buttonLabelled(replies, 'Karang Taruna') });
    await bot.send('victim', { button: 'partners:done' });
    await bot.send('victim', { button: 'pmks:done' });
    expect(allText(await bot.send('victim', { button: 'save' }))).toContain('Kegiatan sudah dicatat');

    // Alerts go out: the officer reads some (delivered inbox rows), others wait.
    await deliver();
    const officerInbox = await bot.bot.app.inject({ method: 'GET', url: `/webchat/inbox?userId=${await bot.users.userId('officer')}` });
    expect(officerInbox.body).toContain(NAME);
    // A co-leader request names the victim in a notice not yet sent.
    await bot.send('victim', 'menu');
    // The victim's own /datasaya reply (kept for retries) shows name and number.
    expect(allText(await bot.send('victim', '/datasaya'))).toContain(NAME);
    await bot.send('victim', 'batal');

    // The reply outbox (#19): a reply still queued to the victim's own chat (their /datasaya
    // answer, say), and one to the officer's chat that was given up on, its reason kept.
    const victimChat = await bot.users.externalId('victim');
    const officerChat = await bot.users.externalId('officer');
    await prisma.reply.create({
      data: { channel: 'webchat', chat: victimChat, messageId: 'victim-pending', messages: [{ text: `Nama: ${NAME}\nNomor HP: ${PHONE_TYPED}` }] },
    });
    const kept = await prisma.reply.create({
      data: {
        channel: 'webchat', chat: officerChat, messageId: 'officer-dead', status: 'dead',
        messages: [{ text: `Kelompok baru, ketua ${NAME} (+6281324681357)`, buttons: [{ id: 'x', label: 'Verifikasi' }] }],
        lastError: `could not deliver "Ketua: ${NAME}"`,
      },
    });

    const before = await dumpAllText();
    expect(before).toMatch(new RegExp(`Reply\\.messages: [^\\n]*${NAME}`));
    expect(before).toContain(NAME);
    expect(before).toContain('+6281324681357');

    await bot.send('victim', '/hapusdata');
    expect(allText(await bot.send('victim', 'HAPUS'))).toContain('sudah dihapus');

    const after = await dumpAllText();
    const leaks = [NAME, 'Kusumawardhani', ...PHONE_FORMS].filter((needle) => after.toLowerCase().includes(needle.toLowerCase()));
    const context = leaks.map((needle) => {
      const at = after.toLowerCase().indexOf(needle.toLowerCase());
      return after.slice(Math.max(0, after.lastIndexOf('\n', at)), at + 80);
    });
    expect(leaks, context.join('\n')).toEqual([]);
    // The group, the activity and the partner's data stay.
    expect(after).toContain('PKK Melati Putih');
    expect(after).toContain('Joko Prasetyo');
    expect(await prisma.auditLog.count({ where: { action: 'person.erase' } })).toBe(1);
    // The reply to the erased person is gone; the one to the officer stays, without name or number.
    expect(await prisma.reply.count({ where: { chat: victimChat } })).toBe(0);
    const officerReply = await prisma.reply.findUniqueOrThrow({ where: { seq: kept.seq } });
    expect(officerReply.status).toBe('dead');
    expect(JSON.stringify(officerReply.messages)).toContain('Kelompok baru, ketua –');
    expect(officerReply.lastError).toBe('could not deliver "Ketua: –"');
  });
});
