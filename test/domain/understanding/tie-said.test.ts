/**
 * A tie with another group in a leader's words (understanding/tie-said.ts): stated at the menu
 * ("kami sering kerja sama dengan posyandu melati" was "Maaf, saya belum paham"), or named in a
 * request to record one ("catat hubungan dengan posyandu melati" asked the group again).
 */
import { describe, expect, it } from 'vitest';
import { tieNamed, tieStated } from '../../../src/domain/understanding/tie-said.js';

describe('a tie stated', () => {
  it.each([
    ['kami sering kerja sama dengan posyandu melati', { partner: 'posyandu melati' }],
    ['kami bermitra dengan Posyandu Melati 3', { partner: 'Posyandu Melati 3' }],
    ['kami sering rapat bareng karang taruna tunas muda', { partner: 'karang taruna tunas muda', kind: 'shared_meetings' }],
    ['we work together with the posyandu', { partner: 'posyandu' }],
    ['kelompok kami punya kas bersama dengan PKK dusun glugo', { partner: 'PKK dusun glugo', kind: 'shared_fund' }],
    ['kami ada MoU dengan posyandu melati sejak 2023', { partner: 'posyandu melati', kind: 'formal_mou' }],
    ['kita rutin kumpul bareng pkk tiap bulan', { partner: 'pkk', kind: 'shared_meetings' }],
    ['kami kerja sama posyandu melati', { partner: 'posyandu melati' }],
    ['we have an MoU with the youth group', { partner: 'youth group', kind: 'formal_mou' }],
  ])('%j', (text, said) => {
    expect(tieStated(text)).toEqual(said);
  });

  it.each([
    'kemarin kami rapat bareng pkk',
    'apakah kami bisa kerja sama dengan posyandu?',
    'kalau kami kerja sama dengan posyandu dihitung gak',
    'kami belum pernah kerja sama dengan posyandu',
    'kami mau rapat bareng pkk',
    'posyandu sama wksbm bedanya apa',
    'bedanya wksbm sama karang taruna',
    'saya kerja sama dengan teman',
    'kami kerja bakti sama warga',
    'hubungan antarkelompok itu apa',
    // The kind's answer in the flow: no group named.
    'kita sering rapat bareng tiap bulan',
  ])('not %j', (text) => {
    expect(tieStated(text)).toBeNull();
  });
});

describe('a tie named in a request', () => {
  it.each([
    ['catat hubungan dengan posyandu melati', { partner: 'posyandu melati' }],
    ['mau catat hubungan sama kelompok tani sri rejeki', { partner: 'kelompok tani sri rejeki' }],
    ['catat hubungan kas bersama dengan posyandu melati', { partner: 'posyandu melati', kind: 'shared_fund' }],
    ['hubungan', {}],
    ['catat hubungan', {}],
  ])('%j', (text, said) => {
    expect(tieNamed(text)).toEqual(said);
  });
});
