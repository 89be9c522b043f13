/**
 * Officer invite codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I),
 * shown as "ABCD-EFGH". 32^8 ≈ 10^12 codes, drawn with a cryptographic generator, so an
 * invite (which grants an officer role) cannot be guessed within its validity.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
const STORED = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

/** A new random code in its stored form (no separator). */
export function drawInviteCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
}

/** A stored code as shown and typed: two groups of four. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What people type between the code's halves: the dash, a phone keyboard's en- or em-dash,
 * and an underscore or a dot where the dash is hard to find ("45QL_WH9L", "AFS4.5LLA").
 */
const SEPARATOR = '[-–—_.]';
const SPACES_AND_SEPARATORS = new RegExp(`\\s|${SEPARATOR}`, 'g');
/** A message that is a code alone: two halves, a separator (spaces around it allowed) or a space between. */
const TYPED_CODE = new RegExp(`^([A-Za-z0-9]{4})(\\s*${SEPARATOR}\\s*|\\s?)([A-Za-z0-9]{4})$`);
/**
 * The dash alone marks a bare code as the shown form ("ABCD-EFGH"); an underscore or a dot
 * does not ("mata.mata"), so a code typed with one needs a digit, as most codes have.
 */
const DASH_ALONE = /^[-–—]$/u;

/** A code as typed ("abcd-efgh", "ABCD EFGH", "ABCDEFGH", "abcd – efgh", "abcd_efgh") in its stored form, or null. */
export function normalizeInviteCode(text: string): string | null {
  const code = text.trim().toUpperCase().replace(SPACES_AND_SEPARATORS, '');
  return STORED.test(code) ? code : null;
}

/** Words an officer may put before the code ("petugas ABCD-EFGH"). */
const PREFIX = /^(?:petugas|officer|undangan|invite|kode|code)\s*:?\s+/i;

/**
 * The code in a message sent from the main menu, or null when the message does not look
 * like an invite. Home text is mostly questions, so a bare 8-letter reading is accepted
 * only when it cannot be ordinary words: it has the dash of the shown form, a leading
 * word such as "petugas", or a digit ("mana desa" is two words, not a code).
 */
export function inviteCodeInText(text: string): string | null {
  const typed = typedCode(text);
  if (typed) return typed.prefixed || typed.dashed || /\d/.test(typed.code) ? typed.code : null;
  return codeInSentence(text);
}

/** Words of a message that hands over an invite ("saya tksk sewon mau aktivasi, kodenya …"). */
const INVITE_WORDS = /\b(?:kode|kodenya|code|petugas|tksk|psm|dinsos|pendamping|aktivasi|undangan|invite|officer)\b/iu;
/** The shown form inside a sentence: "ABCD-EFGH" between spaces or punctuation. */
const IN_SENTENCE = /(?:^|[\s:,;(“"'])([A-Za-z0-9]{4})\s*[-–]\s*([A-Za-z0-9]{4})(?=$|[\s.,;:!?)”"'])/gu;

/**
 * The code in a sentence about an invite ("selamat siang, saya tksk sewon, kodenya
 * NCHE-D7MM"): in its shown form with a digit or in capitals ("anak-anak" and "mata-mata"
 * are words), and only with a word of invites in the message.
 */
function codeInSentence(text: string): string | null {
  if (!INVITE_WORDS.test(text)) return null;
  for (const match of text.matchAll(IN_SENTENCE)) {
    const shown = `${match[1]}${match[2]}`;
    const code = normalizeInviteCode(shown);
    // A dash between spaces ("UH98 - HE8V") is a typing habit, not the shown form: a digit makes it a code.
    const spaced = /\s/.test(match[0].trim());
    if (code && (/\d/.test(shown) || (!spaced && shown === shown.toUpperCase()))) return code;
  }
  return spacedCodeInSentence(text) ?? unbrokenCodeInSentence(text);
}

/** A word for the code itself ("kodenya d8x9 8hsc"). */
const CODE_WORD = /\b(?:kode|kodenya|kodeku|code)\b/iu;
/** Two parts of four between spaces or punctuation: "d8x9 8hsc". */
const SPACED_IN_SENTENCE = /(?:^|[\s:,;(“"'])([A-Za-z0-9]{4})\s([A-Za-z0-9]{4})(?=$|[\s.,;:!?)”"'])/gu;

/**
 * The code typed with a space inside a sentence ("maaf salah, ini kodenya d8x9 8hsc"). Two
 * four-letter words are common ("yang baru", "saya mana"), so the pair needs a digit, and
 * either the code named ("kode", "kodenya") or a digit in each part.
 */
function spacedCodeInSentence(text: string): string | null {
  const named = CODE_WORD.test(text);
  // Overlapping pairs ("ini d8x9 8hsc"): each word may start one.
  for (let from = 0; from < text.length; ) {
    SPACED_IN_SENTENCE.lastIndex = from;
    const match = SPACED_IN_SENTENCE.exec(text);
    if (!match) break;
    const [first, second] = [match[1]!, match[2]!];
    const code = normalizeInviteCode(`${first}${second}`);
    if (code && /\d/.test(first + second) && (named || (/\d/.test(first) && /\d/.test(second)))) return code;
    from = match.index + match[0].length - second.length - 1;
  }
  return null;
}

/** Eight letters and digits in one word: "nd5wydq9". */
const UNBROKEN_IN_SENTENCE = /(?:^|[\s:,;(“"'])([A-Za-z0-9]{8})(?=$|[\s.,;:!?)”"'])/gu;

/**
 * The code typed without its dash inside a sentence that names it ("ini kodenya nd5wydq9"):
 * one word of eight, with a digit and a letter (no word of the language has both), and
 * only with "kode"/"code" in the message.
 */
function unbrokenCodeInSentence(text: string): string | null {
  if (!CODE_WORD.test(text)) return null;
  for (const match of text.matchAll(UNBROKEN_IN_SENTENCE)) {
    const word = match[1]!;
    const code = normalizeInviteCode(word);
    if (code && /\d/.test(word) && /\p{L}/u.test(word)) return code;
  }
  return null;
}

/**
 * The code in a message sent at any step of any flow (an officer given a code while the bot
 * asks something else), or null: only with a leading word such as "petugas", since a bare
 * code may be the answer to the question on screen (an account link's code looks the same).
 */
export function inviteCodeCommand(text: string): string | null {
  const typed = typedCode(text);
  return typed?.prefixed ? typed.code : null;
}

/** The code read from "ABCD-EFGH", "petugas abcd efgh", "ABCD EFGH", with how it was marked as one. */
function typedCode(text: string): { code: string; prefixed: boolean; dashed: boolean } | null {
  const trimmed = text.trim();
  // "uh98 - he8v": a dash with spaces around it is still the shown form's dash.
  const match = TYPED_CODE.exec(trimmed.replace(PREFIX, ''));
  const code = match ? normalizeInviteCode(`${match[1]}${match[3]}`) : null;
  // Only the dash alone (or a phone's en-dash, "ABCD–EFGH") marks a bare code; with spaces
  // ("mata - mata") it needs a digit or "petugas".
  return code ? { code, prefixed: PREFIX.test(trimmed), dashed: DASH_ALONE.test(match![2]!) } : null;
}

/** True for "petugas"/"officer" alone: the officer opens their menu or is asked for a code. */
export function isOfficerWord(text: string): boolean {
  return /^(?:petugas|officer)$/i.test(text.trim());
}
