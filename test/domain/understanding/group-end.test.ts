/**
 * Asking how to delete or end a group ("gmn cara hapus kelompok", "bubarin grup", "delete my
 * group"): a leader deactivates it in 👥 Kelompok saya, and erasing one's own data keeps it
 * (../../../src/domain/understanding/group-end-asked.ts). It was the privacy answer, or "belum paham".
 */
import { describe, expect, it } from 'vitest';
import { readingLabel, understand } from '../../../src/domain/understanding/understand.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const NOW = new Date('2026-12-05T03:00:00Z');
const label = (text: string) => readingLabel(understand(text, matcher, NOW).understood);

describe('a group deleted or ended, asked about', () => {
  it.each([
    'gmn cara hapus kelompok',
    'hapus kelompok',
    'cara menghapus kelompok gimana',
    'bubarin grup',
    'mau bubarin kelompok',
    'kelompok kami udah bubar gimana',
    'kalau kelompok bubar gimana?',
    'kelompok kami vakum gimana',
    'delete my group',
    'how do I delete my group?',
    'how to remove a group',
    'our group has ended, what now?',
  ])('answers "%s" with how a group is ended', (text) => {
    expect(label(text)).toBe('faq:end_group');
  });

  it.each([
    ['hapus data saya gimana caranya', 'faq:privacy'],
    ['bubur ayam enak', 'unknown'],
    ['cara ganti ketua kelompok', 'faq:change_data'],
    ['cara daftar kelompok', 'faq:how_to_register'],
  ])('leaves "%s" as it was (%s)', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});
