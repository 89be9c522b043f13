/**
 * The members changed by how many, at ✏️ Anggota of 👥 Kelompok saya: "nambah 3 orang",
 * "bertambah dua", "berkurang 2", and a total said with the verb ("nambah jadi 32"). A leader
 * says how the group changed, not its new size; this was refused with "Mohon tulis jumlahnya
 * dengan angka" although a number was typed. The count on record with those added or taken away.
 */
import { parsePeopleCount } from '../parse/people-count.js';
import { simplify } from '../parse/text.js';
import { MEMBER_COUNT } from './group-schema.js';

/** The new count, and the sum that gave it (none when the total itself was said, "nambah jadi 32"). */
export interface MembersChanged {
  readonly total: number;
  readonly by?: { readonly before: number; readonly sign: '+' | '−'; readonly count: number };
}

/** "anggotanya", "ada yang", before the verb: they name the members, not the change. */
const BEFORE = String.raw`^(?:anggota(?:nya|ne)?\s+)?(?:(?:ada\s+)?(?:yang|yg)\s+)?`;
const ADDED = new RegExp(`${BEFORE}(?:nambah|tambah|bertambah|ditambah|nambahin|tambahin|tambahkan|plus|\\+)\\s*(?:lagi\\s+)?(.+)$`, 'u');
/** "kurang lebih 30", "kurang tau": a hedge before a count, not fewer members. */
const TAKEN = new RegExp(`${BEFORE}(?:berkurang|dikurangi|kurangi|kurang|minus|keluar|-)\\s*(?!lebih|lbh|luwih|langkung|leuwih|tau|tahu|yakin)(?:lagi\\s+)?(.+)$`, 'u');
/** "jadi 32" after the verb: the total, not how many more. */
const TOTAL = /^(?:jadi|jd|menjadi)\s+(.+)$/u;

/** The members after the change `typed` says, from `before` on record; null when it says no change by a number. */
export function membersChangedBy(typed: string, before: number): MembersChanged | null {
  const text = simplify(typed).replace(/[.!?]+$/u, '');
  const added = ADDED.exec(text);
  const taken = added ? null : TAKEN.exec(text);
  const rest = (added ?? taken)?.[1];
  if (rest === undefined) return null;
  const total = TOTAL.exec(rest);
  if (total) {
    const count = parsePeopleCount(total[1]!, MEMBER_COUNT);
    return count.ok ? { total: count.value } : null;
  }
  const count = parsePeopleCount(rest, { min: 1, max: MEMBER_COUNT.max });
  if (!count.ok) return null;
  const after = added ? before + count.value : before - count.value;
  if (after < MEMBER_COUNT.min || after > MEMBER_COUNT.max) return null;
  return { total: after, by: { before, sign: added ? '+' : '−', count: count.value } };
}
