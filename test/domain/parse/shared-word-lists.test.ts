/**
 * Word lists that readers had typed out each for themselves now live once and are imported:
 * "but" (parse/lexicon.ts BUT_WORDS) for the corrections of a group's data, of an activity's
 * summary and of a tie's kind, for the clauses of an officer's alert wishes and of an answer at
 * 📥 Konfirmasi, and for a yes taken back; a desa's kind (DESA_KINDS) and the places lived
 * (PLACES_LIVED) for the village search, starting a WKSBM, joining and the menu's status; the forms of address
 * and titles (parse/name-phone.ts) for a value or a new ketua said with one, a phone's labels
 * (name-phone.ts PHONE_LABELS) for the ketua's phone, "my name" (parse/name-intro.ts) for
 * introductions, the Sundanese particles (parse/particles.ts) for "aya naon?", "I"/"we" for a
 * ketua who is one's kin and a change asked for, and the words for one's desa. Every word of a
 * shared list is known to every reader of it, so a word added there reaches them all.
 */
import { describe, expect, it } from 'vitest';
import { fieldAndValue, isGroupChangeSaid } from '../../../src/domain/groups/change-said.js';
import { ketuaAtPhone } from '../../../src/domain/groups/ketua-at-phone.js';
import { withoutKinBefore } from '../../../src/domain/groups/ketua-kin.js';
import { ketuaTypedIn } from '../../../src/domain/groups/ketua-typed-early.js';
import { readSummaryCorrection } from '../../../src/domain/groups/summary-correction.js';
import { valueCorrected } from '../../../src/domain/groups/value-corrected.js';
import { BUT_WORDS, I_WORDS, PLACES_LIVED, WE_WORDS, alternation } from '../../../src/domain/parse/lexicon.js';
import { introducesName } from '../../../src/domain/parse/name-intro.js';
import { FORMS_OF_ADDRESS, PHONE_LABELS, parseNameAndPhone } from '../../../src/domain/parse/name-phone.js';
import { SUNDANESE_PARTICLES, dropTrailingParticles } from '../../../src/domain/parse/particles.js';
import { tokenize } from '../../../src/domain/faq/normalize.js';
import { asksWhatWaits } from '../../../src/domain/parse/what-waits-asked.js';
import { ownNameSaid } from '../../../src/domain/regions/own-name-said.js';
import { asksBecoming } from '../../../src/domain/understanding/become-asked.js';
import type { FlowEnv, StepContext } from '../../../src/core/engine/flow.js';
import { countsTypedWords } from '../../../src/domain/activities/log-summary-fixes.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { splitKeptAlerts } from '../../../src/domain/officers/kept-alert-words.js';
import { namedAnswer } from '../../../src/domain/confirmations/named-answer.js';
import type { InboxItem } from '../../../src/domain/confirmations/inbox.js';
import { declareRelationFlow } from '../../../src/domain/relations/declare-flow.js';
import { yesOrNo } from '../../../src/domain/parse/yes-no.js';
import { DESA_KINDS } from '../../../src/domain/parse/lexicon.js';
import { readVillageQuery } from '../../../src/storage/regions/village-query.js';
import { asksHowToStartOne } from '../../../src/domain/understanding/start-one-asked.js';
import { joinAsked } from '../../../src/domain/understanding/join-asked.js';
import { createHomeFlow } from '../../../src/domain/home/home-flow.js';
import { readersOf, textReader } from '../../../src/domain/understanding/question-reading.js';
import { realMatcher } from '../faq/real-knowledge.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const env: FlowEnv = { now: NOW, person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null }, canReceivePhotos: false };

/** The activity's summary, where a kind or a date is corrected ("jenisnya bukan bantuan lansia tapi posyandu"). */
const logSummary = logActivityFlow.steps.summary!;
type LogData = StepContext<Parameters<typeof logSummary.prompt>[0]['data']>['data'];
const logged = {
  own: { id: 'own', name: 'Posyandu Lansia Mawar', villageCode: '34.02.05.2003' }, consented: true, date: '2026-12-05',
  category: 'bantuan_lansia', description: 'Senam lansia di balai dusun', partners: [], beneficiaries: { '8': 25 },
} as LogData;

/** A tie's confirmation, where its kind is corrected ("bukan rapat tapi kas bersama"). */
const tieConfirm = declareRelationFlow.steps.confirm!;
type TieData = StepContext<Parameters<typeof tieConfirm.prompt>[0]['data']>['data'];
const tie = { consented: true, own: { id: 'g1', name: 'Posyandu Mawar' }, other: { id: 'g2', name: 'Karang Taruna' }, kind: 'shared_meetings' } as unknown as TieData;

/** An activity waiting at 📥 Konfirmasi, answered by naming it ("yg tgl 3 itu …, tapi iya ikut"). */
const waiting = { kind: 'participation', activityId: 'a1', groupId: 'g1', groupName: 'Posyandu Mawar', reportedByGroup: 'Arisan Melati', date: '2026-12-03', category: 'layanan_kesehatan', description: 'Penyuluhan gizi balita' } as unknown as InboxItem;

/** The menu, reading words as the assistant does. */
const home = createHomeFlow(textReader(readersOf(realMatcher()))).steps.home!;

describe('one list per word, known to every reader of it', () => {
  it.each([...BUT_WORDS])('"%s" brings the right value to every correction of a group\'s data', (but) => {
    expect(valueCorrected(`bukan 25 ${but} 8`)).toEqual({ wrong: '25', right: '8' });
    expect(fieldAndValue(`ketuanya bukan bu ani ${but} bu sri`)).toEqual({ field: 'ketuaName', value: 'bu sri' });
    expect(readSummaryCorrection(`pertemuan bukan mingguan ${but} bulanan`)).toMatchObject({ field: 'schedule' });
    expect(readSummaryCorrection(`sudah benar ${but} anggotanya 12`)).toMatchObject({ field: 'members' });
    expect(parseNameAndPhone(`Sri Wahyuni 0812 3456 7890 ${but} jarang aktif`)).toEqual({ ok: true, value: { name: 'Sri Wahyuni', phone: '+6281234567890' } });
  });

  it.each([...BUT_WORDS])('"%s" brings the right date, kind and count at an activity\'s summary and the right kind of a tie', (but) => {
    expect(logSummary.on({ type: 'text', text: `jenisnya bukan bantuan lansia ${but} posyandu` }, { data: logged, env })).toMatchObject({ type: 'stay', data: { category: 'layanan_kesehatan' } });
    expect(logSummary.on({ type: 'text', text: `bukan tgl 5 ${but} tgl 4` }, { data: logged, env })).toMatchObject({ type: 'stay', data: { date: '2026-12-04' } });
    expect(countsTypedWords(`lansianya bukan 25 ${but} 20`)).toBe('20 lansia');
    expect(tieConfirm.on({ type: 'text', text: `bukan rapat ${but} kas bersama` }, { data: tie, env })).toMatchObject({ type: 'stay', data: { kind: 'shared_fund' } });
  });

  it.each([...BUT_WORDS])('"%s" ends a clause: of an officer\'s alert wishes, of an answer at 📥 Konfirmasi, and takes back a yes', (but) => {
    expect(splitKeptAlerts(`matikan semua notif ${but} rekap mingguan tetap`, (part) => /matikan/.test(part))).toEqual({ rest: 'matikan semua notif ', kept: ' rekap mingguan tetap', all: true });
    expect(namedAnswer(`yg tgl 3 itu kami cuma bantu angkat2 aja ${but} iya ikut`, [waiting], waiting, NOW)).toEqual({ item: waiting, answer: 'yes' });
    expect(yesOrNo(`ya, ${but} besok aja`)).toBeNull();
    expect(yesOrNo(`iya ${but} besok`)).toBeNull();
  });

  it.each([...DESA_KINDS])('"%s" before a name is the desa\'s kind where a desa is searched and told joining', (kind) => {
    expect(readVillageQuery(`${kind} sidomulyo kec bambanglipuro`).map((reading) => reading.part)).toContain('sidomulyo');
    expect(joinAsked(tokenize(`saya ketua karang taruna di ${kind} sidomulyo`), () => ({ place: `${kind} sidomulyo` }))).toMatchObject({ place: `${kind} sidomulyo`, desa: `${kind} sidomulyo` });
  });

  it.each([...PLACES_LIVED])('"%s" is the place one starts a WKSBM in, marks a place told joining, and names a desa at the menu', (place) => {
    expect(asksHowToStartOne(tokenize(`mau bikin wksbm di ${place} gimana`))).toBe(true);
    expect(joinAsked(tokenize(`saya ketua karang taruna di ${place}`), () => ({ place }))).toEqual({ groupType: 'karang_taruna' });
    expect(home.on({ type: 'text', text: `cek status ${place} sidomulyo` }, { data: {}, env })).toMatchObject({ type: 'start', data: { asked: 'status' } });
  });

  it.each([...FORMS_OF_ADDRESS])('"%s" before a name is a person to a value corrected and a ketua said not to be', (title) => {
    expect(valueCorrected(`bukan ${title} Ani tapi ${title} Sri`)).toEqual({ wrong: `${title} Ani`, right: `${title} Sri` });
    expect(fieldAndValue(`ketuanya bukan ${title} ani tapi bu sri`)).toEqual({ field: 'ketuaName', value: 'bu sri' });
  });

  it.each([...PHONE_LABELS])('"%s" labels the ketua\'s number, typed with a name or after the ketua named early', (label) => {
    expect(ketuaAtPhone(`${label} bu sri 0812 3456 7890`, 'Sri Wahyuni')).toEqual({ kind: 'same' });
    // The part after the comma is the ketua's phone, not left as the desa's answer, and its label no part of the name.
    expect(ketuaTypedIn(`desa sidoarum, ketuanya mas Andi, ${label} 0856 4321 7788`)).toEqual(ketuaTypedIn('desa sidoarum, ketuanya mas Andi, 0856 4321 7788'));
  });

  it.each(['nama saya', 'nami abdi', 'jenengku', 'my name is'])('"%s" introduces a name where a desa is asked and to an officer', (myName) => {
    expect(ownNameSaid(`punten, ${myName} Asep`)).toBe('Asep');
    expect(introducesName(`${myName} Asep`)).toBe(true);
  });

  it.each([...SUNDANESE_PARTICLES])('"%s" ends a short answer and pads "aya naon?"', (particle) => {
    expect(dropTrailingParticles(['sadesa', particle], { keep: 1, just: false })).toEqual(['sadesa']);
    expect(asksWhatWaits(`aya naon ${particle}`)).toBe(true);
  });

  it.each([...I_WORDS, ...WE_WORDS])('"%s" is whose kin the ketua is, and who asks a change', (mine) => {
    expect(withoutKinBefore(`ibu ${mine}, bu Sri Wahyuni`)).toBe('bu Sri Wahyuni');
    expect(isGroupChangeSaid(`${mine} mau ganti jadwal pertemuan jadi tiap senin`)).toBe(true);
  });

  it.each([...PLACES_LIVED])('"%s" is the place that asks how it becomes a WKSBM', (place) => {
    expect(asksBecoming(tokenize(`cara ${place} jadi wksbm gimana`))).toBe(true);
  });

  it('builds an alternation longest first, each word once', () => {
    expect(alternation(['robih', 'ngarobih'], ['robih'])).toBe('ngarobih|robih');
  });
});
