/**
 * A tie with another group in a leader's words: stated ("kami sering kerja sama dengan
 * posyandu melati", "kami rapat bareng karang taruna tiap bulan", "we work together with the
 * posyandu") or asked to be recorded ("catat hubungan dengan posyandu melati"). What is read
 * is the other group as typed, looked up among the desa's groups by 🔗 Hubungan
 * antarkelompok, and the kind of tie when the words say it (rapat bareng: Pertemuan bersama,
 * kas bersama: Dana/kas bersama, MoU: formal), so neither is asked again.
 */
import type { RelationKind } from '../model/relations.js';
import { RELATION_KIND_WORDS, choicesNamed } from '../parse/choice.js';
import { groupPhrase } from './group-phrase.js';
import { tokenize } from '../faq/normalize.js';
import { IF_WORDS, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';
import { NOT_WORDS, YES_NO_TAGS } from '../parse/negation.js';

/** What a message says of a tie: the other group as typed, and the kind of tie. */
export interface TieSaid {
  readonly partner?: string;
  readonly kind?: RelationKind;
}

/**
 * Words of a tie, before the word that brings the other group: working together, a
 * partnership, meetings, a fund, an agreement, a tie itself. "kerja" alone only before
 * that word ("kerja bareng PKK", "kerja sama posyandu" with no "dengan").
 */
const TIE_WORDS = [
  String.raw`(?:be)?kerja\s?sama(?:nya)?`, String.raw`kerja(?=\s+(?:bareng|bersama|sama))`, String.raw`(?:ber)?mitra(?:an)?`, 'kemitraan', String.raw`(?:ber)?kolaborasi`,
  'hubungan', 'hubungannya', 'relasi', 'rapat', 'kumpul', 'ngumpul', 'ketemu', 'bertemu', 'pertemuan', 'musyawarah',
  'kas', 'dana', 'iuran', 'mou', 'kesepakatan', 'perjanjian', 'sk',
  String.raw`work(?:s|ed|ing)?(?:\s+together)?`, String.raw`cooperat\w*`, String.raw`collaborat\w*`, String.raw`partner(?:s|ed|ing|ship)?`,
  String.raw`meet(?:s|ing|ings)?`, 'fund', 'agreement', 'tie', 'ties',
].join('|');

/** The word that brings the other group ("dengan", "sama", "bareng", "with"). */
const WITH = String.raw`(?:bersama\s+(?:dengan|sama)|dengan|dgn|sama|ama|bareng(?:an)?|bersama|brg|with)`;

/** A tie's words, up to three words after them ("rapat rutin", "punya kas bersama"), then the other group. */
const TIE = new RegExp(String.raw`(?:^|\s)(?:${TIE_WORDS})(?:\s+\S+){0,3}?\s+${WITH}\s+([\p{L}\d][\p{L}\d'’.\- ]*)`, 'iu');

/** Where the other group's name ends: how often or since when, what for, where ("… tiap bulan", "… sejak 2020"). */
const NAME_ENDS = /\s(?:tiap|setiap|tiap2|sebulan|seminggu|setahun|rutin|sejak|dari|untuk|utk|buat|di|soal|tentang|dalam|juga|jg|udah|sudah|every|each|since|for|on|in|about|monthly|weekly|already|too|also)\b.*$/iu;

/** "We" of a group: the one who states a tie speaks for one ("kami", "kelompok saya", "we", "our group"). */
const WE = new Set([...WE_WORDS, 'kmi', 'we', 'our', 'us']);
const OWN_GROUP = /\b(?:kelompok|grup|group|karang\s+taruna|pkk|posyandu|majelis|takmir|arisan)\s*(?:saya|sy|ku|kami|kita)\b/iu;
/** A day or a time, which makes "kami rapat bareng PKK" news of an activity (its reader's), not a tie. */
const DATED = /\b(?:kemarin|kemaren|kmrn|tadi|td|besok|nanti|hari\s+ini|tgl|tanggal|minggu\s+(?:lalu|kemarin|depan)|pekan\s+(?:lalu|depan)|yesterday|today|tomorrow|last\s+week|next\s+week)\b|\d{1,2}\s*[/-]\s*\d{1,2}/iu;
/** Words that make it no statement of a tie: asking, not, if, a wish, a plan ("gimana kalau kami kerja sama …"), an activity reported. */
const NOT_STATED = new Set([
  ...NOT_WORDS, ...IF_WORDS, ...WANT_WORDS, 'belum', 'blm', 'bukan', 'bkn', 'never', 'not', 'dont', 'don', 'no',
  'apa', 'apakah', 'gimana', 'gmn', 'bagaimana', 'cara', 'caranya', 'kenapa', 'kok', 'piye', 'kumaha', 'bisa', 'boleh', 'perlu', 'harus',
  'what', 'how', 'why', 'can', 'could', 'should', 'may', 'want', 'would', 'will', 'akan', 'rencana', 'berencana', 'plan', 'planning',
  // "lapor kegiatan kami: rapat bareng PKK": an activity reported, which its flow records.
  'catat', 'lapor', 'laporkan', 'kegiatan', 'acara', 'activity', 'report', 'log', 'record',
]);

/**
 * The other group and the kind of tie a message names after a tie's words ("hubungan dengan
 * posyandu melati", "kas bersama dengan PKK"): each only when read (an empty object when
 * neither is).
 */
export function tieNamed(text: string): TieSaid {
  const clean = text.replace(/\s+/g, ' ').trim();
  const found = TIE.exec(clean);
  if (!found) return {};
  // A space before, so that words of how often right after "bareng" name no group ("rapat bareng tiap bulan").
  const typed = ` ${found[1]!}`.replace(/[,.;!?].*$/u, '').replace(NAME_ENDS, '').trim().split(' ');
  // "posyandu melati aja", "PKK ya": the chat words after it name nothing; "with the PKK": nor does the article.
  const partner = groupPhrase(typed);
  // The kind from the words before the other group ("sering rapat", "punya kas bersama", "ada MoU").
  const kinds = choicesNamed(clean.slice(0, found.index + found[0].length - found[1]!.length), RELATION_KIND_WORDS);
  return { ...(partner !== undefined && { partner }), ...(kinds.length === 1 && { kind: kinds[0]! }) };
}

/**
 * A tie with another group stated by one of its members ("kami sering kerja sama dengan
 * posyandu melati", "kelompok kami punya kas bersama dengan PKK"), with the group and kind
 * named; null for a question, a wish, a tie denied, news of a day's activity ("kemarin kami
 * rapat bareng PKK"), or words of no group speaking.
 */
export function tieStated(text: string): TieSaid | null {
  if (text.includes('?') || DATED.test(text)) return null;
  const tokens = tokenize(text.slice(0, 500));
  if (!tokens.some((token) => WE.has(token)) && !OWN_GROUP.test(text)) return null;
  if (tokens.some((token) => NOT_STATED.has(token)) || YES_NO_TAGS.has(tokens.at(-1) ?? '')) return null;
  const said = tieNamed(text);
  return said.partner === undefined ? null : said;
}
