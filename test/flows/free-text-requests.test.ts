/**
 * Free text that people typed in the web chat and the bot did not understand: "kirim ulang"
 * at the menu (a leader's rejected activity or group, opened to be fixed and sent back), a
 * kabupaten named alone ("bantul", one letter from "bantu": not a question about bansos),
 * a partner group named by its kind with chat words after it ("karang taruna aja"; several of
 * that kind are offered), a partner named in the activity request itself (taken, not asked
 * again), and members counted in parts ("12 kader 3 pengurus").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewActivity } from '../../src/domain/model/activities.js';
import type { GroupType } from '../../src/domain/model/group-types.js';
import type { NewGroup } from '../../src/domain/model/groups.js';
import { createAppTransactionRunner, type PrismaAppTx } from '../../src/storage/app-tx.js';
import { allText, buttonIds, manualClock, type Reply } from '../support/bot.js';
import { createGroup } from '../support/create-group.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { seedConsent } from '../support/seed-consent.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';

describeEachDatabase('free text the bot now understands (web chat)', (kind) => {
  // 10:00 in Jakarta.
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  /** Person ids of the seeded leaders, and group ids by name. */
  const people: Record<string, string> = {};
  const groups: Record<string, string> = {};

  function transaction<T>(fn: (tx: PrismaAppTx) => Promise<T>): Promise<T> {
    return createAppTransactionRunner(bot.bot.database.prisma, clock).transaction(fn);
  }

  async function personOf(user: string): Promise<string> {
    await bot.send(user, 'halo');
    return (await bot.bot.database.prisma.channelIdentity.findFirstOrThrow({ where: { externalId: await bot.users.externalId(user) } })).personId;
  }

  /** An activity of `group`, rejected by an officer with `reason`. */
  async function rejectedActivity(group: string, leader: string, description: string, reason: string): Promise<string> {
    const activity: NewActivity = {
      date: '2026-11-15', category: 'kerja_bakti', description, villageCode: PANGGUNGHARJO, ownGroupId: groups[group]!, partnerGroupIds: [], beneficiaries: { '8': 10 }, photoRef: null,
    };
    return transaction(async (tx) => {
      const { id } = await tx.activities.create(activity, people[leader]!, clock());
      await tx.activities.setVerification(id, 'rejected', null, reason, clock());
      return id;
    });
  }

  beforeAll(async () => {
    for (const user of ['dewi', 'eko', 'fajar', 'gita', 'hana']) people[user] = await personOf(user);
    await seedConsent(bot.bot.database.prisma, [people.dewi!, people.eko!, people.gita!, people.hana!], clock());
    await transaction(async (tx) => {
      const group = (type: GroupType, name: string): NewGroup => ({
        type, typeOther: null, name, villageCode: PANGGUNGHARJO, unit: { rw: 4, rt: 0, dusun: '' }, memberCount: 20, foundedYear: null, meetingSchedule: null, ketuaName: 'Bu Ketua', ketuaPhone: '+6281200000001',
      });
      // Dewi leads the arisan; the desa has two karang taruna (one named without its kind) and a PKK.
      for (const [type, name, leader] of [
        ['arisan', 'Arisan Kenanga', 'dewi'],
        ['karang_taruna', 'Karang Taruna Tunas Muda', 'gita'],
        ['karang_taruna', 'Remaja Bina Putra', 'gita'],
        ['pkk', 'PKK Dusun Glugo', 'gita'],
        ['posyandu', 'Posyandu Cempaka', 'eko'],
      ] as const) {
        groups[name] = (await createGroup(tx.groups, group(type, name), name.toLowerCase(), people[leader]!, clock())).id;
      }
      // Hana leads one group of another kind, rejected; Eko's posyandu is rejected too.
      groups['Arisan Melati'] = (await createGroup(tx.groups, group('arisan', 'Arisan Melati'), 'arisan melati', people.hana!, clock())).id;
      await tx.groups.setVerification(groups['Posyandu Cempaka']!, 'rejected', null, 'alamat sekretariat belum jelas', clock());
    });
    await rejectedActivity('Arisan Kenanga', 'dewi', 'Kerja bakti bersih selokan RW 4', 'foto kegiatan kurang jelas');
  });

  describe('"kirim ulang" typed at the menu', () => {
    it('opens the one rejected activity to be fixed and sent back, with the officer\'s reason', async () => {
      await bot.send('dewi', 'menu');
      const opened = await bot.send('dewi', 'kirim ulang');
      expect(allText(opened)).toContain('ditolak petugas. Alasan: foto kegiatan kurang jelas');
      expect(allText(opened)).toContain('Perbaiki kegiatan yang ditolak');
      expect(allText(opened)).toContain('Kerja bakti bersih selokan RW 4');
      expect(buttonIds(opened)).toContain('resubmit');
      // Cancelled, the menu is back (not the resend again).
      expect(allText(await bot.send('dewi', 'batal'))).not.toContain('Perbaiki kegiatan yang ditolak');
    });

    it('lists several rejected activities to pick from', async () => {
      const second = await rejectedActivity('Arisan Kenanga', 'dewi', 'Santunan lansia di balai RW', 'jumlah penerima tidak sesuai');
      await bot.send('dewi', 'menu');
      const listed = await bot.send('dewi', 'mau ajukan ulang kegiatan yg ditolak');
      expect(allText(listed)).toContain('Ada 2 kegiatan yang ditolak petugas');
      expect(buttonIds(listed).filter((id) => id.startsWith('act:'))).toHaveLength(2);
      const details = await bot.send('dewi', { button: `act:${second}` });
      expect(allText(details)).toContain('jumlah penerima tidak sesuai');
      expect(buttonIds(details)).toContain('fix');
      await bot.send('dewi', 'batal');
    });

    it('opens a rejected group in Kelompok saya when no activity is rejected', async () => {
      await bot.send('eko', 'menu');
      const opened = await bot.send('eko', 'kirim lagi');
      expect(allText(opened)).toContain('Posyandu Cempaka');
      expect(allText(opened)).toContain('Alasan penolakan: alamat sekretariat belum jelas');
      expect(buttonIds(opened).length).toBeGreaterThan(0);
      await bot.send('eko', 'batal');
    });

    it('says politely that nothing waits to be sent back, with the menu', async () => {
      for (const user of ['fajar', 'hana']) {
        await bot.send(user, 'menu');
        const none = await bot.send(user, 'kirim ulang');
        expect(allText(none)).toContain('tidak ada yang perlu dikirim ulang');
        expect(buttonIds(none)).toContain('menu:register');
      }
    });
  });

  describe('a place named alone at the menu', () => {
    it('reads "bantul" as the kabupaten and asks which desa in it, not as a question about bansos', async () => {
      for (const [user, text] of [['place-a', 'bantul'], ['place-b', 'Bantul'], ['place-c', 'kab bantul']] as const) {
        const answer = allText(await bot.send(user, text));
        expect(answer).toContain(`“${text}” itu nama kabupaten/kota: Kab. Bantul`);
        expect(answer).not.toContain('WKSBM bukan bantuan sosial');
      }
    });

    it('reads one long word a letter off a desa\'s name as that desa misspelt (was "belum paham")', async () => {
      const answer = allText(await bot.send('place-typo', 'panggunharjo'));
      expect(answer).toContain('Panggungharjo');
      expect(answer).not.toContain('belum paham');
    });

    it('still answers real bansos questions, also with a typo that is no place', async () => {
      for (const text of ['bansos kapan cair', 'bantuan sosial', 'bantuan sosal']) {
        expect(allText(await bot.send('asks-bansos', text)), text).toContain('WKSBM bukan bantuan sosial');
      }
    });
  });

  /** Dewi's activity up to the partner question: kerja bakti yesterday, described. */
  async function upToPartners(user: string): Promise<Reply[]> {
    await bot.send(user, 'menu');
    await bot.send(user, 'catat kegiatan');
    await bot.send(user, { button: 'date:yesterday' });
    await bot.send(user, { button: 'category:kerja_bakti' });
    return bot.send(user, 'Kerja bakti membersihkan saluran air');
  }

  describe('partner groups typed as people say them', () => {
    it('finds the group by its kind with "aja" after it; several of that kind are offered as buttons', async () => {
      expect(allText(await upToPartners('dewi'))).toContain('Kelompok lain mana yang ikut?');
      const offered = await bot.send('dewi', 'karang taruna aja');
      expect(allText(offered)).toContain('Ada beberapa kelompok desa ini yang cocok');
      expect(buttonIds(offered)).toEqual([`partner:${groups['Karang Taruna Tunas Muda']}`, `partner:${groups['Remaja Bina Putra']}`]);
      const picked = await bot.send('dewi', { button: `partner:${groups['Remaja Bina Putra']}` });
      expect(allText(picked)).toContain('✅ Kelompok lain: Remaja Bina Putra.');
      expect(allText(picked)).toContain('Siapa penerima manfaatnya?');
      await bot.send('dewi', 'batal');

      await upToPartners('dewi');
      const one = await bot.send('dewi', 'pkk doang');
      expect(allText(one)).toContain('✅ Kelompok lain: PKK Dusun Glugo.');
      await bot.send('dewi', 'batal');

      // Two groups in one answer, one by its name and one by its kind: both taken.
      await upToPartners('dewi');
      const both = await bot.send('dewi', 'tunas muda dan pkk aja');
      expect(allText(both)).toContain('✅ Kelompok lain: Karang Taruna Tunas Muda dan PKK Dusun Glugo.');
      await bot.send('dewi', 'batal');
    });

    it('takes a partner named in the request, shows it at the summary, and does not ask again', async () => {
      await bot.send('dewi', 'menu');
      const confirm = await bot.send('dewi', 'mau lapor kegiatan kerja bakti bareng karang taruna tunas muda');
      expect(allText(confirm)).toContain('Mencatat kegiatan: Kerja bakti');
      expect(allText(confirm)).toContain('Kelompok lain yang ikut: karang taruna tunas muda');
      expect(allText(await bot.send('dewi', 'iya'))).toContain('Kapan kegiatan');
      await bot.send('dewi', 'kemarin');
      const next = await bot.send('dewi', 'Kerja bakti membersihkan saluran air');
      expect(allText(next)).not.toContain('Kelompok lain mana yang ikut?');
      expect(allText(next)).toContain('✅ Kelompok lain: Karang Taruna Tunas Muda.');
      expect(allText(next)).toContain('Siapa penerima manfaatnya?');
      const summary = await bot.send('dewi', '15 lansia');
      expect(allText(summary)).toContain('Kelompok lain: Karang Taruna Tunas Muda');
      expect(allText(await bot.send('dewi', { button: 'save' }))).toContain('Karang Taruna Tunas Muda');
      const saved = await bot.bot.database.prisma.activityParticipant.findMany({ where: { groupId: groups['Karang Taruna Tunas Muda']! } });
      expect(saved).toHaveLength(1);
    });

    it('reads the request in Sundanese ("bade ngalaporkeun kagiatan …"), partner and all (was the FAQ on costs)', async () => {
      await bot.send('dewi', 'menu');
      const confirm = await bot.send('dewi', 'punten, bade ngalaporkeun kagiatan kerja bakti bareng karang taruna tunas muda');
      expect(allText(confirm)).toContain('Mencatat kegiatan: Kerja bakti');
      expect(allText(confirm)).toContain('Kelompok lain yang ikut: karang taruna tunas muda');
      await bot.send('dewi', 'batal');
      await bot.send('dewi', 'menu');
      expect(allText(await bot.send('dewi', 'abdi bade ngalaporkeun kagiatan'))).toContain('Kapan kegiatan');
      await bot.send('dewi', 'batal');
    });

    it('reads the request in Javanese ("kulo badhe nyathet kegiatan …"), partner and all (was the FAQ on how activities are logged)', async () => {
      await bot.send('dewi', 'menu');
      const confirm = await bot.send('dewi', 'kulo badhe nyathet kegiatan kerja bakti bareng karang taruna tunas muda');
      expect(allText(confirm)).toContain('Mencatat kegiatan: Kerja bakti');
      expect(allText(confirm)).toContain('Kelompok lain yang ikut: karang taruna tunas muda');
      await bot.send('dewi', 'batal');
      await bot.send('dewi', 'menu');
      expect(allText(await bot.send('dewi', 'aku arep nyatheti kegiatan'))).toContain('Kapan kegiatan');
      await bot.send('dewi', 'batal');
    });

    it('says so when the group named in the request is not in the desa, and asks as usual', async () => {
      await bot.send('dewi', 'menu');
      await bot.send('dewi', 'mau catat kegiatan bareng kelompok tani makmur');
      expect(allText(await bot.send('dewi', { button: 'date:yesterday' }))).toContain('Jenis kegiatan');
      await bot.send('dewi', { button: 'category:kerja_bakti' });
      const asked = await bot.send('dewi', 'Kerja bakti membersihkan saluran air');
      expect(allText(asked)).toContain('“kelompok tani makmur” tidak saya temukan di antara kelompok terdaftar desa ini');
      expect(allText(asked)).toContain('Kelompok lain mana yang ikut?');
      await bot.send('dewi', 'batal');
    });
  });

  it('takes "rw 05 desa saya" at the status check\'s desa question, from a leader in one desa, as that RW of their desa (was a search)', async () => {
    await bot.send('dewi', 'menu');
    expect(allText(await bot.send('dewi', 'cek status'))).toContain('Desa/kelurahan mana yang ingin dicek?');
    const shown = allText(await bot.send('dewi', 'rw 05 desa saya'));
    expect(shown).toContain('Status WKSBM RW 5 Panggungharjo');
    expect(shown).not.toContain('Hasil pencarian');
    await bot.send('dewi', 'menu');
    await bot.send('dewi', 'cek status');
    expect(allText(await bot.send('dewi', 'desa saya'))).toContain('Status WKSBM Panggungharjo');
  });

  it('adds up members counted in parts ("12 kader 3 pengurus") and says how', async () => {
    const seen: Reply[] = [];
    const send = async (input: string | { button: string }) => {
      const replies = await bot.send('ira', input);
      seen.push(...replies);
      return replies;
    };
    await answerRegistration(send, await send('daftar'), {
      type: 'posyandu', name: 'Posyandu Anyelir Glugo', villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'RW 03', members: '12 kader 3 pengurus', ketua: 'Bu Rina', phone: '0812 1111 7777',
    });
    expect(allText(seen)).toContain('👥 Dihitung 12 + 3 = 15 anggota.');
    expect((await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Posyandu Anyelir Glugo' } })).memberCount).toBe(15);
  });
});
