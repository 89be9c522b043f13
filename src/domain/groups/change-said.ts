/**
 * A change to one's own group said in words: which field a phrase names ("ganti ketua",
 * "ubah nomor hp"), a field named with its new value ("ganti ketua jadi Bu Aminah", "anggota
 * kami sekarang jadi 35"), and the group's end ("kelompok kami sudah bubar"). Kelompok saya
 * reads them at a group's screen; the main menu reads them to open Kelompok saya with the
 * change (see ../home/entry-of-words.ts). Kept apart from the flow so the menu can ask
 * without importing the flow.
 */
import { matchChoice, type ChoiceOption } from '../parse/choice.js';

/** The fields a leader can change, in the order the edit buttons list them. */
export const EDIT_FIELDS = ['type', 'name', 'village', 'unit', 'members', 'founded', 'schedule', 'ketuaName', 'ketuaPhone'] as const;

/** A field named in words, as people ask for a change: "ganti ketua", "ubah nomor hp", "edit jadwal pertemuan". */
export const FIELD_WORDS: ReadonlyArray<ChoiceOption<(typeof EDIT_FIELDS)[number]>> = [
  { id: 'type', words: ['jenis', 'jenis kelompok', 'type'] },
  { id: 'name', words: ['nama', 'nama kelompok', 'name'] },
  { id: 'village', words: ['desa', 'kelurahan', 'alamat', 'village'] },
  { id: 'unit', words: ['rt', 'rw', 'rt rw', 'rt/rw', 'dusun', 'wilayah'] },
  { id: 'members', words: ['anggota', 'jumlah anggota', 'members'] },
  { id: 'founded', words: ['tahun', 'tahun berdiri', 'berdiri', 'founded'] },
  { id: 'schedule', words: ['jadwal', 'pertemuan', 'jadwal pertemuan', 'schedule', 'meetings'] },
  { id: 'ketuaName', words: ['ketua', 'nama ketua', 'ketuanya', 'chair'] },
  { id: 'ketuaPhone', words: ['hp', 'no hp', 'nomor hp', 'hp ketua', 'nomor ketua', 'nomor', 'telepon', 'wa', 'phone'] },
];

/** "ganti ketua jadi …", "ubah jumlah anggota: 35", "ketua diganti ke …": a field named with its new value. */
const FIELD_WITH_VALUE =
  /^(?:(?:tolong|mau|mo|mohon)\s+)?(?:ganti|ubah|ubh|edit|koreksi|update|perbarui|betulkan)\s+(.+?)\s*(?:\s(?:jadi|menjadi|ke)\s|[:=→])\s*(\S.*)$/iu;
/** "anggota kelompok kami sekarang nambah jadi 35 orang", "ketua kami sekarang jadi Bu Aminah": said as news. */
const FIELD_BECAME = /^(.+?)\s+(?:jadi|menjadi)\s+(\S.*)$/iu;
/** Words around the field in such news ("… kelompok kami sekarang nambah …"), which name no field. */
const NEWS_WORDS = new Set([
  'kelompok', 'kami', 'saya', 'kita', 'kmi', 'sy', 'sekarang', 'skrg', 'skg', 'nambah', 'bertambah', 'tambah', 'berkurang', 'kurang', 'berubah',
  'naik', 'turun', 'udah', 'sudah', 'udh', 'sdh', 'dah', 'ganti', 'diganti', 'yang', 'yg', 'baru', 'min', 'kak', 'pak', 'bu', 'ya', 'nih', 'ini',
]);

/** A question where the new value would be ("ketua kelompok jadi siapa?", "anggotanya jadi berapa"): no value. */
const ASKED_VALUE = /^(?:siapa|sapa|sopo|saha|apa|apaan|berapa|brp|pira|gimana|bagaimana|kapan|mana|who|what|how)\b/iu;

/** The field and new value a change names ("ganti ketua jadi …", "anggota kami sekarang jadi 35"), or null. */
export function fieldAndValue(typed: string): { field: (typeof EDIT_FIELDS)[number]; value: string } | null {
  const text = typed.trim();
  const asked = FIELD_WITH_VALUE.exec(text);
  if (asked) {
    const field = matchChoice(asked[1]!, FIELD_WORDS);
    return field === null || ASKED_VALUE.test(asked[2]!) ? null : { field, value: asked[2]! };
  }
  const news = FIELD_BECAME.exec(text);
  // Said as news, a question mark makes it a question ("ketua kami jadi Bu Aminah?").
  if (!news || text.includes('?') || ASKED_VALUE.test(news[2]!)) return null;
  const named = news[1]!.split(/\s+/).filter((word) => !NEWS_WORDS.has(word.toLowerCase()));
  // Only the field's own words are left: "anggota", "ketua", "nomor hp ketua", "jadwal pertemuan".
  if (named.length === 0 || named.length > 3) return null;
  const field = matchChoice(named.join(' '), FIELD_WORDS);
  return field === null ? null : { field, value: news[2]! };
}

/** "kelompok kami sudah bubar, tolong dihapus", "hapus kelompok saya": the group ended, said in words. */
const GROUP_ENDED =
  /\b(?:bubar|bubaran|dibubarkan|vakum|nonaktifkan|nonaktif|hapus\s+kelompok|kelompok\w*\s+(?:\w+\s+){0,3}(?:dihapus|hapus|tidak\s+aktif\s+lagi|(?:ga|gak|nggak|sudah\s+tidak|udah\s+ga|udah\s+gak)\s+aktif(?:\s+lagi)?))\b/iu;
const ASKING_ENDED = /\?|\b(?:apa|apakah|gimana|bagaimana|cara|caranya|kenapa|bisa|boleh|kalau|kalo|klo)\b/iu;

/**
 * True when `text` said at the menu says the person's group has ended ("kelompok kami sudah
 * bubar, tolong dihapus"): Kelompok saya asks to confirm marking it inactive. A question
 * ("kalau kelompok bubar gimana?") stays the FAQ's.
 */
export function isGroupEndSaid(text: string): boolean {
  return GROUP_ENDED.test(text) && !ASKING_ENDED.test(text);
}

/**
 * True when `text` said at the menu is a change to the person's own group with its new value
 * ("anggota kelompok kami sekarang nambah jadi 35 orang", "ganti ketua jadi Bu Aminah 0857…"):
 * Kelompok saya opens with it and makes it (see `MyGroupsData.change` in ./my-groups-flow.ts).
 */
export function isGroupChangeSaid(text: string): boolean {
  const said = fieldAndValue(text);
  return said !== null && said.field !== 'village' && said.field !== 'type';
}
