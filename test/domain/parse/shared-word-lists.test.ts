/**
 * Word lists that readers had typed out each for themselves now live once and are imported:
 * "but" (parse/lexicon.ts BUT_WORDS) for the corrections of a group's data, the forms of address
 * and titles (parse/name-phone.ts) for a value or a new ketua said with one, a phone's labels
 * (name-phone.ts PHONE_LABELS) for the ketua's phone, "my name" (parse/name-intro.ts) for
 * introductions, the Sundanese particles (parse/particles.ts) for "aya naon?", "I"/"we" for a
 * ketua who is one's kin and a change asked for, and the words for one's desa. Every word of a
 * shared list is known to every reader of it, so a word added there reaches them all.
 */
import { describe, expect, it } from 'vitest';
import { fieldAndValue, isGroupChangeSaid } from '../../../src/domain/groups/change-said.js';
import { ketuaAtPhone } from '../../../src/domain/groups/ketua-at-phone.js';
import { withoutKinBefore } from '../../../src/domain/groups/ketua-kin.js';
import { ketuaTypedIn } from '../../../src/domain/groups/ketua-typed-early.js';
import { readSummaryCorrection } from '../../../src/domain/groups/summary-correction.js';
import { valueCorrected } from '../../../src/domain/groups/value-corrected.js';
import { BUT_WORDS, I_WORDS, PLACES_LIVED, WE_WORDS, alternation } from '../../../src/domain/parse/lexicon.js';
import { introducesName } from '../../../src/domain/parse/name-intro.js';
import { FORMS_OF_ADDRESS, PHONE_LABELS, parseNameAndPhone } from '../../../src/domain/parse/name-phone.js';
import { SUNDANESE_PARTICLES, dropTrailingParticles } from '../../../src/domain/parse/particles.js';
import { tokenize } from '../../../src/domain/faq/normalize.js';
import { asksWhatWaits } from '../../../src/domain/parse/what-waits-asked.js';
import { ownNameSaid } from '../../../src/domain/regions/own-name-said.js';
import { asksBecoming } from '../../../src/domain/understanding/become-asked.js';

describe('one list per word, known to every reader of it', () => {
  it.each([...BUT_WORDS])('"%s" brings the right value to every correction of a group\'s data', (but) => {
    expect(valueCorrected(`bukan 25 ${but} 8`)).toEqual({ wrong: '25', right: '8' });
    expect(fieldAndValue(`ketuanya bukan bu ani ${but} bu sri`)).toEqual({ field: 'ketuaName', value: 'bu sri' });
    expect(readSummaryCorrection(`pertemuan bukan mingguan ${but} bulanan`)).toMatchObject({ field: 'schedule' });
    expect(readSummaryCorrection(`sudah benar ${but} anggotanya 12`)).toMatchObject({ field: 'members' });
    expect(parseNameAndPhone(`Sri Wahyuni 0812 3456 7890 ${but} jarang aktif`)).toEqual({ ok: true, value: { name: 'Sri Wahyuni', phone: '+6281234567890' } });
  });

  it.each([...FORMS_OF_ADDRESS])('"%s" before a name is a person to a value corrected and a ketua said not to be', (title) => {
    expect(valueCorrected(`bukan ${title} Ani tapi ${title} Sri`)).toEqual({ wrong: `${title} Ani`, right: `${title} Sri` });
    expect(fieldAndValue(`ketuanya bukan ${title} ani tapi bu sri`)).toEqual({ field: 'ketuaName', value: 'bu sri' });
  });

  it.each([...PHONE_LABELS])('"%s" labels the ketua\'s number, typed with a name or after the ketua named early', (label) => {
    expect(ketuaAtPhone(`${label} bu sri 0812 3456 7890`, 'Sri Wahyuni')).toEqual({ kind: 'same' });
    // The part after the comma is the ketua's phone, not left as the desa's answer.
    expect(ketuaTypedIn(`desa sidoarum, ketuanya mas Andi, ${label} 0856 4321 7788`)).toMatchObject({ phone: '+6285643217788', rest: 'desa sidoarum' });
  });

  it.each(['nama saya', 'nami abdi', 'jenengku', 'my name is'])('"%s" introduces a name where a desa is asked and to an officer', (myName) => {
    expect(ownNameSaid(`punten, ${myName} Asep`)).toBe('Asep');
    expect(introducesName(`${myName} Asep`)).toBe(true);
  });

  it.each([...SUNDANESE_PARTICLES])('"%s" ends a short answer and pads "aya naon?"', (particle) => {
    expect(dropTrailingParticles(['sadesa', particle], { keep: 1, just: false })).toEqual(['sadesa']);
    expect(asksWhatWaits(`aya naon ${particle}`)).toBe(true);
  });

  it.each([...I_WORDS, ...WE_WORDS])('"%s" is whose kin the ketua is, and who asks a change', (mine) => {
    expect(withoutKinBefore(`ibu ${mine}, bu Sri Wahyuni`)).toBe('bu Sri Wahyuni');
    expect(isGroupChangeSaid(`${mine} mau ganti jadwal pertemuan jadi tiap senin`)).toBe(true);
  });

  it.each([...PLACES_LIVED])('"%s" is the place that asks how it becomes a WKSBM', (place) => {
    expect(asksBecoming(tokenize(`cara ${place} jadi wksbm gimana`))).toBe(true);
  });

  it('builds an alternation longest first, each word once', () => {
    expect(alternation(['robih', 'ngarobih'], ['robih'])).toBe('ngarobih|robih');
  });
});
