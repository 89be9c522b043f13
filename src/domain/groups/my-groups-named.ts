/**
 * The entry's own name typed inside 👥 Kelompok saya ("kelompok saya", "👥 My groups", "cek
 * kelompok kami dong"): the person asks for what the entry shows, their groups, not for the
 * menu (the engine's aside said "that is a menu entry, tap Menu", odd where it is open).
 */
import { simplifyLabel } from '../../core/button-label.js';

/** The entry's names, as its button's label and as people type it ("kelompok kami", "kelompokku"). */
const OWN_NAMES = new Set(['kelompok saya', 'kelompok kami', 'kelompok kita', 'kelompokku', 'my groups', 'my group', 'our groups']);
/** Words asking to see it, before ("cek", "lihat lagi") and after ("dong", "lagi"). */
const BEFORE = new Set(['cek', 'check', 'lihat', 'liat', 'buka', 'tampilkan', 'show', 'open', 'ke']);
const AFTER = new Set(['dong', 'ya', 'min', 'kak', 'aja', 'saja', 'lagi', 'please', 'pls', 'again']);

/**
 * Whether `text` is the entry's own name, with words of asking to see it around it. Other words
 * the menu reads as this entry ("ganti ketua", "ubah kelompok") stay the group's screen's.
 */
export function namesMyGroups(text: string): boolean {
  const words = simplifyLabel(text.slice(0, 80)).split(' ');
  let start = 0;
  let end = words.length;
  while (start < end && BEFORE.has(words[start]!)) start++;
  while (end > start && AFTER.has(words[end - 1]!)) end--;
  return OWN_NAMES.has(words.slice(start, end).join(' '));
}
