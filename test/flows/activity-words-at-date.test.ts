/**
 * Through the web chat, as the leader of a Posyandu: at "Kapan kegiatan … berlangsung?" the
 * activity itself typed ("penimbangan balita bareng pkk") was refused as a date and lost. It is
 * now kept and said so, the date asked again, and what it said used later: its kind (not asked
 * again), its words (offered as the description) and its partner (taken when a group of the
 * desa fits); a kept answer counts as no invalid answer towards the menu offer. At the kind's
 * question, common activity words ("penimbangan balita") pick their kind and are offered as
 * the description; words naming no kind are kept as the description for Lainnya instead of
 * refused and dropped.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

const PANGGUNGHARJO = '34.02.15.2004';
/** What the bot says when it gives up after invalid answers in a row, offering the menu. */
const GIVES_UP = 'Sepertinya ada yang kurang jelas';

describeEachDatabase('activity words typed at the date\'s and the kind\'s questions', (kind) => {
  const bot = useTestBot(kind);

  async function register(person: string, type: string, name: string, ketua: string) {
    const send = (input: string | { button: string }) => bot.send(person, input);
    await answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: PANGGUNGHARJO, unit: 'seluruh desa', members: '20', ketua, phone: '0812-3456-7890',
    });
    await send('menu');
    return send;
  }

  /** A Posyandu of `person`'s registered, its activity logged up to the kind's question. */
  async function atKind(person: string, name: string, ketua: string) {
    const send = await register(person, 'posyandu', name, ketua);
    await send('catat kegiatan');
    await send('kemarin');
    return send;
  }

  it('keeps the activity typed at the date, asks the date again, and uses its kind, words and partner', async () => {
    await register('pkk-leader', 'pkk', 'PKK Sekar Arum', 'Bu Sri');
    const send = await register('posyandu-leader', 'posyandu', 'Posyandu Mawar Sekar', 'Bu Ani');
    expect(allText(await send('catat kegiatan'))).toContain('Kapan kegiatan Posyandu Mawar Sekar berlangsung?');
    const kept = allText(await send('penimbangan balita bareng pkk'));
    expect(kept).not.toContain('Saya belum bisa membaca tanggal itu');
    expect(kept).toContain('kegiatannya saya catat');
    expect(kept).toContain('penimbangan balita bareng pkk');
    expect(kept).toContain('Kesehatan/posyandu');
    expect(kept).toContain('Kapan kegiatan Posyandu Mawar Sekar berlangsung?');
    // The kind is not asked again; the words are offered as the description.
    const described = await send('kemarin');
    expect(buttonIds(described)).not.toContain('category:layanan_kesehatan');
    expect(allText(described)).toContain('Ceritakan singkat kegiatannya');
    expect(allText(described)).toContain('“penimbangan balita bareng pkk”');
    // The partner named is taken once the desa's groups are listed.
    expect(allText(await send({ button: 'description:typed' }))).toContain('✅ Kelompok lain: PKK Sekar Arum.');
    const summary = allText(await send({ button: 'pmks:done' }));
    expect(summary).toContain('Jenis: Kesehatan/posyandu');
    expect(summary).toContain('Kegiatan: penimbangan balita bareng pkk');
    expect(summary).toContain('Kelompok lain: PKK Sekar Arum');
  });

  it('does not count the activity kept at the date as an invalid answer', async () => {
    // Kept answers once led to "Sepertinya ada yang kurang jelas…" with the menu, as refusals do.
    const send = await register('kept-leader', 'posyandu', 'Posyandu Kenanga Sekar', 'Bu Yuni');
    expect(allText(await send('catat kegiatan'))).toContain('Kapan kegiatan Posyandu Kenanga Sekar berlangsung?');
    for (const typed of ['penimbangan balita bareng pkk', 'penimbangan balita', 'posyandu balita di balai desa', 'penimbangan balita bareng pkk']) {
      const kept = allText(await send(typed));
      expect(kept).toContain('kegiatannya saya catat');
      expect(kept).toContain('Kapan kegiatan Posyandu Kenanga Sekar berlangsung?');
      expect(kept).not.toContain(GIVES_UP);
    }
    // Answers that keep nothing still count: the third in a row offers the menu.
    expect(allText(await send('gatau lupa'))).not.toContain(GIVES_UP);
    expect(allText(await send('lupa saya'))).not.toContain(GIVES_UP);
    expect(allText(await send('gatau lupa'))).toContain(GIVES_UP);
    // What was kept is still there: the kind is not asked, the words are offered.
    expect(allText(await send('kemarin'))).toContain('“penimbangan balita bareng pkk”');
  });

  it('reads a kind from common activity words at the kind\'s question, offering them as the description', async () => {
    const send = await atKind('posyandu-two', 'Posyandu Melati Sekar', 'Bu Tini');
    const read = allText(await send('penimbangan balita'));
    expect(read).not.toContain('tidak ada di daftar');
    expect(read).toContain('Jenis kegiatan: Kesehatan/posyandu');
    expect(read).toContain('Ceritakan singkat kegiatannya');
    expect(read).toContain('“penimbangan balita”');
  });

  it('keeps words naming no kind as the description for Lainnya', async () => {
    const send = await atKind('posyandu-three', 'Posyandu Anggrek Sekar', 'Bu Wati');
    const other: Reply[] = await send('pengajian rutin malam jumat');
    expect(allText(other)).toContain('“pengajian rutin malam jumat” tidak ada di daftar jenis kegiatan');
    expect(allText(other)).toContain('saya simpan sebagai uraian');
    const described = allText(await send({ button: 'category:lainnya' }));
    expect(described).toContain('“pengajian rutin malam jumat”');
    await send({ button: 'description:typed' });
    await send({ button: 'partners:done' });
    const summary = allText(await send({ button: 'pmks:done' }));
    expect(summary).toContain('Jenis: Lainnya');
    expect(summary).toContain('Kegiatan: pengajian rutin malam jumat');
  });
});
