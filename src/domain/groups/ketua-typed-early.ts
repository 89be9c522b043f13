/**
 * The ketua named where the registration asks something else: "desa sidoarum, ketuanya bu Sri"
 * at the desa question, "ketuanya mas Andi, 0856…" at the RT/RW question. The ketua was lost
 * (the desa searched with the ketua's words in it, the RT/RW refused) and asked again at its own
 * question. Now the name (and the phone typed with it) is kept, said back, and not asked again;
 * the rest of the answer is the step's, and with nothing else typed its question is asked again.
 */
import type { StepDef } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { t } from '../../core/text.js';
import { keepingTypedAlong, type TypedAlong } from '../flow-kit.js';
import { alternation } from '../parse/lexicon.js';
import { FORMS_OF_ADDRESS, PHONE_LABELS } from '../parse/name-phone.js';
import { nameQuestion, readsAsName } from '../parse/name-question.js';
import { saysPhoneLater } from '../parse/phone-later.js';
import { readKetua, typeFromName } from './group-answers.js';
import { namesAKind } from './other-kinds.js';
import { readSelfKetua } from './self-ketua.js';

/** The ketua named, and what else was typed with it (the step's own answer, or nothing). */
export interface KetuaTypedEarly {
  readonly name: string;
  readonly phone: string | null;
  /** The answer without the ketua's part: "desa sidoarum" of "desa sidoarum, ketuanya bu Sri". */
  readonly rest: string;
}

/**
 * "ketuanya", "ketua nya", "ketuane", "ketua:" anywhere, or "ketua" alone first or after a comma
 * ("…, ketua bu Sri"), with "kelompoknya" or "adalah" after it: a ketua's name follows. "ketua"
 * alone inside the words is a group's name ("Arisan Ketua Tanya"), no ketua named.
 */
const KETUA_SAID = new RegExp(
  String.raw`(?:(?:^|[\s,;.])ketua(?:\s?nya|ne)|(?:^|[,;.])\s*ketua|(?:^|[\s,;.])ketua(?=\s*:))(?:\s+kelompok(?:nya)?)?\s*(?::\s*|\s+adalah\s+|\s+)(?=\p{L}|\+|\d)`,
  'iu',
);
/**
 * Words that make what follows "ketuanya" no one's name: "ketuanya belum ada", "ketuanya nanti
 * aja", "ketuanya sama", "ketuanya yg lama", "ketuanya siapa ya": the ketua question asks it.
 */
const NOT_A_NAME = new Set([
  'belum', 'blm', 'belom', 'masih', 'nanti', 'ntar', 'sama', 'juga', 'lagi', 'ganti', 'diganti', 'baru', 'lama', 'tidak', 'tdk', 'gak', 'ga', 'nggak', 'ngga',
  'ada', 'udah', 'sudah', 'sdh', 'ya', 'yg', 'yang', 'ini', 'itu', 'dulu', 'siapa', 'sp', 'aja', 'saja', 'nya',
]);
/** Where the ketua's part ends inside one part of the answer: another answer's word ("… desa sidoarum", "… rt 3"). */
const OTHER_ANSWER = /(?:^|\s)(?:desa|ds|kelurahan|kel|dusun|dsn|rt|rw|anggota(?:nya)?|jumlah(?:nya)?|di)(?![\p{L}])/iu;
/** The labels before a phone ("no", "wa:", "no. hp"): never part of the ketua's name. */
const PHONE_LABELS_BEFORE = new RegExp(String.raw`^\s*(?:(?:${alternation(PHONE_LABELS)})[.:]?\s*)*`, 'iu');
/** A part after a comma that is the ketua's phone, its labels or none before it ("mas Andi, 0856 4321 7788", "…, no hp 0856…"). */
const PHONE_PART = new RegExp(String.raw`${PHONE_LABELS_BEFORE.source}\+?\d[\d\s().\-/]{6,}\s*$`, 'iu');

/**
 * The ketua `typed` names after "ketua"/"ketuanya" (with the phone typed with it), and the rest
 * of the answer. Null when it names none: no such word, "ketua rt 3", a kind of group ("saya
 * ketua posyandu mawar": the person's role), the person themself ("ketuanya saya sendiri": the
 * ketua question asks their name), or no name that reads as one.
 */
export function ketuaTypedIn(typed: string): KetuaTypedEarly | null {
  const part = ketuaPart(typed);
  if (part === null || part.said === '' || readSelfKetua(part.said) !== null) return null;
  const ketua = readKetua({ type: 'text', text: part.said });
  if (!ketua.ok || !readsAsPerson(ketua.value.name, part.named.trim(), ketua.value.phone !== null)) return null;
  return { name: ketua.value.name, phone: ketua.value.phone, rest: part.rest };
}

/**
 * "…, ketuanya saya sendiri" (with a phone or not, no name): the person as the ketua, typed
 * where another question is asked ("desa panggungharjo, ketuanya saya sendiri" at the desa
 * question: the ketua was lost, and asked again). The phone typed with it, and the rest of the
 * answer; null when no ketua is said, or another person or a name is (read as a name is).
 */
function selfKetuaAfterWord(typed: string): { readonly phone: string | null; readonly rest: string } | null {
  const part = ketuaPart(typed);
  const self = part === null || part.said === '' ? null : readSelfKetua(part.said);
  return part !== null && self !== null && self.name === null ? { phone: self.phone, rest: part.rest } : null;
}

/**
 * The words after "ketua"/"ketuanya" in `typed` that name the ketua (`named`; `said`: with the
 * phones typed after them, labels dropped), and the rest of the answer; null with no such word.
 */
function ketuaPart(typed: string): { readonly named: string; readonly said: string; readonly rest: string } | null {
  const found = KETUA_SAID.exec(typed);
  if (found === null) return null;
  const before = typed.slice(0, found.index);
  const [first = '', ...parts] = typed.slice(found.index + found[0].length).split(/[,;]/u);
  // The name runs to the next answer's word in its part; a phone after a comma is still the ketua's.
  const cut = first.search(OTHER_ANSWER);
  const named = cut < 0 ? first : first.slice(0, cut);
  const after = cut < 0 ? [] : [first.slice(cut)];
  const phones = cut < 0 ? takeWhile(parts, (part) => PHONE_PART.test(part)) : [];
  // "…, no hp blm tau nanti sy tanyakan": the ketua's number to come, asked at its question; no answer of this step.
  const others = parts.slice(phones.length).filter((part) => !saysPhoneLater(part));
  const rest = [before, ...after, ...others].map((part) => part.replace(/^[\s,;.]+|[\s,;.]+$/gu, '')).filter((part) => part !== '').join(', ');
  // The phones without their labels: "mas Andi" + "no 0856…" joined read "no" as the name's end ("Pak No" is a name).
  const said = [named, ...phones.map((part) => part.replace(PHONE_LABELS_BEFORE, ''))].join(' ').trim();
  return { named, said, rest };
}

/**
 * Whether `name`, typed after "ketuanya" where another question is asked, is a person's: no
 * question nor words no name holds, no kind of group ("ketua posyandu mawar": the person's role),
 * and marked as a name: a form of address as typed (`typed`: "bu Sri", kept as Sri), a capital as
 * typed ("Andi"), or a phone typed with it.
 */
function readsAsPerson(name: string, typed: string, withPhone: boolean): boolean {
  const words = name.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
  if (words.length === 0 || words.length > 5 || words.some((word) => NOT_A_NAME.has(word)) || /\d/u.test(name)) return false;
  if (nameQuestion(name, 'person') !== null || namesAKind(name) || typeFromName(name) !== null) return false;
  return withPhone || readsAsName(typed, 'person') || readsAsName(name, 'person') || /^\p{Lu}/u.test(typed);
}

/** The first items of `items` that `fits`, up to the first that does not. */
function takeWhile(items: readonly string[], fits: (item: string) => boolean): string[] {
  const end = items.findIndex((item) => !fits(item));
  return items.slice(0, end < 0 ? items.length : end);
}

/**
 * The person themself as ketua, with their name, typed where another question is asked ("sy
 * sendiri bu rt, bu Wartini 0813…" at the members question: was "Mohon tulis jumlahnya dengan
 * angka", and lost): the name (and phone) as the ketua question reads it, the whole answer taken.
 * Null without a name ("saya sendiri" alone is the ketua question's to ask about).
 */
function selfKetuaTyped(typed: string): (KetuaTypedEarly & { readonly me: true }) | null {
  const self = readSelfKetua(typed);
  if (!self?.name) return null;
  // Only a name marked as one (a phone with it, a form of address before it, or written with a
  // capital): "saya sendiri belum tau" / "sy sendiri lupa" at the members question say "I don't
  // know", and their words must not become the ketua's (and, once saved, the person's own) name.
  const asTyped = typed.slice(typed.toLowerCase().lastIndexOf(self.name.split(/\s+/u)[0]!.toLowerCase()));
  const marked = self.phone !== null || TITLED.test(typed) || /^\p{Lu}/u.test(asTyped);
  return marked && readsAsPerson(self.name, self.name, true) ? { name: self.name, phone: self.phone, rest: '', me: true } : null;
}

/** A form of address before a word: "bu Wartini", "pak Budi". */
const TITLED = new RegExp(String.raw`(?:^|[\s,])(?:${alternation(FORMS_OF_ADDRESS)})\.?\s+\p{L}`, 'iu');
/** A form of address first: "bu sri …", "Pak Budi …". */
const TITLED_FIRST = new RegExp(String.raw`^\s*(?:${alternation(FORMS_OF_ADDRESS)})\.?\s+\p{L}`, 'iu');

/**
 * Someone named with a form of address and a whole mobile number, and nothing else ("bu sri
 * 081234567890", "Pak Budi, 0812 2745 6789"), typed where another question is asked: the ketua,
 * as the ketua question would read it. At the name question it was saved as the group's name
 * ("Bu Sri 081234567890") and the ketua asked again; no group's name, desa, RT/RW or count is so.
 */
export function ketuaWithPhoneTyped(typed: string): KetuaTypedEarly | null {
  if (!TITLED_FIRST.test(typed)) return null;
  const ketua = readKetua({ type: 'text', text: typed });
  if (!ketua.ok || ketua.value.phone === null || !readsAsPerson(ketua.value.name, typed, true)) return null;
  return { name: ketua.value.name, phone: ketua.value.phone, rest: '' };
}

/** The data a registration step keeps the ketua in. */
interface KetuaKept {
  readonly ketuaName?: string;
  readonly ketuaPhone?: string;
  /** The person said they chair it themself: another name typed later is the ketua question's to read. */
  readonly ketuaIsMe?: boolean;
}

/**
 * `step` (a question of the registration before the ketua's), where a ketua named in the answer
 * ({@link ketuaTypedIn}) is kept and said back, the rest of the answer the step's. A ketua
 * already given (or the person as ketua) is left as it was: the step reads the answer as before.
 */
export function keepingKetuaTyped<D extends KetuaKept>(step: StepDef<D>): StepDef<D> {
  return keepingTypedAlong(step, (typed, data, env) => {
    if (data.ketuaName !== undefined || data.ketuaIsMe === true) return null;
    const early: (KetuaTypedEarly & { readonly me?: true }) | null = ketuaTypedIn(typed) ?? selfKetuaTyped(typed);
    // "…, ketuanya saya sendiri" with no name: the person kept as the ketua (before a name-and-phone reading of the same words).
    const self = early === null ? selfKept(typed, data, env.person.displayName) : null;
    if (self !== null) return self;
    const read: (KetuaTypedEarly & { readonly me?: true }) | null = early ?? ketuaWithPhoneTyped(typed);
    if (read === null) return null;
    // The person herself said back as herself ("Saya catat Anda sendiri (Wartini) sebagai ketua"), not as someone else chairing it.
    const key = read.me === true ? 'ketuaKeptMe' : 'ketuaKept';
    const said = say(read.phone === null ? t(`groups:register.${key}`, { name: read.name }) : t(`groups:register.${key}WithPhone`, { name: read.name, phone: read.phone }));
    return { data: { ...data, ketuaName: read.name, ...(read.phone !== null && { ketuaPhone: read.phone }), ...(read.me === true && { ketuaIsMe: true }) }, said, rest: read.rest };
  });
}

/**
 * "…, ketuanya saya sendiri" with no name ({@link selfKetuaAfterWord}): the person kept as the
 * ketua, by the name on record (said back), else theirs is asked at the ketua's turn (the flow's
 * own-name question), and said so. Null when the answer says no such thing.
 */
function selfKept<D extends KetuaKept>(typed: string, data: D, known: string | null): TypedAlong<D> | null {
  const self = selfKetuaAfterWord(typed);
  if (self === null) return null;
  const phone = self.phone === null ? {} : { ketuaPhone: self.phone };
  const key = known === null ? 'ketuaKeptMeAsked' : 'ketuaKeptMe';
  const said = say(t(self.phone === null ? `groups:register.${key}` : `groups:register.${key}WithPhone`, { ...(known !== null && { name: known }), ...(self.phone !== null && { phone: self.phone }) }));
  return { data: { ...data, ketuaIsMe: true, ...(known !== null && { ketuaName: known }), ...phone }, said, rest: self.rest };
}
