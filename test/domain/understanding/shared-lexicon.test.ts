/**
 * The chat words of parse/lexicon.ts (forms of address, particles, "I", "want", "how") are
 * known to every reader of free text, not only to the copy of the list a word was once added
 * to: each phrase here was missed by one reader while another already knew its word.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/domain/understanding/understand.js';
import { asksHowToStartOne } from '../../../src/domain/understanding/start-one-asked.js';
import { courtesyOf } from '../../../src/domain/faq/courtesy.js';
import { asksToExplainAgain } from '../../../src/domain/faq/explain-asked.js';
import { asksWhatNextIn } from '../../../src/domain/faq/what-next.js';
import { tokenize } from '../../../src/domain/faq/normalize.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const read = (text: string) => understand(text, matcher, NOW).understood;

describe('one lexicon of chat words for every reader', () => {
  it('knows every "I" and "want" when a question is announced ("gw mau nanya dong", "kula badhe tanya")', () => {
    expect(read('gw mau nanya dong')).toEqual({ kind: 'greeting', greeting: 'hello' });
    expect(read('kula badhe tanya')).toEqual({ kind: 'greeting', greeting: 'hello' });
  });

  it('knows every form of address and particle around an apology, a complaint, a count and what is missing', () => {
    expect(courtesyOf('bot goblok banget pak')).toBe('complaint');
    expect(courtesyOf('maaf ya kulo')).toBe('apology');
    expect(read('jumlah wksbm di sleman berapa yah')).toEqual({ kind: 'area_counts', query: 'sleman' });
    expect(read('apa lagi yang kurang pak')).toEqual({ kind: 'status', mine: true, missing: true });
  });

  it('knows every "I" and particle in asking for it again or what next ("gw gak ngerti", "terus gimana yah")', () => {
    expect(asksToExplainAgain('gw gak ngerti')).toBe(true);
    expect(asksWhatNextIn('trus gw kudu piye')).toBe(true);
    expect(asksWhatNextIn('terus gimana yah')).toBe(true);
  });

  it('knows every "want" before starting one in a desa ("pengin bikin wksbm di desa kami gimana")', () => {
    expect(asksHowToStartOne(tokenize('pengin bikin wksbm di desa kami gimana'))).toBe(true);
    expect(read('pengin bikin wksbm di desa kami gimana')).toMatchObject({ kind: 'faq', topic: 'how_to_register' });
  });

  it('still searches a desa whose name is a chat word elsewhere ("cek desa bade": Desa Bade, Boyolali)', () => {
    expect(read('cek status desa bade')).toMatchObject({ kind: 'status', query: 'bade' });
    expect(read('status desa Bade')).toMatchObject({ kind: 'status', query: 'bade' });
    expect(read('pengen cek status desa pingin')).toMatchObject({ kind: 'status', query: 'pingin' });
  });

  it('drops every other "want" from a status question\'s desa ("pgn cek status desa panggungharjo"; searched "pgn panggungharjo")', () => {
    for (const text of ['pgn cek status desa panggungharjo', 'arep cek status panggungharjo', 'pengin cek status desa panggungharjo', 'aku arep ngecek status desa panggungharjo']) {
      expect(read(text), text).toMatchObject({ kind: 'status', query: 'panggungharjo' });
    }
  });
});
