/**
 * Questions read by rule before the FAQ's phrasings, which miss them: a small group's few
 * members ("anggota kami cuma 8"), one's own officer asked after ("tksk nang endi?"), what
 * follows a registration ("udah daftar trus gimana"), a person asking to take part ("gw bisa ikut ga"). One reading for the menu (./understand.ts),
 * ❓ Tanya and the asides mid-flow (./question-reading.ts), so each answers them alike.
 */
import type { FaqIntent } from '../faq/matcher.js';
import { tokenize } from '../faq/normalize.js';
import { asksAfterRegistering } from './after-register-asked.js';
import { asksCertificate } from './certificate-asked.js';
import { asksCheckTime } from './check-time-asked.js';
import { asksMoving } from './moving-asked.js';
import { asksOfficial } from './official-asked.js';
import { asksOwnOfficer } from './own-officer-asked.js';
import { asksSelfJoining } from './self-join-asked.js';
import { asksSmallGroup } from './small-group-asked.js';

/** The FAQ's answer to who may register: a group's own leaders, a small group of 2 members or more too. */
const SMALL_GROUP: FaqIntent = { kind: 'faq', topic: 'who_may_register', confidence: 1 };
/** The FAQ's answer to whom to contact: where the TKSK, the PSM and the Dinas Sosial are found. */
const OWN_OFFICER: FaqIntent = { kind: 'faq', topic: 'contact', confidence: 1 };
/** The FAQ's answer to a resident taking part: through a group of their neighbourhood. */
const SELF_JOINING: FaqIntent = { kind: 'faq', topic: 'membership', confidence: 1 };
/** The FAQ's answer to a certificate asked for: this bot issues none; whose an SK is. */
const CERTIFICATE: FaqIntent = { kind: 'faq', topic: 'certificate', confidence: 1 };
/** The FAQ's answer to whether WKSBM is official: the regulation that governs it. */
const OFFICIAL: FaqIntent = { kind: 'faq', topic: 'legal_basis', confidence: 1 };
/** The FAQ's answer to how long the officers' check takes: no fixed time; the group's check shown in Kelompok saya. */
const CHECK_TIME: FaqIntent = { kind: 'faq', topic: 'check_time', confidence: 1 };
/** The FAQ's answer to a group's data changed: its desa, RT/RW or ketua, in Kelompok saya. */
const MOVING: FaqIntent = { kind: 'faq', topic: 'change_data', confidence: 1 };
/** The FAQ's answer to what a group does once registered. */
const AFTER_REGISTERING: FaqIntent = { kind: 'faq', topic: 'after_register', confidence: 1 };

/** The FAQ topic `tokens` (as tokenize gives them) ask by one of the rules above, or null. */
export function questionByRule(tokens: readonly string[]): FaqIntent | null {
  // "anggota kami cuma 8", "we only have 8 members": whether a small group may register.
  if (asksSmallGroup(tokens)) return SMALL_GROUP;
  // "tksk nang endi?", "tksk e sopo": where or who one's own TKSK is, how to reach them (not what a TKSK is).
  if (asksOwnOfficer(tokens)) return OWN_OFFICER;
  // "kalau udah daftar dapet sertifikat gak?": a certificate asked, before what follows a registration.
  if (asksCertificate(tokens)) return CERTIFICATE;
  // "wksbm itu resmi?", "is wksbm official?": its legal basis, not how a desa makes one official.
  if (asksOfficial(tokens)) return OFFICIAL;
  // "berapa lama verifikasinya", "how long does verification take": the check's time, not who checks.
  if (asksCheckTime(tokens)) return CHECK_TIME;
  // "kalau saya pindah rumah, data kelompok gmn?": where the group's place or ketua is changed.
  if (asksMoving(tokens)) return MOVING;
  // "habis daftar terus ngapain", "after registering what next": what follows a registration.
  if (asksAfterRegistering(tokens)) return AFTER_REGISTERING;
  // "gw bisa ikut ga", "can I join?": whether the person may take part, which is through a group.
  if (asksSelfJoining(tokens)) return SELF_JOINING;
  return null;
}

/** {@link questionByRule} of a typed text, cut as the understanding cuts it. */
export function questionByRuleIn(text: string): FaqIntent | null {
  return questionByRule(tokenize(text.slice(0, 1000)).slice(0, 60));
}
