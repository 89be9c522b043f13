/**
 * What a sentence typed at the main menu opens, in one place: the home flow asks this and
 * nothing else before reading the words as free text. The recognisers are asked in this
 * order, the one that says most first:
 * 1. a change to one's group said with its value, or the group's end ("anggota kami sekarang
 *    jadi 35 orang", "kelompok kami sudah bubar"): Kelompok saya, with the words carried in so
 *    the change is made there, not only the entry opened (../groups/change-said.ts), or a value
 *    corrected with no field named ("bukan 25 tapi 8", ../groups/value-corrected.ts); or asked
 *    to fix the group's data with no field named ("mau perbaiki data kelompok"), or its state
 *    ("status kelompok saya gimana"): Kelompok saya;
 * 2. an entry's own words ("daftar", "kelompok saya"), the whole text (./menu-words.ts);
 * 3. an entry asked for in a sentence: a tie to record, the confirmation inbox, an officer's
 *    pending list (./entry-in-sentence.ts); a tie carries the other group and the kind named
 *    ("catat hubungan dengan posyandu melati"), for 🔗 Hubungan antarkelompok to take;
 * 4. a tie stated by a group's member ("kami sering kerja sama dengan posyandu melati"): the
 *    same entry, to record it (../understanding/tie-said.ts);
 * 5. "kirim ulang": what an officer rejected, which no menu entry is for (./menu-words.ts).
 * An entry is opened only if the person's menu has it (the home flow picks it from the menu);
 * a resend starts the my-activities flow directly.
 */
import { isGroupChangeSaid, isGroupEndSaid } from '../groups/change-said.js';
import { isFixAsked } from '../groups/fix-asked.js';
import { ownGroupStateAsked } from '../groups/state-asked.js';
import { valueCorrected } from '../groups/value-corrected.js';
import { asksWhatsUp } from '../parse/what-waits-asked.js';
import { entryInSentence } from './entry-in-sentence.js';
import { isResendRequest, menuEntryOfWords } from './menu-words.js';
import { tieNamed, tieStated, type TieSaid } from '../understanding/tie-said.js';

/** Kelompok saya: where a change to one's group is made, and a leader's groups' news is. */
export const GROUPS_ENTRY = 'groups';
/** 🔗 Hubungan antarkelompok: where a tie is recorded. */
export const RELATION_ENTRY = 'relation';
/** 📥 Konfirmasi's entry id, on a menu only when something waits for the person. */
const INBOX_ENTRY = 'inbox';

/** A tie named with the words: the other group and kind, and (`stated`) whether it was told as a fact rather than asked to be recorded. */
export type TieWords = TieSaid & { readonly stated?: true };

/**
 * What words at the menu open: a menu entry by its id (with `change`, the words of a change
 * to one's group, for Kelompok saya to make), or sending back what an officer rejected.
 */
export type WordsOpen =
  | { readonly kind: 'entry'; readonly id: string; readonly change?: string; readonly tie?: TieWords; readonly own?: true; readonly state?: true }
  | { readonly kind: 'resend' };

/**
 * What `words` typed at the main menu open, or null when they are free text (a question, a
 * request understood from the words). `words` are the text after any yes said before them
 * ("ya, tolak" → "tolak"), which the home flow strips; `stated` is the tie they state, read
 * when needed (the home flow gives the words' one reading's, understanding/question-reading.ts).
 */
export function entryOfWords(words: string, stated: () => TieSaid | null = () => tieStated(words)): WordsOpen | null {
  // "bukan 25 tapi 8": a value corrected with no field named, whose field Kelompok saya finds by the value.
  if (isGroupChangeSaid(words) || isGroupEndSaid(words) || valueCorrected(words) !== null) return { kind: 'entry', id: GROUPS_ENTRY, change: words };
  // "mau perbaiki data kelompok", "revisi data kelompok": Kelompok saya, where a rejected group's reason is shown.
  if (isFixAsked(words)) return { kind: 'entry', id: GROUPS_ENTRY };
  // "status kelompok abdi kumaha?": Kelompok saya, which answers with the group's state (was a desa searched as "kelompok").
  if (ownGroupStateAsked(words)) return { kind: 'entry', id: GROUPS_ENTRY, state: true };
  const named = menuEntryOfWords(words);
  // "ada apa?", "aya naon?": 📥 Konfirmasi only when it is on the person's menu (something waits), else a greeting.
  // Read here once, before the entries asked for in a sentence (none of which a few words of "what's up" are).
  if (named === null && asksWhatsUp(words)) return { kind: 'entry', id: INBOX_ENTRY, own: true };
  const id = named ?? entryInSentence(words);
  if (id === RELATION_ENTRY) {
    const tie = tieNamed(words);
    return { kind: 'entry', id, ...((tie.partner !== undefined || tie.kind !== undefined || tie.between !== undefined) && { tie }) };
  }
  if (id) return { kind: 'entry', id };
  const said = stated();
  if (said) return { kind: 'entry', id: RELATION_ENTRY, tie: { ...said, stated: true } };
  if (isResendRequest(words)) return { kind: 'resend' };
  return null;
}
