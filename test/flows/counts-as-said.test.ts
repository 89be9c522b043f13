/**
 * Counts as leaders type them (web chat): members "ada 12 kader" or "sekitar 15an" at
 * registration; beneficiaries "20 lansia terus 5 disabilitas" (two PMKS categories in one
 * answer), also where one category's button asked for its count.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { useTestBot } from '../support/use-test-bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';

const PANGGUNGHARJO = { villageQuery: 'panggungharjo', villageCode: '34.02.15.2004' } as const;

describeEachDatabase('counts as people type them (web chat)', (kind) => {
  const bot = useTestBot(kind);

  const memberCount = async (name: string) => (await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name } })).memberCount;

  it('reads members said with who they are ("ada 12 kader") or about so many ("sekitar 15an")', async () => {
    // The activity below needs two groups of the desa, whatever this test finds.
    const b = (input: string | { button: string }) => bot.send('counts-b', input);
    await answerRegistration(b, await b('daftar'), {
      ...PANGGUNGHARJO, type: 'karang_taruna', name: 'Karang Taruna Bina Muda', unit: 'RW 04', members: 'sekitar 15an', ketua: 'Mas Dani', phone: '0812 1111 4444',
    });
    expect(await memberCount('Karang Taruna Bina Muda')).toBe(15);
    const c = (input: string | { button: string }) => bot.send('counts-c', input);
    await answerRegistration(c, await c('daftar'), {
      ...PANGGUNGHARJO, type: 'arisan', name: 'Arisan Mitra Glugo', unit: 'RW 05', members: '20', ketua: 'Bu Tini', phone: '0812 1111 5555',
    });
    const a = (input: string | { button: string }) => bot.send('counts-a', input);
    await answerRegistration(a, await a('daftar'), {
      ...PANGGUNGHARJO, type: 'posyandu', name: 'Posyandu Anggrek Glugo', unit: 'RW 03', members: 'ada 12 kader', ketua: 'Bu Wati', phone: '0812 1111 3333',
    });
    expect(await memberCount('Posyandu Anggrek Glugo')).toBe(12);
  });

  it('reads two categories of beneficiaries in one answer, typed by name or after a category\'s button', async () => {
    const b = (input: string | { button: string }) => bot.send('counts-b', input);
    const upToBeneficiaries = async () => {
      await b('catat kegiatan');
      await b({ button: 'date:yesterday' });
      await b({ button: 'category:bantuan_lansia' });
      await b('Pemeriksaan kesehatan lansia di balai desa');
      return b('1');
    };
    expect(allText(await upToBeneficiaries())).toContain('Siapa penerima manfaatnya?');
    const typed = allText(await b('20 lansia terus 5 disabilitas'));
    expect(typed).toMatch(/Lansia terlantar 20, Penyandang disabilitas 5/i);
    await b('batal');

    await upToBeneficiaries();
    expect(allText(await b({ button: 'pmks:8' }))).toContain('Berapa orang');
    const afterButton = allText(await b('20 lansia terus 5 disabilitas'));
    expect(afterButton).toMatch(/Lansia terlantar 20, Penyandang disabilitas 5/i);
    await b('batal');

    // Residents in general are no PMKS category: said so, with the way on (was "PMKS category
    // numbers go from 1 to 26", for an answer that held no number of a category).
    await upToBeneficiaries();
    const general = allText(await b('warga satu dusun sekitar 50 kk'));
    expect(general).toContain('Saya tidak menemukan satu kategori PMKS yang cocok');
    expect(general).toContain('Jika penerimanya warga umum, pilih ⏭️ Tidak ada');
    expect(general).not.toContain('1 sampai 26');
    await b('batal');
  });
});
