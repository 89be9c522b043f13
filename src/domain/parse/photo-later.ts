/**
 * "fotonya nyusul", "foto menyusul ya", "fotonya nanti saya kirim": the photos of an activity
 * will come later. Said after saving one, it was "belum paham"; the answer is how to add them.
 * Only a message that says just that (with a particle or a word of address) is read, not a
 * question that holds the words.
 */
import { PHOTO_WORDS, alternation } from './lexicon.js';

/** "<photo word> nyusul", the photo word the lexicon's (one list with the other readers of photo words). */
const PHOTO_LATER = new RegExp(
  String.raw`^(?:(?:ok|oke|baik|siap|nah)\s*,?\s+)?(?:untuk\s+|utk\s+)?(?:${alternation(PHOTO_WORDS)})\s+` +
    String.raw`(?:nyusul|menyusul|susul|nanti|ntar|nanti\s+nyusul|nanti\s+(?:saya|sy|aku|kami)\s+kirim|(?:saya|sy|aku|kami)\s+kirim\s+(?:nanti|belakangan|besok)|besok|belakangan|dikirim\s+(?:nanti|belakangan|besok)|nyusul\s+(?:nanti|besok))` +
    String.raw`(?:\s+(?:ya|yaa|yah|ya\s+min|min|bu|pak|kak|mas|mbak|dulu|aja|saja|nggih|kok|deh))*[\s.!]*$`,
  'iu',
);

/** "nanti aja fotonya", "nyusul ya fotonya": the same, the "later" said first. */
const LATER_PHOTO = new RegExp(
  String.raw`^(?:(?:ok|oke|baik|siap)\s*,?\s+)?(?:nanti|ntar|nyusul|menyusul|belakangan)(?:\s+(?:aja|saja|ya|dulu|deh))*\s+(?:${alternation(PHOTO_WORDS)})` +
    String.raw`(?:\s+(?:ya|yaa|yah|min|bu|pak|kak|mas|mbak|nyusul|menyusul))*[\s.!]*$`,
  'iu',
);

/** Whether `text` says the activity's photos will come later. */
export function photoLaterSaid(text: string): boolean {
  const trimmed = text.trim();
  return PHOTO_LATER.test(trimmed) || LATER_PHOTO.test(trimmed);
}
