/**
 * Commands that work at every step, whatever flow is running. They are recognised from a
 * button id (`cmd:<name>`) or from the words people type for them, in Indonesian and
 * English, with or without a leading slash (Telegram commands).
 */
import type { Button, InboundContent } from '../messages.js';
import { t } from '../text.js';
import { dropTrailing } from './trailing-words.js';

export const GLOBAL_COMMANDS = ['cancel', 'back', 'menu', 'help', 'language', 'resume', 'start'] as const;
export type GlobalCommand = (typeof GLOBAL_COMMANDS)[number];

const WORDS: Readonly<Record<GlobalCommand, readonly string[]>> = {
  // "ga jadi" (never mind) is how a chat says batal.
  cancel: ['batal', 'batalkan', 'cancel', 'stop', 'berhenti', 'ga jadi', 'gak jadi', 'nggak jadi', 'ngga jadi', 'tidak jadi', 'gajadi', 'gak jd', 'ga jd', 'batal aja', 'batal deh', 'batal saja'],
  back: ['kembali', 'back', 'balik', 'mundur'],
  menu: ['menu', 'menu utama', 'main menu'],
  // A plea for help with the bot itself ("tolong bantu", Javanese "tulungi kula", Sundanese "tulungan abdi"): was
  // the FAQ's answer on social aid. Aid asked for ("minta bantuan", "bantuan sosial") is no such plea.
  help: [
    'bantuan', 'help', 'tolong', 'tolong bantu', 'tolong bantu saya', 'tolong dibantu', 'bantu saya', 'tolongin', 'bantuin', 'help me', 'please help', 'help please',
    'tulung', 'tulungi', 'tulungi kula', 'tulungi aku', 'tulungan', 'tulungan abdi', 'bantosan abdi',
  ],
  language: ['bahasa', 'language', 'ganti bahasa', 'change language'],
  // "lanjut daftar": going on with the paused registration (▶️ Lanjutkan), not a question about registering.
  resume: ['lanjut', 'lanjutkan', 'lanjutin', 'continue', 'resume', 'lanjut daftar', 'lanjutkan daftar', 'lanjutkan pendaftaran', 'lanjut pendaftaran', 'terusin daftar', 'terusin pendaftaran', 'teruskan pendaftaran', 'lanjutin daftar'],
  /** Telegram's Start button: the menu inside a flow, the root's greeting outside one. */
  start: ['start'],
};

const BY_WORD = new Map<string, GlobalCommand>(
  GLOBAL_COMMANDS.flatMap((command) => WORDS[command].map((word) => [word, command] as const)),
);

/** The button id of a global command. */
export function commandButtonId(command: GlobalCommand): string {
  return `cmd:${command}`;
}

/** The global command an input stands for, if any. */
export function recognizeCommand(content: InboundContent): GlobalCommand | null {
  if (content.type === 'button') {
    const name = content.id.startsWith('cmd:') ? content.id.slice(4) : '';
    return GLOBAL_COMMANDS.find((command) => command === name) ?? null;
  }
  if (content.type !== 'text') return null;
  const word = commandWord(content.text);
  return BY_WORD.get(word) ?? (isCancelSaidLoosely(word) ? 'cancel' : isHelpSaidLoosely(word) ? 'help' : isMenuSaidLoosely(word) ? 'menu' : isResumeSaidLoosely(word) ? 'resume' : null);
}

/**
 * "lanjut daftar tadi", "lanjutin yg tadi": going on with what was set aside, said "(the one) from
 * before". Only "tadi" is read after it: "lanjut aja" at a summary is the step's own answer (save).
 */
function isResumeSaidLoosely(word: string): boolean {
  const said = word.replace(/\s+(?:(?:yang|yg)\s+)?tadi$/, '');
  return said !== word && said !== '' && BY_WORD.get(said) === 'resume';
}

/** Words that only ask to go there, before "menu": "balik ke menu", "buka menu", "back to menu". */
const TO_MENU = /^(?:(?:balik|kembali|mau|pergi|back|go|going)\s+)?(?:ke|to)?\s*(?:buka|lihat|liat|open|show|the)?\s*(?=(?:main\s+)?menu\b)/;
/** Words before a comma that only hold the person up ("eh bentar, menu", "tunggu, menu"). */
const STALLING = new Set(['eh', 'ehh', 'oh', 'hmm', 'bentar', 'sebentar', 'tunggu', 'tunggu dulu', 'eh bentar', 'eh sebentar', 'eh tunggu', 'wait', 'sorry', 'maaf']);

/**
 * "menu dong", "balik ke menu", "kembali ke menu utama", "eh bentar, menu": the menu asked for
 * with chat words around it. At a desa's question each was searched as a desa ("Menur",
 * "Balik", "Bentar"), and the person could not get out. Only words that go to it, particles after
 * it and a stall before a comma: "menu makan", "ke menu kegiatan" stay the step's.
 */
function isMenuSaidLoosely(word: string): boolean {
  const parts = word.split(',').map((part) => part.trim());
  const said = parts.pop() ?? '';
  if (parts.some((part) => !STALLING.has(part))) return false;
  const kept = dropTrailing(said.replace(TO_MENU, '').split(' '), MENU_TAIL).join(' ');
  return BY_WORD.get(kept) === 'menu';
}

/** "tolong dibantu ya min", "bantu saya dong": a plea for help with particles after it (other commands keep theirs exact). */
function isHelpSaidLoosely(word: string): boolean {
  return BY_WORD.get(dropTrailing(word.split(' '), TRAILING_PARTICLES).join(' ')) === 'help';
}

/** Particles after a typed "gak jadi" or "tolong bantu" that leave it a cancel or a plea for help ("gak jadi deh", "batal aja ya", "tolong bantu ya min"). */
const TRAILING_PARTICLES = new Set(['deh', 'aja', 'saja', 'dulu', 'ah', 'dong', 'ya', 'yah', 'sih', 'min', 'kak', 'lah', 'nih', 'kok']);

/** After "menu": the particles, and "dulu" ("ke menu utama dulu"). */
const MENU_TAIL = new Set([...TRAILING_PARTICLES, 'dulu']);

/** Words after a comma that only put the matter off or thank ("gajadi deh, nanti aja", "batal, makasih"). */
const CANCEL_TAIL = new Set([
  ...TRAILING_PARTICLES, 'nanti', 'ntar', 'entar', 'lain', 'kali', 'besok', 'kapan', 'kapan2', 'makasih', 'terima', 'kasih', 'thanks', 'maaf', 'sorry', 'later',
]);

/**
 * "gak jadi deh", "gajadi deh, nanti aja": a cancel word with particles after it, and after a
 * comma at most a few words that put it off or thank. Cancel only: "lanjut aja" at a summary
 * is the step's own answer (save), and a sentence ("gak jadi, namanya diganti") is the step's.
 */
function isCancelSaidLoosely(word: string): boolean {
  const [head = '', ...tails] = word.split(',');
  const tail = tails.join(' ').split(' ').filter(Boolean);
  // "gak jadi, batal": a cancel word after the comma is as good as a put-off.
  if (tail.length > 4 || tail.some((item) => !CANCEL_TAIL.has(item) && BY_WORD.get(item) !== 'cancel')) return false;
  return BY_WORD.get(dropTrailing(head.trim().split(' '), TRAILING_PARTICLES).join(' ')) === 'cancel';
}

/**
 * A typed command as a plain phrase: "/batal@wksbm_bot", " Menu! " and "MENU" become
 * "batal" and "menu"; longer sentences stay sentences (and match no command).
 */
export function commandWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/@\S+$/, '')
    .replace(/[.!?,]+$/, '')
    .replace(/\s+/g, ' ');
}

/** A global command's own button, labelled as the engine labels it ("🏠 Menu", "↩️ Kembali"). */
export function commandButton(command: 'menu' | 'back' | 'cancel' | 'help'): Button {
  return { id: commandButtonId(command), label: t(`engine.button.${command}`) };
}
