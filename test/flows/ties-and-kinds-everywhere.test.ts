/**
 * Ties between groups and whether a kind of group may join, said in words beyond the main
 * menu (web chat). They were read only at the menu: in ❓ Tanya "kami sering kerja sama dengan
 * posyandu melati" was "belum paham" and "pengajian bisa daftar?" the list of member groups;
 * typed at a registration's question they were answered as FAQ questions or refused. And some
 * were read nowhere: both groups named ("antara Posyandu Melati dan PKK Mawar ada kerja sama"),
 * a group helped after an introduction ("saya ketua karang taruna, kami sering bantu posyandu
 * melati"), the kind question wrapped in more words ("kalau kelompok arisan ibu2 bisa ikut
 * daftar ga ya", which began a registration of "Arisan Ibu-Ibu Bisa Ikut").
 */
import { expect, it } from 'vitest';
import { allText, buttonIds, buttonLabelled, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { registerInPanggungharjo } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('ties and kinds of group said beyond the menu', (kind) => {
  const bot = useTestBot(kind);

  const register = (user: string, type: string, name: string, ketua: string) =>
    registerInPanggungharjo((input) => bot.send(user, input), type, name, ketua);

  /** A registration started and answered up to its name question (consent and desa as asked). */
  async function atName(user: string): Promise<void> {
    let replies: Reply[] = await bot.send(user, 'daftar kelompok');
    for (let turn = 0; turn < 4 && !allText(replies).includes('Apa nama kelompoknya?'); turn++) {
      const ids = buttonIds(replies);
      if (ids.includes('consent:agree')) replies = await bot.send(user, { button: 'consent:agree' });
      else if (ids.includes('village-exact:yes')) replies = await bot.send(user, { button: 'village-exact:yes' });
      else replies = await bot.send(user, 'panggungharjo');
    }
    expect(allText(replies)).toContain('Apa nama kelompoknya?');
  }

  it('reads a tie between two groups named: the one the person leads is theirs, the other the partner', async () => {
    await register('kt-pair', 'karang_taruna', 'Karang Taruna Tunas Muda', 'Mas Bayu');
    await register('pos-pair', 'posyandu', 'Posyandu Melati', 'Bu Sri');
    await register('pkk-pair', 'pkk', 'PKK Mawar', 'Bu Wati');

    const led = allText(await bot.send('pos-pair', 'antara Posyandu Melati dan PKK Mawar ada kerja sama'));
    expect(led).toContain('Kelompok Anda: Posyandu Melati.');
    expect(led).toContain('Kelompok mitranya: PKK Mawar.');
    expect(led).toContain('Hubungan seperti apa?');
    await bot.send('pos-pair', 'batal');

    // Led by neither: who records it, not a tie of the person's own group.
    const neither = allText(await bot.send('kt-pair', 'antara Posyandu Melati dan PKK Mawar ada kerja sama'));
    expect(neither).toContain('dicatat oleh ketua atau pengurus salah satu dari kedua kelompok itu');
    expect(neither).not.toContain('Hubungan seperti apa?');
    // Someone who leads no group at all is told the same, of those two groups.
    expect(allText(await bot.send('warga-pair', 'antara Posyandu Melati dan PKK Mawar ada kerja sama'))).toContain(
      'Hubungan antara Posyandu Melati dan PKK Mawar dicatat oleh ketua atau pengurus salah satu dari kedua kelompok itu',
    );
  });

  it('reads a group helped, said after an introduction, as a tie with it', async () => {
    await register('kt-help', 'karang_taruna', 'Karang Taruna Bina Muda', 'Mas Dimas');
    await register('pos-help', 'posyandu', 'Posyandu Kenanga', 'Bu Ani');
    const replies = allText(await bot.send('kt-help', 'saya ketua karang taruna, kami sering bantu posyandu kenanga'));
    expect(replies).toContain('Kelompok mitranya: Posyandu Kenanga.');
    expect(replies).toContain('Hubungan seperti apa?');
  });

  it('answers the kind question wrapped in more words for its kind, not as a registration of it', async () => {
    const replies = await bot.send('kind-wrapped', 'kalau kelompok arisan ibu2 bisa ikut daftar ga ya');
    expect(allText(replies)).toContain('Bisa 🙂 Arisan termasuk kelompok warga');
    expect(buttonLabelled(replies, '📝 Daftarkan Arisan')).toBe('intent:register:arisan');
    const english = await bot.send('kind-wrapped-en', 'can a farmers group register in wksbm?');
    expect(allText(english)).toContain("Yes 🙂 Farmers' group");
  });

  it('reads them in ❓ Tanya too, each with its offer', async () => {
    await register('kt-faq', 'karang_taruna', 'Karang Taruna Karya', 'Mas Eko');
    await register('pos-faq', 'posyandu', 'Posyandu Dahlia', 'Bu Tini');
    await bot.send('kt-faq', { button: 'menu:faq' });
    const tie = await bot.send('kt-faq', 'kami sering kerja sama dengan posyandu dahlia');
    expect(allText(tie)).not.toContain('belum paham');
    expect(allText(tie)).toContain('🔗 Hubungan antarkelompok');
    const offered = buttonLabelled(tie, '🔗 Catat hubungan dengan posyandu dahlia');
    expect(offered).toBeDefined();
    // Typed "ya" takes the offer, as its button does.
    const opened = allText(await bot.send('kt-faq', 'ya'));
    expect(opened).toContain('Kelompok mitranya: Posyandu Dahlia.');
    expect(opened).toContain('Hubungan seperti apa?');
    await bot.send('kt-faq', 'menu');

    await bot.send('kind-faq', { button: 'menu:faq' });
    const kindAsked = await bot.send('kind-faq', 'pengajian bisa daftar?');
    expect(allText(kindAsked)).toContain('Bisa 🙂 Majelis taklim termasuk kelompok warga');
    expect(buttonLabelled(kindAsked, '📝 Daftarkan Majelis taklim')).toBe('intent:register:majelis_taklim');
  });

  it('offers them mid-flow as an aside, the question on screen kept', async () => {
    await register('kt-mid', 'karang_taruna', 'Karang Taruna Jaya', 'Mas Fajar');
    await register('pos-mid', 'posyandu', 'Posyandu Anggrek', 'Bu Yani');
    await atName('kt-mid');
    const tie = await bot.send('kt-mid', 'kami sering kerja sama dengan posyandu anggrek');
    expect(allText(tie)).toContain('Apa nama kelompoknya?');
    expect(allText(tie)).not.toContain('RT/RW');
    const button = buttonLabelled(tie, '🔗 Catat hubungan dengan posyandu anggrek');
    expect(button).toBeDefined();
    // Its button opens the tie with the partner taken; the registration waits.
    const opened = allText(await bot.send('kt-mid', { button: button! }));
    expect(opened).toContain('Kelompok mitranya: Posyandu Anggrek.');

    await atName('kind-mid');
    const kindAsked = await bot.send('kind-mid', 'pengajian bisa daftar?');
    expect(allText(kindAsked)).toContain('Bisa 🙂 Majelis taklim termasuk kelompok warga');
    expect(allText(kindAsked)).toContain('Apa nama kelompoknya?');
    // The registration under way is where it is registered: no second one offered.
    expect(buttonIds(kindAsked)).not.toContain('menu:register');
    // The name typed next is still the answer.
    expect(allText(await bot.send('kind-mid', 'Pengajian Al Ikhlas'))).not.toContain('Apa nama kelompoknya?');
  });
});
