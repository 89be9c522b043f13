/**
 * The fixed list of FAQ topics. Each id names `faq:topics.<id>.title`, `.answer` and
 * `.questions` in the locale files; the order is the order users see the topic buttons
 * in, most asked first, so a channel that can show only N buttons can take the first N.
 */
export const FAQ_TOPICS = [
  'definition',
  'acronym',
  'criteria',
  'member_groups',
  'joint_activities',
  'how_to_register',
  'benefits',
  'legal_basis',
  'psks',
  'pmks',
  'officers',
  'privacy',
  // Asked in residents' own words (issue 12); reached by typing, not listed as buttons.
  'cost',
  'who_may_register',
  'minimum',
  'who_verifies',
  'desa_sk',
  'vs_karang_taruna',
  'vs_lks',
  'vs_pkk',
  'vs_posyandu',
  // "bedanya wksbm sama kelompok tani/arisan": a kind of group with no comparison of its own (a resident's walk).
  'vs_group',
  'who_runs',
  'criterion_collective',
  'criterion_network',
  'criterion_synergy',
  // Seen walking the chat as residents: what next for a desa that is not (yet) a WKSBM, whom to
  // ask in person, and requests for social assistance, which WKSBM does not hand out.
  'not_yet',
  'contact',
  'social_aid',
  // Asked whether a registered WKSBM gets money (it does not by itself; where support is asked).
  'funding',
  // How many desa of an area are a WKSBM: answered with the area's figures (status-check/area-counts-flow.ts).
  'area_counts',
  // A group's details changed (a new ketua, a wrong entry): where leaders change them.
  'change_data',
  // A group ended or to be deleted ("gmn cara hapus kelompok", "delete my group"): deactivated, never erased.
  'end_group',
  // What this bot is and who runs it ("bot ini punya siapa", "what is this bot").
  'about_bot',
  // The levels and how a desa moves between them ("apa itu dorman", "bedanya rintisan dan tumbuh").
  'levels',
  // How a joint activity is logged and confirmed ("how do I log an activity", "cara konfirmasi kegiatan").
  'how_to_log',
  // How a tie between groups is recorded and confirmed ("gimana cara nyatet hubungan antar kelompok"): was the criterion's definition.
  'how_to_tie',
  // Officers' own questions: a new invite code, and a verdict given by mistake (it stands; the leader sends it back).
  'invite_code',
  'verdict_undo',
  // "padahal di desa kami ada pkk, karang taruna…", after a status of Belum Ada: groups count once registered here.
  'not_counted',
  // Whether a desa or a group must be (in) a WKSBM ("wksbm wajib gak?"): it is not.
  'mandatory',
  // Residents asking for themselves: one person in two groups, tenants ("yg ngontrak boleh ikut?"): members are groups.
  'membership',
  // "wksbm itu kayak rt rw gitu ya": RT/RW are one area's institution, WKSBM a network of groups.
  'vs_rt_rw',
  // "daftarnya butuh berapa hari": minutes in the chat; the officers' check has no fixed time.
  'how_long',
  // "berapa lama prosesnya", "how long does the process take": the officers' check, which has no fixed time (was who verifies).
  'check_time',
  // "apa arti sementara di status", "what does provisional mean": records not yet checked by an officer.
  'provisional',
  // "can i register more than one group": yes, each on its own; a person may be in several groups too.
  'several_groups',
  // "habis daftar terus ngapain", "after registering what next": the officers' check, then ties and joint activities confirmed.
  'after_register',
  // "kalau udah daftar dapet sertifikat gak?": this bot issues none; an SK is the desa's, PSKS records the Dinas Sosial's.
  'certificate',
] as const;

/** The topics offered as buttons (a phone screen holds about a dozen). */
export const BUTTON_TOPICS: readonly FaqTopicId[] = FAQ_TOPICS.slice(0, 12);

/** One FAQ topic id. */
export type FaqTopicId = (typeof FAQ_TOPICS)[number];

/** True when a string is one of {@link FAQ_TOPICS}. */
export function isFaqTopicId(value: string): value is FaqTopicId {
  return FAQ_TOPICS.some((topic) => topic === value);
}
