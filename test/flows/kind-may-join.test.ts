/**
 * Whether a kind of group may take part, asked at the menu ("kelompok pengajian ibu2 bisa
 * daftar?", "arisan boleh ikut wksbm?", "can a farmers group join?"): was the generic how-to
 * with a plain 📝 Daftarkan kelompok, the list of member groups, or "not understood". Now: yes,
 * that kind is one of a WKSBM's, with 📝 Daftarkan <kind> carrying the kind (and a name said).
 */
import { expect, it } from 'vitest';
import { CONSENT_AGREE_BUTTON, allText, buttonIds, buttonLabelled } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';

/** The FAQ's list of member groups, and its generic how-to-register answer. */
const MEMBER_GROUPS = 'Anggota WKSBM adalah kelompok warga';
const HOW_TO = 'Mendaftarkan kelompok lewat bot ini';

describeEachDatabase('a kind of group asked whether it may take part', (kind) => {
  const bot = useTestBot(kind);

  it('answers "kelompok pengajian ibu2 bisa daftar?" for its kind, whose button starts that kind\'s registration', async () => {
    const user = 'kind-may-pengajian';
    const replies = await bot.send(user, 'kelompok pengajian ibu2 bisa daftar?');
    const text = allText(replies);
    expect(text).toContain('Bisa 🙂 Majelis taklim termasuk kelompok warga yang menjadi anggota WKSBM, jadi bisa didaftarkan di sini');
    expect(text).not.toContain(HOW_TO);
    const register = buttonLabelled(replies, '📝 Daftarkan Majelis taklim');
    expect(register).toBe('intent:register:majelis_taklim');
    expect(buttonIds(await bot.send(user, { button: register }))).toContain(CONSENT_AGREE_BUTTON);
    await bot.send(user, { button: CONSENT_AGREE_BUTTON });
    await bot.send(user, 'panggungharjo');
    expect(allText(await bot.send(user, { button: 'village-exact:yes' }))).toContain('Apa nama kelompok Majelis taklim ini?');
  });

  it('answers the other phrasings with their kind, never the list of member groups', async () => {
    const cases = [
      ['pengajian bisa daftar?', 'Majelis taklim', 'intent:register:majelis_taklim'],
      ['arisan boleh ikut wksbm?', 'Arisan', 'intent:register:arisan'],
      ['posyandu bisa ikut wksbm gak?', 'Posyandu', 'intent:register:posyandu'],
    ] as const;
    for (const [index, [typed, label, id]] of cases.entries()) {
      const replies = await bot.send(`kind-may-${index}`, typed);
      expect(allText(replies), typed).toContain(`Bisa 🙂 ${label} termasuk kelompok warga`);
      expect(allText(replies), typed).not.toContain(MEMBER_GROUPS);
      expect(buttonLabelled(replies, `📝 Daftarkan ${label}`), typed).toBe(id);
    }
  });

  it('carries a name said with the kind: "posyandu melati bisa daftar?" registers Posyandu Melati', async () => {
    const replies = await bot.send('kind-may-named', 'posyandu melati bisa daftar?');
    expect(buttonLabelled(replies, '📝 Daftarkan Posyandu Melati')).toBe('intent:register:posyandu?n=Posyandu+Melati');
  });

  it('answers "can a farmers group join?" in English', async () => {
    const replies = await bot.send('kind-may-english', 'can a farmers group join?');
    expect(allText(replies)).toContain("Yes 🙂 Farmers' group: it is one of the kinds of residents' group that make up a WKSBM");
    expect(buttonLabelled(replies, "📝 Register Farmers' group")).toBe('intent:register:kelompok_tani');
  });

  it('keeps the answers to questions of which groups may take part', async () => {
    expect(allText(await bot.send('kind-may-concept-1', 'siapa saja anggota wksbm?'))).toContain(MEMBER_GROUPS);
    expect(allText(await bot.send('kind-may-concept-2', 'kelompok apa saja yang bisa ikut'))).toContain(MEMBER_GROUPS);
  });
});
