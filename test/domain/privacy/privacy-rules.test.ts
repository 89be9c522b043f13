/** Pure rules of the personal-data features: consent in force, notices, command words, masking. */
import { describe, expect, it } from 'vitest';
import { NOTICE_VERSION, hasActiveConsent, hasCurrentConsent, mayNotify } from '../../../src/domain/privacy/consent.js';
import { privacyCommandFlow } from '../../../src/domain/privacy/commands.js';
import { ERASE_FLOW_ID, MY_DATA_FLOW_ID, WITHDRAW_FLOW_ID } from '../../../src/domain/privacy/flow-ids.js';
import type { ConsentRecord } from '../../../src/domain/model/privacy.js';
import { maskExternalId } from '../../../src/domain/privacy/report-text.js';

const AT = new Date('2026-11-20T03:00:00Z');
const consent = (noticeVersion: string, withdrawn = false): ConsentRecord => ({ noticeVersion, channel: 'telegram', grantedAt: AT, withdrawnAt: withdrawn ? AT : null });

describe('consent rules', () => {
  it('asks unless the current notice was agreed to and not withdrawn', () => {
    expect(hasCurrentConsent({ consents: [], anonymised: false })).toBe(false);
    expect(hasCurrentConsent({ consents: [consent(NOTICE_VERSION)], anonymised: false })).toBe(true);
    expect(hasCurrentConsent({ consents: [consent(NOTICE_VERSION, true)], anonymised: false })).toBe(false);
    expect(hasCurrentConsent({ consents: [consent('older')], anonymised: false })).toBe(false);
    expect(hasActiveConsent({ consents: [consent('older')], anonymised: false })).toBe(true);
    expect(hasCurrentConsent({ consents: [consent(NOTICE_VERSION)], anonymised: true })).toBe(false);
  });

  it('notifies everyone but those who withdrew every consent, or were erased', () => {
    expect(mayNotify({ consents: [], anonymised: false })).toBe(true);
    expect(mayNotify({ consents: [consent('older')], anonymised: false })).toBe(true);
    expect(mayNotify({ consents: [consent(NOTICE_VERSION, true)], anonymised: false })).toBe(false);
    expect(mayNotify({ consents: [consent(NOTICE_VERSION, true), consent(NOTICE_VERSION)], anonymised: false })).toBe(true);
    expect(mayNotify({ consents: [], anonymised: true })).toBe(false);
  });
});

describe('personal-data commands', () => {
  it.each([
    ['/datasaya', MY_DATA_FLOW_ID],
    ['/datasaya@wksbm_bot', MY_DATA_FLOW_ID],
    ['Data saya!', MY_DATA_FLOW_ID],
    ['/mydata', MY_DATA_FLOW_ID],
    ['/hapusdata', ERASE_FLOW_ID],
    ['hapus data saya', ERASE_FLOW_ID],
    ['/deletedata', ERASE_FLOW_ID],
    ['/tarikpersetujuan', WITHDRAW_FLOW_ID],
    ['withdraw consent', WITHDRAW_FLOW_ID],
  ])('%s opens %s', (text, flow) => {
    expect(privacyCommandFlow(text)).toBe(flow);
  });

  it('ignores sentences that merely mention data', () => {
    expect(privacyCommandFlow('bagaimana data saya dipakai?')).toBeNull();
    expect(privacyCommandFlow('hapus')).toBeNull();
    // At a question (no menu), one's data named without a verb answers it: "ini data saya", "iya data saya".
    for (const said of ['ini data saya', 'iya data saya', 'ok data saya', 'data saya juga']) expect(privacyCommandFlow(said, { verbless: false }), said).toBeNull();
    for (const said of ['lihat data saya', 'data saya dong', 'minta data saya']) expect(privacyCommandFlow(said, { verbless: false }), said).toBe(privacyCommandFlow(said));
    expect(privacyCommandFlow('data saya dong')).not.toBeNull();
  });

  it.each([
    ['tolong hapus data sy', ERASE_FLOW_ID],
    ['tolong hapus semua data saya', ERASE_FLOW_ID],
    ['hapus akun saya', ERASE_FLOW_ID],
    ['tolong hapus nomor hp saya dari sistem', ERASE_FLOW_ID],
    ['mohon hapuskan dataku ya min', ERASE_FLOW_ID],
    ['please delete my account', ERASE_FLOW_ID],
    ['sy gamau data sy disimpen', MY_DATA_FLOW_ID],
    ['saya tidak mau data saya disimpan', MY_DATA_FLOW_ID],
    ['saya engga mau data saya disimpan', MY_DATA_FLOW_ID],
    ["I don't want my data stored", MY_DATA_FLOW_ID],
    ['jangan simpan data saya lagi', MY_DATA_FLOW_ID],
    ["I'd like to see my data", MY_DATA_FLOW_ID],
    ['show me my personal data', MY_DATA_FLOW_ID],
    ['tolong tampilkan data saya', MY_DATA_FLOW_ID],
    ['cek data pribadi saya', MY_DATA_FLOW_ID],
    // Asking for one's data without a verb of seeing is asking to see it, as 🔒 Data saya does.
    ['data saya dong', MY_DATA_FLOW_ID],
    ['data pribadi sy dong min', MY_DATA_FLOW_ID],
    ['dataku dong', MY_DATA_FLOW_ID],
    ['mana data saya', MY_DATA_FLOW_ID],
    ['my data please', MY_DATA_FLOW_ID],
    ['cabut persetujuan saya', WITHDRAW_FLOW_ID],
    ['revoke my consent', WITHDRAW_FLOW_ID],
    ['I want to withdraw my consent', WITHDRAW_FLOW_ID],
    ['saya tidak setuju lagi data saya dipakai', WITHDRAW_FLOW_ID],
    ['I no longer agree to my data being used', WITHDRAW_FLOW_ID],
    ["please don't keep my data", MY_DATA_FLOW_ID],
    // Javanese and Sundanese "I" and "delete", and chat's vowel-dropped spellings (were the FAQ on
    // what is kept, or "not understood": the walk of 7 December).
    ['busak data kula', ERASE_FLOW_ID],
    ['tulung mbusak data kulo', ERASE_FLOW_ID],
    ['hapus data abdi', ERASE_FLOW_ID],
    ['punten hapus data abdi', ERASE_FLOW_ID],
    ['hpus dta sy', ERASE_FLOW_ID],
    ['hps data gw', ERASE_FLOW_ID],
    ['lihat data kula', MY_DATA_FLOW_ID],
  ])('reads a request in other words: %s opens %s', (text, flow) => {
    expect(privacyCommandFlow(text)).toBe(flow);
  });

  it.each([
    'hapus kegiatan',
    'hapus kelompok',
    'hapus kegiatan saya',
    'hapus data kelompok saya',
    'hapus nomor ketua',
    'hapus nomor 0812-2734-5561',
    'bisa hapus data saya?',
    'gimana cara hapus data saya',
    'jangan hapus data saya',
    'tolong hapus foto kegiatan kerja bakti kemarin dari data saya',
    'Arisan Hapus Data Saya Bersama Warga RT 03 RW 05 Desa Panggungharjo Sewon',
    'saya mau data saya disimpan',
    'lihat data kelompok saya',
    'cek data desa saya',
    'show me the data',
    'data dong',
    'data apa saja yang disimpan',
    'data saya apa aja yang disimpan',
    'data saya aman?',
    'data saya aman gak',
    'saya tidak setuju',
    'tarik dana kelompok',
    'saya setuju lagi',
    'busak data kelompok kula',
    'hps kegiatan abdi',
  ])('leaves %s to be read where it was typed', (text) => {
    expect(privacyCommandFlow(text)).toBeNull();
  });
});

describe('masked account ids', () => {
  it('keeps only the ends', () => {
    expect(maskExternalId('628123456789@s.whatsapp.net')).toBe('628••••••••net');
    expect(maskExternalId('12345678')).toBe('12••••78');
    expect(maskExternalId('abc')).toBe('•••');
  });
});
