/**
 * An apology or a greeting typed before the description ("maaf telat bales, kemarin kami gotong
 * royong bersihin masjid") was kept in it, and so went to the officers as the activity's words.
 * The lead-in is dropped; a description that is only such words, or says more in the clause
 * ("maaf" inside a sentence), is kept as typed.
 */
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../../../src/core/engine/state.js';
import { logAt, send } from '../../support/activity-log.js';

const typed = (state: EngineState, text: string) => send(state, { type: 'text', text });
const top = (state: EngineState) => state.stack.at(-1)!;
const at = () => logAt('description', { date: '2026-12-06', category: 'kerja_bakti' });

describe('a lead-in typed before the description', () => {
  it('drops an apology before it', () => {
    for (const [text, description] of [
      ['maaf telat bales, kemarin kami gotong royong bersihin masjid', 'kemarin kami gotong royong bersihin masjid'],
      ['Mohon maaf baru sempat lapor min. Kerja bakti bersih selokan RT 3', 'Kerja bakti bersih selokan RT 3'],
      ['halo min, maaf telat, kami bersih-bersih makam', 'kami bersih-bersih makam'],
    ] as const) {
      expect(top(typed(at(), text).state)).toMatchObject({ step: 'partners', data: { description } });
    }
  });

  it('keeps words that are no lead-in, or a description that would be left too short', () => {
    for (const text of ['kerja bakti, maaf fotonya belum ada', 'bersih masjid bareng warga, seru', 'maaf, cat']) {
      expect(top(typed(at(), text).state)).toMatchObject({ step: 'partners', data: { description: text } });
    }
  });

  it('drops it from the words typed at the date\'s question too, with the day taken', () => {
    const kept = typed(logAt('date'), 'maaf telat bales, kemarin kami gotong royong bersihin masjid');
    expect(top(kept.state)).toMatchObject({ step: 'description', data: { typedDescription: 'kami gotong royong bersihin masjid' } });
  });
});
