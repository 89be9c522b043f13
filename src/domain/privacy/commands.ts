/**
 * The words that open the personal-data flows from the main menu: /datasaya, /hapusdata and
 * /tarikpersetujuan (Telegram commands), their English forms and plain phrases.
 */
import { commandWord } from '../../core/engine/commands.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from './flow-ids.js';

const WORDS: Readonly<Record<string, readonly string[]>> = {
  [MY_DATA_FLOW_ID]: ['datasaya', 'data saya', 'lihat data saya', 'data pribadi saya', 'mydata', 'my data', 'show my data'],
  [ERASE_FLOW_ID]: ['hapusdata', 'hapus data', 'hapus data saya', 'deletedata', 'delete data', 'delete my data', 'erase my data'],
  [WITHDRAW_FLOW_ID]: ['tarikpersetujuan', 'tarik persetujuan', 'cabut persetujuan', 'withdrawconsent', 'withdraw consent', 'withdraw my consent'],
};

const BY_WORD = new Map(Object.entries(WORDS).flatMap(([flow, words]) => words.map((word) => [word, flow] as const)));

/** The personal-data flow a message asks for ("/hapusdata@wksbm_bot", "Data saya!"), or null. */
export function privacyCommandFlow(text: string): string | null {
  return BY_WORD.get(commandWord(text)) ?? null;
}
