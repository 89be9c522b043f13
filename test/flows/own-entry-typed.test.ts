/**
 * Through the web chat: a list-like menu entry's own name typed inside it ("kegiatan saya" in
 * 📒 Kegiatan saya's list or at one of its activities, "📥 Konfirmasi" in the inbox, "🔒 Data
 * saya" at Data saya's choices) shows what the entry shows, read afresh, as 👥 Kelompok saya
 * already did; was "“kegiatan saya” itu pilihan menu" (or "belum bisa saya pakai"), odd where
 * that entry is open. And "20 anak yatim" at an activity's beneficiaries is counted as PMKS
 * Anak terlantar (DOMAIN.md's 26 categories have no orphans' own): said back on its own line,
 * with how to undo it, as "20 lansia" is (was counted in silence).
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { answerRegistration, type Send } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a menu entry named inside it', (kind) => {
  const bot = useTestBot(kind);
  const chat = (user: string): Send => (input) => bot.send(user, input);
  const leader = chat('entry-leader');
  const partner = chat('entry-partner');

  async function register(send: Send, name: string, type: string, ketua: string, phone: string) {
    await answerRegistration(send, await send('daftar'), {
      type, name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'seluruh desa', members: '20', ketua, phone,
    });
    await send('menu');
  }

  it('notes orphans counted as Anak terlantar when the activity is logged', async () => {
    await register(leader, 'Karang Taruna Entri Sendiri', 'karang_taruna', 'Mas Eko', '0812-3456-7890');
    await register(partner, 'PKK Entri Sendiri', 'pkk', 'Bu Sri', '0813-2222-3333');
    await leader('catat kegiatan');
    await leader('kemarin');
    await leader({ button: 'category:santunan_anak_yatim' });
    const described = await leader('Santunan anak yatim di balai desa');
    await leader({ button: buttonLabelled(described, 'PKK Entri Sendiri') });
    await leader({ button: 'partners:done' });
    const counted = allText(await leader('20 anak yatim'));
    // Saved first: the tests below read this activity.
    expect(allText(await leader({ button: 'save' }))).toContain('Kegiatan sudah dicatat');
    await leader('menu');
    expect(counted).toContain('20 anak yatim/piatu saya catat sebagai PMKS Anak terlantar');
    expect(counted).toContain('Anak terlantar 20');
  });

  it('shows Kegiatan saya\'s list again for "kegiatan saya" typed in its list or at an activity', async () => {
    const list = await leader('kegiatan saya');
    expect(allText(list)).toContain('Santunan anak yatim');
    for (const typed of ['kegiatan saya', '📒 Kegiatan saya', 'cek kegiatan kami dong']) {
      const again = await leader(typed);
      expect(allText(again)).not.toContain('pilihan menu');
      expect(allText(again)).not.toContain('belum bisa saya pakai');
      expect(buttonIds(again).filter((id) => id.startsWith('act:'))).toEqual(buttonIds(list).filter((id) => id.startsWith('act:')));
    }
    const item = buttonIds(list).find((id) => id.startsWith('act:'))!;
    for (const typed of ['kegiatan saya', 'cek kegiatan kami dong']) {
      expect(allText(await leader({ button: item }))).toContain('Santunan anak yatim di balai desa');
      const again = await leader(typed);
      expect(allText(again)).not.toContain('pilihan menu');
      expect(allText(again)).not.toContain('belum bisa saya pakai');
      expect(buttonIds(again)).toContain(item);
    }
    // "kembali" from the list shown again: the activity it was typed at.
    expect(allText(await leader('kembali'))).toContain('Santunan anak yatim di balai desa');
    await leader('menu');
  });

  it('shows the inbox\'s item again for its name, and Data saya again for its label', async () => {
    await partner('📥 Konfirmasi');
    for (const typed of ['konfirmasi', 'cek konfirmasi dong']) {
      const again = allText(await partner(typed));
      expect(again).not.toContain('belum bisa saya pakai');
      expect(again).toContain('Santunan anak yatim di balai desa');
    }
    // Words the question takes stay its answer: "ya konfirmasi" confirms, it is not shown again.
    expect(allText(await partner('ya konfirmasi'))).toContain('disetujui');

    expect(allText(await partner('/datasaya'))).toContain('Ketua: Sri');
    const again = allText(await partner('🔒 Data saya'));
    expect(again).not.toContain('belum bisa saya pakai');
    expect(again).toContain('Ketua: Sri');
    await partner('menu');
  });
});
