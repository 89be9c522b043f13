/**
 * A correction typed at the registration's summary instead of tapping ✏️ Ubah and a field: the
 * field named, alone or to change ("jadwal pertemuan", "ubah jadwal pertemuan", "nama ketua
 * salah"), which opens its question; or with its new value ("anggotanya salah, 12 kader",
 * "ganti ketua jadi Bu Sri 0812…"), which is read by that field's own question and, when it
 * reads, the summary comes back with it (else that question is asked). The field's words are
 * Kelompok saya's (./change-said.ts): the same fields, named the same way.
 */
import type { StepContext, StepDef, StepOutcome } from '../../core/engine/flow.js';
import { say } from '../../core/messages.js';
import { BUT_WORDS, alternation } from '../parse/lexicon.js';
import { words } from '../parse/text.js';
import { FIELD_WORDS, fieldAndValue, fieldWithPlainValue, javaneseFieldWord, type EDIT_FIELDS } from './change-said.js';
import { formatAreaUnit, parseAreaUnit } from '../parse/area-unit.js';
import type { AreaUnit } from '../model/groups.js';

type Field = (typeof EDIT_FIELDS)[number];

/** A correction: the field, and its new value when one was typed with it. */
export interface SummaryCorrection {
  readonly field: Field;
  readonly value: string | null;
  /** An RT/RW correction that names only the RW ("rw nya salah, harusnya rw 11") or only the RT: the other part stays. */
  readonly only?: 'rt' | 'rw';
}

/** "ubah jadwal pertemuan", "tolong ganti nama ketua", "edit members". */
const CHANGE_VERB = /^(?:(?:tolong|mau|mo|mohon|saya mau|aku mau)\s+)?(?:ubah|ubh|ganti|edit|koreksi|perbaiki|betulkan|benerin|update|change|fix|correct)\s+(.+)$/iu;
/**
 * Words that say the shown value is wrong ("salah", "keliru"; Javanese "kleru", "lepat"; Sundanese
 * "lepat", "teu leres"), and those that bring the right one ("harusnya"; Javanese "sing bener",
 * "kudune"; Sundanese "nu leres", "kedahna").
 */
const WRONG = String.raw`salah|keliru|kleru|klentu|lepat|kurang\s+tepat|(?:ga|gak|nggak|tidak|ora|mboten|boten|teu)\s+(?:bener|benar|leres)|(?:is\s+)?wrong`;
const RIGHT = String.raw`harusnya|seharusnya|mestinya|sebenarnya|(?:yang|yg|sing|ingkang|nu)\s+(?:benar|bener|betul|benere|leres|leresipun)|kudune|mestine|kedahna|kuduna|(?:it|this|that)?\s*should\s+be|(?:it'?s|it\s+is)\s+actually|the\s+right\s+one\s+is`;
/** "anggotanya salah, 12 kader", "ketua keliru, yg benar Bu Sri", "anggota harusnya 12", "members wrong, 12". */
const FIELD_WRONG = new RegExp(String.raw`^(.+?)\s+(?:(?:${WRONG})\b[\s,.:;!-]*(?:(?:${RIGHT})\b[\s,.:;-]*)?|(?:${RIGHT})\b[\s,.:;-]*)(.*)$`, 'iu');
/** Words around a field's name that name nothing ("*bagian* jadwal *yang itu*"). */
const FILLER = new Set(['kelompok', 'yang', 'yg', 'itu', 'ini', 'tadi', 'bagian', 'data', 'kami', 'saya', 'the', 'group', 'our', 'its', 'is', 'are']);

/**
 * The field `text` names and nothing else, its own words exactly ("jadwal pertemuan",
 * "anggotanya", "Nomor HP ketua"); null for anything more or less: at the summary a text that
 * merely holds a field's word ("ketuanya orangnya baik") is no correction.
 */
function fieldNamed(text: string): Field | null {
  const typed = words(text)
    .map((word) => (word.length > 5 && word.endsWith('nya') ? word.slice(0, -3) : javaneseFieldWord(word)))
    .filter((word) => !FILLER.has(word) && word !== 'nya')
    .join(' ');
  if (typed === '') return null;
  const found = FIELD_WORDS.filter((option) => option.words.some((phrase) => words(phrase).join(' ') === typed));
  return found.length === 1 ? found[0]!.id : null;
}

/** "sudah benar tapi …" (the lexicon's "but"), "iya, cuma …", "semua ok kecuali …": what comes after is the correction. */
const BUT = new RegExp(String.raw`^.*?\b(?:${alternation(BUT_WORDS, ['cuma', 'cuman', 'hanya', 'kecuali', 'except'])})\b[\s,:]*`, 'iu');

/** "bukan", "bkn", Javanese "dudu", "sanes" (krama, Sundanese), "not": the value shown is not the right one. */
const NOT = String.raw`bukan|bkn|bukane|dudu|sanes|not`;
/** Words that bring the right value after the wrong one ("bukan mingguan *tapi* bulanan"): the lexicon's "but", "namun", Javanese "ning", "tapine". */
const INSTEAD = alternation(BUT_WORDS, ['namun', 'ning', 'tapine']);
/** "pertemuan bukan mingguan tapi bulanan", "anggotanya bukan 12, 15": the field, the value it is not, the right one. */
const NOT_BUT = new RegExp(String.raw`^(.+?)\s+(?:${NOT})\s+(.+?)\s*(?:,\s*(?:(?:${INSTEAD})\b\s*)?|\s(?:${INSTEAD})\b\s*)(\S.*)$`, 'iu');
/** "rw nya 05 bukan 04", "ketuanya Bu Sari, bukan Pak Joko": the field and its right value, then the one it is not. */
const BUT_NOT = new RegExp(String.raw`^(.+?)\s*[,;]?\s+(?:${NOT})\s+[^,;]+$`, 'iu');

/** "salah", "keliru"… ending the words before "bukan", with the comma or stop after it ("ketuana lepat, sanes …"). */
const SAID_WRONG_END = new RegExp(String.raw`[\s,]+(?:${WRONG})[\s,.;:!-]*$`, 'iu');

/**
 * A correction said with the value it is not ("bukan"): what it says as the field said wrong
 * with its right value; a field said only to be not so ("anggotanya bukan 20") is that field
 * named, its question asked (the value it is not was read as the new one).
 */
function correctionAgainst(text: string): SummaryCorrection | null {
  const notBut = NOT_BUT.exec(text);
  // "ketua salah, bukan pak Joko tapi bu Sari": said wrong once.
  const said = notBut ? correctionOf(`${notBut[1]!.replace(SAID_WRONG_END, '')} salah, harusnya ${notBut[3]!}`) : null;
  if (said?.value) return said;
  const butNot = BUT_NOT.exec(text);
  return butNot ? correctionOf(butNot[1]!) : null;
}

/** What a text typed at the summary corrects, or null when it is no correction. */
export function readSummaryCorrection(text: string): SummaryCorrection | null {
  // What is not the value first ("rw nya 05 bukan 04", "jadwal harusnya kamis bukan jumat"), then
  // the whole text: a value may hold such a word ("jadwal harusnya hanya hari minggu").
  const read = (typed: string) => correctionAgainst(typed) ?? correctionOf(typed);
  const whole = read(text.trim());
  const correction = whole !== null || !BUT.test(text) ? whole : read(text.trim().replace(BUT, ''));
  if (correction?.field !== 'unit' || correction.value === null) return correction;
  // "rw nya salah, harusnya rw 11": the RW alone was wrong, the RT stays (was dropped).
  const [rt, rw] = [/\brt(?:nya)?\b/iu.test(text), /\brw(?:nya)?\b/iu.test(text)];
  return rt === rw || /\b(?:wilayah|dusun|rt\s*\/\s*rw)/iu.test(text) ? correction : { ...correction, only: rt ? 'rt' : 'rw' };
}

/**
 * The value of an RT/RW correction that names one part only ({@link SummaryCorrection.only}),
 * with the other part as it was (`unit`, the RT/RW on the summary), written as the RT/RW
 * question reads it; the correction as it is otherwise.
 */
export function keepingOtherPart(correction: SummaryCorrection, unit: AreaUnit | undefined): SummaryCorrection {
  if (correction.only === undefined || correction.value === null || unit === undefined) return correction;
  // "rt nya salah, harusnya 3", "rw bukan 4 tapi 5": the number of the part named.
  const said = parseAreaUnit(/^\d{1,3}$/u.test(correction.value.trim()) ? `${correction.only} ${correction.value.trim()}` : correction.value);
  if (!said.ok || said.value.dusun !== '') return correction;
  const { rt, rw } = said.value;
  const kept = correction.only === 'rw' && rt === 0 && rw > 0 ? { ...unit, rw } : correction.only === 'rt' && rw === 0 && rt > 0 ? { ...unit, rt } : null;
  return kept === null ? correction : { ...correction, value: formatAreaUnit(kept) };
}

/** The correction a text (or the part after "tapi") makes: a field with its value, a field said wrong, or a field named. */
function correctionOf(typed: string): SummaryCorrection | null {
  const withValue = fieldAndValue(typed);
  if (withValue) return { field: withValue.field, value: withValue.value };
  const wrong = FIELD_WRONG.exec(typed);
  const wrongField = wrong ? fieldNamed(wrong[1]!) : null;
  if (wrongField) {
    const value = wrong![2]!.trim();
    return { field: wrongField, value: value === '' ? null : value };
  }
  // "pertemuannya tiap malam jumat", "berdirinya th 2015", "rt nya 3 ya rw 11": a field and a value plainly its own.
  const plain = fieldWithPlainValue(typed);
  if (plain) return { field: plain.field, value: plain.value };
  const verb = CHANGE_VERB.exec(typed);
  const field = fieldNamed(verb ? verb[1]! : typed);
  return field === null ? null : { field, value: null };
}

/**
 * Makes a correction at the summary: with no value (or the desa, which is searched in a flow of
 * its own) the field's question is asked; with one, the field's own step reads it as if typed
 * there while changing it from the summary (`editing`), so an answer that reads brings the
 * summary back, one that needs more (a lookup, a phone) goes on at that step, and one that does
 * not read asks that question, saying why.
 */
export function correctAtSummary<D extends { readonly editing?: boolean }>(
  correction: SummaryCorrection,
  { data, env }: StepContext<D>,
  stepOf: (field: Field) => StepDef<D> | undefined,
): StepOutcome<D> {
  const { field, value } = correction;
  const editing: D = { ...data, editing: true };
  const ask: StepOutcome<D> = { type: 'goto', step: field, data: editing };
  const step = stepOf(field);
  if (value === null || field === 'village' || !step) return ask;
  const outcome = step.on({ type: 'text', text: value }, { data: editing, env });
  switch (outcome.type) {
    case 'goto':
      return outcome;
    case 'stay':
      // Waiting at that step (the name looked up in the desa) or asking it again there.
      return { type: 'goto', step: field, data: outcome.data ?? editing, ...(outcome.say && { say: outcome.say }), ...(outcome.effects && { effects: outcome.effects }) };
    case 'invalid':
      return outcome.reason ? { ...ask, say: [say(outcome.reason)] } : ask;
    default:
      return ask;
  }
}
