/**
 * Indonesian phone numbers as people type them: "0812-3456-7890", "+62 812 3456 7890",
 * "62812345678", "812 3456 7890", "(0274) 512345". Validity (lengths and number ranges per
 * operator and area code) comes from libphonenumber's metadata; the `min` build is enough,
 * since only validity is needed, not the kind of line.
 */
import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';
import { fail, ok, type ParseResult } from './result.js';
import { simplify } from './text.js';

export type PhoneError = 'not_a_phone' | 'not_indonesian';

// Labels people put in front of a number: "no hp: 0812…", "WA 0812…", "telp. (0274) …".
const LABEL = /^(?:(?:no|nmr|nomor|nomer|number|hp|handphone|wa|whatsapp|telp|tlp|telepon|telpon|phone|tel|mobile|ponsel)(?![a-z])[\s.:]*)+/;

/**
 * The number in E.164 ("+6281234567890"). A number with a foreign country code ("+1 415…",
 * "0044…") is `not_indonesian`; anything else that is not a valid Indonesian mobile or
 * landline number (letters, too short, too long, unknown ranges) is `not_a_phone`.
 * "62…" without a plus is read as a country code when that gives a valid number, since
 * few people type a landline without its leading 0. Without any prefix only a mobile
 * number (8…) is read.
 */
export function parseIndonesianPhone(text: string): ParseResult<string, PhoneError> {
  const cleaned = spokenDigits(simplify(text).replace(LABEL, '').trim());
  if (!/^\+?[\d\s().\-/]+$/.test(cleaned)) return fail('not_a_phone');
  let digits = cleaned.replace(/\D/g, '');
  let international = cleaned.startsWith('+');
  // "00" is the international prefix in most countries, and how some people write "+".
  if (!international && digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  if (digits.length < 7 || digits.length > 16) return fail('not_a_phone');
  if (international) {
    if (!digits.startsWith('62')) return fail('not_indonesian');
    return fromParsed(parsePhoneNumberFromString(`+${digits}`));
  }
  if (digits.startsWith('62')) {
    const withCountryCode = parsePhoneNumberFromString(`+${digits}`);
    if (withCountryCode?.isValid()) return ok(withCountryCode.number);
  }
  // Without 0, +62 or 62 in front, only a mobile number is plausible ("812 3456 7890"); a
  // bare "14155552671" is more likely a foreign number missing its "+" than a landline.
  if (!digits.startsWith('0') && !digits.startsWith('8')) return fail('not_a_phone');
  return fromParsed(parsePhoneNumberFromString(digits, 'ID'));
}

function fromParsed(phone: PhoneNumber | undefined): ParseResult<string, PhoneError> {
  if (phone === undefined || !phone.isValid()) return fail('not_a_phone');
  return phone.countryCallingCode === '62' ? ok(phone.number) : fail('not_indonesian');
}


/** Digits said as words, one by one: "nol delapan satu dua …" (a voice typist, or a careful one). */
const DIGIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['nol', '0'], ['kosong', '0'], ['satu', '1'], ['dua', '2'], ['tiga', '3'], ['empat', '4'], ['lima', '5'], ['enam', '6'],
  ['tujuh', '7'], ['delapan', '8'], ['sembilan', '9'],
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'],
]);

/**
 * The digits of a number spoken one word per digit; anything else unchanged. Strict: every word
 * must be a digit word ("dua belas", "delapan ratus" are amounts, not digits, and stay letters,
 * which the caller refuses), and there must be at least 7 of them.
 */
function spokenDigits(text: string): string {
  const said = text.split(/[\s,.-]+/).filter((word) => word !== '');
  if (said.length < 7 || !said.every((word) => DIGIT_WORDS.has(word))) return text;
  return said.map((word) => DIGIT_WORDS.get(word)!).join('');
}
