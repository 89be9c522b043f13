/**
 * A group's own people wishing to take part: "kelompok saya mau ikut wksbm", "saya pengurus
 * posyandu, gimana caranya ikut wksbm", "kami kelompok tani di bantul, bisa ikut?", and a
 * leader introducing themself with their group ("saya ketua karang taruna di desa sidomulyo",
 * "my group is a youth group in sleman"). The FAQ reads these as which groups may be members,
 * or what Karang Taruna is: true, but no way in. In WKSBM a group takes part by registering
 * in its desa, so the menu answers such a wish with the registration, the kind said going
 * along. Read only when every word is one of such a wish (as in ./start-one-asked.ts): a
 * question about anything else ("… manfaatnya apa") stays the FAQ's, and so do questions
 * about the concept, which name no group of the person's own ("posyandu bisa ikut wksbm?"):
 * those the menu answers for the kind asked ({@link kindMayJoin}), the reading staying the FAQ's.
 */
import type { GroupType } from '../model/group-types.js';
import type { AreaUnit } from '../model/groups.js';
import { GROUP_TYPE_WORDS } from '../parse/choice.js';
import { nameAsTyped } from '../parse/group-name.js';
import { tokenize } from '../faq/normalize.js';
import { ADDRESS_WORDS, DESA_KINDS, HOW_WORDS, I_WORDS, IF_WORDS, PLACES_LIVED, TONE_PARTICLES, WANT_WORDS, WE_WORDS, alternation } from '../parse/lexicon.js';
import { YES_NO_TAGS } from '../parse/negation.js';
import type { RegisterDetails } from './register-details.js';
import { REGISTER_VERB_WORDS } from './register-verbs.js';

/** What such a wish states: the kind of group, its name, and the place said with it. */
export interface JoinAsked {
  readonly groupType?: GroupType;
  /** The group's own name, led by its kind ("kami dari posyandu mawar mau ikut" → "Posyandu Mawar"). */
  readonly name?: string;
  /** The RT/RW said with it ("saya ketua pkk melati rw 3, mau gabung"). */
  readonly unit?: AreaUnit;
  /** A kind outside the list ("takmir masjid", "kelompok ronda"), registered as Lainnya of it. */
  readonly typeOther?: string;
  /** The place as typed, for the registration's village search ("desa sidomulyo", "bantul"). */
  readonly place?: string;
  /** The place when named as a desa ("di desa sidomulyo"), whose status may be offered too. */
  readonly desa?: string;
  /** Asked whether a kind may take part ("pengajian bisa daftar?"), no group of the person's own named: answered for the kind. */
  readonly kindAsked?: true;
  /** A group's name typed alone ("Posyandu Mawar", ./group-named.ts): its registration offered, nothing asked answered. */
  readonly nameAlone?: true;
}

/** Words of taking part ("ikut", "gabung", Javanese "melu", Sundanese "ngiring", "join"). */
const JOIN_WORDS = new Set([
  'ikut', 'ikutan', 'gabung', 'bergabung', 'masuk', 'melu', 'ndherek', 'nderek', 'ngiring', 'ilu', 'partisipasi', 'berpartisipasi',
  'join', 'participate',
]);
/**
 * Registering, active and passive ("daftar", "didaftarin", "be registered"): for a group of the
 * person's own of a kind named, a wish to take part as much as "ikut" is ("sy ketua yasinan di
 * rt 3, mau didaftarin gmn caranya ya" was who may register, no way in).
 */
const REGISTERING = new Set([...REGISTER_VERB_WORDS, 'didaftarkan', 'didaftarin', 'didaftar', 'registered']);
/**
 * The first word of taking part in a text, where the wish starts: the group named before it is
 * the person's own ("kami dari posyandu mawar | mau ikut"), read so by ./register-details.ts.
 */
export const JOIN_VERB = new RegExp(String.raw`\b(?:${[...JOIN_WORDS, ...REGISTERING].join('|')})\b`, 'iu');
/** "jadi anggota", "become a member": joining too. */
const BECOME = new Set(['jadi', 'menjadi', 'jd', 'dadi', 'dados', 'become', 'be']);
const MEMBER = new Set(['anggota', 'anggotanya', 'member', 'members']);
/** "I" and "we", the owners of a group ("kelompok saya", "kami kelompok tani"). */
const OWNERS = new Set([...I_WORDS, ...WE_WORDS, 'i', 'we', 'sya', 'kmi', 'ku']);
/** A group's own, in one word ("kelompokku", "grupku"). */
const OWN_GROUP = new Set(['kelompokku', 'kelompokmu', 'grupku', 'komunitasku']);
/** "my", "our" before a group ("my group", "our posyandu"). */
const MY = new Set(['my', 'our']);
/** Words for a group of any kind ("kelompok mawar" is a group's name led by one, ./group-named.ts). */
export const GROUP_NOUNS = new Set(['kelompok', 'group', 'grup', 'komunitas', 'organisasi', 'perkumpulan']);
/** What a person is in their group ("saya ketua …", "saya pengurus …", "I am the head of …"). */
const ROLE_WORDS = new Set([
  'ketua', 'pengurus', 'sekretaris', 'sekertaris', 'bendahara', 'koordinator', 'kader', 'pembina', 'wakil', 'pengelola',
  'leader', 'head', 'chair', 'chairman', 'chairwoman', 'secretary', 'treasurer', 'coordinator', 'manager',
]);
/** Words between "I" and the group in an introduction ("saya adalah salah satu pengurus …", "we are a …"). */
const LINKS = new Set(['adalah', 'dari', 'dr', 'sebagai', 'selaku', 'salah', 'satu', 'ini', 'is', 'am', 'are', 'a', 'an', 'the', 'of', 'from', 'own']);
/** Words that mark a place ("di desa …", "in sleman"): the lexicon's places lived, "di", "in", "at". */
const PLACE_MARKS: ReadonlySet<string> = new Set([...PLACES_LIVED, 'di', 'in', 'at']);
/** A place said with a desa's kind before its name ("desa sidoarum", "kalurahan …"): that desa. */
const NAMES_DESA = new RegExp(String.raw`^(?:${alternation(DESA_KINDS)}) `, 'u');
/** The words of an introduction: who speaks, their role, their group and where. */
const INTRO_WORDS = new Set([...OWNERS, ...MY, ...OWN_GROUP, ...GROUP_NOUNS, ...ROLE_WORDS, ...LINKS, ...PLACE_MARKS, ...ADDRESS_WORDS, ...TONE_PARTICLES, 'namanya', 'bernama']);
/** Besides those, the words of asking to join ("gimana caranya", "bisa … gak?", "harus ngapain", "can we"). */
const ASKING_WORDS = new Set([
  ...INTRO_WORDS, ...JOIN_WORDS, ...REGISTERING, ...BECOME, ...MEMBER, ...WANT_WORDS, ...HOW_WORDS, ...IF_WORDS, 'wksbm', 'wksbmnya', 'ke', 'dalam', 'dengan', 'dgn',
  'cara', 'caranya', 'carane', 'carana', 'cr', 'crnya', 'bisa', 'bs', 'boleh', 'iso', 'isa', 'saged', 'tiasa', 'apa', 'apakah', 'itu', 'juga', 'jg',
  'harus', 'hrs', 'kudu', 'ngapain', 'dong', 'donk', 'yuk', 'ayo', 'nggih', 'can', 'could', 'may', 'how', 'do', 'does', 'to', 'want', 'would', 'like',
  'please', 'take', 'part',
]);

/** The phrases of each kind of group, tokenised, longest first ("kelompok tani" before "tani"). */
const KIND_PHRASES: ReadonlyArray<{ readonly type: GroupType; readonly words: readonly string[] }> = GROUP_TYPE_WORDS.filter((option) => option.id !== 'other')
  .flatMap((option) => option.words.map((phrase) => ({ type: option.id, words: tokenize(phrase) })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The wish to join in `tokens` (tokenised, a leading greeting left out), with the kind named,
 * and the place, kind outside the list, name and RT/RW that the registration reads from the text
 * (`details`: ./register-details.ts, the group named around {@link JOIN_VERB}); null when the
 * message is no such wish. `details` is read only when the message may be one, at most once.
 */
export function joinAsked(tokens: readonly string[], details: () => Pick<RegisterDetails, 'place' | 'typeOther' | 'name' | 'unit'>): JoinAsked | null {
  // Without "saya", "kami", "my" or "kelompokku" no group is the person's own (see ownsGroup),
  // whatever the details say: most messages that get here, spared the registration's reading.
  if (!tokens.some((token) => OWNERS.has(token) || MY.has(token) || OWN_GROUP.has(token))) return null;
  const { place, typeOther, name, unit } = details();
  const kinds = kindsIn(tokens, typeOther);
  // Registering is such a wish with the group's kind named ("saya ketua posyandu, mau daftar gmn"); "gimana cara
  // mendaftarkan kelompok kami" names none and asks how registering goes (the FAQ's).
  const registers = (kinds.size > 0 || typeOther !== undefined) && tokens.some((token) => REGISTERING.has(token));
  const joins = registers || tokens.some((token, at) => JOIN_WORDS.has(token) || (MEMBER.has(token) && (BECOME.has(tokens[at - 1] ?? '') || BECOME.has(tokens[at - 2] ?? ''))));
  // "posyandu mawar", "rw 3": the group's own name and RT/RW, said with a wish to join, say nothing else.
  const named = joins && name !== undefined ? name : undefined;
  const nameWords = new Set(named === undefined ? [] : tokenize(named));
  // "kelompok tani", "kelompok posyandu", "group", "posyandu mawar": where a group is named, and how many words it takes.
  const startsGroup = (at: number): number => {
    const noun = GROUP_NOUNS.has(tokens[at] ?? '') && !kinds.has(at) ? 1 : 0;
    const kind = kinds.get(at + noun)?.length ?? 0;
    let own = 0;
    while (kind > 0 && nameWords.has(tokens[at + noun + kind + own] ?? '')) own++;
    return noun + kind + own;
  };
  if (!ownsGroup(tokens, startsGroup)) return null;
  const types = new Set([...kinds.values()].map((kind) => kind.type));
  const groupType = typeOther === undefined && types.size === 1 ? [...types][0] : undefined;
  const said = placeSaid(place);
  const placeWords = new Set(said === undefined ? [] : tokenize(said));
  const kindWords = new Set([...kinds.entries()].flatMap(([at, kind]) => tokens.slice(at, at + kind.length)));
  const unitAt = unit === undefined ? new Set<number>() : unitWordsAt(tokens);
  const rest = tokens.filter((token, at) => !placeWords.has(token) && !kindWords.has(token) && !nameWords.has(token) && !unitAt.has(at));
  // "kelompok saya mau ikut wksbm gak?": a "not" only as the question's tag at the end ("kelompok kami gak ikut" says no).
  const tagged = rest.filter((token) => YES_NO_TAGS.has(token));
  const tagAtEnd = tagged.length === 0 || (tagged.length === 1 && tokensAfter(tokens, tagged[0]!).every((token) => TONE_PARTICLES.has(token) || ADDRESS_WORDS.has(token)));
  const kindNamed = groupType !== undefined || typeOther !== undefined;
  const wish = joins ? rest.every((token) => ASKING_WORDS.has(token) || YES_NO_TAGS.has(token)) && tagAtEnd : kindNamed && rest.every((token) => INTRO_WORDS.has(token));
  if (!wish) return null;
  return {
    ...(groupType && { groupType }),
    ...(named && { name: named }),
    ...(unit && unitAt.size > 0 && { unit }),
    ...(typeOther && { typeOther }),
    ...(said && { place: said }),
    ...(said && NAMES_DESA.test(said) && { desa: said }),
  };
}

/** Words of being able or allowed, in a question whether a kind may take part ("bisa", "boleh", "can"). */
const CAN_WORDS = new Set(['bisa', 'bs', 'bisakah', 'boleh', 'bolehkah', 'dapat', 'iso', 'isa', 'saged', 'tiasa', 'can', 'could', 'may']);
/** Registering or taking part, passive forms too ("didaftarkan", "be registered", "jadi anggota"). */
const ENTER_WORDS = new Set([...JOIN_WORDS, ...REGISTERING, 'anggota', 'anggotanya', 'member']);
/** Besides the kind and those, the words of such a question ("apakah … juga bisa ikut wksbm gak?", "can a … join?"). */
const KIND_QUESTION_WORDS = new Set([
  // "kalau kelompok arisan … bisa ikut daftar ga ya": the "if" such a question often opens with.
  ...GROUP_NOUNS, ...TONE_PARTICLES, ...ADDRESS_WORDS, ...YES_NO_TAGS, ...BECOME, ...IF_WORDS, 'apa', 'apakah', 'juga', 'jg', 'wksbm', 'wksbmnya', 'ke', 'dalam',
  'sebagai', 'ibu', 'bapak', 'bpk', 'a', 'an', 'the', 'be', 'to', 'of', 'as', 'in', 'also', 'too', 'group', 'groups',
]);
/** At most this many words of a group's own after its kind ("posyandu melati bisa daftar?"). */
const MAX_NAME_WORDS = 4;

/**
 * "pengajian bisa daftar?", "kelompok pengajian ibu2 bisa daftar?", "arisan boleh ikut wksbm?",
 * "can a farmers group join?": whether a kind of group may take part, asked with one kind, a word
 * of being able and one of registering or joining, and nothing else but the words of asking. The
 * words right after the kind that are none of those are the group's own name ("posyandu melati
 * bisa daftar?" → Posyandu Melati). Null otherwise. Read beside the FAQ's reading (which
 * stays: which groups may take part), for the menu to answer for that kind: yes, it is one of
 * a WKSBM's, registered here (was the list of member groups, or the how-to with no kind).
 */
export function kindMayJoin(tokens: readonly string[]): JoinAsked | null {
  if (!tokens.some((token) => CAN_WORDS.has(token)) || !tokens.some((token) => ENTER_WORDS.has(token))) return null;
  const kinds = [...kindsIn(tokens, undefined).entries()];
  if (kinds.length === 0 || new Set(kinds.map(([, kind]) => kind.type)).size > 1) return null;
  const [at, kind] = kinds[0]!;
  const known = (token: string): boolean => CAN_WORDS.has(token) || ENTER_WORDS.has(token) || KIND_QUESTION_WORDS.has(token);
  let end = at + kind.length;
  while (end < tokens.length && end - at - kind.length < MAX_NAME_WORDS && !known(tokens[end]!) && !kinds.some(([start]) => start === end)) end++;
  const kindWords = new Set(kinds.flatMap(([start, found]) => Array.from({ length: found.length }, (_, i) => start + i)));
  const others = tokens.filter((token, index) => !kindWords.has(index) && !(index >= at && index < end) && !known(token));
  if (others.length > 0) return null;
  const name = end > at + kind.length ? nameAsTyped(tokens.slice(at, end).join(' ')) : undefined;
  return { groupType: kind.type, kindAsked: true, ...(name && { name }) };
}

/** The kinds of group named, by where each starts: its type ('other' for `typeOther`) and how many words it takes. */
export function kindsIn(tokens: readonly string[], typeOther: string | undefined): Map<number, { readonly type: GroupType; readonly length: number }> {
  const found = new Map<number, { readonly type: GroupType; readonly length: number }>();
  const phrases = typeOther === undefined ? KIND_PHRASES : [{ type: 'other' as const, words: tokenize(typeOther) }, ...KIND_PHRASES];
  for (let at = 0; at < tokens.length; at++) {
    const kind = phrases.find((phrase) => phrase.words.every((word, i) => tokens[at + i] === word));
    if (kind === undefined) continue;
    found.set(at, { type: kind.type, length: kind.words.length });
    at += kind.words.length - 1;
  }
  return found;
}

/**
 * Whether the message speaks of a group of the person's own: "kelompok saya", "posyandu kami",
 * "kelompokku", "my group", or an introduction, "I" then a role or a link then the group ("saya
 * pengurus posyandu", "kami kelompok tani", "we are a farmers group"). "saya mau ikut kelompok
 * tani" is a resident joining a group, not their group joining.
 */
function ownsGroup(tokens: readonly string[], startsGroup: (at: number) => number): boolean {
  return tokens.some((token, at) => {
    if (OWN_GROUP.has(token)) return true;
    const length = startsGroup(at);
    if (length > 0 && OWNERS.has(tokens[at + length] ?? '')) return true;
    if (!OWNERS.has(token) && !MY.has(token)) return false;
    let next = at + 1;
    while (next < tokens.length && (LINKS.has(tokens[next]!) || ROLE_WORDS.has(tokens[next]!))) next++;
    return startsGroup(next) > 0;
  });
}

/** Where "rt"/"rw" and their numbers stand in `tokens` ("rw 3", "rt 04 rw 01"). */
function unitWordsAt(tokens: readonly string[]): Set<number> {
  const at = new Set<number>();
  tokens.forEach((token, index) => {
    if ((token === 'rt' || token === 'rw') && /^\d{1,3}$/.test(tokens[index + 1] ?? '')) at.add(index).add(index + 1);
  });
  return at;
}

/** The words after the last `word` in `tokens`. */
function tokensAfter(tokens: readonly string[], word: string): readonly string[] {
  return tokens.slice(tokens.lastIndexOf(word) + 1);
}

/**
 * The place said, without the words of the wish the loose reading after "di" ran on into
 * ("di bantul bisa ikut" is Bantul); undefined when none is left ("ikut di wksbm").
 */
function placeSaid(place: string | undefined): string | undefined {
  if (place === undefined) return undefined;
  const words = place.split(' ');
  while (words.length > 0 && ASKING_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  return words.some((word) => !PLACE_MARKS.has(word.toLowerCase()) && !ASKING_WORDS.has(word.toLowerCase())) ? words.join(' ') : undefined;
}
