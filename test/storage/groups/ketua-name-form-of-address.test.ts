/**
 * Ketua names saved before the form of address was dropped from them ("Bu Wartini", "Pak Haji
 * Darto", kept whole until then) lose it in the migration ketua_name_without_form_of_address, by
 * the rule a ketua typed now is kept with (parse/without-honorific.ts ketuaNameKept), on a real
 * PostgreSQL: the SQL function agrees with it (every form of address, every village role, names
 * put together at random), and the migration's statements, run again on groups stored as before,
 * change only names with a form of address first, and nothing the second time.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { VILLAGE_ROLES } from '../../../src/domain/parse/lexicon.js';
import { FORMS_OF_ADDRESS } from '../../../src/domain/parse/name-phone.js';
import { personNameAsTyped } from '../../../src/domain/parse/person-name.js';
import { ketuaNameKept } from '../../../src/domain/parse/without-honorific.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { migrationStatements, sqlFunctionOn } from '../../support/migration-sql.js';
import { newGroup, newPerson, newVillage } from './fixtures.js';

const MIGRATION = 'ketua_name_without_form_of_address';


/** Ketua names as leaders typed them; stored before as personNameAsTyped kept them. */
const TYPED = [
  'Bu Wartini', 'bu wartini', 'BU WARTINI', 'Pak Haji Darto', 'pak haji darto', 'Bu Sri Wahyuni', 'bu. sri', 'Ibu, Ani', 'Bapak. Tono Sugiarto', 'Bpk. Slamet',
  'mbak Rina', 'Mas Agus', 'kak Dewi', 'Pak RT', 'pak rt 05', 'Bu RW 05', 'Bu Ketua', 'Ibu Kader Sari', 'Pak Dukuh', 'Bu Bidan', 'Pak Kyai', 'Pak Ustadz Hasan',
  'Pak Carik', 'Bu Guru Sari', 'Pak No', 'Mbak Ri', 'Pak A', 'Pak', 'Bu É', 'Bu Éva', 'Pak H. Ahmad Fauzi', 'pak h. ahmad', 'Bu ANI', 'bu SRI wahyuni',
  'Bu dr. siti', 'bu siti binti ahmad', 'pak al-habsyi', "pak ma'ruf", 'Bu Hj. Siti Aminah', 'Budi Santoso', 'Ustadz Ali', 'Pakde Harjo', 'Ibu-ibu', ' Bu Ani ',
  'Bu RTnya Sri', 'Pak Kadesa Budi', 'Bu 2 Sri',
];

describeEachDatabase('ketua names saved with a form of address', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** The migration's function on each name, as PostgreSQL gives it. */
  const migrated = (names: readonly string[]) => sqlFunctionOn(db.prisma, 'wksbm_ketua_name_kept_v1', names);

  it('keeps a ketua name stored before as the app keeps one typed now', async () => {
    const stored = [...new Set(TYPED.map((name) => personNameAsTyped(name)))];
    const results = await migrated(stored);
    for (const name of stored) expect(results.get(name), name).toBe(ketuaNameKept(name));
    expect(results.get('Bu Wartini')).toBe('Wartini');
    expect(results.get('Pak Haji Darto')).toBe('Haji Darto');
    expect(results.get('Pak RT')).toBe('Pak RT');
    expect(results.get('Pak Ustadz Hasan')).toBe('Pak Ustadz Hasan');
    expect(results.get('Pak No')).toBe('Pak No');
    expect(results.get('Bu ANI')).toBe('Ani');
  });

  it('knows every form of address and every village role the app knows, in any case', async () => {
    const names = [
      ...[...FORMS_OF_ADDRESS].flatMap((form) => [`${form} Sri`, `${form.toUpperCase()}. Sri`, `${form[0]!.toUpperCase()}${form.slice(1)}, Sri Rahayu`]),
      ...[...VILLAGE_ROLES].flatMap((role) => [`Pak ${role}`, `Bu ${role.toUpperCase()} Sari`, `bu ${role}nya Sari`, `Pak ${role[0]!.toUpperCase()}${role.slice(1)} 05`]),
    ];
    const results = await migrated(names);
    for (const name of names) expect(results.get(name), name).toBe(ketuaNameKept(name));
  });

  it('agrees with the app on names made of forms of address, roles, names, titles and marks however they are put together', async () => {
    const word = fc.constantFrom(
      ...FORMS_OF_ADDRESS, 'Pak.', 'BU', 'Bu,', 'Budi', 'budi', 'SRI', 'Sri', 'A', 'No', 'H.', 'h.', 'Dr.', 'dr.', 'RT', 'rt', '05', '-', 'é', 'Éva', 'Ñé',
      'Pakde', 'Ibu-ibu', '(Godean)', "Ma'ruf", "ma'ruf", 'al-habsyi', 'bin', 'Ustadz', 'kader', 'Kyai', 'Haji', 's.pd',
    );
    const names = fc.sample(fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')), { seed: 20_261_207, numRuns: 600 });
    const stored = [...new Set(names.flatMap((name) => [name, personNameAsTyped(name)]))];
    const results = await migrated(stored);
    for (const name of stored) expect(results.get(name), name).toBe(ketuaNameKept(name));
  });

  it('changes ketua names with a form of address first only, once: a second run changes nothing', async () => {
    const village = await newVillage(db.prisma, 'Sidoarum');
    const leader = await newPerson(db.prisma, 'Bu Wartini');
    const group = async (ketuaName: string | null, name: string) => {
      const id = await newGroup(db.prisma, village, leader, name);
      await db.prisma.group.update({ where: { id }, data: { ketuaName } });
      return id;
    };
    const wartini = await group('Bu Wartini', 'Posyandu Kenanga');
    const darto = await group('Pak Haji Darto', 'Majelis Taklim Nurul Iman');
    const rt = await group('Pak RT', 'Karang Taruna Tunas');
    const short = await group('Pak No', 'Arisan Mawar');
    const plain = await group('ani', 'Arisan Melati');
    const none = await group(null, 'Kelompok Tani Maju');
    const before = await db.prisma.group.findUniqueOrThrow({ where: { id: rt } });

    const names = async () =>
      Object.fromEntries((await db.prisma.group.findMany({ where: { id: { in: [wartini, darto, rt, short, plain, none] } } })).map((row) => [row.id, row.ketuaName]));
    const statements = migrationStatements(MIGRATION);
    const updates = statements.filter((sql) => /^UPDATE\b/iu.test(sql));
    expect(updates).toHaveLength(1);
    for (const sql of statements) await db.prisma.$executeRawUnsafe(sql);
    // "ani", with no form of address, is no name this step tidies (the app would write "Ani" if it were typed again).
    expect(await names()).toEqual({ [wartini]: 'Wartini', [darto]: 'Haji Darto', [rt]: 'Pak RT', [short]: 'Pak No', [plain]: 'ani', [none]: null });
    // A row it does not change keeps its updatedAt.
    expect((await db.prisma.group.findUniqueOrThrow({ where: { id: rt } })).updatedAt).toEqual(before.updatedAt);

    // Run again (the whole file, as a second instance would find it): nothing left to change.
    for (const sql of statements.filter((statement) => !/^UPDATE\b/iu.test(statement))) await db.prisma.$executeRawUnsafe(sql);
    expect(await db.prisma.$executeRawUnsafe(updates[0]!)).toBe(0);
    expect((await names())[wartini]).toBe('Wartini');
  });
});
