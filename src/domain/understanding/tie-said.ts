/**
 * A tie with another group in a leader's words: stated ("kami sering kerja sama dengan
 * posyandu melati", "kami rapat bareng karang taruna tiap bulan", "we work together with the
 * posyandu", "saya ketua karang taruna, kami sering bantu posyandu melati") or asked to be
 * recorded ("catat hubungan dengan posyandu melati"). What is read is the other group as typed,
 * looked up among the desa's groups by 🔗 Hubungan antarkelompok, and the kind of tie when the
 * words say it (rapat bareng: Pertemuan bersama, kas bersama: Dana/kas bersama, MoU: formal),
 * so neither is asked again. A tie between two groups both named ("antara Posyandu Melati dan
 * PKK Mawar ada kerja sama") is read as the pair: the flow takes the one the person leads as
 * theirs and the other as the partner.
 */
import type { RelationKind } from '../model/relations.js';
import { GROUP_TYPE_WORDS, RELATION_KIND_WORDS, choicesNamed } from '../parse/choice.js';
import { groupPhrase } from './group-phrase.js';
import { tokenize } from '../faq/normalize.js';
import { IF_WORDS, WANT_WORDS, WE_WORDS } from '../parse/lexicon.js';
import { NOT_WORDS, YES_NO_TAGS } from '../parse/negation.js';

/** What a message says of a tie: the other group as typed (or, `between`, both groups named), and the kind of tie. */
export interface TieSaid {
  readonly partner?: string;
  readonly kind?: RelationKind;
  /** "antara Posyandu Melati dan PKK Mawar …": the two groups as typed, neither said to be the person's. */
  readonly between?: readonly [string, string];
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

/**
 * Helping a group ("kami sering bantu posyandu melati", "we often help the posyandu"): a tie
 * with it, the group right after the verb. Only a group named by its kind or "kelompok" (see
 * {@link namesAGroup}): "kami bantu warga" helps people, no group.
 */
const HELP = new RegExp(
  String.raw`(?:^|\s)(?:(?:mem)?bantu|bantuin|(?:men)?dukung|(?:men)?dampingi|help(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s+(?:${WITH}\s+)?([\p{L}\d][\p{L}\d'’.\- ]*)`,
  'iu',
);

/** Words for a group whatever its kind, which may lead a helped group's name ("kelompok tani …"). */
const GROUP_NOUNS = new Set(['kelompok', 'grup', 'group', 'komunitas', 'paguyuban']);
/** The phrases of the kinds of group, as words ("karang taruna" → ["karang", "taruna"]). */
const KIND_PHRASES = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other').flatMap((option) => option.words.map((phrase) => phrase.split(' ')));

/** Whether `partner` starts with a kind of group or a word for one ("posyandu melati", "kelompok tani subur"). */
function namesAGroup(partner: string): boolean {
  const words = partner.toLowerCase().split(' ');
  return GROUP_NOUNS.has(words[0]!) || KIND_PHRASES.some((phrase) => phrase.every((word, at) => words[at] === word));
}

/** "antara", "between": two groups named after it, joined by "dan", "sama", "and". */
const BETWEEN = /(?:^|\s)(?:antara|between)\s+([^,.;!?]+)/iu;
const BETWEEN_JOIN = /\s(?:dan|sama|serta|ama|dengan|dgn|and|&)\s/iu;
/** Words that end the second group's name: what is said of the two ("… ada kerja sama", "… sering rapat", "… there is a partnership"). */
const AFTER_PAIR = new Set([
  'ada', 'sudah', 'udah', 'sdh', 'sering', 'srg', 'punya', 'telah', 'memang', 'rutin', 'selalu', 'saling', 'itu', 'kerja', 'bekerja', 'kerjasama',
  'bekerjasama', 'there', 'have', 'has', 'had', 'is', 'are', 'often', 'always', 'already', 'regularly',
]);
/**
 * Words that state the tie of the pair as a fact ("… ada kerja sama", "… sering rapat", "… there
 * is a partnership"): without one, "kerja sama antara pkk dan posyandu" names a topic, no tie.
 */
const PAIR_STATED = new Set([
  'ada', 'sudah', 'udah', 'sdh', 'sering', 'srg', 'punya', 'telah', 'memang', 'rutin', 'selalu', 'saling', 'there', 'have', 'has', 'had', 'is', 'are',
  'often', 'always', 'already', 'regularly',
]);
/** One of a tie's words on its own ("rapat", "kas", "partnership"). */
const TIE_WORD = new RegExp(String.raw`^(?:${TIE_WORDS})$`, 'iu');
/** A tie's words anywhere ("… ada kerja sama", "ada kas bersama antara …"). */
const ANY_TIE_WORD = new RegExp(String.raw`(?:^|\s)(?:${TIE_WORDS})(?=$|[\s,.;!?])`, 'iu');

/**
 * The two groups of "antara A dan B …" with a tie's words said of them, and the kind of tie;
 * null when the message names no such pair.
 */
function tieBetween(clean: string): TieSaid | null {
  const found = BETWEEN.exec(clean);
  if (!found || !ANY_TIE_WORD.test(clean)) return null;
  const pair = found[1]!.trim();
  const join = BETWEEN_JOIN.exec(pair);
  if (!join) return null;
  const firstWords = pair.slice(0, join.index).trim().split(' ');
  const rest = pair.slice(join.index + join[0].length).trim().split(' ');
  const ends = rest.findIndex((word) => AFTER_PAIR.has(word.toLowerCase()) || TIE_WORD.test(word));
  const secondWords = ` ${rest.slice(0, ends < 0 ? rest.length : ends).join(' ')}`.replace(NAME_ENDS, '').trim().split(' ');
  const first = groupPhrase(firstWords);
  const second = groupPhrase(secondWords);
  if (first === undefined || second === undefined || first.toLowerCase() === second.toLowerCase()) return null;
  // Two groups, each named by its kind or "kelompok" ("hubungan antara wksbm dan karang taruna" is a question about WKSBM), and the tie stated.
  if (!namesAGroup(first) || !namesAGroup(second) || !clean.toLowerCase().split(' ').some((word) => PAIR_STATED.has(word))) return null;
  // The kind from the words around the pair, its names left out ("antara … sering rapat bareng").
  const around = `${clean.slice(0, found.index)} ${ends < 0 ? '' : rest.slice(ends).join(' ')} ${clean.slice(found.index + found[0].length)}`;
  const kinds = choicesNamed(around, RELATION_KIND_WORDS);
  return { between: [first, second], ...(kinds.length === 1 && { kind: kinds[0]! }) };
}

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
 * A question after a statement asking how to record what was told ("…, gimana nyatetnya?",
 * "… trus cara catatnya gmn", "…, how do I record it?"), to the end of the text.
 */
const HOW_TO_RECORD_IT = new RegExp(
  String.raw`[\s,.;!]+(?:(?:trus|terus|lalu|jadi|nah|so|then)\s+)?(?:(?:gimana|gmn|bagaimana|piye|kumaha|how)\s+)?(?:(?:cara(?:nya)?|do|can|should)\s+)?(?:(?:i|we|saya|kami|sy)\s+)?` +
    String.raw`(?:nyatet|nyatat|nyathet|catat|mencatat|nyatetnya|catatnya|nyatatnya|nyathete|lapor(?:in)?|laporinnya|melaporkan(?:nya)?|ngisi(?:nya)?|input(?:nya)?|record|log|report)(?:nya)?` +
    String.raw`(?:\s+(?:it|this|that|di\s*sini|disini|gimana|gmn|bagaimana|piye|kumaha|ya|yah|kak|min))*\s*\??\s*$`,
  'iu',
);

/**
 * The other group and the kind of tie a message names after a tie's words ("hubungan dengan
 * posyandu melati", "kas bersama dengan PKK"): each only when read (an empty object when
 * neither is).
 */
export function tieNamed(text: string): TieSaid {
  const clean = text.replace(/\s+/g, ' ').trim();
  const between = tieBetween(clean);
  if (between) return between;
  const found = TIE.exec(clean) ?? helpedGroup(clean);
  if (!found) return {};
  // A space before, so that words of how often right after "bareng" name no group ("rapat bareng tiap bulan").
  const typed = ` ${found[1]!}`.replace(/[,.;!?].*$/u, '').replace(NAME_ENDS, '').trim().split(' ');
  // "posyandu melati aja", "PKK ya": the chat words after it name nothing; "with the PKK": nor does the article.
  const partner = groupPhrase(typed);
  // The kind from the words before the other group ("sering rapat", "punya kas bersama", "ada MoU").
  const kinds = choicesNamed(clean.slice(0, found.index + found[0].length - found[1]!.length), RELATION_KIND_WORDS);
  return { ...(partner !== undefined && { partner }), ...(kinds.length === 1 && { kind: kinds[0]! }) };
}

/** "… bantu posyandu melati": the helped group's words, when they name a group (as {@link TIE} gives them). */
function helpedGroup(clean: string): RegExpExecArray | null {
  const found = HELP.exec(clean);
  return found && namesAGroup(found[1]!.replace(/^(?:the|our)\s+/iu, '')) ? found : null;
}

/**
 * A tie with another group stated by one of its members ("kami sering kerja sama dengan
 * posyandu melati", "kelompok kami punya kas bersama dengan PKK"), with the group and kind
 * named; null for a question, a wish, a tie denied, news of a day's activity ("kemarin kami
 * rapat bareng PKK"), or words of no group speaking.
 */
export function tieStated(text: string): TieSaid | null {
  // "kami kerja sama dengan posyandu, gimana nyatetnya?": how to record the tie just told is
  // answered by recording it, so the statement before the question is read as one.
  const told = HOW_TO_RECORD_IT.exec(text);
  if (told && told.index > 0) return tieStated(text.slice(0, told.index));
  if (text.includes('?') || DATED.test(text)) return null;
  const tokens = tokenize(text.slice(0, 500));
  if (tokens.some((token) => NOT_STATED.has(token)) || YES_NO_TAGS.has(tokens.at(-1) ?? '')) return null;
  const said = tieNamed(text.slice(0, 500));
  // Both groups named: whoever says it, the pair is the tie ("antara Posyandu Melati dan PKK Mawar ada kerja sama").
  if (said.between !== undefined) return said;
  if (!tokens.some((token) => WE.has(token)) && !OWN_GROUP.test(text)) return null;
  return said.partner === undefined ? null : said;
}
