/**
 * A language's name typed alone where a registration asks for the group's name, as walked in
 * the web chat: "english" was saved as a group called "English"; now the language is set and
 * the name asked again in it, and the name typed after is the one saved. A real name with such
 * a word in it ("English Club Sidomulyo") is still the group's name.
 */
import { expect, it } from 'vitest';
import { allText, type Reply } from '../support/bot.js';
import { describeEachDatabase } from '../support/databases.js';
import { useTestBot } from '../support/use-test-bot.js';
import { answerRegistration, type GroupAnswers } from '../support/register-group.js';

const answers = (name: string): GroupAnswers => ({
  type: 'arisan', name, villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 05 RW 04', members: '20', ketua: 'Bu Wati', phone: '0812 1212 5656',
});

describeEachDatabase('a language named alone at a name question', (kind) => {
  const bot = useTestBot(kind);

  /** Starts a registration for `user` and answers up to the group's name question; returns that question's replies. */
  async function atNameQuestion(send: (input: string | { button: string }) => Promise<Reply[]>): Promise<Reply[]> {
    await send('daftar');
    await send({ button: 'consent:agree' });
    await send('panggungharjo');
    const asked = await send({ button: 'village-exact:yes' });
    expect(allText(asked)).toContain('Apa nama kelompoknya?');
    return asked;
  }

  it('sets the language and asks the name again in it; the name typed after is saved', async () => {
    const send = (input: string | { button: string }) => bot.send('name-english', input);
    await atNameQuestion(send);

    const english = await send('english');
    expect(allText(english)).toContain('OK, I will answer in English.');
    expect(allText(english)).toContain('What is the group called?');
    expect(allText(english)).not.toContain('"English"');

    const saved = await answerRegistration(send, english, answers('Arisan Melati Sidomulyo'));
    expect(allText(saved)).toContain('🎉 The group "Arisan Melati Sidomulyo" is registered.');
  });

  it('sets it with fillers around the name too ("indo aja")', async () => {
    const send = (input: string | { button: string }) => bot.send('name-indo', input);
    await atNameQuestion(send);
    await send('in english please');
    const indonesian = allText(await send('indo aja'));
    expect(indonesian).toContain('Baik, saya akan menjawab dalam Bahasa Indonesia.');
    expect(indonesian).toContain('Apa nama kelompoknya?');
  });

  it('keeps a real name with a language\'s name in it as the group\'s name', async () => {
    const send = (input: string | { button: string }) => bot.send('name-club', input);
    const asked = await atNameQuestion(send);
    const saved = await answerRegistration(send, asked, answers('English Club Sidomulyo'));
    expect(allText(saved)).toContain('🎉 Kelompok "English Club Sidomulyo" sudah terdaftar.');
  });
});
