/**
 * Reading an officer's answer to "what is your name?": the name, and the phone when typed
 * with it ("Tono Sugiarto 0812 3456 7890"), read as a group's ketua is (domain/parse/name-phone.ts).
 * The name is shown to leaders in every verdict and in the exports, so a reply that is no
 * name ("nanti saja ya", "kenapa harus kasih nama?", "maaf salah, ini kodenya …") is never
 * kept as one: a wish to give it later skips, a question about it is answered, anything
 * else that reads as a sentence is asked again.
 */
import type { AsideOptions } from '../../core/engine/engine.js';
import type { StepInput } from '../../core/engine/flow.js';
import { menuEntryIdOfButton } from '../../core/menu.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { readFreeText, textOf, type Answer } from '../flow-kit.js';
import { parseNameAndPhone, type NameAndPhone } from '../parse/name-phone.js';
import { personNameAsTyped } from '../parse/person-name.js';
import { withoutNameIntro } from '../parse/name-intro.js';
import { withoutHonorific } from '../parse/without-honorific.js';
import { NOT_WORDS } from '../parse/negation.js';
import { I_WORDS } from '../parse/lexicon.js';
import { isLater } from '../parse/yes-no.js';
import { inviteCodeInText, normalizeInviteCode } from './invite-code.js';

/** Words that open the officer menu rather than name anyone ("petugas" typed right after enrolling). */
const PANEL_WORDS = new Set(['petugas', 'menu petugas', 'officer', 'officer menu']);

/** True when the typed text, or the main menu's 🛡️ Petugas button (from the menu before enrolling), asks for the officer menu. */
export function asksForPanel(input: StepInput): boolean {
  if (input.type === 'button') return menuEntryIdOfButton(input.id) === 'officer';
  const text = textOf(input)?.toLowerCase().replace(/[.!]+$/, '').trim();
  return text !== undefined && PANEL_WORDS.has(text);
}

/**
 * "nanti", "nanti saja ya", "skip dulu", "lain kali aja": the name given later (as ⏭️ Lewati),
 * in the name question's own words; {@link asksLater} takes a "Nanti" button's too.
 */
const LATER =
  /^(?:nanti|ntar|entar|nnti|lain\s+kali|belakangan|kapan[-\s]kapan|later|skip|lewati|lewat|lewatin)(?:\s+(?:saja|aja|dulu|ya|yah|deh|lah|sih|kak|min|pak|bu|mas|mbak|please|pls))*$/iu;

/**
 * True when the answer puts the name off ("nanti saja ya"): the same as ⏭️ Lewati. Besides the
 * name question's own words ({@link LATER}: "lain kali", "kapan-kapan", "skip ya kak"), every
 * word a "Nanti" button takes (parse/yes-no.ts isLater: "tunggu dulu", "belum", "not now",
 * "mengko wae", "engke heula"): said to "what is your name?" they put it off as well, and
 * were "bukan nama" (whether they did was left open while the two lists stood apart).
 */
export function asksLater(input: StepInput): boolean {
  const text = textOf(input)?.replace(/[.!,\s]+$/u, '');
  return text !== undefined && (LATER.test(text) || isLater(text));
}

/** Words a question starts with, or that ask what the name is for ("buat apa", "wajib?"): its own list, as faq/asides.ts isQuestion has no "buat"/"wajib". */
const QUESTION_WORD = /^(?:kenapa|knp|napa|mengapa|apa|apakah|buat|untuk|utk|harus|wajib|perlu|kok|emang|memang|why|what|do|must)\b/iu;
/** Words of a short question about the question itself: "buat apa?", "wajib ya?", "harus?". */
const ABOUT_IT = new Set([
  'kenapa', 'knp', 'napa', 'mengapa', 'buat', 'untuk', 'utk', 'apa', 'harus', 'wajib', 'perlu', 'ya', 'sih', 'kok', 'emang', 'memang', 'ini', 'itu',
  'gunanya', 'fungsinya', 'kasih', 'isi', 'diisi', 'why', 'must', 'i', 'is', 'it', 'needed', 'required', 'what', 'for',
]);

/**
 * The aside for a question about the name question itself ("kenapa harus kasih nama?",
 * "buat apa?", "wajib ya?") at an officer's name step: why the name is asked (leaders
 * see it in verdicts), then the engine asks again. Null for anything else (a question about
 * WKSBM is the FAQ's, and "apa ini?" at the code or the panel's menu is no question about a
 * name). `nameSteps`: the steps that ask for the officer's name.
 */
export function officerNameAside(text: string, at: AsideOptions, nameSteps: ReadonlyArray<{ readonly flow: string; readonly step: string }>): readonly OutboundMessage[] | null {
  const flow = at.flows.at(-1);
  if (!nameSteps.some((asking) => asking.flow === flow && asking.step === at.step)) return null;
  const trimmed = text.trim();
  if (!/\?\s*$/u.test(trimmed) && !QUESTION_WORD.test(trimmed)) return null;
  const words = trimmed.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const aboutName = words.some((word) => /^(?:nama|namanya|name)$/u.test(word)) || (words.length > 0 && words.every((word) => ABOUT_IT.has(word)));
  return aboutName ? [say(t('officers:name.why'))] : null;
}

/**
 * Words of a sentence that no person's name has ("maaf salah, ini kodenya …", "saya tidak
 * mau"): a reply holding one is asked again rather than kept. Only words that are no names
 * ("yang", "kasih", "untung" are names or parts of names, so they are not here).
 */
const SENTENCE_WORDS = new Set([
  ...NOT_WORDS, 'maaf', 'salah', 'ini', 'itu', 'kode', 'kodenya', 'code', 'nanti', 'saja', 'aja', 'dong', 'deh', 'sih', 'nih', 'mau', 'harus',
  'kenapa', 'mengapa', 'gimana', 'bagaimana', 'apa', 'apakah', 'buat', 'untuk', 'utk', 'tolong', 'mohon', 'sudah',
  'udah', 'sdh', 'belum', 'blm', 'kok', 'lupa', 'dulu', 'yg', 'bisa', 'boleh', 'karena', 'krn', 'petugas', 'tksk', 'psm', 'undangan', 'desa',
  'kecamatan', 'kelompok', 'wksbm', 'ganti', 'ubah', 'nama', 'the', 'my', 'is', 'not', 'sorry', 'later',
]);
/** More words than a name has, even with titles and degrees ("Dr. H. Ahmad Fauzi S.Sos M.Si"). */
const MAX_NAME_WORDS = 6;
/** Two 4-character parts, as a code is shown or typed ("D8X9-8HSC", "d8x9 8hsc", "d8x98hsc"). */
const CODE_PARTS = /(?:^|[^\p{L}\p{N}])([a-z0-9]{4})[-\s]?([a-z0-9]{4})(?=$|[^\p{L}\p{N}])/giu;

/** Whether the text holds an invite or sign-in code: a digit, in the codes' alphabet (no 0, 1, I, O: "Budi 2024" is none). */
function holdsCode(text: string): boolean {
  if (inviteCodeInText(text) !== null) return true;
  return [...text.matchAll(CODE_PARTS)].some((match) => /\d/u.test(`${match[1]}${match[2]}`) && normalizeInviteCode(`${match[1]}${match[2]}`) !== null);
}

/** Whether the typed reply reads as a sentence or holds a code, not as a name. */
function isNoName(typed: string, name: string): boolean {
  if (/\?/u.test(typed) || holdsCode(name)) return true;
  const words = name.toLowerCase().split(/\s+/u).map((word) => word.replace(/[^\p{L}\p{N}]+/gu, '')).filter((word) => word !== '');
  return words.length > MAX_NAME_WORDS || words.some((word) => SENTENCE_WORDS.has(word));
}

/**
 * The officer's role said after the name ("Pak Tono Petugas 0811…", "Tono, TKSK Godean", "Bu Sri
 * (PSM)"): no part of it (the answer was refused as "bukan nama"), the phone after it kept. Only
 * after a word and up to the phone or the end: "petugas" alone, or a sentence about it, is still no name.
 */
const ROLE_AFTER = /(?<=\p{L})[\s,(\-–]+(?:petugas|tksk|psm|pendamping|pekerja\s+sosial)\b(?:\s+[\p{L}.]+){0,3}\s*\)?(?=\s*[,;]?\s*(?:[+\d]|$))/giu;

/** `typed` without the role said after the name (see {@link ROLE_AFTER}), the rest as typed. */
function withoutRole(typed: string): string {
  // "saya petugas": the role with no name before it ("Saya" was no name) stays, and is refused.
  const named = (before: string): boolean => before.toLowerCase().split(/[^\p{L}]+/u).some((word) => word.length > 1 && !I_WORDS.has(word) && !SENTENCE_WORDS.has(word));
  return typed.replace(ROLE_AFTER, (role: string, at: number) => (named(typed.slice(0, at)) ? ' ' : role)).replace(/\s+/gu, ' ').trim();
}

/**
 * The officer's name (2–80 characters, with letters, no sentence; capitals tidied as any person's name) and the phone typed with it, if any.
 * "Pak Budi Santoso" is kept as "Budi Santoso", as a ketua's name is: leaders read it after the bot's own "Pak/Bu".
 */
export function readOfficerName(input: StepInput): Answer<NameAndPhone> {
  const said = textOf(input);
  if (said === null) return { ok: false };
  const typed = withoutRole(withoutNameIntro(said));
  const read = parseNameAndPhone(typed);
  if (!read.ok) return { ok: false, reason: t(read.error === 'needs_name' ? 'officers:name.needsName' : `officers:name.phoneError.${read.error}`) };
  if (isNoName(typed, read.value.name)) return { ok: false, reason: t('officers:name.notAName') };
  const name = readFreeText({ type: 'text', text: read.value.name }, 2, 80);
  return name.ok ? { ok: true, value: { name: personNameAsTyped(withoutHonorific(name.value)), phone: read.value.phone } } : name;
}
