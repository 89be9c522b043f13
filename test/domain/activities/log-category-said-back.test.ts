/**
 * A kind read from words at the kind's question ("senam lansia bareng karang taruna") was
 * picked in silence (Bantuan lansia) and the words dropped: the description was asked as if
 * nothing had been said. The kind is now said back, and the words offered as the
 * description (a tap or "ya" takes them; anything else typed is the description as before).
 * A kind's own name, tapped or typed, goes on as before. (Senam lansia is read as
 * Kesehatan/posyandu since common activity words pick their kind: it was Bantuan lansia.)
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv, StepOutcome } from '../../../src/core/engine/flow.js';
import type { OutboundMessage } from '../../../src/core/messages.js';
import { logActivityFlow } from '../../../src/domain/activities/log-flow.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const env: FlowEnv = { now: new Date('2026-12-07T03:00:00Z'), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const category = logActivityFlow.steps.category!;
const description = logActivityFlow.steps.description!;
type Data = Parameters<typeof category.prompt>[0]['data'];
const start = { consented: true, own: { id: 'g1', name: 'Karang Taruna Tunas Muda', villageCode: '34.02.15.2004' }, date: '2026-12-06' } as Data;
const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
const text = (messages: readonly OutboundMessage[]) => renderer.render([...messages], 'id').map((message) => message.text).join('\n');
const typed = (said: string) => category.on({ type: 'text', text: said }, { data: start, env });
const dataOf = (outcome: StepOutcome<Data>) => (outcome.type === 'goto' || outcome.type === 'stay' ? (outcome.data ?? {}) : {}) as Data;

describe('a kind read from words at the kind\'s question', () => {
  it('is said back, and the words are offered as the description', () => {
    const outcome = typed('senam lansia bareng karang taruna');
    expect(outcome).toMatchObject({ type: 'goto', step: 'description', data: { category: 'layanan_kesehatan', typedDescription: 'senam lansia bareng karang taruna' } });
    expect(text(outcome.type === 'goto' ? (outcome.say ?? []) : [])).toContain('Jenis kegiatan: Kesehatan/posyandu');
    const asked = renderer.render([description.prompt({ data: dataOf(outcome), env })], 'id')[0]!;
    expect(asked.text).toContain('“senam lansia bareng karang taruna”');
    expect(asked.buttons?.map((button) => button.id)).toEqual(['description:typed']);
  });

  it('takes the words offered with a tap or "ya", or another description typed', () => {
    const offered = dataOf(typed('senam lansia bareng karang taruna'));
    for (const input of [{ type: 'button', id: 'description:typed' }, { type: 'text', text: 'ya' }] as const) {
      const taken = description.on(input, { data: offered, env });
      expect(taken).toMatchObject({ type: 'goto', step: 'partners', data: { description: 'senam lansia bareng karang taruna' } });
      expect(dataOf(taken)).not.toHaveProperty('typedDescription');
    }
    expect(description.on({ type: 'text', text: 'Senam pagi lansia di balai dusun' }, { data: offered, env })).toMatchObject({
      type: 'goto',
      data: { description: 'Senam pagi lansia di balai dusun' },
    });
  });

  it('says a kind back with nothing to offer when the words say no more than it', () => {
    const outcome = typed('bantuan lansia aja');
    expect(outcome).toMatchObject({ type: 'goto', step: 'description', data: { category: 'bantuan_lansia' } });
    expect(dataOf(outcome)).not.toHaveProperty('typedDescription');
    expect(text(outcome.type === 'goto' ? (outcome.say ?? []) : [])).toContain('Jenis kegiatan: Bantuan lansia');
  });

  it('goes on as before for a kind tapped or typed by its name', () => {
    for (const input of [{ type: 'button', id: 'category:kerja_bakti' }, { type: 'text', text: 'kerja bakti' }] as const) {
      const outcome = category.on(input, { data: start, env });
      expect(outcome).toEqual({ type: 'goto', step: 'description', data: { ...start, category: 'kerja_bakti' } });
    }
  });
});
