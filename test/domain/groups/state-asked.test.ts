/** The state of the group on screen asked in few words, and what is not such a question. */
import { describe, expect, it } from 'vitest';
import { groupStateAsked } from '../../../src/domain/groups/state-asked.js';

describe('groupStateAsked', () => {
  it.each(['statusnya gimana', 'sudah diverifikasi belum', 'status kelompok ini apa', 'udah aktif belum kelompok ini', 'is it verified yet?', 'statusnya apa ya min'])(
    'reads "%s" as the group\'s state asked',
    (typed) => expect(groupStateAsked(typed)).toBe(true),
  );

  it.each(['kapan diverifikasi', 'status desa panggungharjo', 'siapa yang verifikasi', 'ganti ketua', 'ada konfirmasi?', 'gimana', 'belum'])(
    'leaves "%s" to what reads it otherwise',
    (typed) => expect(groupStateAsked(typed)).toBe(false),
  );
});
