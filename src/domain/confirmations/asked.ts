/**
 * What waits for the person's confirmation, asked for in words: "ada yg minta konfirmasi ga",
 * "cek konfirmasi", "ada yg perlu dikonfirmasi?", "is there anything to confirm". The menu opens
 * 📥 Konfirmasi for it (../home/entry-in-sentence.ts); a group's screen in 👥 Kelompok saya says
 * how many wait. A question about the thing itself ("konfirmasi itu maksudnya apa", "how does
 * confirming work") is not such a request: it stays the FAQ's, or, where a number is asked in
 * 👥 Kelompok saya, what a confirmation is ({@link asksWhatConfirmationIs}).
 */

/** Confirmation named; "dikonfirmasi", "to confirm": the passive and the infinitive name the same requests. */
const CONFIRMATIONS = /\b(?:konfirmasi|konfirmasinya|dikonfirmasi|konfirm|confirmation|confirmations|confirm)\b/iu;
/** A word of looking or waiting with it: the person's own requests, not the idea (Sundanese "aya nu kedah dikonfirmasi teu?" too). */
const LOOKING = /\b(?:ada|cek|check|lihat|liat|buka|mau|minta|yang|yg|menunggu|nunggu|masuk|any|anything|open|show|aya|nu)\b/iu;
/** Asking what confirming means or how it works. */
const ASKING_MEANING = /\b(?:apa|apakah|maksud|maksudnya|arti|artinya|gimana|bagaimana|cara|caranya|kenapa|naon|kumaha|naha|what|how|why)\b/iu;

/** Whether `text` asks for what waits for the person's confirmation (see the file's comment). */
export function asksForConfirmations(text: string): boolean {
  return CONFIRMATIONS.test(text) && LOOKING.test(text) && !ASKING_MEANING.test(text);
}

/** The most words of a question about confirming itself ("konfirmasi itu maksudnya apa sih min"). */
const MAX_MEANING_WORDS = 7;

/**
 * Whether `text` asks what a confirmation is or how it works ("konfirmasi itu apa", "apa itu
 * konfirmasi", "what is a confirmation"), in few words: no request for the waiting ones.
 */
export function asksWhatConfirmationIs(text: string): boolean {
  return CONFIRMATIONS.test(text) && ASKING_MEANING.test(text) && text.trim().split(/\s+/u).length <= MAX_MEANING_WORDS;
}
