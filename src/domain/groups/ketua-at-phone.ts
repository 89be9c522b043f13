/**
 * A name typed with the number at the registration's ketua phone question ("Sri Wahyuni
 * 081234567890", "bu sri 0812 3456 7890"). The number was kept and the name dropped, so a ketua
 * written "Bu Sri" stayed "Bu Sri" though the person had just written her full name. Now the
 * name is read against the ketua's name already given: the same person's name, no fuller, changes
 * nothing; a fuller or better-spelt one is the ketua's name (said back); another person's is
 * asked about (see {@link askingOtherKetua}).
 */
import type { StepDef, StepOutcome } from '../../core/engine/flow.js';
import { say, type OutboundMessage } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { buttonOf, textOf } from '../flow-kit.js';
import { editDistance } from '../parse/edit-distance.js';
import { PHONE_LABELS, parseNameAndPhone } from '../parse/name-phone.js';
import { yesOrNo } from '../parse/yes-no.js';
import { ketuaNameKept, withoutHonorific } from '../parse/without-honorific.js';

/** How a name typed with the number relates to the ketua's name given before. */
export type KetuaAtPhone =
  /** The same person, nothing new ("bu sri" after "Sri Wahyuni"): only the number is taken. */
  | { readonly kind: 'same' }
  /** The same person's name, fuller or spelt better ("Sri Wahyuni" after "Bu Sri"): the ketua's name now. */
  | { readonly kind: 'corrected'; readonly name: string; readonly phone: string }
  /** A name that shares nothing with the ketua's ("Sri Wahyuni" after "Pak Budi Santoso"): asked about. */
  | { readonly kind: 'other'; readonly name: string; readonly phone: string };

/**
 * Words that label the number before the name typed with it ("no hp bu sri 0812…", "nomor bu sri
 * …"): a phone's labels, and whose it is ("punya", "milik", "atas nama").
 */
const NUMBER_LABELS: ReadonlySet<string> = new Set([...PHONE_LABELS, 'punya', 'milik', 'atas', 'nama']);

/**
 * Words said before the label and the name ("oh iya nomer hp bu marni 0878…", "eh ini no bu sri …"):
 * no part of the name (the ketua became "Oh Iya Nomer Hp Bu Marni"). Dropped with the label after them.
 */
const LEADING_FILLERS = new Set(['oh', 'o', 'iya', 'iy', 'ya', 'yg', 'eh', 'nah', 'ok', 'oke', 'terus', 'trus', 'lalu', 'dan', 'ini', 'kalau', 'kalo', 'klo', 'utk', 'untuk', 'buat']);

/**
 * Words that make what is left no one's name ("ini nomornya 0812…", "yg ini aja 0812…", "pakai
 * nomor ini 0812…", "istrinya 0812…", "sekretaris 0812…"): the number alone is taken, as before.
 */
const NOT_NAME_WORDS = new Set([
  'ini', 'itu', 'yg', 'yang', 'aja', 'saja', 'pakai', 'pake', 'sama', 'dia', 'beliau', 'saya', 'aku', 'sy', 'ketua', 'ketuanya', 'nya', 'rt', 'rw',
  'istri', 'istrinya', 'suami', 'suaminya', 'anak', 'anaknya', 'sekretaris', 'sekretarisnya', 'bendahara', 'bendaharanya', 'wakil', 'wakilnya', 'rumah', 'kantor',
]);

/** The words of a name without its form of address, lower case, to compare two names by. */
function nameWords(name: string): string[] {
  return withoutHonorific(name).toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
}

/**
 * Whether `said` is `given` with its last word written out longer, the words before it the same
 * ("Sri Wahyuni" → "Sri Wahyuningsih"): the same person's fuller name, not another's (a name
 * cut short at first is common). One word alone is not enough ("Sri" → "Sriyati" may be anyone).
 */
function writtenOutLonger(given: readonly string[], said: readonly string[]): boolean {
  const [last, typed] = [given.at(-1), said.at(-1)];
  if (given.length < 2 || given.length !== said.length || last === undefined || typed === undefined) return false;
  return given.slice(0, -1).every((word, at) => word === said[at]) && typed.length > last.length && typed.startsWith(last);
}

/** The name typed with a valid number, labels before it dropped; null when there is none, or it reads as no name. */
function nameWithNumber(typed: string): { readonly name: string; readonly phone: string } | null {
  const read = parseNameAndPhone(typed);
  if (!read.ok || read.value.phone === null) return null;
  const words = read.value.name.split(/\s+/u).filter(Boolean);
  const bare = (word: string): string => word.toLowerCase().replace(/[.:,]+$/u, '');
  // "oh iya nomer hp bu marni": the fillers before the first label go with it ("Ini Sri" alone stays a name).
  const labelAt = words.findIndex((word) => NUMBER_LABELS.has(bare(word)));
  if (labelAt > 0 && words.slice(0, labelAt).every((word) => LEADING_FILLERS.has(bare(word)))) words.splice(0, labelAt);
  while (words.length > 0 && NUMBER_LABELS.has(bare(words[0]!))) words.shift();
  const name = words.join(' ').replace(/[\s,.:;-]+$/u, '');
  const letters = (name.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || /\d/u.test(name) || words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return null;
  return { name: ketuaNameKept(name), phone: read.value.phone };
}

/**
 * How `typed` at the ketua phone question names the ketua, given `ketuaName` (the name asked
 * with): null when it holds no name with its number (only the number: the step reads it).
 */
export function ketuaAtPhone(typed: string, ketuaName: string | undefined): KetuaAtPhone | null {
  if (ketuaName === undefined) return null;
  const read = nameWithNumber(typed);
  if (read === null) return null;
  const [given, said] = [nameWords(ketuaName), nameWords(read.name)];
  // Every word typed is in the name given ("bu sri" after "Sri Wahyuni"): no fuller, kept as it was.
  if (said.every((word) => given.includes(word))) return { kind: 'same' };
  // The name given within the one typed ("Bu Sri" → "Sri Wahyuni"), written out longer, or a typo apart: the same person, said better.
  const typo = editDistance(given.join(' '), said.join(' ')) <= 2;
  if (given.every((word) => said.includes(word)) || writtenOutLonger(given, said) || typo) return { kind: 'corrected', ...read };
  return { kind: 'other', ...read };
}

/** The data the phone question keeps while it asks whether another person named is the ketua. */
export interface KetuaAsked {
  readonly ketuaName?: string;
  /** The name and number typed at the phone question, another person's than the ketua's: asked about. */
  readonly otherKetua?: { readonly name: string; readonly phone: string };
}

/** The buttons of "Ketuanya …, bukan …?". */
export const OTHER_KETUA_BUTTON = 'ketuaPhone:other';
export const KEEP_KETUA_BUTTON = 'ketuaPhone:keep';

/** How {@link askingOtherKetua} hands a name back to the registration. */
export interface KetuaAtPhoneTaken<D> {
  /** The ketua is `name`, with `phone`: on to the next question (or the summary), `said` first. */
  readonly take: (data: D, name: string, phone: string, said: readonly OutboundMessage[]) => StepOutcome<D>;
}

function withoutOther<D extends KetuaAsked>(data: D): D {
  const { otherKetua: _other, ...rest } = data;
  return rest as D;
}

/**
 * `step` (the ketua phone question) reading a name typed with the number ({@link ketuaAtPhone}).
 * Another person's name is asked about rather than guessed: after "Pak Budi Santoso", "Sri
 * Wahyuni 0812…" may be the ketua changed (the person thought again) or the number of someone
 * who answers for the group; only the person knows, and a wrong guess either loses the new ketua
 * or files Sri's number as Budi's. ✅ makes her the ketua with that number; ✏️ keeps the ketua and
 * asks their own number (the one typed is hers). Anything else typed there is the step's, the
 * question dropped. With the person as ketua ("saya sendiri") only their own name is corrected.
 */
export function askingOtherKetua<D extends KetuaAsked & { readonly ketuaIsMe?: boolean }>(step: StepDef<D>, taken: KetuaAtPhoneTaken<D>): StepDef<D> {
  const question = (data: D) =>
    data.otherKetua === undefined
      ? null
      : say(t('groups:register.otherKetuaAsked', { name: data.otherKetua.name, before: data.ketuaName ?? '' }), [
          { id: OTHER_KETUA_BUTTON, label: t('flow.nameConfirmYes') },
          { id: KEEP_KETUA_BUTTON, label: t('flow.nameConfirmNo') },
        ]);
  return {
    ...step,
    prompt: (ctx) => question(ctx.data) ?? step.prompt(ctx),
    reprompt: (ctx) => question(ctx.data) ?? (step.reprompt ?? step.prompt)(ctx),
    backWithin: (ctx) => (ctx.data.otherKetua === undefined ? (step.backWithin?.(ctx) ?? null) : withoutOther(ctx.data)),
    on(input, ctx) {
      const other = ctx.data.otherKetua;
      const data = withoutOther(ctx.data);
      const typed = textOf(input);
      if (other !== undefined) {
        const answer = buttonOf(input) === OTHER_KETUA_BUTTON ? 'yes' : buttonOf(input) === KEEP_KETUA_BUTTON ? 'no' : typed === null ? null : yesOrNo(typed);
        if (answer === 'yes') return taken.take(data, other.name, other.phone, []);
        if (answer === 'no') return { type: 'stay', data, reprompt: true };
      }
      const read = typed === null ? null : ketuaAtPhone(typed, data.ketuaName);
      if (read?.kind === 'corrected') return taken.take(data, read.name, read.phone, [say(t('groups:register.ketuaNameCorrected', { name: read.name, before: data.ketuaName ?? '' }))]);
      if (read?.kind === 'other' && data.ketuaIsMe !== true) return { type: 'stay', data: { ...data, otherKetua: { name: read.name, phone: read.phone } }, reprompt: true };
      return step.on(input, { ...ctx, data });
    },
  };
}
