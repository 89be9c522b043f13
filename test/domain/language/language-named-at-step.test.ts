/**
 * A language's name alone typed mid-flow ("english", "inggris", "indo aja") where the step on
 * screen does not take it (a group's screen of buttons, a yes/no, a count): the
 * language is set and the same question asked again in it (was "Maaf, jawaban itu belum bisa
 * saya pakai"). Where a name is typed (a group's) the step takes the word; where a place is
 * asked ("Indonesia" where a desa is asked) it stays the step's, searched or refused as a place.
 * The engine with the real flows, as the app configures it.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEnv } from '../../../src/core/engine/flow.js';
import type { EngineState } from '../../../src/core/engine/state.js';
import { LIST_MY_GROUPS } from '../../../src/domain/groups/effects.js';
import type { GroupView } from '../../../src/domain/model/groups.js';
import { SET_LOCALE } from '../../../src/domain/language/effects.js';
import { appEngine, standingAt, testAssistant } from '../../support/assistant.js';

const NOW = '2026-12-05T08:00:00.000Z';
const assistant = testAssistant();
const engine = appEngine(assistant);
const env: FlowEnv = { now: new Date(NOW), person: { id: 'p1', locale: 'id', displayName: null, phoneE164: null } };
const group = { id: '3f1c2a9e-8b7d-4c6e-9a51-0f2b3c4d5e6f', name: 'Arisan Melati', unit: { rw: 3, rt: 5, dusun: '' }, ketuaName: 'Bu Siti', ketuaPhone: '+6281200000001', memberCount: 20 };
const atGroup = () => standingAt(assistant, 'group.mine', 'group', { selected: group, groups: [group], consented: true }, NOW);
const atDeactivate = () => standingAt(assistant, 'group.mine', 'confirmDeactivate', { selected: group, groups: [group], consented: true }, NOW);

/** The language each input set (the effects asking for it), in order. */
const localesSet = (effects: readonly { readonly type: string; readonly payload?: unknown }[]) =>
  effects.filter((effect) => effect.type === SET_LOCALE.name).map((effect) => (effect.payload as { locale: string }).locale);

/** The keys of every text in the replies, to see which question is asked. */
const keysOf = (messages: unknown) => JSON.stringify(messages);

describe('a language named alone where the step takes no name', () => {
  it.each([
    ['english', 'en'],
    ['inggris', 'en'],
    ['English.', 'en'],
    ['indo aja', 'id'],
    ['indonesia', 'id'],
  ])('sets "%s" at a group\'s screen in Kelompok saya, then shows the screen again', (text, locale) => {
    const typed = engine.step(atGroup(), { type: 'text', text }, env);
    expect(localesSet(typed.effects)).toEqual([locale]);
    expect(keysOf(typed.messages)).not.toContain('engine.invalid');
    // The language set: said so, and the group's screen shown again, read afresh as on any return to it.
    const inLocale = { ...env, person: { ...env.person, locale } };
    const set = engine.step(typed.state, SET_LOCALE.resultInput(locale), inLocale);
    expect(keysOf(set.messages)).toContain('language.changed');
    expect(set.effects.map((effect) => effect.type)).toEqual([LIST_MY_GROUPS.name]);
    const shown = engine.step(set.state, LIST_MY_GROUPS.resultInput([group as unknown as GroupView]), inLocale);
    expect(keysOf(shown.messages)).toContain('groups:mine.details');
    expect((shown.state as EngineState).stack.at(-1)).toMatchObject({ flow: 'group.mine', step: 'group' });
  });

  it('sets it at a yes/no question too, and asks it again', () => {
    const typed = engine.step(atDeactivate(), { type: 'text', text: 'english' }, env);
    expect(localesSet(typed.effects)).toEqual(['en']);
    const set = engine.step(typed.state, SET_LOCALE.resultInput('en'), { ...env, person: { ...env.person, locale: 'en' } });
    expect((set.state as EngineState).stack.at(-1)).toMatchObject({ flow: 'group.mine', step: 'confirmDeactivate' });
  });

  it('sets it where a count is asked, which a language\'s name is not', () => {
    const state = standingAt(assistant, 'group.register', 'members', {}, NOW);
    expect(localesSet(engine.step(state, { type: 'text', text: 'inggris' }, env).effects)).toEqual(['en']);
  });
});

describe('a language named alone where the step takes a name or a place', () => {
  it('leaves a word where a place is asked to that step', () => {
    const typed = { type: 'text', text: 'Indonesia' } as const;
    const at = { flows: ['home', 'status.check'], step: 'where' };
    expect(assistant.commandFlows(typed, env, { ...at, eager: true })).toBeNull();
    expect(assistant.commandFlows(typed, env, { ...at, eager: false })).toEqual({ flow: 'language', input: { locale: 'id' } });
  });

  it('keeps "Indonesia" at the status check\'s desa question as the desa searched', () => {
    const state = standingAt(assistant, 'status.check', 'where', {}, NOW);
    const typed = engine.step(state, { type: 'text', text: 'Indonesia' }, env);
    expect(localesSet(typed.effects)).toEqual([]);
  });
});

describe('a language named alone where the step takes a name or other free text', () => {
  // Each free-text step (a name, a kind, a schedule, a description): "english" alone was taken as
  // its answer (a group called "English"); the language is set there and the question asked again.
  it.each([
    ['a registration\'s group name', 'group.register', 'name', {}],
    ['a registration\'s ketua', 'group.register', 'ketuaName', {}],
    ['a registration\'s own name', 'group.register', 'ownName', {}],
    ['a registration\'s other kind', 'group.register', 'typeOther', {}],
    ['a registration\'s schedule', 'group.register', 'schedule', {}],
    ['a group\'s new name in Kelompok saya', 'group.mine', 'edit', { selected: group, groups: [group], consented: true, field: 'name' }],
    ['one\'s own name in Data saya', 'privacy.myData', 'name', { consentActive: true, hasName: false }],
    ['an officer\'s name', 'officer.panel', 'name', {}],
    ['a new officer\'s name', 'officer.enroll', 'name', {}],
    ['an activity\'s description', 'activity.log', 'description', {}],
  ])('sets it at %s, then asks the same question again', (_where, flow, step, data) => {
    const typed = engine.step(standingAt(assistant, flow, step, data, NOW), { type: 'text', text: 'english' }, env);
    expect(localesSet(typed.effects)).toEqual(['en']);
    const set = engine.step(typed.state, SET_LOCALE.resultInput('en'), { ...env, person: { ...env.person, locale: 'en' } });
    expect(keysOf(set.messages)).toContain('language.changed');
    expect((set.state as EngineState).stack.map(({ flow: open, step: at }) => [open, at])).toEqual([['home', 'home'], [flow, step]]);
  });

  it.each(['inggris', 'English.', 'indo aja', 'bahasa inggris', 'pakai bahasa indonesia', 'in english please'])('sets "%s" at the group\'s name', (text) => {
    const typed = engine.step(standingAt(assistant, 'group.register', 'name', {}, NOW), { type: 'text', text }, env);
    expect(localesSet(typed.effects)).toHaveLength(1);
  });

  it.each(['English Club Sidomulyo', 'Kelompok Bahasa Inggris Desa'])('keeps "%s" as the group\'s name', (text) => {
    const typed = engine.step(standingAt(assistant, 'group.register', 'name', {}, NOW), { type: 'text', text }, env);
    expect(localesSet(typed.effects)).toEqual([]);
    expect((typed.state as EngineState).stack.at(-1)).toMatchObject({ flow: 'group.register', data: { name: text } });
  });
});
