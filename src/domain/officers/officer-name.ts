/**
 * Reading an officer's answer to "what is your name?": the name, and the phone when typed
 * with it ("Tono Sugiarto 0812 3456 7890"), read as a group's ketua is (domain/parse/name-phone.ts).
 */
import type { StepInput } from '../../core/engine/flow.js';
import { menuEntryIdOfButton } from '../../core/menu.js';
import { t } from '../../core/text.js';
import { readFreeText, textOf, type Answer } from '../flow-kit.js';
import { parseNameAndPhone, type NameAndPhone } from '../parse/name-phone.js';

/** Words that open the officer menu rather than name anyone ("petugas" typed right after enrolling). */
const PANEL_WORDS = new Set(['petugas', 'menu petugas', 'officer', 'officer menu']);

/** True when the typed text, or the main menu's 🛡️ Petugas button (from the menu before enrolling), asks for the officer menu. */
export function asksForPanel(input: StepInput): boolean {
  if (input.type === 'button') return menuEntryIdOfButton(input.id) === 'officer';
  const text = textOf(input)?.toLowerCase().replace(/[.!]+$/, '').trim();
  return text !== undefined && PANEL_WORDS.has(text);
}

/** The officer's name (2–80 characters, with letters) and the phone typed with it, if any. */
export function readOfficerName(input: StepInput): Answer<NameAndPhone> {
  const typed = textOf(input);
  if (typed === null) return { ok: false };
  const read = parseNameAndPhone(typed);
  if (!read.ok) return { ok: false, reason: t(read.error === 'needs_name' ? 'officers:name.needsName' : `officers:name.phoneError.${read.error}`) };
  const name = readFreeText({ type: 'text', text: read.value.name }, 2, 80);
  return name.ok ? { ok: true, value: { name: name.value, phone: read.value.phone } } : name;
}
