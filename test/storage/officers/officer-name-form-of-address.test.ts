/**
 * Officer names saved before the form of address was dropped from them ("Pak Budi Santoso",
 * kept whole until then) lose it in the migration officer_name_without_form_of_address, by the
 * rule new names follow (parse/without-honorific.ts withoutHonorific), on a real PostgreSQL:
 * the SQL function agrees with it, and the migration's statements, run again on rows stored as
 * before, change only officers' names and nothing the second time.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FORMS_OF_ADDRESS } from '../../../src/domain/parse/name-phone.js';
import { personNameAsTyped } from '../../../src/domain/parse/person-name.js';
import { withoutHonorific } from '../../../src/domain/parse/without-honorific.js';
import { describeEachDatabase, openTestDatabase, type TestDatabase } from '../../support/databases.js';
import { migrationStatements, sqlFunctionOn } from '../../support/migration-sql.js';

const MIGRATION = 'officer_name_without_form_of_address';

/** Names as officers typed them; stored before as personNameAsTyped kept them. */
const TYPED = [
  'Pak Budi Santoso', 'pak budi santoso', 'PAK BUDI SANTOSO', 'Pak budi', 'pak Budi', 'Bu Sri Wahyuni', 'bu. sri', 'Ibu, Ani', 'Bapak. Tono Sugiarto',
  'Bpk. Slamet', 'mbak Rina', 'Mba Rina', 'Mas Agus', 'kak Dewi', 'Ibuk Ningsih', 'Buk Yati', 'Pak Bu Sri', 'pak pak', 'Pak A', 'Bu RT', 'Pak RT 05',
  'Pak', 'Bu É', 'Bu Ñé', 'Pak H. Ahmad Fauzi', 'Dr. H. Ahmad Fauzi S.Sos M.Si', 'dr. Siti', 'Hj. Siti Aminah', 'Budi Santoso', 'Bustami',
  'Pakde Harjo', 'Masagus Rahman', 'Kakak Tua', 'Siti binti Ahmad', 'Maria van der Berg', 'Ibu-ibu', 'Pak   Budi', ' Bu Ani ', 'Bu 2', 'Bu A1',
  'Ustadz Hasan', 'Kang Asep', 'Teh Euis', 'Mbak Ayu-Lestari', "Pak Ma'ruf", 'Mas Bayu (Godean)',
];

describeEachDatabase('officer names saved with a form of address', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.close());

  /** The migration's function on each name, as PostgreSQL gives it. */
  const migrated = (names: readonly string[]) => sqlFunctionOn(db.prisma, 'wksbm_without_form_of_address_v1', names);

  it('drops the form of address from a name stored before as the app does from a name typed now', async () => {
    const stored = [...new Set(TYPED.map((name) => personNameAsTyped(name)))];
    const results = await migrated(stored);
    for (const name of stored) expect(results.get(name), name).toBe(withoutHonorific(name));
    // As a name typed now is kept: the title gone, the rest as it was stored.
    expect(results.get('Pak Budi Santoso')).toBe('Budi Santoso');
    expect(results.get('Bapak. Tono Sugiarto')).toBe('Tono Sugiarto');
    expect(results.get('Pak A')).toBe('Pak A');
    expect(results.get('Dr. H. Ahmad Fauzi S.Sos M.Si')).toBe('Dr. H. Ahmad Fauzi S.Sos M.Si');
  });

  it('knows every form of address the app drops, with a full stop or a comma, in any case', async () => {
    const names = [...FORMS_OF_ADDRESS].flatMap((form) => [`${form} Sri`, `${form.toUpperCase()}. Sri`, `${form[0]!.toUpperCase()}${form.slice(1)}, Sri Rahayu`]);
    const results = await migrated(names);
    for (const name of names) expect(results.get(name), name).toBe(withoutHonorific(name));
  });

  it('agrees with the app on names made of forms of address, names, titles and marks however they are put together', async () => {
    const word = fc.constantFrom(...FORMS_OF_ADDRESS, 'Pak.', 'BU', 'Bu,', 'Budi', 'Sri', 'A', 'H.', 'Dr.', 'RT', '05', '-', 'é', 'Ñé', 'Pakde', 'Ibu-ibu', '(Godean)', "Ma'ruf");
    const names = fc.sample(fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(' ')), { seed: 20_261_207, numRuns: 500 });
    const results = await migrated([...new Set(names)]);
    for (const name of names) expect(results.get(name), name).toBe(withoutHonorific(name));
  });

  it('changes officers\' names only, once: a second run changes nothing', async () => {
    const person = (displayName: string | null) => db.prisma.person.create({ data: { displayName } });
    const officer = async (displayName: string | null) => {
      const created = await person(displayName);
      await db.prisma.officer.create({ data: { personId: created.id, kind: 'tksk' } });
      return created.id;
    };
    const budi = await officer('Pak Budi Santoso');
    const ani = await officer('bu. Ani');
    const short = await officer('Pak A');
    const titled = await officer('Dr. H. Ahmad Fauzi');
    const erased = await officer(null);
    // A resident's name is no officer's: not touched here.
    const resident = (await person('Bu Sri Wahyuni')).id;

    const names = async () =>
      Object.fromEntries((await db.prisma.person.findMany({ where: { id: { in: [budi, ani, short, titled, erased, resident] } } })).map((row) => [row.id, row.displayName]));
    const statements = migrationStatements(MIGRATION);
    const updates = statements.filter((sql) => /^UPDATE\b/iu.test(sql));
    expect(updates).toHaveLength(1);
    for (const sql of statements) await db.prisma.$executeRawUnsafe(sql);
    expect(await names()).toEqual({ [budi]: 'Budi Santoso', [ani]: 'Ani', [short]: 'Pak A', [titled]: 'Dr. H. Ahmad Fauzi', [erased]: null, [resident]: 'Bu Sri Wahyuni' });

    // Run again (the whole file, as a second instance would find it): nothing left to change.
    for (const sql of statements.filter((statement) => !/^UPDATE\b/iu.test(statement))) await db.prisma.$executeRawUnsafe(sql);
    expect(await db.prisma.$executeRawUnsafe(updates[0]!)).toBe(0);
    expect((await names())[budi]).toBe('Budi Santoso');
  });
});
