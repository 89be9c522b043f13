/**
 * Words typed where a desa's name is asked (the status check's and the registration's desa
 * questions, and the picker they open) that are no plain desa name: chat that only moves the
 * talk on ("terus?", "hmm"), and "lanjut", which is the resume command and a desa's name too.
 */
import { recognizeCommand } from '../../core/engine/commands.js';
import { words } from '../parse/text.js';

/** Words that only move the talk on ("terus?", "lalu gimana?", "hmm", "so what now"): no desa is named by them. */
const FOLLOW_ON: ReadonlySet<string> = new Set([
  'terus', 'trus', 'trs', 'tros', 'terusnya', 'lalu', 'selanjutnya', 'berikutnya', 'gimana', 'gmn', 'bagaimana', 'piye', 'kumaha', 'sekarang', 'skrg',
  'next', 'then', 'now', 'so', 'what', 'and', 'eh', 'oh', 'ah', 'apa', 'apalagi',
]);

/** Words said with them that name nothing either ("terus gimana dong min"). */
const FOLLOW_ON_CHAT: ReadonlySet<string> = new Set(['ya', 'min', 'kak', 'dong', 'sih', 'nih', 'deh', 'nya', 'ini', 'itu', 'lagi', 'harus', 'do', 'i', 'saya', 'sy', 'aku']);

/**
 * "terus?", "lalu?", "gimana?", "trus gmn min", "hmm": chat that moves the talk on, typed where a
 * desa's name is asked. Searched, it found "Teru", "Terusan", "Pagimana". No desa is named only
 * by these words ("Lanjut" and "Kalo" are desa, so they are not among them).
 */
export function followOnOnly(typed: string): boolean {
  const said = words(typed);
  if (said.length === 0 || said.length > 5) return false;
  const hums = (word: string) => /^(h+m+|e+h*m+|u+m+|ehm+)$/.test(word);
  return said.some((word) => FOLLOW_ON.has(word) || hums(word)) && said.every((word) => FOLLOW_ON.has(word) || FOLLOW_ON_CHAT.has(word) || hums(word));
}

/**
 * "lanjut" typed alone: the resume command, and the name of a desa (Desa Lanjut, Kec. Singkep
 * Pesisir, Kab. Lingga). A desa question reads it (StepDef.readsResumeWord), searches it and
 * says it is a desa's name, so that the person who meant "go on" knows what happened. Other
 * resume wording ("lanjutin", "lanjutin yg tadi", "lanjut daftar tadi") names no desa: it stays
 * the command, which says the question is still open.
 */
export function saysResumeWord(typed: string): boolean {
  const said = words(typed);
  return said.length === 1 && said[0] === 'lanjut' && recognizeCommand({ type: 'text', text: typed }) === 'resume';
}
