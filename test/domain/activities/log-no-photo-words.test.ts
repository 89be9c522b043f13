/**
 * "No photo" said at the summary is read with the lexicon's words for photos (PHOTO_WORDS):
 * its own hand-typed copy missed "poto" and the plural "photos", so "gak ada poto, simpan aja"
 * or "no photos, save it" read as a refusal to save.
 */
import { describe, expect, it } from 'vitest';
import { withoutNoPhoto } from '../../../src/domain/activities/log-no-photo.js';

describe('"no photo" in the lexicon\'s words', () => {
  it.each([
    ['gak ada poto, simpan aja', 'gak ada foto, simpan aja'],
    ['potonya belum ada, langsung simpen', 'fotonya belum ada, langsung simpen'],
    ['no photos, save it', 'no photo, save it'],
    // "photonya" (the old copy's "photo" + "nya") and photo-later.ts's "foto2"/"foto-fotonya", one list now.
    ['photonya belum ada, simpan aja', 'fotonya belum ada, simpan aja'],
    ['foto2nya ga ada, simpen', 'fotonya ga ada, simpen'],
    ['foto-fotonya belum ada, simpan', 'fotonya belum ada, simpan'],
  ])('%j reads as %j', (said, as) => {
    expect(withoutNoPhoto(said)).toBe(withoutNoPhoto(as));
    expect(withoutNoPhoto(said)).not.toMatch(/poto|photo|foto/);
  });
});
