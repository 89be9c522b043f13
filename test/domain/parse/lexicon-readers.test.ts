/**
 * "We" and the forms of address are one list each (parse/lexicon.ts WE_WORDS, ADDRESS_WORDS)
 * for the readers in home/, status-check/, groups/ and officers/ that had a copy of their own:
 * every word of the lexicon's list is known to every one of them, so a word added there
 * ("kito") is read alike by all (as test/domain/parse/ok-words.test.ts for "OK").
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { fieldAndValue } from '../../../src/domain/groups/change-said.js';
import { followUpPlace } from '../../../src/domain/home/follow-up.js';
import { isNewsAsked } from '../../../src/domain/home/news-asked.js';
import { recapAsked } from '../../../src/domain/officers/recap-words.js';
import { ADDRESS_WORDS, WE_WORDS } from '../../../src/domain/parse/lexicon.js';
import { statusCheckFlow } from '../../../src/domain/status-check/check-flow.js';

const env: FlowEnv = { now: new Date('2026-12-07T08:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };

/** The desa question's data when the status check opens on `query` ("desa kami": the person's own). */
function checkStarted(query: string): unknown {
  const started = statusCheckFlow.start({ query }, env);
  return 'data' in started ? started.data : undefined;
}

describe('the lexicon\'s "we" and forms of address, for every reader that had a copy', () => {
  it.each([...WE_WORDS])('"%s" is "we" to the recap, a follow-up, the status check and a change told as news', (word) => {
    expect(recapAsked(`rekap wilayah ${word}`)).toEqual({});
    expect(followUpPlace(`kalo ${word}?`)).toBeNull();
    expect(checkStarted(`desa ${word}`)).toMatchObject({ mine: true });
    expect(fieldAndValue(`ketua ${word} sekarang jadi Bu Sri`)).toEqual({ field: 'ketuaName', value: 'Bu Sri' });
  });

  it.each([...ADDRESS_WORDS])('"%s" is a form of address to the news question', (word) => {
    expect(isNewsAsked(`ada kabar apa ${word}?`)).toBe(true);
  });

  it('and a word that is neither stays what it was', () => {
    expect(followUpPlace('kalo sleman?')).toEqual(['sleman']);
    expect(checkStarted('desa sleman')).toMatchObject({ query: 'desa sleman' });
    expect(isNewsAsked('ada kabar apa sleman?')).toBe(false);
    expect(recapAsked('rekap wilayah sleman')).toBeNull();
  });
});
