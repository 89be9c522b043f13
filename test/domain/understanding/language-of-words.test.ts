/**
 * The words the language guess counts as Indonesian are its own list, not the sets of
 * parse/lexicon.ts: those hold "how" (English) and titles that open a name in either language
 * ("Pak Budi"). The lexicon's words the guess shares count; these do not tip a guess.
 */
import { describe, expect, it } from 'vitest';
import { languageOf, languageOfText } from '../../../src/domain/understanding/language-of.js';

describe('the words of the language guess beside the lexicon', () => {
  it('counts the lexicon words it shares as Indonesian', () => {
    for (const word of ['saya', 'kami', 'mau', 'min', 'kak', 'ya', 'sih', 'dong', 'gimana', 'bagaimana']) expect(languageOf(['wksbm', word]), word).toBe('id');
  });

  it('reads "how" as English, and a title before a name as no language', () => {
    expect(languageOfText('how to register')).toBe('en');
    expect(languageOfText('how much')).toBe('en');
    for (const text of ['Pak Budi', 'Bu Sri Wahyuni', 'Mas Joko 0813 3333 4444', 'Mbak Sari']) expect(languageOfText(text), text).toBeNull();
  });
});

describe('English questions about registering and members', () => {
  // Were answered in Indonesian at the menu: "what", "we" were the only English words counted.
  it.each(['after registering what next', 'we only have 8 members', 'what happens once we are registered'])('reads "%s" as English', (text) => {
    expect(languageOfText(text)).toBe('en');
  });

  it('still reads Indonesian with an English word in it as no English', () => {
    expect(languageOfText('anggota kami cuma 8 members')).not.toBe('en');
    expect(languageOfText('habis daftar after')).not.toBe('en');
  });
});

describe('Javanese and Sundanese with no Indonesian word', () => {
  // Were no language, so someone guessed as English stayed answered in English; the bot answers
  // the regional languages in Indonesian.
  it.each(['abdi hoyong ngadaptarkeun', 'abdi bade naros', 'kumaha carana ngadaptar', 'hatur nuhun', 'kulo badhe tanglet', 'piye carane ndaftar', 'aku arep ndaftarke', 'nek aku pindah omah, kelompoke piye'])(
    'reads "%s" as Indonesian (answered so)',
    (text) => {
      expect(languageOfText(text)).toBe('id');
    },
  );

  it('keeps English with no regional word English, and a name alone no language', () => {
    expect(languageOfText('how do i register my group')).toBe('en');
    expect(languageOfText('Bu Sri')).toBeNull();
  });
});
