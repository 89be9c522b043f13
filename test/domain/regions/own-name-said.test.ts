/**
 * An introduction typed where a desa is asked is greeted by name (regions/own-name-said.ts),
 * unless it also says where the person is from: that desa is searched, not lost.
 */
import { describe, expect, it } from 'vitest';
import { ownNameSaid } from '../../../src/domain/regions/own-name-said.js';

describe('ownNameSaid', () => {
  it.each([
    ['punten, nami abdi Asep', 'Asep'],
    ['nama saya Dede Rohman', 'Dede Rohman'],
    ['hello, my name is Dewi', 'Dewi'],
  ])('reads %j as an introduction of %j', (typed, name) => {
    expect(ownNameSaid(typed)).toBe(name);
  });

  // The desa given after the name was asked for again ("Salam kenal, Dede dari desa sidoarum").
  it.each(['nama saya Dede dari desa sidoarum', 'nami abdi Asep ti desa cipete', 'jenengku Budi saka panggungharjo', 'my name is Dewi from Sidoarum village'])(
    'leaves %j, which names a place too, to the search',
    (typed) => {
      expect(ownNameSaid(typed)).toBeNull();
    },
  );
});
