/**
 * What an officer asks of their 🛡️ Petugas panel in words, at the menu or in the panel:
 * quiet hours ("jam tenang saya jam 10 malam - jam 6 pagi ya", or a range alone at the
 * panel; one end, "mulai jam 10 mlm"), alert kinds switched off or on ("tolong matikan notifikasi kelompok baru", "saya
 * tidak mau dapat ringkasan mingguan"), the dashboard's sign-in ("minta link dasbor", or the
 * data as a file, "download data kelompok excel", which the dashboard gives), their
 * name ("ganti nama saya"), the screen where each is set ("atur jam tenang", "matikan
 * notifikasi malam", "atur notifikasi"), the pending list ("cek yang pending dong"), a
 * desa's level set by hand ("tetapkan tingkat desa panggungharjo jadi aktif"), or the recap
 * of their own area ("rekap wilayah saya", "gimana wilayah saya?"). A question about them
 * ("jam tenang itu apa?") is none of these: it stays a question.
 */
import { OFFICER_ALERT_KINDS, type OfficerAlertKind } from '../model/alert-kinds.js';
import type { WksbmLevel } from '../model/status.js';
import { withoutWordsAround } from '../parse/words-around.js';
import { areaGroupsAsked } from './area-groups-words.js';
import { splitKeptAlerts } from './kept-alert-words.js';
import { isVerdictOnNamed } from './pending-words.js';
import { parseQuietEdge, parseQuietHours, type QuietEdge, type QuietHours } from './quiet-hours.js';
import { recapAsked, type RecapAsked } from './recap-words.js';

/** What the words ask of the panel. */
export type PanelWish =
  | { readonly kind: 'quiet'; readonly range: QuietHours }
  /** One end said alone ("mulai jam 10 mlm"): the other is the one in force. */
  | ({ readonly kind: 'quietEdge' } & QuietEdge)
  | { readonly kind: 'quietOff' }
  | { readonly kind: 'quietOpen' }
  | { readonly kind: 'mute'; readonly kinds: readonly OfficerAlertKind[]; readonly muted: boolean }
  | { readonly kind: 'mutes' }
  | { readonly kind: 'dashboard' }
  /** The dashboard tokens in force, asked about: listed, nothing minted. */
  | { readonly kind: 'tokens' }
  | { readonly kind: 'name' }
  | { readonly kind: 'pending' }
  /** The groups of the officer's area, or those not counted as active (./area-groups-words.ts). */
  | { readonly kind: 'groups'; readonly uncountedOnly: boolean }
  | { readonly kind: 'download' }
  | { readonly kind: 'override'; readonly query: string | null; readonly level: WksbmLevel | null }
  | ({ readonly kind: 'recap' } & RecapAsked);

/**
 * Where the words were typed: at the main menu (an officer's words among everyone's, so an
 * alert kind needs a word of notifications or of receiving: "saya tidak mau daftar kelompok
 * baru" is no mute), at the panel's home (a range alone sets the hours), or at its mute screen.
 */
export type PanelPlace = 'menu' | 'panel' | 'mutes';

/** A question, which no panel wish is: besides openers as in faq/asides.ts isQuestion, "itu apa"/"maksudnya"/"cara" anywhere ("cara ganti nama" asks how). */
const QUESTION = /\?\s*$|^(?:apa|apakah|gimana|gmn|bagaimana|kenapa|mengapa|kok|kapan|siapa|berapa|what|how|why|is|does|can)\b|\b(?:itu\s+apa|maksudnya|artinya|cara(?:nya)?)\b/iu;
const DASHBOARD = /\b(?:dasbor|dasboard|dashboard|dasbord)\b/iu;
const NAME = /\b(?:ganti|ubah|ubh|perbaiki|betulkan|benerin|koreksi|edit|isi|change|update)\s+nama(?:\s+(?:saya|sy|aku|ku|petugas)\b|\s*$)|\bnama\s+saya\s+(?:salah|keliru)\b|\b(?:change|update)\s+my\s+name\b/iu;
// "jam tenangnya …" too: the suffix kept the words from being read at all.
const QUIET = /\b(?:jam\s+tenang(?:nya)?|quiet\s+hours?)\b/iu;
/** Night named with the alerts: "matikan notifikasi malam", "jangan kirim notif tengah malam". */
const NIGHT = /\b(?:notif|notifikasi|pemberitahuan|pesan|alerts?)\s+(?:di\s+|pada\s+|waktu\s+|saat\s+|at\s+)?(?:malam|tengah\s+malam|night)\b|\b(?:malam|malem)\s+(?:jangan|tidak|gak|ga)\b/iu;
/** "Do not disturb" said of the officer ("jangan ganggu saya jam 9 malam - 6 pagi", "do not disturb from 10pm"): what quiet hours are. */
const DISTURB = /\b(?:jangan|jgn|tidak\s+usah|gak\s+usah|ga\s+usah)\s+(?:di)?ganggu\b|\b(?:do\s+not|don'?t)\s+disturb\b/iu;
const QUIET_OFF = /\b(?:hapus|hilangkan|nonaktifkan|batalkan|matikan|tanpa|remove|no)\s+jam\s+tenang\b|\bjam\s+tenang(?:nya)?\s+(?:dihapus|tidak\s+usah|gak\s+usah|ga\s+usah|nggak\s+usah)\b/iu;

/** Words for the alerts themselves, and for receiving them. */
const ALERT_WORDS = /\b(?:notif|notifnya|notifikasi|notifikasinya|pemberitahuan|alert|alerts|pesan|kiriman|info)\b/iu;
const RECEIVING = /\b(?:dapat|dapet|terima|menerima|dikirimi|dikirim|kirim|kirimi|receive|get)\b/iu;
const OFF =
  /\b(?:matikan|matiin|mati|nonaktifkan|stop|stopkan|hentikan|berhenti|jangan|no|do\s+not|don'?t|tidak\s+mau|tidak\s+usah|tidak\s+perlu|gak\s+mau|ga\s+mau|nggak\s+mau|ngga\s+mau|enggak\s+mau|gak\s+usah|ga\s+usah|nggak\s+usah|gak\s+perlu|mute|turn\s+off|off)\b/iu;
/** Switching off said as an order ("matikan …"): about something that is sent, so an alert kind named with it is meant. */
const SWITCH_OFF = /\b(?:matikan|matiin|nonaktifkan|stopkan|hentikan|mute|turn\s+off)\b/iu;
const ON = /\b(?:nyalakan|nyalain|hidupkan|aktifkan|aktifin|unmute|turn\s+on)\b/iu;
const SETTINGS = /\b(?:atur|setting|pengaturan|ubah|ganti|settings)\b/iu;

/** Each alert kind's names: specific ones hold alone; a single word ("kegiatan") needs the alerts named with it. */
const KIND_WORDS: ReadonlyArray<{ readonly kind: OfficerAlertKind; readonly strong: RegExp; readonly weak?: RegExp }> = [
  { kind: 'group.inactive', strong: /\bkelompok\s+(?:yang\s+|yg\s+)?(?:tidak|tdk|gak|ga|nggak)\s+aktif\b|\bkelompok\s+(?:pasif|mati|tidur)\b|\binactive\s+groups?\b/iu },
  { kind: 'group.registered', strong: /\bkelompok\s+baru\b|\bpendaftaran\s+kelompok\b|\bnew\s+groups?\b/iu },
  { kind: 'activity.logged', strong: /\bkegiatan\s+(?:baru|dicatat)\b|\blaporan\s+kegiatan\b|\bactivit(?:y|ies)\s+logged\b/iu, weak: /\bkegiatan\b/iu },
  { kind: 'level.changed', strong: /\bperubahan\s+tingkat\b|\btingkat\s+(?:berubah|naik|turun)\b|\blevel\s+changes?\b/iu, weak: /\b(?:tingkat|level)\b/iu },
  { kind: 'digest.weekly', strong: /\b(?:ringkasan|rekap|rekapan|laporan)\s+mingguan\b|\bweekly\s+(?:digest|summary)\b|\bdigest\b/iu, weak: /\b(?:ringkasan|rekap)\b/iu },
];

/** The alert kinds the words name, in the mute screen's order. */
function kindsNamed(text: string, weakToo: boolean): OfficerAlertKind[] {
  // "kelompok tidak aktif" is not "kelompok baru": each kind's words are taken out once read.
  let rest = text;
  const found = new Set<OfficerAlertKind>();
  for (const { kind, strong, weak } of KIND_WORDS) {
    if (strong.test(rest) || (weakToo && weak?.test(rest))) {
      found.add(kind);
      rest = rest.replace(strong, ' ');
    }
  }
  return OFFICER_ALERT_KINDS.filter((kind) => found.has(kind));
}

/** What may stand around "off" answered to the quiet-hours question: particles, the thing itself, "pakai". */
const OFF_PADDING = /\b(?:saja|aja|ajah|deh|dong|ya|yah|lah|sih|pak|bu|mas|mbak|tolong|please|pakai|pake|jam\s+tenang(?:nya)?|quiet\s+hours?|it|them)\b/giu;
/** "Off" answered to the quiet-hours question, once the padding is gone. */
const OFF_ANSWER =
  /^(?:mati|matikan|matiin|hapus|hapuskan|hilangkan|nonaktifkan|tidak|tidak ada|tidak usah|tidak perlu|gak|ga|nggak|enggak|gak usah|ga usah|nggak usah|enggak usah|gak perlu|ga perlu|nggak perlu|tanpa|off|turn off|switch off|none|no|remove|stop)$/u;

/**
 * Whether `text`, answered to the quiet-hours question, switches them off: "matikan", and as
 * people say it, "matikan saja", "hapus aja ya", "gak usah pakai jam tenang", "turn it off"
 * (only the bare words were taken; the rest was "use the example 21:00-06:00").
 */
export function isQuietOffAnswer(text: string): boolean {
  const core = text.toLowerCase().replace(/[.,!?]/g, ' ').replace(OFF_PADDING, ' ').replace(/\s+/g, ' ').trim();
  return OFF_ANSWER.test(core);
}

/** The quiet hours in a sentence ("jam tenang saya jam 10 malam - jam 6 pagi ya"), or null. */
export function quietHoursInText(text: string): QuietHours | null {
  const whole = parseQuietHours(text);
  if (whole) return whole;
  const words = text.split(/\s+/u);
  // The longest run of words that is a range, from any word on: the rest is what was said around it.
  // One word may be the whole range ("jam tenang 21-06": it was not read, and the hours were asked again).
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      const range = parseQuietHours(words.slice(start, end).join(' ').replace(/^[,.;:]+|[,.;:!]+$/gu, ''));
      if (range) return range;
    }
  }
  return null;
}

/** Words before the pending list's name: asking to see it, or how many it holds ("cek", "ada berapa", "show"). */
const PENDING_BEFORE = new Set([
  'cek', 'check', 'lihat', 'liat', 'buka', 'tampilkan', 'tunjukkan', 'tolong', 'coba', 'mau', 'minta', 'saya', 'sy', 'aku', 'bisa',
  'ada', 'berapa', 'brp', 'banyak', 'apa', 'aja', 'saja', 'mana', 'show', 'see', 'list', 'please', 'pls', 'how', 'many', 'what', 'whats', 'is', 'are', 'my', 'me',
]);
/** Chat after it ("dong", "apa aja ya"). */
const PENDING_AFTER = new Set(['dong', 'ya', 'yah', 'min', 'kak', 'pak', 'bu', 'aja', 'saja', 'deh', 'nih', 'sih', 'dulu', 'sekarang', 'skrg', 'apa', 'mana', 'please', 'pls', 'now']);
/** The pending list's names, as officers say them. */
const PENDING_NAMES = new Set([
  'pending', 'yang pending', 'yg pending', 'data pending', 'daftar pending', 'data yang pending', 'pending list', 'the pending list', 'pending items', 'items pending',
  'yang menunggu', 'yg menunggu', 'menunggu verifikasi', 'yang menunggu verifikasi', 'yg menunggu verifikasi', 'data yang menunggu verifikasi',
  'daftar menunggu verifikasi', 'daftar tunggu', 'antrian', 'antrean', 'antrian verifikasi', 'antrean verifikasi',
  'belum diverifikasi', 'yang belum diverifikasi', 'yg belum diverifikasi', 'data yang belum diverifikasi', 'kelompok yang belum diverifikasi',
  'kegiatan yang belum diverifikasi', 'yang perlu diverifikasi', 'yang harus diverifikasi', 'yang perlu saya verifikasi', 'yang harus saya verifikasi',
  'waiting for verification', 'awaiting verification', 'to verify', 'waiting for me',
]);

/** Chat spellings of the list's words ("yg blm diverifikasi apa aja" was the FAQ on who verifies). */
const PENDING_SPELLINGS: Readonly<Record<string, string>> = { blm: 'belum', blum: 'belum', belom: 'belum', yng: 'yang', diverif: 'diverifikasi' };

/**
 * Whether `text` asks for the pending list in a sentence: its name with words of asking
 * before it and chat after it ("cek yang pending dong", "yang menunggu apa aja ya", "berapa
 * kelompok yang belum diverifikasi?", "show pending"). The name must be the whole rest, so a
 * question about verifying ("berapa lama menunggu verifikasi?") or one's own group ("kelompok
 * saya belum diverifikasi") is none.
 */
export function asksPendingList(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => PENDING_SPELLINGS[word] ?? word);
  // At most three words of asking ("tolong cek ada") and four of chat ("apa aja ya min"); one word always left.
  const name = withoutWordsAround(words, { before: PENDING_BEFORE, after: PENDING_AFTER, keep: 1, most: { before: 3, after: 4 } });
  return PENDING_NAMES.has(name.join(' '));
}

/**
 * A desa's level set by hand, asked in words: "tetapkan tingkat desa panggungharjo jadi aktif",
 * "ubah level desa bangunharjo", "tetapkan tingkat desa". The verb and "tingkat"/"level" lead;
 * the desa and the level after them are optional.
 */
const OVERRIDE = /^(?:tolong\s+|saya\s+mau\s+|mau\s+)?(?:tetapkan|tetapin|ubah|ganti|set|atur|turunkan|naikkan|naikan)\s+(?:tingkat|level)(?:\s+wksbm)?(?:\s+(?:desa|kelurahan|kel))?(?:\s+(.*?))?\s*$/iu;
/** The level said at the end: "… jadi aktif", "… sebagai rintisan", "… ke belum ada". */
const OVERRIDE_LEVEL = /(?:^|\s+)(?:jadi|menjadi|sebagai|ke|to)\s+(belum\s+ada|rintisan|tumbuh|aktif|dorman)(?:\s+(?:ya|aja|saja|dong))?$/iu;

/** The override asked in `text`, or null. */
function overrideWish(text: string): Extract<PanelWish, { kind: 'override' }> | null {
  const match = OVERRIDE.exec(text.replace(/[.!]+$/u, ''));
  if (!match) return null;
  let rest = (match[1] ?? '').trim();
  const said = OVERRIDE_LEVEL.exec(rest);
  const level = said ? (said[1]!.toLowerCase().replace(/\s+/u, '_') as WksbmLevel) : null;
  if (said) rest = rest.slice(0, said.index).trim();
  return { kind: 'override', query: rest === '' ? null : rest, level };
}

/** A file of the data asked for: "download", "unduh", "excel", "csv"… */
const DOWNLOAD = /\b(?:download|unduh|ekspor|export|excel|xlsx|csv|spreadsheet)\b/iu;
/** …of what: the data, a recap, groups, activities. */
const DATA_WORDS = /\b(?:data|datanya|rekap|rekapan|file|laporan|kelompok|kegiatan|desa|groups|activities)\b/iu;
/** "apa itu csv?": what the word means, not a wish for the file. */
const WHAT_IS = /\b(?:apa\s+itu|itu\s+apa|artinya|maksudnya|what\s+is)\b/iu;

/**
 * Whether `text` asks for the data as a file ("saya mau download data kelompok excel", "bisa
 * unduh rekap kegiatan?"): the exports are on the dashboard, so its sign-in answers it.
 */
function asksDownload(text: string): boolean {
  return DOWNLOAD.test(text) && DATA_WORDS.test(text) && !WHAT_IS.test(text);
}

/** A token or sign-in of the dashboard's named. */
const TOKEN = /\b(?:token|tokens|tokennya|sesi|login|sign[-\s]?ins?)\b/iu;
/** Asking how many or which ones, or to look at them ("brp", "yg aktif", "cek"), as opposed to asking for one. */
const TOKENS_ASKED = /\b(?:berapa|brp|brapa|how\s+many|which|apa\s+aja|apa\s+saja|mana|aktif|active|masih\s+berlaku|cek|lihat|liat|list|daftar)\b/iu;
/** Asking for one: a request to mint ("minta", "buat", "kirim", "baru", "new"). */
const TOKEN_WANTED = /\b(?:minta|buat|buatkan|bikin|bikinin|kirim|kirimi|kirimkan|kasih|berikan|baru|new|give|send|get)\b/iu;

/**
 * Whether `text` asks about the officer's dashboard tokens ("brp token dasbor sy yg aktif",
 * "how many dashboard tokens do I have?"): answered with those in force, as Data saya lists
 * them. Only a request ("minta token dasbor") mints a sign-in; "token dasbor itu apa?" asks what one is.
 */
function asksTokens(text: string): boolean {
  return DASHBOARD.test(text) && TOKEN.test(text) && TOKENS_ASKED.test(text) && !TOKEN_WANTED.test(text) && !WHAT_IS.test(text);
}

/** Which ones, asked: "apa aja", "mana", "which". */
const WHICH = /\b(?:apa|apa\s+aja|apa\s+saja|mana|yang\s+mana|yg\s+mana|which|what)\b/iu;
/** Their state: on or off. */
const ON_OR_OFF = /\b(?:nyala|menyala|dinyalakan|aktif|hidup|mati|dimatikan|matikan|on|off|muted)\b/iu;

/**
 * Whether `text` asks which alerts are on or off ("notif apa aja yg masih nyala?", "which
 * alerts are on?"); "notifikasi kelompok tidak aktif itu apa?" asks what one is, and stays a question.
 */
function asksAlertsState(text: string): boolean {
  return ALERT_WORDS.test(text) && WHICH.test(text) && ON_OR_OFF.test(text) && !WHAT_IS.test(text);
}

/** What `text` asks of the panel typed at `place`, or null when it is none of its things (or a question). */
export function panelWish(text: string, place: PanelPlace): PanelWish | null {
  const trimmed = text.trim();
  // "berapa kelompok yang belum diverifikasi?" is asked of the list itself: the list answers it.
  // "verifikasi dasa wisma melati": the list, which decides the one record the words name.
  if (asksPendingList(trimmed) || isVerdictOnNamed(trimmed)) return { kind: 'pending' };
  // "kelompok mana yg belum aktif", "kelompok apa saja di wilayah saya": listed (were a resident's answers).
  const groups = areaGroupsAsked(trimmed);
  if (groups) return { kind: 'groups', ...groups };
  // "bisa download data kelompok excel?": how is answered with the way there, a question too.
  if (asksDownload(trimmed)) return { kind: 'download' };
  // "gimana wilayah saya?": asked as a question, and the recap is its answer.
  const recap = recapAsked(trimmed);
  if (recap) return { kind: 'recap', ...recap };
  // "notif apa aja yg masih nyala?": the mute screen shows each kind on or off, which answers it.
  if (asksAlertsState(trimmed)) return { kind: 'mutes' };
  // "brp token dasbor sy yg aktif": the tokens in force answer it (it used to mint a sign-in code).
  if (asksTokens(trimmed)) return { kind: 'tokens' };
  if (trimmed === '' || QUESTION.test(trimmed)) return null;
  if (NAME.test(trimmed)) return { kind: 'name' };
  const override = overrideWish(trimmed);
  if (override) return override;
  if (DASHBOARD.test(trimmed)) return { kind: 'dashboard' };
  if (QUIET_OFF.test(trimmed)) return { kind: 'quietOff' };
  // At the menu "jangan ganggu" is quiet hours only with a time or the night ("… jam 9 malam - 6 pagi"): "tolong
  // jangan ganggu saya dulu", "warganya jangan diganggu" opened the officer panel.
  const disturb = DISTURB.test(trimmed) && (place !== 'menu' || /\b(?:malam|malem|night)/iu.test(trimmed) || quietHoursInText(trimmed) !== null || parseQuietEdge(trimmed) !== null);
  const quietNamed = QUIET.test(trimmed) || NIGHT.test(trimmed) || disturb;
  if (quietNamed || place !== 'menu') {
    // A range alone is the hours only where the panel is open: at the menu "jam 9 - 10" may be anything.
    const range = quietNamed ? quietHoursInText(trimmed) : parseQuietHours(trimmed);
    if (range) return { kind: 'quiet', range };
    // "mulai jam 10 mlm", "jam tenang dari jam 21": one end (was "salah satu tombol"); a range said around other words is none,
    // and so is a time alerts are asked for ("kirim notif setelah jam 21"), the opposite of quiet hours.
    const sending = !quietNamed && (ALERT_WORDS.test(trimmed) || RECEIVING.test(trimmed)) && !OFF.test(trimmed);
    const edge = quietHoursInText(trimmed) === null && !sending ? parseQuietEdge(trimmed) : null;
    if (edge) return { kind: 'quietEdge', ...edge };
    if (quietNamed) return { kind: 'quietOpen' };
  }
  const alerts = ALERT_WORDS.test(trimmed);
  const on = ON.test(trimmed);
  const off = !on && OFF.test(trimmed);
  // "jangan kirim notif dari jam 10 malam sampai jam 5 subuh": no alerts in those hours, which
  // is what quiet hours are (was the mute screen). Only said as "off": "kirim notif jam 7 - 9" is the opposite.
  const offHours = alerts && off ? quietHoursInText(trimmed) : null;
  if (offHours) return { kind: 'quiet', range: offHours };
  // "jangan kirim setelah jam 21", "no alerts after 9pm": when alerts may come no more, one end of those hours (was the mute screen, or "belum paham").
  const offEdge = off && (alerts || RECEIVING.test(trimmed)) ? parseQuietEdge(trimmed) : null;
  if (offEdge) return { kind: 'quietEdge', ...offEdge };
  const weakToo = alerts || place === 'mutes';
  // "sy cukup rekap mingguan", "kecuali rekap mingguan": kinds kept stay on while the rest go off.
  const split = splitKeptAlerts(trimmed, (part) => OFF.test(part));
  const kept = split.kept === '' ? [] : kindsNamed(split.kept, true);
  const named = split.all && alerts ? [...OFFICER_ALERT_KINDS] : kindsNamed(split.rest, weakToo);
  const kinds = named.filter((kind) => !kept.includes(kind));
  const meant = place !== 'menu' || alerts || RECEIVING.test(trimmed) || SWITCH_OFF.test(trimmed);
  if (kinds.length > 0 && (on || off) && meant) {
    return { kind: 'mute', kinds, muted: !on };
  }
  if (alerts && (on || off || SETTINGS.test(trimmed) || kept.length > 0)) return { kind: 'mutes' };
  return null;
}
