/**
 * A person named by a title and a name in an activity's description (UU PDP: the people
 * helped are counted, never named), and the same words without them; a title before a role,
 * a kind of person or the title again names nobody.
 */
import { describe, expect, it } from 'vitest';
import { personNamed } from '../../../src/domain/parse/person-named.js';

describe('personNamed', () => {
  it.each([
    ['gotong royong benahi atap rumah mbah Karto', 'mbah Karto', 'gotong royong benahi atap rumah seorang lansia'],
    ['bantu bu sumi yang sakit, antar ke puskesmas', 'bu sumi', 'bantu seorang warga yang sakit, antar ke puskesmas'],
    ['Bantu Bu Sumi Rahayu yang sakit', 'Bu Sumi Rahayu', 'Bantu seorang warga yang sakit'],
    ['Pak Karto makan bersama', 'Pak Karto', 'seorang warga makan bersama'],
    ['pak rt bu Sumi', 'bu Sumi', 'pak rt seorang warga'],
    ['mbah Karto bu Sumi sakit', 'mbah Karto', 'seorang lansia seorang warga sakit'],
    ['santunan diberikan ke bu Sumi dan pak Darto', 'bu Sumi', 'santunan diberikan ke beberapa warga'],
    ['jenguk mbah Karto, mbah Wiryo dan mbah Sastro', 'mbah Karto', 'jenguk beberapa lansia'],
    // "mbok" (Javanese: a mother, a woman) is no elder: said back as a warga, not a lansia.
    ['bagi sembako ke Mbok Darmi', 'Mbok Darmi', 'bagi sembako ke seorang warga'],
    ['mbok ya dicatat, kemarin sembako ke mbok darmi', 'mbok darmi', 'mbok ya dicatat, kemarin sembako ke seorang warga'],
    // A name starting "Di…" typed in lower case is no passive verb: "mbok diyem" got through to the officers.
    ['santunan ke mbok diyem', 'mbok diyem', 'santunan ke seorang warga'],
  ])('%j names %j', (text, said, without) => {
    expect(personNamed(text)).toEqual({ said, without });
  });

  it.each([
    'bedah rumah warga dibantu pak RT dan ibu-ibu PKK',
    'penyuluhan ibu hamil',
    'bapak bapak kerja bakti',
    'mbah2 senam',
    'santunan untuk mbah putri',
    'bu kader posyandu bantu',
    'pak rt 05 memimpin',
    'kerja bakti sama mas mas karang taruna',
    'ibu-ibu masak',
    'kerja bakti sama mas budi',
    'bedah rumah dipimpin Pak Slamet',
    // "mbok" as a Javanese particle ("mbok ya", "mbok dicatat"), not a title.
    'mbok dicatat dulu, kami bagi sembako',
    'mbok yao kerja bakti bareng',
    'Mbok sekalian dicatat kerja baktinya',
    // Village roles a ketua's name keeps (parse/lexicon.ts VILLAGE_ROLES): "bu nyai", "pak kadus" name nobody.
    'pengajian di rumah bu nyai',
    'rapat di rumah pak kadus',
  ])('%j names nobody', (text) => {
    expect(personNamed(text)).toBeNull();
  });
});
