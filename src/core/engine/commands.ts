/**
 * Commands that work at every step, whatever flow is running. They are recognised from a
 * button id (`cmd:<name>`) or from the words people type for them, in Indonesian and
 * English, with or without a leading slash (Telegram commands).
 */
import type { InboundContent } from '../messages.js';

export const GLOBAL_COMMANDS = ['cancel', 'back', 'menu', 'help', 'language', 'resume', 'start'] as const;
export type GlobalCommand = (typeof GLOBAL_COMMANDS)[number];

const WORDS: Readonly<Record<GlobalCommand, readonly string[]>> = {
  // "ga jadi" (never mind) is how a chat says batal.
  cancel: ['batal', 'batalkan', 'cancel', 'stop', 'berhenti', 'ga jadi', 'gak jadi', 'nggak jadi', 'ngga jadi', 'tidak jadi', 'gajadi', 'gak jd', 'ga jd', 'batal aja', 'batal deh', 'batal saja'],
  back: ['kembali', 'back', 'balik', 'mundur'],
  menu: ['menu', 'menu utama', 'main menu'],
  help: ['bantuan', 'help', 'tolong'],
  language: ['bahasa', 'language', 'ganti bahasa', 'change language'],
  resume: ['lanjut', 'lanjutkan', 'continue', 'resume'],
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
  return BY_WORD.get(commandWord(content.text)) ?? null;
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
