/**
 * Alerts recorded before officers' names lost their form of address ("Pak Budi Santoso") hold
 * that name as a param of their texts: the migration queued_alerts_officer_name_without_form_of_address
 * gives those not yet sent the name as it is kept now, on a real PostgreSQL. Only the name of
 * the deciding officer in the texts that carry it (wherever nested) changes; a resident's name,
 * and alerts already sent, stay; a second run changes nothing. The texts it knows are those
 * src/domain/alerts names an officer in.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { say, type OutboundMessage } from '../../../src/core/messages.js';
import { t } from '../../../src/core/text.js';
import { linesText } from '../../../src/domain/model/message-parts.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR, PROJECT_ROOT } from '../../../src/paths.js';
import { messagesOf, toPayloadJson } from '../../../src/storage/outbox/payload.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { migrationSql, migrationStatements } from '../../support/migration-sql.js';

const MIGRATION = 'queued_alerts_officer_name_without_form_of_address';
const ALERTS_DIR = join(PROJECT_ROOT, 'src', 'domain', 'alerts');

/** The keys of the texts src/domain/alerts gives an officer's name to, as `name`. */
function keysNamingAnOfficer(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(ALERTS_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(ALERTS_DIR, file), 'utf8');
    for (const match of source.matchAll(/\bt\('([^']+)', \{[^\n]*\bname: (?:\w+\.)?officerName\b/g)) keys.add(match[1]!);
  }
  return [...keys].sort();
}

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

describeEachDatabase('alerts queued with an officer name stored before the form of address was dropped', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  it('knows every text src/domain/alerts names the deciding officer in', () => {
    const keys = keysNamingAnOfficer();
    // The four sources of an officer's name in an alert: a level kept by an override, a verdict, an override set, a merge.
    expect(keys).toEqual([
      'officers:alert.level.overriddenNamed',
      'officers:notice.mergedByNamed',
      'officers:notice.overrideSetNamed',
      'officers:notice.rejectedNamed',
      'officers:notice.verifiedNamed',
    ]);
    const sql = migrationSql(MIGRATION);
    for (const key of keys) expect(sql, key).toContain(`'${key}'`);
  });

  it('drops the form of address from the officer named in alerts not yet sent, nowhere else, once', async () => {
    const leader = await db.prisma.person.create({ data: { displayName: 'Sri' } });
    const officerPerson = await db.prisma.person.create({ data: { displayName: 'Budi Santoso' } });
    const officer = await db.prisma.officer.create({ data: { personId: officerPerson.id, kind: 'tksk' } });
    const tksk = t('officers:kind.tksk');
    const alert = async (messages: OutboundMessage[], status: 'pending' | 'sending' | 'sent' | 'dead' = 'pending', toOfficer = false) =>
      (
        await db.prisma.alert.create({
          data: {
            personId: toOfficer ? officerPerson.id : leader.id,
            officerId: toOfficer ? officer.id : null,
            kind: toOfficer ? 'level.changed' : 'leader.notice',
            payload: JSON.parse(toPayloadJson(messages)) as object,
            dedupeKey: randomUUID(),
            status,
          },
        })
      ).id;
    const verified = (name: string) => say(t('officers:notice.verifiedNamed', { what: t('verbatim', { text: 'Kelompok PKK Mawar' }), officer: tksk, name }), [{ id: 'menu', label: t('menu.title') }]);
    const merged = (name: string) => say(t('officers:notice.merged', { from: 'PKK A', into: 'PKK B', by: t('officers:notice.mergedByNamed', { officer: tksk, name }) }));
    // A level alert to an officer: the override's line sits deep in a list of lines.
    const level = (name: string) => say(linesText([t('verbatim', { text: 'Status' }), t('officers:alert.level.overriddenNamed', { level: 'Madya', name, reason: 'cek lapangan' })]));
    const rejected = (name: string) => say(t('officers:notice.rejectedNamed', { what: t('verbatim', { text: 'Kegiatan' }), officer: tksk, name, reason: 'foto kurang' }));
    const overrideSet = (name: string) => say(t('officers:notice.overrideSetNamed', { area: 'Desa X', name, from: 'Pratama', level: 'Madya', reason: 'cek' }));
    const coleader = (name: string) => say(t('officers:notice.coleader', { name, group: 'PKK Mawar' }));

    const rows = {
      verified: await alert([verified('Pak Budi Santoso')]),
      sending: await alert([verified('Pak Budi Santoso')], 'sending'),
      dead: await alert([merged('bu. Ani')], 'dead'),
      level: await alert([level('Bapak. Tono Sugiarto')], 'pending', true),
      rejected: await alert([rejected('PAK BUDI SANTOSO'), overrideSet('Mbak Rina')]),
      // Kept as the app keeps it: a title alone, or a name too short without it.
      short: await alert([verified('Pak A')]),
      already: await alert([verified('Budi Santoso')]),
      sent: await alert([verified('Pak Budi Santoso')], 'sent'),
      // A resident's name in a text that is no officer's: theirs, as typed.
      resident: await alert([coleader('Pak Joko')]),
      unreadable: await alert([]),
    };
    await db.prisma.alert.update({ where: { id: rows.unreadable }, data: { payload: { name: 'Pak Budi', key: 'officers:notice.verifiedNamed' } } });
    const before = Object.fromEntries(await Promise.all(Object.entries(rows).map(async ([label, id]) => [label, (await db.prisma.alert.findUniqueOrThrow({ where: { id } })).payload])));

    const statements = migrationStatements(MIGRATION);
    const updates = statements.filter((sql) => /^UPDATE\b/iu.test(sql));
    expect(updates).toHaveLength(1);
    for (const sql of statements) await db.prisma.$executeRawUnsafe(sql);

    const shown = async (id: string) =>
      renderer.render(messagesOf((await db.prisma.alert.findUniqueOrThrow({ where: { id } })).payload) ?? [], 'id').map((message) => message.text).join('\n');
    expect(await shown(rows.verified)).toBe('✅ Kelompok PKK Mawar sudah diverifikasi petugas TKSK (Budi Santoso). Terima kasih!');
    expect(await shown(rows.sending)).toContain('petugas TKSK (Budi Santoso)');
    expect(await shown(rows.dead)).toContain('jadi petugas TKSK (Ani) menggabungkannya');
    expect(await shown(rows.level)).toContain('ditetapkan petugas Tono Sugiarto (cek lapangan)');
    expect(await shown(rows.rejected)).toContain('ditolak petugas TKSK (BUDI SANTOSO)');
    expect(await shown(rows.rejected)).toContain('Petugas Rina menetapkan');
    expect(await shown(rows.short)).toContain('petugas TKSK (Pak A)');
    // The buttons and everything else of a message stay as recorded.
    const payload = async (id: string) => (await db.prisma.alert.findUniqueOrThrow({ where: { id } })).payload;
    expect(messagesOf(await payload(rows.verified))?.[0]?.buttons).toEqual([{ id: 'menu', label: { key: 'menu.title' } }]);
    for (const label of ['short', 'already', 'sent', 'resident', 'unreadable'] as const) expect(await payload(rows[label]), label).toEqual(before[label]);

    // Run again (the whole file, as a second instance would find it): nothing left to change.
    for (const sql of statements.filter((statement) => !/^UPDATE\b/iu.test(statement))) await db.prisma.$executeRawUnsafe(sql);
    expect(await db.prisma.$executeRawUnsafe(updates[0]!)).toBe(0);
  });
});
