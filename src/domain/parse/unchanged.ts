/**
 * "Unchanged", as people answer a question about a new value when nothing changed: "sama",
 * "sama kyk td", "tetap", "masih sama", "gak berubah", "yang lama aja", "same". A step asking
 * for a new value takes it as "keep what is there", so it is never stored as the value itself
 * (a ketua called "sama kyk td").
 */
import { simplifyLabel } from '../../core/button-label.js';
import { dropTrailingParticles } from './particles.js';
import { ownEntry } from '../../core/record.js';

/** Chat short forms, written out: "kyk td" is "kayak tadi". */
const SHORT: Readonly<Record<string, string>> = {
  sm: 'sama', kyk: 'kayak', kek: 'kayak', kaya: 'kayak', kayak: 'kayak', spt: 'seperti', sprti: 'seperti', td: 'tadi', tdi: 'tadi',
  tetep: 'tetap', ttp: 'tetap', msh: 'masih', masi: 'masih', ga: 'tidak', gak: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak',
  enggak: 'tidak', engga: 'tidak', tdk: 'tidak', ndak: 'tidak', nda: 'tidak', blm: 'belum', yg: 'yang', dgn: 'dengan', sblmnya: 'sebelumnya',
  aja: 'saja', sj: 'saja', usah: 'usah', ora: 'tidak', mboten: 'tidak',
};

/** "sama", "tetap", "masih sama", "sama kayak tadi", "sama seperti sebelumnya", "yang lama saja". */
const SAME = /^(?:(?:ya|iya|masih|tetap|sudah|udah)\s+)?(?:sama|tetap|masih|yang lama|yang tadi|yang sebelumnya|pakai yang lama)(?:\s+saja)?(?:\s+(?:kayak|seperti|dengan|dg|sama)\s+(?:yang\s+)?(?:tadi|sebelumnya|lama|dulu|kemarin|sekarang|yang ada))?(?:\s+saja)?$/;

/** "gak berubah", "tidak ada perubahan", "gak usah diganti", "belum ganti", "tidak jadi ganti". */
const NO_CHANGE = /^(?:(?:masih|tetap)\s+)?(?:tidak|belum)\s+(?:ada\s+|usah\s+|jadi\s+|perlu\s+)?(?:berubah|ganti|diganti|gonta ganti|ubah|diubah|perubahan|berganti)$/;

/** English: "same", "the same", "still the same", "no change", "unchanged", "keep it". */
const ENGLISH = /^(?:same|the same|still the same|same as before|no change|no changes|unchanged|keep it|keep the same|not changed)$/;

/** Whether `text` says the value stays as it is. */
export function isUnchangedAnswer(text: string): boolean {
  const words = simplifyLabel(text).split(' ').filter((word) => word !== '').map((word) => ownEntry(SHORT, word) ?? word);
  const plain = dropTrailingParticles(words, { keep: 1, just: true }).join(' ');
  return SAME.test(plain) || NO_CHANGE.test(plain) || ENGLISH.test(plain);
}
