/**
 * Questions residents and leaders typed at the home menu that got the wrong answer or none
 * (fourth walk): who decides a desa's status asked in Javanese was searched as a desa, how many
 * groups one may register got the minimum per level, where or who one's TKSK is got what a TKSK
 * is, what comes after registering got nothing or how to register, and a small group's members
 * counted got nothing. Each is checked with other ways of asking the same, not only the phrase seen.
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('questions typed at the home menu', () => {
  it.each([
    ['sopo sing nentokake status desa?', 'faq:who_verifies'],
    ['siapa yang menentukan status desa', 'faq:who_verifies'],
    ['saha nu nangtukeun status desa?', 'faq:who_verifies'],
    ['who decides the status of a village?', 'faq:who_verifies'],
    ['siapa yg ngecek status desa kami', 'faq:who_verifies'],
  ])('who decides a status: %j is %s, not a desa searched', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('still reads a desa asked with its status as that desa', () => {
    expect(understand('status desa sinduadi', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sinduadi' });
    expect(understand('cek status desa sidomulyo', matcher, NOW).understood).toMatchObject({ kind: 'status', query: 'sidomulyo' });
  });

  it.each([
    ['how many groups can i register', 'faq:several_groups'],
    ['how many groups am i allowed to register?', 'faq:several_groups'],
    ['saya bisa daftar berapa kelompok?', 'faq:several_groups'],
    ['boleh mendaftarkan berapa kelompok', 'faq:several_groups'],
  ])('how many groups one may register: %j is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('keeps how many groups a desa needs as the minimum', () => {
    expect(label('how many groups are needed')).toBe('faq:minimum');
    expect(label('minimal berapa kelompok')).toBe('faq:minimum');
  });

  it.each([
    ['tksk nang endi?', 'faq:contact'],
    ['tksk e sopo', 'faq:contact'],
    ['tksk kami siapa ya', 'faq:contact'],
    ['who is our tksk', 'faq:contact'],
    ['tksk kecamatan saya dimana', 'faq:contact'],
  ])('where or who one\'s TKSK is: %j is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('keeps what a TKSK is as the officers', () => {
    expect(label('apa itu tksk')).toBe('faq:officers');
    expect(label('tksk kuwi sopo')).toBe('faq:officers');
    expect(label('what is tksk')).toBe('faq:officers');
  });

  it.each([
    ['after registering what next', 'faq:after_register'],
    ['habis daftar terus ngapain', 'faq:after_register'],
    ['what do we do after we register?', 'faq:after_register'],
    ['setelah kelompok terdaftar, langkah selanjutnya apa?', 'faq:after_register'],
    ['sawise daftar terus piye', 'faq:after_register'],
    ['our group is registered, now what?', 'faq:after_register'],
  ])('what comes after registering: %j is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('keeps how to register and the bare "what next" as they were', () => {
    expect(label('cara daftar')).toBe('faq:how_to_register');
    expect(label('terus?')).toBe('faq:not_yet');
  });

  it.each([
    ['we only have 8 members', 'faq:who_may_register'],
    ['anggota kami cuma 8', 'faq:who_may_register'],
    ['anggotanya hanya 6 orang, bisa?', 'faq:who_may_register'],
    ['our group is only 5 people', 'faq:who_may_register'],
    ['minimal anggota berapa orang', 'faq:who_may_register'],
  ])('a small group: %j is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});
