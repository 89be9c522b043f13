/**
 * Slash commands the bot has no such command for ("/daftar", "/kegiatan", "/xyz"), as people
 * guess them from Telegram's command menu. The commands it has (/menu, /batal, /datasaya…)
 * never get here: the engine and the assistant's commandFlows take them first. A slash word
 * is never an answer (nobody's desa or group is called "/daftar"), so it is never searched
 * or saved: a menu entry's word says how to get there, any other says which commands exist.
 */
import { commandButton, recognizeCommand } from '../../core/engine/commands.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { menuEntryNamed } from '../parse/menu-entry-words.js';
import { menuWordAside } from './menu-words.js';
import { privacyCommandFlow } from '../privacy/commands.js';

/** "/word", "/word@bot", then optionally more words: a command as Telegram sends it. */
const SLASH = /^\s*\/(\p{L}[\p{L}\p{N}_]*)(?:@\S+)?(?:\s+(\S[\s\S]*))?$/u;

/** Slash words people use to ask a question ("/tanya apa itu pmks"): the rest is the question. */
const ASK_WORDS = new Set(['tanya', 'pertanyaan', 'faq', 'ask', 'question', 'takon', 'naros']);
/** The menu entry of ❓ Tanya, which an asking word alone names. */
const FAQ_ENTRY = 'faq';

/** A slash command typed: its word (lower case) and the words after it (may be empty). */
export interface SlashCommand {
  readonly word: string;
  readonly rest: string;
}

/** The slash command `text` is, if it is one the bot has no command of its own for; else null. */
export function unknownSlashCommand(text: string): SlashCommand | null {
  const match = SLASH.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  if (recognizeCommand({ type: 'text', text: `/${word}` }) !== null || privacyCommandFlow(`/${word}`) !== null) return null;
  return { word, rest: (match[2] ?? '').trim() };
}

/** The menu entry a slash word names ("/daftar" → register), or null. */
export function slashEntry(command: SlashCommand): string | null {
  return menuEntryNamed(command.word);
}

/** The question after an asking slash word ("/tanya apa itu pmks" → "apa itu pmks"), or null. */
export function slashQuestion(command: SlashCommand): string | null {
  return ASK_WORDS.has(command.word) && command.rest !== '' ? command.rest : null;
}

/**
 * The question an asking slash command carries ("/tanya apa itu pmks" → "apa itu pmks"), or
 * null for any other text: what the asides answer of it, and so the text its answer's language
 * is read from (the one reading of it, not the whole command read again).
 */
export function questionAsked(text: string): string | null {
  const command = unknownSlashCommand(text);
  return command === null ? null : slashQuestion(command);
}

/** Whether the slash word asks a question ("/tanya"): alone, it opens ❓ Tanya. */
export function isAskWord(command: SlashCommand): boolean {
  return ASK_WORDS.has(command.word);
}

/** "/xyz": no such command; the commands there are, and the menu. */
export function unknownCommandMessage(command: SlashCommand): OutboundMessage {
  return say([t('home.unknownCommand', { command: `/${command.word}` }), t('engine.help')], [commandButton('menu')]);
}

/**
 * The aside for a slash command typed at a step, or null when it is no such command: an asking
 * word with a question ("/tanya apa itu pmks") is the question, answered by `answer` (the asides
 * as for typed text) if it can be; a menu entry's word is a wish to go there (`menuWordAside`, the
 * flow kept), except the entry of a flow under way, left to the asides as typed ("/status" while
 * checking one: "we are doing that"); any other word is no command of the bot's.
 */
export function slashCommandAside(
  text: string,
  flows: readonly string[],
  flowOfEntry: (entryId: string) => string | undefined,
  answer: (question: string) => readonly OutboundMessage[] | null,
): readonly OutboundMessage[] | null {
  const command = unknownSlashCommand(text);
  if (command === null) return null;
  const question = slashQuestion(command);
  const answered = question === null ? null : answer(question);
  if (answered !== null) return answered;
  const entry = slashEntry(command) ?? (ASK_WORDS.has(command.word) ? FAQ_ENTRY : null);
  if (entry === null) return [unknownCommandMessage(command)];
  const flow = flowOfEntry(entry);
  if (flow !== undefined && flows.includes(flow) && question === null) return null;
  return [menuWordAside(text)];
}
