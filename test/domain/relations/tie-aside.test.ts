/**
 * A tie stated, and whether a kind may join asked, while another flow waits for its answer:
 * offered with a button (the tie's carrying the group(s) and kind said), never in the flows
 * that read such words themselves, and no second registration offered within one.
 */
import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { tieAside } from '../../../src/domain/relations/tie-aside.js';
import { kindJoinAside } from '../../../src/domain/understanding/kind-join-aside.js';
import { tieStated } from '../../../src/domain/understanding/tie-said.js';

/** {@link tieAside} of a text's reading: only its tie is read. */
const tieAsideOf = (text: string, options: Parameters<typeof tieAside>[1], readsTies: readonly string[]) => tieAside({ tie: () => tieStated(text) }, options, readsTies);
const READS_TIES = ['relation.declare', 'activity.log'];
const at = (flows: string[]) => ({ eager: false, flows, step: 'name' });
/** The keys of the texts said, and the buttons offered. */
const said = (messages: readonly OutboundMessage[] | null) =>
  messages?.map((message) => ({ key: message.body[0]?.key, buttons: message.buttons?.map((button) => button.id) ?? [] }));

describe('tieAside', () => {
  it('offers a tie stated with a deep link that carries the group and kind said', () => {
    expect(said(tieAsideOf('kami sering kerja sama dengan posyandu melati', at(['home', 'group.register']), READS_TIES))).toEqual([
      { key: 'relations:offer', buttons: ['go:hk:posyandu_melati'] },
    ]);
    expect(said(tieAsideOf('kami sering rapat bareng pkk', at(['home', 'group.register']), READS_TIES))).toEqual([
      { key: 'relations:offer', buttons: ['go:hk:pkk~shared_meetings'] },
    ]);
    expect(said(tieAsideOf('antara posyandu melati dan pkk mawar ada kerja sama', at(['home', 'status.check']), READS_TIES))).toEqual([
      { key: 'relations:offerPair', buttons: ['go:hk:posyandu_melati+pkk_mawar'] },
    ]);
  });

  it('offers the entry itself when the names do not fit in a button', () => {
    expect(said(tieAsideOf('kami sering kerja sama dengan kelompok wanita tani sekar arum jaya', at(['home', 'group.register']), READS_TIES))).toEqual([
      { key: 'relations:offer', buttons: ['menu:relation'] },
    ]);
  });

  it('leaves the words to the flows that read them, and other words alone', () => {
    expect(tieAsideOf('kami sering rapat bareng pkk', at(['home', 'activity.log']), READS_TIES)).toBeNull();
    expect(tieAsideOf('kami sering kerja sama dengan posyandu melati', at(['home', 'relation.declare']), READS_TIES)).toBeNull();
    expect(tieAsideOf('Karang Taruna Tunas Muda', at(['home', 'group.register']), READS_TIES)).toBeNull();
  });
});

describe('kindJoinAside', () => {
  it('says yes for the kind, offering the registration outside one', () => {
    expect(said(kindJoinAside('pengajian bisa daftar?', at(['home', 'status.check']), 'group.register'))).toEqual([{ key: 'home.kindCanJoin', buttons: ['menu:register'] }]);
    expect(said(kindJoinAside('pengajian bisa daftar?', at(['home', 'group.register']), 'group.register'))).toEqual([{ key: 'home.kindCanJoin', buttons: [] }]);
  });

  it('answers nothing else', () => {
    expect(kindJoinAside('Pengajian Al Ikhlas', at(['home', 'group.register']), 'group.register')).toBeNull();
    expect(kindJoinAside('posyandu bisa ikut kegiatan apa saja?', at(['home', 'group.register']), 'group.register')).toBeNull();
  });
});
