/**
 * The words residents wrap a request in, one list each: forms of address, "OK", tone particles,
 * "I"/"we", "want", "how", "if", "but" and one's desa. Every reader of free text (understanding,
 * the FAQ's own readers, the calls and particles of ./chatter.ts and ./particles.ts) builds its sets of chat
 * words from these, so a word learnt once ("pengin", "badhe") is known to all of them instead
 * of to the one copy it was added to. Lower case, as tokenised words.
 */

/** Forms of address to the bot's operator ("iya min", "gimana kak", "cek desa saya pak"). */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(['min', 'kak', 'pak', 'bu', 'mas', 'mbak']);

/**
 * "OK" and its spellings, said to go on ("ok", "oke", "sip", "siap"): an acknowledgement alone
 * (faq/acknowledgement.ts), before "then what" ("oke terus gimana", faq/what-next.ts) and before
 * what the person asks for ("oke, kegiatan saya", home/home-flow.ts). The first and the last
 * add their own named extras ("noted", "mantap"; "ya", "baik").
 */
export const OK_WORDS: ReadonlySet<string> = new Set(['ok', 'oke', 'okey', 'okay', 'sip', 'siap']);

/** Words of an apology ("maaf", "sorry", Javanese "ngapunten", "nyuwun sewu", Sundanese "hapunten"). */
export const APOLOGY_WORDS: ReadonlySet<string> = new Set([
  'maaf', 'maap', 'sorry', 'sori', 'sory', 'sorri', 'apologies', 'apologize', 'apologise', 'ngapunten', 'sewu', 'pangapunten', 'hapunten',
]);

/** Tone particles that end or pad any sentence ("wksbm itu apa sih", "cek dong", "udah belum ya"). */
export const TONE_PARTICLES: ReadonlySet<string> = new Set(['ya', 'yah', 'sih', 'dong', 'nih', 'kah']);

/**
 * Words that only lead a follow-up, joining it to the answer before ("trus apa lg yg kurang",
 * "nah kalau desa sidomulyo?", "jadi desa saya udah wksbm belum?"): read as the words after
 * them (./follow-up-lead.ts). Alone they ask what next (faq/what-next.ts).
 */
export const FOLLOW_UP_LEADS: ReadonlySet<string> = new Set(['trus', 'terus', 'trs', 'lalu', 'jadi', 'jd', 'nah']);

/** "Again", "else" and their short forms ("apa lg yg kurang", "terus apa lagi"). */
export const AGAIN_WORDS: ReadonlySet<string> = new Set(['lagi', 'lg', 'lgi']);

/** "I", Indonesian, slang, Javanese and Sundanese ("sy mau daftar", "gw mau nanya", "kula badhe", "abdi hoyong"). */
export const I_WORDS: ReadonlySet<string> = new Set(['saya', 'aku', 'sy', 'gue', 'gw', 'kula', 'kulo', 'abdi']);

/** "Already" ("udah daftar", "uda", Javanese "wis", "wes", krama "sampun", Sundanese "tos"). */
export const ALREADY_WORDS: ReadonlySet<string> = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'uda', 'wis', 'uwis', 'wes', 'tos', 'sampun', 'already']);

/**
 * "Not yet", as an "already … ?" question ends ("udah wksbm belum?", "blm", "blom", Javanese
 * "durung", krama "dereng", Sundanese "teu acan", typed "teacan"). Not English "yet", which
 * also ends "has it joined yet?" with no "already": a reader adds it where it means so.
 */
export const NOT_YET_WORDS: ReadonlySet<string> = new Set(['belum', 'blm', 'blom', 'belom', 'lom', 'durung', 'dereng', 'acan', 'teacan']);

/** "Who" ("siapa", Javanese "sopo", Sundanese "saha", "who"). */
export const WHO_WORDS: ReadonlySet<string> = new Set(['siapa', 'sapa', 'sopo', 'saha', 'who', 'spa']);

/** "We" ("desa kami", "kita mau daftar"). */
export const WE_WORDS: ReadonlySet<string> = new Set(['kami', 'kita']);

/** "Want", Indonesian, slang, Javanese and Sundanese ("mau", "pengen", "pgn", "arep", "badhe", "hoyong"). */
export const WANT_WORDS: ReadonlySet<string> = new Set([
  'mau', 'mo', 'mw', 'ingin', 'pengen', 'pengin', 'pingin', 'pgn', 'arep', 'ajeng', 'bade', 'badhe', 'hoyong',
]);

/**
 * "Record", "report", as a request to log an activity asks ("mau catat kegiatan", "nyatet",
 * Sundanese "ngalaporkeun", Javanese "nyathet"): understanding reads the request by them, the
 * activity log drops them from the words it keeps of the activity ("mau nyatet kegiatan kerja bakti").
 */
export const LOG_VERBS: ReadonlySet<string> = new Set([
  'catat', 'mencatat', 'catatkan', 'lapor', 'laporkan', 'laporan', 'melaporkan', 'log', 'record', 'report', 'nyatet', 'catet',
  // Sundanese ("bade ngalaporkeun kagiatan bareng posyandu"): was read as the FAQ, the request lost.
  'ngalaporkeun', 'ngalapor', 'laporkeun', 'dilaporkeun', 'nyatetkeun', 'catetkeun', 'dicatet',
  // Javanese ("kulo badhe nyathet kegiatan bareng karang taruna"): was the FAQ on how activities are logged.
  'nyathet', 'nyatheti', 'nyatetke', 'nyathetke', 'cathet', 'cathetke', 'dicathet', 'lapuran', 'nglaporke', 'laporke',
]);

/** "Activity" ("kegiatan", "acara", Sundanese "kagiatan", Javanese "kegiatane"). */
export const ACTIVITY_NOUN_WORDS: ReadonlySet<string> = new Set(['kegiatan', 'activity', 'acara', 'kagiatan', 'kegiatane']);

/** Words that ask how it goes ("gimana", "piye", "kumaha", "how"). */
export const HOW_WORDS: ReadonlySet<string> = new Set(['gimana', 'gmn', 'gmna', 'bagaimana', 'piye', 'kepiye', 'pripun', 'kumaha', 'kpye', 'how']);

/** "If", opening a supposition ("kalo udah jadi wksbm …", Javanese "nek", "yen", Sundanese "upami"). */
export const IF_WORDS: ReadonlySet<string> = new Set([
  'kalo', 'kalau', 'klo', 'kl', 'klau', 'jika', 'jikalau', 'bila', 'apabila', 'misal', 'misalnya', 'if', 'nek', 'yen', 'lamun', 'upami', 'menawi',
]);

/**
 * "But", bringing the right value after the wrong one ("bukan 25 *tapi* 8", Javanese "nanging",
 * "not 25 but 8") or a remark after a phone ("0812… tapi jarang aktif"): the corrections of a
 * group's data (groups/value-corrected.ts, change-said.ts, summary-correction.ts) and
 * ./name-phone.ts each add their own named extras ("harusnya", "namun", "kecuali", "kalau").
 */
export const BUT_WORDS: ReadonlySet<string> = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'melainkan', 'nanging', 'but']);

/** The kinds of desa written before its name ("desa sidoarum", "kelurahan wirobrajan", Yogyakarta's "kalurahan", "village"). */
export const DESA_KINDS: ReadonlySet<string> = new Set(['desa', 'kelurahan', 'kalurahan', 'village']);

/**
 * The words that say a desa's name follows, with their short forms ("desa sidoarum", "kel. terban",
 * "Ds Sleman", "village godean"): a sentence of only such a name (understanding), a kecamatan's
 * name said to be a desa's (regions/village-listing.ts).
 */
export const DESA_NAME_WORDS: ReadonlySet<string> = new Set([...DESA_KINDS, 'kel', 'ds']);

/** The place one lives in, named: a desa's kind, "kampung", "dusun", and "my/the desa" ("desaku", Javanese "desane", Sundanese "desana"). */
export const PLACES_LIVED: ReadonlySet<string> = new Set([...DESA_KINDS, 'kampung', 'dusun', 'desaku', 'desane', 'desana', 'kampungku']);

/**
 * Words for an activity's photos ("foto", "fotonya", "poto", "foto2nya", "dokumentasinya",
 * "pictures"): the "no photo" at the summary, the photos asked about at Kegiatan saya, a
 * caption that says nothing but "here is the photo", and "fotonya nyusul" all read these.
 */
export const PHOTO_WORDS: ReadonlySet<string> = new Set([
  'foto', 'fotonya', 'fotone', 'foto2', 'foto2nya', 'foto-fotonya', 'poto', 'potonya', 'gambar', 'gambarnya', 'dokumentasi', 'dokumentasinya',
  'photo', 'photonya', 'photos', 'picture', 'pictures',
]);

/**
 * Words that name a day still ahead by themselves ("besok", "lusa", "nanti sore"), each with the
 * word that names the day as far behind ("kemarin", "tadi"). The date reader refuses a text
 * holding one (parse/date.ts), day-inside.ts finds the day ahead said among other words, and an
 * activity's partner ends before one ("kerja bakti sama pkk besok": the partner is "pkk").
 */
export const DAY_AHEAD_WORDS: ReadonlyMap<string, string> = new Map([
  ['besok', 'kemarin'], ['bsk', 'kemarin'], ['besuk', 'kemarin'], ['lusa', 'kemarin'], ['tomorrow', 'yesterday'], ['nanti', 'tadi'],
]);

/**
 * Words that put a day named with them ahead ("sabtu depan", "bulan depan", "minggu mendatang",
 * "next week"), each with the word that puts it behind ("sabtu lalu", "last week"). Alone they
 * name no day: "di depan balai desa" is a place.
 */
export const DAY_NEXT_WORDS: ReadonlyMap<string, string> = new Map([['depan', 'lalu'], ['mendatang', 'lalu'], ['next', 'last']]);

/**
 * Roles and offices of a village and its groups, said after a form of address ("Pak RT", "Bu RW",
 * "Pak Kades", "Bu Bidan", "Pak Ustadz", "Bu Nyai"): a role, not a person's name. A ketua known by
 * one keeps the form of address with it (parse/without-honorific.ts ketuaNameKept, and the SQL of
 * the migration ketua_name_without_form_of_address), and an activity's description naming one
 * names nobody helped (parse/person-named.ts). "Haji" is no role: "Pak Haji Darto" is kept as
 * "Haji Darto". Lower case, plain letters (the SQL is built from them).
 */
export const VILLAGE_ROLES: ReadonlySet<string> = new Set([
  'rt', 'rw', 'dukuh', 'kadus', 'kades', 'kepdes', 'lurah', 'camat', 'bupati', 'kepala', 'carik', 'modin', 'kaum', 'takmir',
  'bidan', 'dokter', 'mantri', 'perawat', 'guru', 'ustadz', 'ustaz', 'ustadzah', 'kyai', 'kiai', 'nyai', 'pendeta', 'pastor', 'romo',
  'kader', 'ketua', 'wakil', 'sekretaris', 'bendahara', 'pengurus', 'anggota', 'koordinator', 'pembina',
  'babinsa', 'bhabinkamtibmas', 'polisi', 'tkj', 'tksk', 'psm', 'pendamping', 'relawan', 'petugas', 'dinas',
]);

/**
 * Words as one regex alternation ("tapi|tpi|…"), longest first so that a word is not read as a
 * longer one's beginning ("ngarobih" before "robih"). Not escaped: the lexicon's words are plain
 * letters, and a reader's extras may be patterns of their own ("should\s+be").
 */
export function alternation(...lists: ReadonlyArray<Iterable<string>>): string {
  return [...new Set(lists.flatMap((list) => [...list]))].sort((a, b) => b.length - a.length).join('|');
}
