/**
 * A typed yes or no, as people write it in a chat: Indonesian, slang, Javanese, Sundanese
 * and English ("iya", "yoi", "nggih", "muhun", "gak", "mboten", "henteu"), with the
 * punctuation and emoji around it dropped ("Ya!", "✅ ya", "tidak."). Steps that ask a yes/no
 * question take it besides their buttons. "belum" (not yet) is neither: at a confirmation it
 * would decline what the person only means to answer later; where a step offers "Nanti", it
 * is that ({@link isLater}).
 */

import { simplifyLabel } from '../../core/button-label.js';

const YES = new Set([
  'ya', 'iya', 'iyaa', 'y', 'yes', 'yup', 'yap', 'yoi', 'betul', 'benar', 'bener', 'ok', 'oke', 'okay', 'sip', 'siap', 'boleh',
  'ya betul', 'ya benar', 'iya betul', 'iya benar', 'nggih', 'enggih', 'inggih', 'leres', 'muhun', 'sumuhun', 'leres pisan',
]);
const NO = new Set([
  'tidak', 'tdk', 'gak', 'ga', 'gk', 'nggak', 'ngga', 'enggak', 'engga', 'ndak', 'bukan', 'no', 'nope', 'mboten', 'ora', 'henteu', 'teu',
  'tidak ada', 'gak ada', 'ga ada', 'nggak ada', 'salah', 'keliru', 'bukan itu', 'bukan ini',
]);

/** 'yes', 'no', or null when the text is neither. */
export function yesOrNo(text: string): 'yes' | 'no' | null {
  const plain = simplifyLabel(text);
  if (YES.has(plain)) return 'yes';
  if (NO.has(plain)) return 'no';
  return null;
}

const LATER = new Set([
  'nanti', 'nanti aja', 'nanti saja', 'nanti dulu', 'nanti ya', 'ntar', 'ntar aja', 'entar', 'entar aja', 'belum', 'belum tahu', 'belum tau',
  'belum pasti', 'belum yakin', 'tunggu', 'tunggu dulu', 'lewati', 'lewati dulu', 'skip', 'skip dulu', 'later', 'not now', 'not yet',
  'mengko', 'mengko wae', 'mangke', 'mangke rumiyin', 'engke', 'engke heula', 'engke wae',
]);

/**
 * True when the text puts the answer off ("nanti", "belum", "ntar aja", "skip", Javanese
 * "mengko"/"mangke", Sundanese "engké"): for steps that offer a "Nanti" (later) button.
 */
export function isLater(text: string): boolean {
  return LATER.has(simplifyLabel(text));
}
