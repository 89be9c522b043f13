/** Reading a request to correct one's own name in Data saya, and the new name typed with it. */
import { describe, expect, it } from 'vitest';
import { readNameChange, readOwnName } from '../../../src/domain/privacy/name-change.js';

describe('a request to change one\'s name', () => {
  it.each([
    ['nama saya salah, yg bener Bu Tutik Rahayu', 'Bu Tutik Rahayu'],
    ['nama sy salah yang benar Bu Tutik Rahayu ya', 'Bu Tutik Rahayu'],
    ['ganti nama saya jadi Bu Tutik Rahayu', 'Bu Tutik Rahayu'],
    ['tolong ubah nama saya menjadi Pak Harjo', 'Pak Harjo'],
    ['ubah nama: Bu Tutik', 'Bu Tutik'],
    ['change my name to Tutik Rahayu', 'Tutik Rahayu'],
  ])('%s names %s', (text, name) => {
    expect(readNameChange(text)).toEqual({ name });
  });

  it.each(['ubah nama', 'ganti nama saya', 'nama saya salah', 'namanya keliru min', 'change my name', 'ubah nama saya jadi', "I'd like to change my name", 'my name is wrong, please correct it', 'can you fix my name', 'my name is spelled wrong'])('%s asks for the name', (text) => {
    expect(readNameChange(text)).toEqual({ name: null });
  });

  it.each([
    'bisa ganti nama?',
    'ganti nama kelompok jadi Arisan Melati',
    'ubah nama ketua jadi Bu Sri',
    'nama saya Bu Tutik',
    'cek status desa panggungharjo',
    'Arisan Ganti Nama',
    'hapus data saya',
  ])('%s is no such request', (text) => {
    expect(readNameChange(text)).toBeNull();
  });
});

describe('the new name', () => {
  it('takes the name without labels, and refuses a phone or a number alone', () => {
    expect(readOwnName('nama saya Bu Tutik Rahayu')).toEqual({ ok: true, name: 'Bu Tutik Rahayu' });
    expect(readOwnName('Bu Tutik 0812-2734-5561').ok).toBe(false);
    expect(readOwnName('0812-2734-5561').ok).toBe(false);
    expect(readOwnName('x').ok).toBe(false);
  });
});
