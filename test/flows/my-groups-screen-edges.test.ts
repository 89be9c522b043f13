/**
 * What a leader types at 👥 Kelompok saya besides its buttons: a rejected group comes first in
 * the list with its state; an aside at ✏️ Anggota ("ada konfirmasi?", "konfirmasi itu apa") is
 * answered and the count asked again; "gak jadi" in a change ends the change alone (back to the
 * group's screen); and at a group's screen its activities, a new group's registration and what
 * its desa still lacks are asked for in words. Through the web chat.
 */
import { expect, it } from 'vitest';
import { allText, manualClock, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration } from '../support/register-group.js';

const CHOOSE_A_BUTTON = 'belum bisa saya pakai';
const buttons = (replies: readonly Reply[]) => replies.flatMap((reply) => reply.buttons?.map((button) => button.id) ?? []);

describeEachDatabase('Kelompok saya: what a leader types at its screens', (kind) => {
  const clock = manualClock('2026-11-20T03:00:00Z');
  const bot = useTestBot(kind, { clock });
  const prisma = () => bot.bot.database.prisma;

  /** Registers the groups named for `user` (in Panggungharjo), one after the other. */
  async function leader(user: string, ...names: string[]) {
    const send = (input: string | { button: string }) => bot.send(user, input);
    for (const [index, name] of names.entries()) {
      await answerRegistration(send, await send('daftar'), {
        type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: `RW 0${index + 1}`, members: '20', ketua: 'Pak Joko', phone: `0812 1111 30${index}${index}`,
      });
    }
    const open = async (name: string) => {
      await send('menu');
      await send('👥 Kelompok saya');
      return send(name);
    };
    return { send, open };
  }

  it('lists a rejected group first, with its state', async () => {
    const { send } = await leader('edge-list', 'Arisan Pertama Baik', 'Arisan Kedua Ditolak');
    const rejected = await prisma().group.update({ where: { id: (await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Kedua Ditolak' } })).id }, data: { verification: 'rejected', rejectionReason: 'RW-nya salah' } });
    await send('menu');
    const list = await send('👥 Kelompok saya');
    const groupButtons = buttons(list).filter((id) => id.startsWith('group:'));
    expect(groupButtons[0]).toBe(`group:${rejected.id}`);
    expect(allText(list)).toContain('Arisan Kedua Ditolak ditolak petugas');
    expect(allText(list)).toContain('RW-nya salah');
    // "yang pertama" is the first line as shown.
    expect(allText(await send('yang pertama'))).toContain('Arisan Kedua Ditolak\n• Jenis');
  });

  it('answers an aside at ✏️ Anggota and asks the count again', async () => {
    const { send, open } = await leader('edge-aside', 'Arisan Tanya Samping');
    await open('Arisan Tanya Samping');
    await send({ button: 'edit:members' });
    const waiting = allText(await send('ada konfirmasi?'));
    expect(waiting).toContain('Tidak ada permintaan konfirmasi');
    expect(waiting).toContain('Berapa jumlah anggotanya sekarang?');
    const meaning = allText(await send('konfirmasi itu apa'));
    expect(meaning).not.toContain('dengan angka');
    expect(meaning).toContain('Konfirmasi');
    expect(meaning).toContain('Berapa jumlah anggotanya sekarang?');
    expect(allText(await send('25'))).toContain('Sudah diperbarui');
  });

  it('cancels just the change with "gak jadi", back at the group\'s screen', async () => {
    const { send, open } = await leader('edge-cancel', 'Arisan Batal Ubah');
    for (const typed of ['ga jadi', 'gak jadi', 'batal']) {
      await open('Arisan Batal Ubah');
      await send({ button: 'edit:members' });
      const replies = await send(typed);
      const text = allText(replies);
      expect(text, typed).toContain('Perubahan Jumlah anggota dibatalkan');
      expect(text, typed).not.toContain('ditutup');
      expect(buttons(replies), typed).toContain('edit:members');
      // Still in the flow: a change typed now is made (said without a verb, once asked about).
      expect(allText(await send('anggotanya 31')), typed).toContain('jadi 31?');
      expect(allText(await send('ya')), typed).toContain('Sudah diperbarui');
    }
    // At ⛔ Nonaktifkan's confirmation: the group stays active, its screen again.
    await open('Arisan Batal Ubah');
    await send({ button: 'deactivate' });
    const kept = await send('gak jadi');
    expect(allText(kept)).toContain('Arisan Batal Ubah tetap aktif');
    expect(buttons(kept)).toContain('edit:members');
    // At the group's screen itself, "batal" still closes Kelompok saya.
    expect(allText(await send('batal'))).toContain('Baik, “👥 Kelompok saya” ditutup.');
  });

  it('lists the group\'s activities when asked at its screen', async () => {
    const { send, open } = await leader('edge-acts', 'Arisan Punya Kegiatan', 'Arisan Tanpa Kegiatan');
    const own = await prisma().group.findFirstOrThrow({ where: { name: 'Arisan Punya Kegiatan' }, include: { leaders: true } });
    const { createAppTransactionRunner } = await import('../../src/storage/app-tx.js');
    await createAppTransactionRunner(prisma(), clock).transaction((tx) =>
      tx.activities.create({ date: '2026-11-15', category: 'kerja_bakti', description: 'Kerja bakti bersih selokan', villageCode: '34.02.15.2004', ownGroupId: own.id, partnerGroupIds: [], beneficiaries: { '8': 20 }, photoRef: null }, own.leaders[0]!.personId, clock()),
    );
    await open('Arisan Punya Kegiatan');
    for (const typed of ['lihat kegiatan kelompok ini', 'show this group\'s activities']) {
      const replies = await send(typed);
      const text = allText(replies);
      expect(text, typed).not.toContain(CHOOSE_A_BUTTON);
      // 📒 Kegiatan saya's own list, of this group only: each activity opens from it.
      expect(text, typed).toContain('Kegiatan Arisan Punya Kegiatan (1 terbaru)');
      expect(text, typed).toContain('Kerja bakti');
      expect(buttons(replies).some((id) => id.startsWith('act:')), typed).toBe(true);
      // "kembali": the group's screen again.
      expect(buttons(await send('kembali')), typed).toContain('edit:members');
    }
    await open('Arisan Tanpa Kegiatan');
    const none = await send('lihat kegiatan kelompok ini');
    expect(allText(none)).toContain('Belum ada kegiatan Arisan Tanpa Kegiatan');
    expect(allText(none)).not.toContain('Kerja bakti');
    expect(buttons(none)).toContain('edit:members');
  });

  it('starts a new group\'s registration when asked at a group\'s screen', async () => {
    const { send, open } = await leader('edge-add', 'Arisan Sudah Ada');
    for (const typed of ['tambah kelompok', 'daftar kelompok lain', 'add a group']) {
      await open('Arisan Sudah Ada');
      const replies = await send(typed);
      const text = allText(replies);
      expect(text, typed).not.toContain(CHOOSE_A_BUTTON);
      // The registration's first question: its desa, the group's own offered.
      expect(buttons(replies), typed).toContain('village:34.02.15.2004');
    }
  });

  it('says what the group\'s desa still lacks when asked at its screen, under the screen\'s buttons', async () => {
    const { send, open } = await leader('edge-missing', 'Arisan Apa Kurang');
    for (const typed of ['apa yang kurang', 'apa yang kurang?', 'kurangnya apa aja', 'opo sing kurang?', 'what is missing']) {
      await open('Arisan Apa Kurang');
      const replies = await send(typed);
      const text = allText(replies);
      expect(text, typed).not.toContain(CHOOSE_A_BUTTON);
      // Only what the desa lacks (status-message.ts missingMessage), not its whole status: was 'Status WKSBM Panggungharjo'
      // with every criterion, then the group's whole screen again.
      expect(text, typed).toContain('📋 Panggungharjo');
      expect(text, typed).toContain('Yang masih kurang sampai Aktif');
      expect(text, typed).not.toContain('Status WKSBM');
      expect(text, typed).not.toContain('Eksistensi Kolektif');
      expect(text, typed).not.toContain('• Jenis: Arisan');
      expect(buttons(replies), typed).toEqual(expect.arrayContaining(['edit:members', 'deactivate', 'cmd:back']));
      // Still at the group's screen: its buttons work.
      expect(allText(await send({ button: 'edit:members' })), typed).toContain('Berapa jumlah anggotanya sekarang?');
      await send('batal');
    }
  });
});
