/**
 * 📥 Konfirmasi, as a partner group's leader: "ntar dulu ya" at "Benar Posyandu Mawar ikut?"
 * (whose ⏭️ Nanti button sets a request aside) was read as a wait ("Baik, silakan, saya
 * tunggu") and the same request asked again, though "nanti dulu ya" was the Nanti it means.
 * The slang "ntar dulu" / "entar dulu" is now that Nanti too.
 */
import { expect, it } from 'vitest';
import { allText } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { usePartnerRequestsBot } from '../support/partner-requests.js';

describeEachDatabase('a request set aside in slang at Konfirmasi', (kind) => {
  const bot = usePartnerRequestsBot(kind, ['2026-12-05', '2026-12-06'].map((date) => ({ date, category: 'kerja_bakti', description: 'Kerja bakti bersih selokan' })));

  it('sets the request aside and shows the next one', async () => {
    expect(allText(await bot.send('budi', 'konfirmasi'))).toContain('Menunggu jawaban Anda: 2');
    const next = allText(await bot.send('budi', 'ntar dulu ya'));
    expect(next).not.toContain('saya tunggu');
    expect(next).toContain('Menunggu jawaban Anda: 1');
    expect(allText(await bot.send('budi', 'entar dulu'))).toContain('sisanya bisa dijawab nanti lewat menu Konfirmasi');
  });
});
