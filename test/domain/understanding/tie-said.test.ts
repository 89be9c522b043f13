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
    // Introduced first ("saya ketua …"), and helping a group named by its kind: a tie with it.
    ['saya ketua karang taruna, kami sering bantu posyandu melati', { partner: 'posyandu melati' }],
    ['kami rutin membantu kelompok tani sri rejeki tiap panen', { partner: 'kelompok tani sri rejeki' }],
    ['we often help the posyandu', { partner: 'posyandu' }],
    // Told, then asked how to record it (was "Maaf, saya belum paham pertanyaannya"): recording it is the answer.
    ['kami kerja sama dengan posyandu melati, gimana nyatetnya?', { partner: 'posyandu melati' }],
    ['kelompok kami sering rapat bareng pkk, trus cara catatnya gmn?', { partner: 'pkk', kind: 'shared_meetings' }],
    ['we work together with the posyandu, how do I record it?', { partner: 'posyandu' }],
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
    // Helping people, not a group of a kind: no tie.
    'kami sering bantu warga',
    'kami bantu tetangga yang sakit',
    'antara posyandu dan pkk ada hubungan apa?',
    'bedanya antara posyandu dan pkk',
    // A pair named as a topic, not a tie stated: WKSBM is no group, and nothing is said of the pair.
    'hubungan antara wksbm dan karang taruna',
    'kerja sama antara pkk dan posyandu',
    // A question before the "how to record it" stays one.
    'apakah kami bisa kerja sama dengan posyandu, gimana nyatetnya?',
    'kemarin kami rapat bareng pkk, gimana nyatetnya?',
  ])('not %j', (text) => {
    expect(tieStated(text)).toBeNull();
  });
});

describe('a tie stated between two groups named', () => {
  it.each([
    ['antara Posyandu Melati dan PKK Mawar ada kerja sama', { between: ['Posyandu Melati', 'PKK Mawar'] }],
    ['antara karang taruna tunas muda sama pkk dusun glugo sering rapat bareng', { between: ['karang taruna tunas muda', 'pkk dusun glugo'], kind: 'shared_meetings' }],
    ['ada kas bersama antara posyandu melati dan kelompok tani subur', { between: ['posyandu melati', 'kelompok tani subur'], kind: 'shared_fund' }],
    ['between the posyandu and the PKK there is a partnership', { between: ['posyandu', 'PKK'] }],
  ])('%j', (text, said) => {
    expect(tieStated(text)).toEqual(said);
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
