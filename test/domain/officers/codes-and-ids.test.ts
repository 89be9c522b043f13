/** Pure helpers of the officer feature: compact UUIDs, invite codes, verify targets, coverage. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../../src/core/engine/flow.js';
import { compactUuid, expandUuid } from '../../../src/domain/model/compact-uuid.js';
import { codePrefixes, coverageLevel, officerCovers, withoutRedundantAreas } from '../../../src/domain/officers/coverage.js';
import { drawInviteCode, formatInviteCode, inviteCodeCommand, inviteCodeInText, isOfficerWord, normalizeInviteCode } from '../../../src/domain/officers/invite-code.js';
import { prefixCovers } from '../../../src/domain/model/officers.js';
import { decodeVerifyTarget, encodeVerifyTarget, verifyButtons } from '../../../src/domain/officers/verify-target.js';

describe('compact UUIDs', () => {
  it('round-trip in 22 URL-safe characters', () => {
    for (let i = 0; i < 500; i++) {
      const uuid = randomUUID();
      const compact = compactUuid(uuid);
      expect(compact).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(expandUuid(compact)).toBe(uuid);
    }
  });

  it('match base64url of the bytes and accept upper-case input', () => {
    const uuid = '0190f1d2-3c4b-7a5e-8f60-123456789abc';
    expect(compactUuid(uuid)).toBe(Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url'));
    expect(expandUuid(compactUuid(uuid.toUpperCase()))).toBe(uuid);
    expect(compactUuid('00000000-0000-0000-0000-000000000000')).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(expandUuid('_____________________w')).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
  });

  it('refuse what is not one', () => {
    expect(() => compactUuid('not-a-uuid')).toThrow();
    for (const bad of ['', 'short', 'AAAAAAAAAAAAAAAAAAAAAB', 'AAAAAAAAAAAAAAAAAAAAA=', 'A'.repeat(23), 'AAAAAAAAAAAAAAAAAAA AA']) {
      expect(expandUuid(bad), bad).toBeNull();
    }
  });
});

describe('invite codes', () => {
  it('are 8 characters without look-alikes, shown as two groups of four', () => {
    const codes = new Set(Array.from({ length: 200 }, drawInviteCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
      expect(formatInviteCode(code)).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(normalizeInviteCode(formatInviteCode(code).toLowerCase())).toBe(code);
    }
  });

  it('are read as typed', () => {
    expect(normalizeInviteCode(' abcd efgh ')).toBe('ABCDEFGH');
    expect(normalizeInviteCode('ABCD-EFG')).toBeNull();
    expect(normalizeInviteCode('ABCD-EFG1')).toBeNull(); // 1 is not in the alphabet
  });

  it('are recognised in the main menu only when they cannot be words', () => {
    expect(inviteCodeInText('ABCD-EFGH')).toBe('ABCDEFGH');
    expect(inviteCodeInText('abcd-efgh')).toBe('ABCDEFGH');
    // A phone's keyboard may turn the dash into an en-dash.
    expect(inviteCodeInText('ABCD–EFGH')).toBe('ABCDEFGH');
    // An underscore or a dot where the dash is hard to find: with a digit, as most codes have.
    expect(inviteCodeInText('45QL_WH9L')).toBe('45QLWH9L');
    expect(inviteCodeInText('afs4.5lla')).toBe('AFS45LLA');
    expect(inviteCodeInText('mata.mata')).toBeNull();
    expect(inviteCodeInText('petugas abcd_efgh')).toBe('ABCDEFGH');
    expect(inviteCodeInText('petugas ABCD EFGH')).toBe('ABCDEFGH');
    expect(inviteCodeInText('Petugas: abcdefgh')).toBe('ABCDEFGH');
    expect(inviteCodeInText('K7PQ M2XZ')).toBe('K7PQM2XZ');
    expect(inviteCodeInText('mana desa')).toBeNull();
    expect(inviteCodeInText('SAMPAHKU')).toBeNull();
    expect(inviteCodeInText('apa itu wksbm')).toBeNull();
    expect(inviteCodeInText('ABCD-EFGH-JKLM')).toBeNull();
    // In a sentence handing it over: its shown form, with a word of invites.
    expect(inviteCodeInText('selamat siang, saya tksk sewon mau aktivasi, kodenya NCHE-D7MM')).toBe('NCHED7MM');
    expect(inviteCodeInText('ini kode petugas saya nche-d7mm.')).toBe('NCHED7MM');
    expect(inviteCodeInText('kode masuk ABCD-EFGH-JKLM')).toBeNull();
    expect(inviteCodeInText('kode untuk anak-anak yatim')).toBeNull();
    expect(inviteCodeInText('NCHE-D7MM itu apa ya, buat anak-anak')).toBeNull();
    // Spaced in a sentence: with a digit, and the code named or a digit in each part.
    expect(inviteCodeInText('maaf salah, ini kodenya d8x9 8hsc')).toBe('D8X98HSC');
    expect(inviteCodeInText('saya tksk sewon, k7pq m2xz')).toBe('K7PQM2XZ');
    expect(inviteCodeInText('kode undangan saya sudah kadaluarsa, gimana minta yang baru?')).toBeNull();
    expect(inviteCodeInText('kode saya abcd efgh')).toBeNull();
    expect(inviteCodeInText('saya tksk, desa k7pq mana')).toBeNull();
    // Without its dash in a sentence naming the code (was the FAQ on officers): one word with a digit and a letter.
    expect(inviteCodeInText('assalamualaikum, saya psm panggungharjo. ini kodenya nd5wydq9')).toBe('ND5WYDQ9');
    expect(inviteCodeInText('kode saya: UH98HE8V')).toBe('UH98HE8V');
    expect(inviteCodeInText('ini kodenya abcdefgh')).toBeNull();
    expect(inviteCodeInText('saya psm, nd5wydq9')).toBeNull();
    expect(inviteCodeInText('kode pos 55188 ya')).toBeNull();
    // A dash with spaces around it (was the FAQ on officers), with "petugas" or a digit.
    expect(inviteCodeInText('Petugas  uh98 - he8v')).toBe('UH98HE8V');
    expect(inviteCodeInText('uh98 - he8v')).toBe('UH98HE8V');
    expect(inviteCodeInText('kodenya UH98 – HE8V pak')).toBe('UH98HE8V');
    expect(inviteCodeInText('mata - mata')).toBeNull();
    expect(inviteCodeInText('saya TKSK - BANT')).toBeNull();
    // At any step of a flow only with its word: an answer there may look like a bare code.
    expect(inviteCodeCommand('petugas k7pq m2xz')).toBe('K7PQM2XZ');
    expect(inviteCodeCommand('Petugas: ABCD-EFGH')).toBe('ABCDEFGH');
    expect(inviteCodeCommand('petugas uh98 - he8v')).toBe('UH98HE8V');
    expect(inviteCodeCommand('ABCD-EFGH')).toBeNull();
    expect(inviteCodeCommand('KWT2 ASRI')).toBeNull();
    expect(isOfficerWord(' Petugas ')).toBe(true);
    expect(isOfficerWord('petugas desa')).toBe(false);
  });
});

describe('verify targets', () => {
  it('fit a deep link and decode back', () => {
    const id = randomUUID();
    for (const type of ['group', 'activity'] as const) {
      for (const action of ['verify', 'reject'] as const) {
        const arg = encodeVerifyTarget({ type, id, action });
        expect(arg.length).toBeLessThanOrEqual(30);
        expect(decodeVerifyTarget(arg)).toEqual({ type, id, action });
      }
    }
    const [verify, reject] = verifyButtons('group', id);
    expect(parseDeepLink(verify!.id)).toEqual({ key: 'v', arg: encodeVerifyTarget({ type: 'group', id, action: 'verify' }) });
    expect(parseDeepLink(reject!.id)?.arg.startsWith('gr')).toBe(true);
  });

  it('refuse a malformed argument', () => {
    for (const bad of ['', 'gv', 'xv' + compactUuid(randomUUID()), 'gx' + compactUuid(randomUUID()), 'gvAAAA']) {
      expect(decodeVerifyTarget(bad), bad).toBeNull();
    }
  });
});

describe('coverage by code prefix', () => {
  it('matches at segment boundaries only', () => {
    expect(prefixCovers('34.04', '34.04.07.2001')).toBe(true);
    expect(prefixCovers('34.04.07.2001', '34.04.07.2001')).toBe(true);
    expect(prefixCovers('34.0', '34.04.07.2001')).toBe(false);
    expect(prefixCovers('34.04.0', '34.04.07.2001')).toBe(false);
    expect(prefixCovers('34.04.07', '34.04.17.2001')).toBe(false);
  });

  it('lists the candidate prefixes of a desa code', () => {
    expect(codePrefixes('34.04.07.2001')).toEqual(['34', '34.04', '34.04.07', '34.04.07.2001']);
  });

  it('knows the level of a code and drops areas another one covers', () => {
    expect(coverageLevel('34.04')).toBe('regency');
    expect(coverageLevel('34.04.07')).toBe('district');
    expect(coverageLevel('34.04.07.2001')).toBe('village');
    expect(coverageLevel('34')).toBeNull();
    expect(coverageLevel('34.04.07.201')).toBeNull();
    expect(withoutRedundantAreas(['34.04.07', '34.04', '34.04', '35.79.01.1001'])).toEqual(['34.04', '35.79.01.1001']);
  });

  it('needs an active officer', () => {
    expect(officerCovers({ active: true, areaPrefixes: ['34.04'] }, '34.04.07.2001')).toBe(true);
    expect(officerCovers({ active: false, areaPrefixes: ['34.04'] }, '34.04.07.2001')).toBe(false);
  });
});
