/**
 * A partner answering "Benar <group> ikut?" in words: "wah kami gak ikut yg itu, salah catat"
 * was "jawaban itu belum bisa saya pakai"; it is now a no, and "kami ikut" a yes. Questions
 * and other messages stay unread. The inbox step is run on its own with the item shown.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import { inboxFlow } from '../../../src/domain/confirmations/inbox-flow.js';
import type { InboxItem } from '../../../src/domain/confirmations/inbox.js';
import { tookPart } from '../../../src/domain/confirmations/took-part.js';

describe('tookPart', () => {
  it.each([
    ['wah kami gak ikut yg itu, salah catat', 'no'],
    ['ga ikutan', 'no'],
    ['kami tidak pernah ikut kegiatan itu', 'no'],
    ['bukan kami', 'no'],
    ['salah catat itu', 'no'],
    ["we didn't take part", 'no'],
    ['we didnt take part', 'no'],
    // Sundanese "not" (negation.ts; was unread).
    ['urang teu ikut', 'no'],
    ['kami ikut', 'yes'],
    ['ikut kok', 'yes'],
    ['kalau gak ikut gimana?', null],
    ['yg mana ini?', null],
    ['nanti saya tanya anggota dulu', null],
    ['ikut kerja bakti juga sih tapi cuma sebentar', null],
  ])('%j → %s', (text, answer) => {
    expect(tookPart(text)).toBe(answer);
  });
});

describe('the inbox reads it for a partner question only', () => {
  const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
  const participation = { kind: 'participation', activityId: 'a1', groupId: 'g1', groupName: 'PKK Dusun Glugo', reportedByGroup: 'Karang Taruna', date: '2026-12-03', category: 'kerja_bakti', description: 'kerja bakti' } as unknown as InboxItem;
  const relation = { kind: 'relation', relationId: 'r1', groupId: 'g1', groupName: 'PKK Dusun Glugo', fromGroupName: 'Karang Taruna', relationKind: 'shared_meetings' } as unknown as InboxItem;
  const step = inboxFlow.steps.item!;

  it('declines the activity on "kami gak ikut yg itu, salah catat"', () => {
    const outcome = step.on({ type: 'text', text: 'wah kami gak ikut yg itu, salah catat' }, { data: { consented: true, items: [participation] }, env });
    expect(outcome).toMatchObject({ type: 'stay', data: { answered: false } });
  });

  it('leaves it unread for a tie', () => {
    const outcome = step.on({ type: 'text', text: 'wah kami gak ikut yg itu, salah catat' }, { data: { consented: true, items: [relation] }, env });
    expect(outcome.type).toBe('invalid');
  });
});
