/**
 * New people asking, as walked in the web chat, how their group takes part ("saya pengurus
 * posyandu, gimana caranya ikut wksbm"), or introducing themselves with their group ("saya
 * ketua karang taruna di desa sidomulyo"): were answered with the list of member groups, what
 * Karang Taruna is, or "not understood", with no way to act. Now told their group takes part by
 * registering here, with the registration offered (of the kind said) and the desa's status when
 * a desa was named. Questions about the concept keep their answers.
 */
import { expect, it } from 'vitest';
import { CONSENT_AGREE_BUTTON, allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

/** The FAQ's list of member groups, and its word on Karang Taruna. */
const MEMBER_GROUPS = 'Anggota WKSBM adalah kelompok warga';
const VS_KARANG_TARUNA = 'Karang Taruna adalah satu organisasi kepemudaan';

describeEachDatabase('a group asking to take part', (kind) => {
  const bot = useTestBot(kind);

  it('answers a pengurus asking how to join with the registration of their kind, which the button starts', async () => {
    const user = 'join-posyandu';
    const replies = await bot.send(user, 'saya pengurus posyandu, gimana caranya ikut wksbm');
    const text = allText(replies);
    expect(text).toContain('Bisa 🙂 Kelompok Anda ikut dengan mendaftarkannya di sini');
    expect(text).not.toContain(MEMBER_GROUPS);
    const register = buttonLabelled(replies, '📝 Daftarkan Posyandu');
    expect(register).toBe('intent:register:posyandu');
    // Started as the menu's "mau daftarin posyandu" starts it: the consent, then the desa; the kind is not asked.
    expect(buttonIds(await bot.send(user, { button: register }))).toContain(CONSENT_AGREE_BUTTON);
    await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    await bot.send(user, 'panggungharjo');
    const named = await bot.send(user, { button: 'village-exact:yes' });
    const asked = await bot.send(user, 'Posyandu Mawar');
    expect(allText(named) + allText(asked)).not.toMatch(/jenis kelompok/i);
    expect(buttonIds(asked)).not.toContain('type:posyandu');
  });

  it('carries a kind outside the list along: "takmir masjid kami mau ikut wksbm" registers a Lainnya of it, not asked', async () => {
    const user = 'join-takmir';
    const replies = await bot.send(user, 'takmir masjid kami mau ikut wksbm');
    expect(allText(replies)).toContain('Bisa 🙂');
    const register = buttonLabelled(replies, '📝 Daftarkan kelompok');
    expect(register).toBe('intent:register:other?o=takmir+masjid');
    await bot.send(user, { button: register });
    await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    await bot.send(user, 'panggungharjo');
    await bot.send(user, { button: 'village-exact:yes' });
    const asked = await bot.send(user, 'Takmir Masjid Al Ikhlas');
    expect(allText(asked)).not.toMatch(/jenis kelompok/i);
    expect(buttonIds(asked)).not.toContain('type:other');
  });

  it('answers "kelompok saya mau ikut wksbm" with the registration, which a typed "iya" starts too', async () => {
    const user = 'join-any-kind';
    const replies = await bot.send(user, 'kelompok saya mau ikut wksbm');
    expect(allText(replies)).toContain('Bisa 🙂');
    expect(allText(replies)).not.toContain(MEMBER_GROUPS);
    expect(buttonLabelled(replies, '📝 Daftarkan kelompok')).toBe('intent:register:');
    expect(buttonIds(await bot.send(user, 'iya'))).toContain(CONSENT_AGREE_BUTTON);
  });

  it('carries the place said to the registration: "kami kelompok tani di bantul, bisa ikut?"', async () => {
    const replies = await bot.send('join-tani', 'kami kelompok tani di bantul, bisa ikut?');
    expect(allText(replies)).toContain('Bisa 🙂');
    expect(allText(replies)).not.toContain(MEMBER_GROUPS);
    expect(buttonLabelled(replies, '📝 Daftarkan Kelompok tani')).toBe('intent:register:kelompok_tani?p=bantul');
    // A kabupaten is no desa: no status is offered for it.
    expect(buttonIds(replies).some((id) => id.startsWith('intent:status:'))).toBe(false);
  });

  it('answers a leader introducing themself with their group and desa, offering that desa’s status too', async () => {
    const user = 'join-ketua-kt';
    const replies = await bot.send(user, 'saya ketua karang taruna di desa sidomulyo');
    const text = allText(replies);
    expect(text).toContain('Bisa 🙂');
    // The place goes along on the 📊 button, not quoted as typed in the text.
    expect(text).toContain('Ingin tahu sudah sejauh mana desanya');
    expect(text).not.toContain('“desa sidomulyo”');
    expect(text).not.toContain(VS_KARANG_TARUNA);
    expect(buttonLabelled(replies, '📝 Daftarkan Karang Taruna')).toBe('intent:register:karang_taruna?p=desa+sidomulyo');
    const status = await bot.send(user, { button: buttonLabelled(replies, '📊') });
    // The status check of that desa: the Sidomulyo of the region list, to pick from.
    expect(allText(status)).toContain('Sidomulyo');
    expect(allText(status)).not.toContain('Bisa 🙂');
  });

  it('answers "my group is a youth group in sleman" in English, with Karang Taruna to register', async () => {
    const replies = await bot.send('join-english', 'my group is a youth group in sleman');
    const text = allText(replies);
    expect(text).toContain('Yes 🙂 Your group takes part by registering it here');
    expect(text).not.toMatch(/didn.t understand/i);
    expect(buttonLabelled(replies, '📝 Register Karang Taruna')).toBe('intent:register:karang_taruna?p=sleman');
  });

  it('carries the group named by its own name: "kami dari posyandu mawar mau ikut wksbm" registers Posyandu Mawar, not asked again', async () => {
    const user = 'join-named';
    const replies = await bot.send(user, 'kami dari posyandu mawar mau ikut wksbm');
    expect(allText(replies)).toContain('Bisa 🙂');
    expect(allText(replies)).not.toContain(MEMBER_GROUPS);
    const register = buttonLabelled(replies, '📝 Daftarkan Posyandu Mawar');
    expect(register).toBe('intent:register:posyandu?n=Posyandu+Mawar');
    await bot.send(user, { button: register });
    await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    await bot.send(user, 'panggungharjo');
    const next = await bot.send(user, { button: 'village-exact:yes' });
    // The name is not asked: the RT/RW is.
    expect(allText(next)).not.toMatch(/Apa nama kelompok/);
    expect(allText(next)).toContain('Di RT/RW berapa?');
  });

  it('carries the name and the RW of "saya ketua pkk melati rw 3, mau gabung" (was not understood)', async () => {
    const replies = await bot.send('join-named-rw', 'saya ketua pkk melati rw 3, mau gabung');
    expect(allText(replies)).toContain('Bisa 🙂');
    expect(buttonLabelled(replies, '📝 Daftarkan PKK Melati')).toBe('intent:register:pkk?n=PKK+Melati&u=3%2F0');
  });

  it('answers the wish as at the menu when typed in ❓ Tanya after an answer, and its button and a typed "iya" start the registration', async () => {
    for (const [user, accept] of [['join-in-faq', 'button'], ['join-in-faq-iya', 'iya']] as const) {
      await bot.send(user, { button: 'menu:faq' });
      await bot.send(user, 'apa itu wksbm?');
      const replies = await bot.send(user, 'kelompok saya mau ikut');
      expect(allText(replies)).toContain('Bisa 🙂 Kelompok Anda ikut dengan mendaftarkannya di sini');
      expect(allText(replies)).not.toContain(MEMBER_GROUPS);
      const register = buttonLabelled(replies, '📝 Daftarkan kelompok');
      expect(register).toBe('intent:register:');
      const started = await bot.send(user, accept === 'button' ? { button: register } : accept);
      expect(buttonIds(started)).toContain(CONSENT_AGREE_BUTTON);
    }
  });

  it('keeps the answers to questions about the concept', async () => {
    expect(allText(await bot.send('join-concept-1', 'siapa saja anggota wksbm?'))).toContain(MEMBER_GROUPS);
    expect(allText(await bot.send('join-concept-2', 'apa bedanya karang taruna sama wksbm'))).toContain(VS_KARANG_TARUNA);
    expect(allText(await bot.send('join-concept-3', 'karang taruna itu apa'))).toContain(VS_KARANG_TARUNA);
  });
});
