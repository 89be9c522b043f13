/** "That's all" and "none" typed at the activity's partner and beneficiary questions. */
import { describe, expect, it } from 'vitest';
import { saysNoMore } from '../../../src/domain/activities/enough-words.js';

describe('saysNoMore', () => {
  it('reads none and that\'s-all answers at the partner question', () => {
    for (const text of ['gak ada, sendiri aja', 'tidak ada', 'Tidak ada.', 'ga ada mitra', 'sendiri aja min', 'udah itu aja', 'kami sendiri', 'nggak ada lagi', 'tidak', 'tdk', 'gk', 'engga', 'ndak']) {
      expect(saysNoMore(text, 'partners'), text).toBe(true);
    }
  });

  it('reads none and that\'s-all answers at the beneficiary question', () => {
    // "none, just regular residents", "cuma warga biasa" were refused ("I could not read the category and count").
    for (const text of ['udah itu aja', 'gak ada, warga umum aja', 'warga umum', 'tidak ada', 'sudah cukup', "that's all", 'none, just regular residents', 'cuma warga biasa', 'only local residents']) {
      expect(saysNoMore(text, 'beneficiaries'), text).toBe(true);
    }
  });

  it('reads "none of them neglected" at the beneficiary question only', () => {
    for (const text of ['ga ada yg terlantar', 'lansianya gak terlantar kok', 'bukan lansia terlantar', 'tidak ada yang terlantar', 'bukan pmks']) {
      expect(saysNoMore(text, 'beneficiaries'), text).toBe(true);
      expect(saysNoMore(text, 'partners'), text).toBe(false);
    }
    for (const text of ['5 lansia terlantar', 'ada yang terlantar', 'lansia terlantar']) expect(saysNoMore(text, 'beneficiaries'), text).toBe(false);
  });

  it('never reads a name, a count or the other list\'s word as one', () => {
    for (const text of ['Cukup Makmur', 'pkk', 'karang taruna aja', 'udah sama pkk', '20 lansia', 'warga umum', 'itu', 'mitra']) {
      expect(saysNoMore(text, 'partners'), text).toBe(false);
    }
    for (const text of ['20 lansia', 'sendiri aja', 'lansia aja', 'udah 20 lansia', 'warga']) {
      expect(saysNoMore(text, 'beneficiaries'), text).toBe(false);
    }
  });
});
