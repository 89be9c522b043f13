/**
 * A tie with another group said in words at the menu (web chat), as the leader of Karang
 * Taruna Tunas Muda in Panggungharjo said it: "kami sering kerja sama dengan posyandu melati"
 * was "Maaf, saya belum paham pertanyaannya", and "catat hubungan dengan posyandu melati" asked
 * "Dengan kelompok mana…?" though the one group was named. Now 🔗 Hubungan antarkelompok opens
 * with the group found by name (one: taken; several: the choice; none: said so, the list) and
 * the kind of tie read from the words; someone who leads no group is told who records ties.
 */
import { expect, it } from 'vitest';
import { allText, buttonIds } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { registerInPanggungharjo } from '../support/register-group.js';
import { useTestBot } from '../support/use-test-bot.js';

describeEachDatabase('a tie said in words at the menu', (kind) => {
  const bot = useTestBot(kind);

  const register = (user: string, type: string, name: string, ketua: string) =>
    registerInPanggungharjo((input) => bot.send(user, input), type, name, ketua);

  it('opens 🔗 Hubungan antarkelompok with the one group named taken, and the kind said', async () => {
    await register('kt', 'karang_taruna', 'Karang Taruna Tunas Muda', 'Mas Bayu');
    await register('posyandu-3', 'posyandu', 'Posyandu Melati 3', 'Bu Sri');
    const send = (input: string | { button: string }) => bot.send('kt', input);

    // Stated as a fact: the one group that fits is taken, and the kind asked next.
    const stated = allText(await send('kami sering kerja sama dengan posyandu melati'));
    expect(stated).not.toContain('belum paham');
    expect(stated).toContain('Kelompok mitranya: Posyandu Melati 3.');
    expect(stated).toContain('Hubungan seperti apa?');
    expect(stated).not.toContain('Dengan kelompok mana');
    await send('batal');

    // Told, then asked how to record it: recording it is the answer (was "Maaf, saya belum paham pertanyaannya").
    const howTo = allText(await send('kami kerja sama dengan posyandu melati, gimana nyatetnya?'));
    expect(howTo).toContain('Kelompok mitranya: Posyandu Melati 3.');
    expect(howTo).toContain('Hubungan seperti apa?');
    await send('batal');

    // How ties are recorded, asked with no group named: told, with 🔗 one tap away (was the criterion's definition).
    const asked = await send('gimana cara nyatet hubungan antar kelompok?');
    expect(allText(asked)).toContain('dicatat ketua atau pengurus kelompok lewat 🔗 Hubungan antarkelompok');
    expect(buttonIds(asked)).toContain('menu:relation');

    // Asked to record it with the group named: taken the same way (was "Dengan kelompok mana…?").
    const recordAsked = allText(await send('catat hubungan dengan posyandu melati'));
    expect(recordAsked).toContain('Kelompok mitranya: Posyandu Melati 3.');
    expect(recordAsked).toContain('Hubungan seperti apa?');
    await send('batal');

    // The kind said too ("rapat bareng"): straight to the confirmation, and recorded.
    const meetings = await send('kami sering rapat bareng posyandu melati');
    expect(allText(meetings)).toContain('Catat hubungan "Pertemuan bersama" antara Karang Taruna Tunas Muda dan Posyandu Melati 3?');
    expect(allText(await send({ button: 'save' }))).toContain('Hubungan dicatat');
    const stored = await bot.bot.database.prisma.groupRelation.findMany({ select: { kind: true } });
    expect(stored).toEqual([{ kind: 'shared_meetings' }]);
  });

  it('offers the groups that fit when several do, and the list when none does', async () => {
    await register('kt-2', 'karang_taruna', 'Karang Taruna Bina Muda', 'Mas Dimas');
    await register('posyandu-a', 'posyandu', 'Posyandu Mawar 1', 'Bu Ani');
    await register('posyandu-b', 'posyandu', 'Posyandu Mawar 2', 'Bu Rini');
    await register('pkk', 'pkk', 'PKK Dusun Glugo', 'Bu Wati');
    const send = (input: string | { button: string }) => bot.send('kt-2', input);

    const several = await send('we work together with the posyandu mawar');
    expect(allText(several)).toContain('“posyandu mawar”');
    const offered = buttonIds(several).filter((id) => id.startsWith('other:'));
    expect(offered).toHaveLength(2);
    expect(allText(await send('Posyandu Mawar 2'))).toMatch(/What kind of tie\?|Hubungan seperti apa\?/);
    await send('batal');

    const none = await send('catat hubungan kas bersama dengan kelompok tani subur');
    expect(allText(none)).toMatch(/“kelompok tani subur”/);
    // The desa's other groups, this test's and the first one's.
    expect(buttonIds(none).filter((id) => id.startsWith('other:')).length).toBeGreaterThanOrEqual(3);
    // The kind said is kept: the group picked leads to the confirmation.
    expect(allText(await send('pkk'))).toMatch(/Dana\/kas bersama|Shared fund/);
  });

  it('finds the group by its name alone, the kind unsaid: one taken, several across kinds asked, none said so with the list', async () => {
    await register('kt-3', 'karang_taruna', 'Karang Taruna Sinar Harapan', 'Mas Eko');
    await register('arisan-melati', 'arisan', 'Melati', 'Bu Tini');
    await register('posyandu-melati', 'posyandu', 'Posyandu Melati', 'Bu Yuni');
    await register('pkk-melati', 'pkk', 'PKK Melati', 'Bu Lastri');
    await register('tani-subur', 'kelompok_tani', 'Kelompok Tani Subur Makmur', 'Pak Karto');
    const send = (input: string | { button: string }) => bot.send('kt-3', input);
    const named = (replies: Awaited<ReturnType<typeof send>>) =>
      replies.flatMap((reply) => reply.buttons ?? []).filter((button) => button.id.startsWith('other:')).map((button) => button.label);

    // "melati" with no kind: Melati, Posyandu Melati and PKK Melati all fit, so which is asked (was: Melati taken).
    const several = await send('kami kerja sama dengan melati');
    expect(allText(several)).toContain('Ada beberapa kelompok yang cocok dengan “melati”');
    expect(named(several).sort()).toEqual(['Melati', 'PKK Melati', 'Posyandu Melati']);
    expect(allText(await send('PKK Melati'))).toContain('Hubungan seperti apa?');
    await send('batal');

    // Words of one group's name only: taken.
    expect(allText(await send('kami kerja sama dengan subur makmur'))).toContain('Kelompok mitranya: Kelompok Tani Subur Makmur.');
    await send('batal');

    // No group of that name: said so, and the desa's groups to pick from.
    const none = await send('kami kerja sama dengan anggrek');
    expect(allText(none)).toContain('“anggrek” belum saya temukan');
    expect(named(none)).toEqual(expect.arrayContaining(['Melati', 'PKK Melati', 'Posyandu Melati', 'Kelompok Tani Subur Makmur']));
    await send('batal');

    // Names too long for every channel's buttons (WhatsApp's 20 characters): the text lists them whole, numbered as the buttons go.
    await register('mt-wetan', 'majelis_taklim', 'Majelis Taklim Al Hikmah Dusun Glugo Wetan', 'Pak Harun');
    await register('mt-kulon', 'majelis_taklim', 'Majelis Taklim Al Hikmah Dusun Glugo Kulon', 'Pak Salim');
    const long = await send('kami kerja sama dengan al hikmah');
    const labels = named(long);
    expect(labels).toHaveLength(2);
    const which = long.find((reply) => reply.buttons?.some((button) => button.id.startsWith('other:')))!.text;
    labels.forEach((label, index) => expect(which).toContain(`${index + 1}. ${label}`));
    // Short names, as "melati"'s were, need no list.
    expect(allText(several)).not.toMatch(/^1\. /m);
  });

  it('tells someone who leads no group that a group’s leader records a tie, and how', async () => {
    const told = await bot.send('warga-tie', 'kami sering kerja sama dengan posyandu melati');
    expect(allText(told)).toContain('dicatat oleh ketua atau pengurus kelompok');
    expect(allText(told)).toContain('🔗 Hubungan antarkelompok');
    expect(buttonIds(told)).toContain('menu:register');
  });
});
