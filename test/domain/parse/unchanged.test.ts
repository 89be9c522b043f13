/** "Sama kyk td", "tetap", "gak berubah": a new value asked for, and nothing changed. */
import { describe, expect, it } from 'vitest';
import { isUnchangedAnswer } from '../../../src/domain/parse/unchanged.js';

describe('isUnchangedAnswer', () => {
  it('reads "unchanged" as people type it', () => {
    const said = [
      'sama kyk td', 'sama', 'Sama.', 'sama aja', 'sama kayak tadi', 'sama dengan tadi', 'sama seperti sebelumnya', 'tetap', 'tetep', 'ttp', 'tetap sama',
      'masih sama', 'msh sama kok min', 'gak berubah', 'ga berubah', 'tidak berubah', 'ga ada perubahan', 'tidak usah diganti', 'belum ganti', 'yg lama aja',
      'same', 'no change', 'unchanged',
    ];
    for (const text of said) expect(isUnchangedAnswer(text), text).toBe(true);
  });

  it('leaves names and other answers alone', () => {
    for (const text of ['Bu Siti', 'Samanhudi', 'samakan', 'Pak Tetap Santoso', 'ganti', 'tidak', 'Bu Sama 0812 3456 7890', 'Sama Sama Group']) {
      expect(isUnchangedAnswer(text), text).toBe(false);
    }
  });
});
