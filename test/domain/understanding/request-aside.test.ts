/** Requests typed where a desa is asked: answered (and kept from the desa search), never at other steps. */
import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { readersOf, textReading } from '../../../src/domain/understanding/question-reading.js';
import { requestAside } from '../../../src/domain/understanding/request-aside.js';
import { realMatcher } from '../faq/real-knowledge.js';

const matcher = realMatcher();
const FLOW_OF = { register: 'group.register', status: 'status.check', activity: 'activity.log' } as const;
const aside = (text: string, flows: string[], eager = true): readonly OutboundMessage[] | null =>
  requestAside(textReading(text, new Date(0), readersOf(matcher)), { eager, flows, step: 'pick' }, (entry) => FLOW_OF[entry]);
/** The keys of the texts said, and the buttons offered. */
const said = (messages: readonly OutboundMessage[] | null) =>
  messages?.map((message) => ({ key: message.body[0]?.key, buttons: message.buttons?.map((button) => button.id) ?? [] }));

describe('requestAside', () => {
  it('tells a request for what is under way that the desa comes first', () => {
    expect(said(aside('mau daftar kelompok karang taruna', ['home', 'group.register', 'region.pickVillage']))).toEqual([{ key: 'home.requestUnderWay.register', buttons: [] }]);
    expect(said(aside('saya mau cek status aja', ['home', 'status.check']))).toEqual([{ key: 'home.requestUnderWay.status', buttons: [] }]);
  });

  it('offers any other request its menu entry, opened as a side trip', () => {
    expect(said(aside('mau daftar kelompok karang taruna', ['home', 'status.check', 'region.pickVillage']))).toEqual([
      { key: 'home.requestElsewhere.register', buttons: ['menu:register'] },
    ]);
    expect(said(aside('mau lapor kegiatan kerja bakti', ['home', 'status.check']))).toEqual([{ key: 'home.requestElsewhere.activity', buttons: ['menu:activity'] }]);
  });

  it('leaves a desa named with a status request to the search, and every step that asks no place alone', () => {
    expect(aside('cek status panggungharjo', ['home', 'status.check'])).toBeNull();
    expect(aside('sidomulyo bambanglipuro', ['home', 'status.check'])).toBeNull();
    expect(aside('mau daftar kelompok karang taruna', ['home', 'group.register'], false)).toBeNull();
  });
});
