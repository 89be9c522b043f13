/**
 * The village picker driven through the real engine, with a fake region directory behind
 * the real effect handler (no database): what the user sees, and what the parent gets.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine/engine.js';
import { defineFlow, flowResultName, type Effect, type FlowEnv, type StepInput } from '../../../src/core/engine/flow.js';
import { say } from '../../../src/core/messages.js';
import type { PersonView } from '../../../src/core/ports.js';
import { t } from '../../../src/core/text.js';
import { EffectRegistry } from '../../../src/core/effect-registry.js';
import { SEARCH_VILLAGES, regionEffects, type RegionsTx } from '../../../src/domain/regions/effects.js';
import type { RegencyInfo, RegionDirectory, VillageInfo, VillageMatch } from '../../../src/domain/model/regions.js';
import { VILLAGE_PICKER_FLOW_ID, villagePickerFlow } from '../../../src/domain/regions/village-picker-flow.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { effectContext } from '../../support/effect-context.js';

const village = (code: string, name: string, districtName: string, regencyName: string, provinceName: string): VillageInfo => ({
  code,
  name,
  districtName,
  regencyName,
  provinceName,
});

const BANTUL = village('34.02.05.2001', 'Sidomulyo', 'Bambanglipuro', 'Kabupaten Bantul', 'Daerah Istimewa Yogyakarta');
const SLEMAN = village('34.04.02.2003', 'Sidomulyo', 'Godean', 'Kabupaten Sleman', 'Daerah Istimewa Yogyakarta');
const BATU = village('35.79.01.2007', 'Sidomulyo', 'Batu', 'Kota Batu', 'Jawa Timur');
const TEMAS = village('35.79.01.1001', 'Temas', 'Batu', 'Kota Batu', 'Jawa Timur');
/** Ngestiharjo: one in Kulon Progo, one in Bantul (Kec. Kasihan). */
const NGESTI_KP = village('34.01.01.2001', 'Ngestiharjo', 'Wates', 'Kabupaten Kulon Progo', 'Daerah Istimewa Yogyakarta');
const NGESTI_BANTUL = village('34.02.13.2001', 'Ngestiharjo', 'Kasihan', 'Kabupaten Bantul', 'Daerah Istimewa Yogyakarta');
/** Timbulharjo in Bantul, and its look-alike Umbulharjo in Sleman; a desa named as the Javanese yes. */
const TIMBULHARJO = village('34.02.15.2002', 'Timbulharjo', 'Sewon', 'Kabupaten Bantul', 'Daerah Istimewa Yogyakarta');
const UMBULHARJO = village('34.04.16.2004', 'Umbulharjo', 'Cangkringan', 'Kabupaten Sleman', 'Daerah Istimewa Yogyakarta');
const SAMPUN = village('12.06.12.2005', 'Sampun', 'Dolat Rayat', 'Kabupaten Karo', 'Sumatera Utara');
/** Look-alikes of Sampun, and a desa named as the Sundanese yes. */
const SAMPUNG = village('35.02.01.2001', 'Sampung', 'Sampung', 'Kabupaten Ponorogo', 'Jawa Timur');
const SAMPANG = village('33.01.02.2001', 'Sampang', 'Sampang', 'Kabupaten Cilacap', 'Jawa Tengah');
const ENYA = village('32.05.03.2001', 'Enya', 'Cisurupan', 'Kabupaten Garut', 'Jawa Barat');
const ENYAN = village('32.05.03.2002', 'Enyan', 'Cisurupan', 'Kabupaten Garut', 'Jawa Barat');
/** Twelve same-named villages: more than the picker offers at once. */
const MANY = Array.from({ length: 12 }, (_, i) => village(`33.01.01.20${10 + i}`, 'Sidorejo', `Kecamatan ${i + 1}`, 'Kabupaten Cilacap', 'Jawa Tengah'));

/** Kec. Sewon's four desa as the directory finds them for "sewon", and a similar name below them. */
const IN_SEWON = ['Pendowoharjo', 'Timbulharjo', 'Bangunharjo', 'Panggungharjo'].map(
  (name, i): VillageMatch => ({ ...village(`34.02.15.200${i + 1}`, name, 'Sewon', 'Kabupaten Bantul', 'Daerah Istimewa Yogyakarta'), score: 0.96, inDistrict: true }),
);
const SEWOR: VillageMatch = { ...village('35.24.01.2007', 'Sewor', 'Sukorame', 'Kabupaten Lamongan', 'Jawa Timur'), score: 0.5 };
/** Two kecamatan named Depok, their desa taking turns; and one kecamatan of twelve desa. */
const IN_DEPOK = [
  { ...village('32.09.31.2001', 'Cikeduk', 'Depok', 'Kabupaten Cirebon', 'Jawa Barat'), score: 0.96, inDistrict: true as const },
  { ...village('34.04.07.2001', 'Caturtunggal', 'Depok', 'Kabupaten Sleman', 'Daerah Istimewa Yogyakarta'), score: 0.96, inDistrict: true as const },
];
const IN_LARGE = MANY.map((info): VillageMatch => ({ ...info, districtName: 'Kroya', score: 0.96, inDistrict: true }));

/** Kec. Godean's seven desa as the directory finds them for "godean", after the one desa named Godean (in Nganjuk). */
const GODEAN_NGANJUK: VillageMatch = { ...village('35.18.04.2006', 'Godean', 'Loceret', 'Kabupaten Nganjuk', 'Jawa Timur'), score: 1 };
const IN_GODEAN = ['Sidorejo', 'Sidoluhur', 'Sidomulyo', 'Sidoagung', 'Sidokarto', 'Sidoarum', 'Sidomoyo'].map(
  (name, i): VillageMatch => ({ ...village(`34.04.02.200${i + 1}`, name, 'Godean', 'Kabupaten Sleman', 'Daerah Istimewa Yogyakarta'), score: 0.96, inDistrict: true }),
);
/** "sleman": a desa of that name in Indramayu, Kec. Sleman's desa, and the kabupaten the name is. */
const SLEMAN_INDRAMAYU: VillageMatch = { ...village('32.12.12.2001', 'Sleman', 'Sliyeg', 'Kabupaten Indramayu', 'Jawa Barat'), score: 1 };
const IN_KEC_SLEMAN = ['Caturharjo', 'Triharjo', 'Tridadi', 'Pandowoharjo', 'Trimulyo'].map(
  (name, i): VillageMatch => ({ ...village(`34.04.13.200${i + 1}`, name, 'Sleman', 'Kabupaten Sleman', 'Daerah Istimewa Yogyakarta'), score: 0.96, inDistrict: true }),
);
const KAB_SLEMAN: RegencyInfo = { code: '34.04', name: 'Kabupaten Sleman', provinceName: 'Daerah Istimewa Yogyakarta' };

/** A fake directory answering a few queries, recording what it was asked. */
function fakeDirectory(calls: Array<{ query: string; limit: number; near?: readonly string[] }>): RegionDirectory {
  const answers: Record<string, VillageInfo[]> = {
    sidomulyo: [BANTUL, SLEMAN, BATU],
    'sidomulyo bambanglipuro': [BANTUL],
    sidorejo: MANY,
    'sidomulyo, godean': [SLEMAN, BANTUL, BATU],
    'temas, batu': [TEMAS],
    temas: [TEMAS],
    ngestiharjo: [NGESTI_KP, NGESTI_BANTUL],
    'ngestiharjo, bantul': [NGESTI_BANTUL],
    // A name with a stray word: one look-alike, listed rather than confirmed.
    'whats temas': [TEMAS],
    timbulharjo: [TIMBULHARJO, UMBULHARJO],
    sampun: [SAMPUN],
    sampung: [SAMPUNG, SAMPUN, SAMPANG],
    sampan: [SAMPUN, SAMPANG],
    enyaa: [ENYA, ENYAN],
  };
  /** Scores below 1 (a name alike, a place that does not fit), as the real directory gives them. */
  const partial: Record<string, readonly string[]> = { sampung: [SAMPUN.code, SAMPANG.code], sampan: [SAMPUN.code, SAMPANG.code], enyaa: [ENYA.code, ENYAN.code], 'sidomulyo, godean': [BANTUL.code, BATU.code], 'whats temas': [TEMAS.code], timbulharjo: [UMBULHARJO.code] };
  const kecamatan: Record<string, VillageMatch[]> = {
    sewon: [...IN_SEWON, SEWOR],
    'kec depok': IN_DEPOK,
    kroya: IN_LARGE,
    godean: [GODEAN_NGANJUK, ...IN_GODEAN],
    // "desa" dropped from the name: a little below an identical one, as the real directory scores it.
    'desa godean': [{ ...GODEAN_NGANJUK, score: 0.99 }, ...IN_GODEAN],
    sleman: [SLEMAN_INDRAMAYU, ...IN_KEC_SLEMAN],
  };
  const regencies: Record<string, RegencyInfo[]> = { sleman: [KAB_SLEMAN] };
  const villages = (query: string, limit: number, near: readonly string[] = []): VillageMatch[] => {
    const key = query.toLowerCase();
    if (kecamatan[key]) return kecamatan[key].slice(0, limit);
    const hits: VillageMatch[] = (answers[key] ?? []).map((info) => ({ ...info, score: partial[key]?.includes(info.code) ? 0.6 : 1 }));
    // As the real directory ranks them: equal scores, those near first.
    const isNear = (hit: VillageMatch) => near.some((code) => hit.code.startsWith(`${code}.`));
    return [...hits].sort((a, b) => b.score - a.score || Number(isNear(b)) - Number(isNear(a))).slice(0, limit);
  };
  return {
    async searchVillages(query, limit) {
      calls.push({ query, limit });
      return villages(query, limit);
    },
    async searchPlaces(query, limit, options = {}) {
      calls.push({ query, limit, ...(options.near && { near: options.near }) });
      return { villages: villages(query, limit, options.near), regencies: regencies[query.toLowerCase()] ?? [] };
    },
    async village() {
      return null;
    },
  };
}

/** A root flow that can start the picker directly or through a parent, and keeps what it got. */
const root = defineFlow<{ got?: unknown }>({
  id: 'root',
  version: 1,
  title: t('home.title'),
  start: () => ({ step: 'home', data: {} }),
  steps: {
    home: {
      expects: t('home.expects'),
      prompt: () => say(t('home.menu')),
      on(input) {
        if (input.type === 'effect-result' && input.effect === flowResultName(VILLAGE_PICKER_FLOW_ID)) {
          return { type: 'stay', data: { got: input.value } };
        }
        if (input.type === 'button' && input.id === 'pick') return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID };
        // As the status check starts it for someone whose groups are in Kota Batu.
        if (input.type === 'button' && input.id === 'pick-near-batu') return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: 'sidomulyo', near: ['35.79'] } };
        // As the status check starts it with what an English question left ("what's the status of Temas?").
        if (input.type === 'button' && input.id === 'pick-english') return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: 'whats temas' } };
        if (input.type === 'button' && input.id === 'register') return { type: 'start', flow: 'register' };
        // As an officer's flow starts it for an officer of Kab. Sleman.
        if (input.type === 'button' && input.id === 'pick-sleman') return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: '', within: ['34.04'] } };
        return { type: 'invalid' };
      },
    },
  },
});

/** A parent that asks for the village itself and hands the typed name to the picker, as group registration does. */
const register = defineFlow<{ village?: VillageInfo }>({
  id: 'register',
  version: 1,
  title: t('home.title'),
  start: () => ({ step: 'village', data: {} }),
  steps: {
    village: {
      expects: t('regions:ask.expects'),
      prompt: () => say(t('regions:ask.prompt')),
      on(input, { data }) {
        if (input.type === 'effect-result' && input.effect === flowResultName(VILLAGE_PICKER_FLOW_ID)) {
          return { type: 'goto', step: 'next', data: { ...data, village: input.value as VillageInfo } };
        }
        // As group registration starts it: a group's name typed for the desa is kept for the name question.
        if (input.type === 'button' && input.id === 'named') return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: '', groupNameLater: true } };
        if (input.type !== 'text') return { type: 'invalid' };
        return { type: 'start', flow: VILLAGE_PICKER_FLOW_ID, input: { query: input.text } };
      },
    },
    next: {
      expects: t('home.expects'),
      prompt: () => say(t('home.menu')),
      on: () => ({ type: 'invalid' }),
    },
  },
});

/** The engine needs a language flow; these tests never start it. */
const language = defineFlow<Record<string, never>>({
  id: 'lang',
  version: 1,
  title: t('menu.language'),
  start: () => ({ step: 'choose', data: {} }),
  steps: { choose: { expects: t('language.expects'), prompt: () => say(t('language.prompt')), on: () => ({ type: 'invalid' }) } },
});

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');
/** The real region effect handler, as the runner registers it. */
const effects = new EffectRegistry<RegionsTx>(regionEffects<RegionsTx>());
const person: PersonView = { id: 'p1', locale: 'id', displayName: null, phoneE164: null };
const env: FlowEnv = { now: new Date('2026-11-30T08:00:00Z'), person };

interface Frame {
  flow: string;
  step: string;
  data: Record<string, unknown>;
}

/** One conversation: sends inputs, performs effects like the runner, renders replies. */
function conversation() {
  const engine = createEngine({
    flows: [root, register, villagePickerFlow, language],
    rootFlow: 'root',
    languageFlow: 'lang',
    idleTimeoutMs: 3_600_000,
    maxInvalid: 5,
  });
  const calls: Array<{ query: string; limit: number; near?: readonly string[] }> = [];
  const tx = { regions: fakeDirectory(calls) };
  let state: unknown = null;

  async function send(input: StepInput | string) {
    const content: StepInput = typeof input === 'string' ? { type: 'text', text: input } : input;
    let result = engine.step(state, content, env);
    state = result.state;
    const messages = [...result.messages];
    const pending: Effect[] = [...result.effects];
    while (pending.length > 0) {
      const effect = pending.shift()!;
      if (effect.type !== SEARCH_VILLAGES.name) throw new Error(`unexpected effect ${effect.type}`);
      const value = await effects.perform(effect, effectContext({ tx, person, identityId: 'identity-1', channel: 'webchat', now: env.now }));
      if (effect.reply) {
        result = engine.step(state, { type: 'effect-result', effect: effect.type, value }, env);
        state = result.state;
        messages.push(...result.messages);
        pending.push(...result.effects);
      }
    }
    const replies = renderer.render(messages, 'id');
    return {
      replies,
      text: replies.map((reply) => reply.text).join('\n---\n'),
      buttons: replies.flatMap((reply) => reply.buttons ?? []),
    };
  }

  const stack = (): Frame[] => (state as { stack: Frame[] }).stack;
  const top = (): Frame => stack()[stack().length - 1]!;
  return { send, calls, stack, top, button: (id: string) => send({ type: 'button', id }) };
}

describe('village picker flow', () => {
  it('asks for the name, says politely when nothing is found, and asks again', async () => {
    const chat = conversation();
    const asked = await chat.button('pick');
    expect(asked.text).toContain('Ketik nama desa/kelurahan');
    expect(asked.text).toContain('Sidomulyo Bambanglipuro');

    const missing = await chat.send('Sidomulya Ngawen');
    expect(chat.calls).toEqual([{ query: 'Sidomulya Ngawen', limit: 9 }]);
    expect(missing.text).toContain('“Sidomulya Ngawen” tidak ditemukan');
    expect(missing.text).toContain('ketik lagi nama desa/kelurahan');
    expect(missing.buttons).toEqual([]);
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'choose' });

    // A new name typed after "not found" is searched straight away.
    const found = await chat.send('sidomulyo');
    expect(found.buttons).toHaveLength(4);
  });

  it('offers the hits as buttons and as a numbered list, with a "search again" button', async () => {
    const chat = conversation();
    await chat.button('pick');
    const { text, buttons } = await chat.send('  sidomulyo ');
    expect(chat.calls[0]!.query).toBe('sidomulyo');
    expect(buttons).toEqual([
      { id: 'village:34.02.05.2001', label: 'Sidomulyo — Kec. Bambanglipuro, Kab. Bantul' },
      { id: 'village:34.04.02.2003', label: 'Sidomulyo — Kec. Godean, Kab. Sleman' },
      { id: 'village:35.79.01.2007', label: 'Sidomulyo — Kec. Batu, Kota Batu' },
      { id: 'village-search-again', label: '🔎 Cari lagi' },
    ]);
    expect(text).toContain('Hasil pencarian “sidomulyo”');
    expect(text).toContain(
      '1. Sidomulyo — Kec. Bambanglipuro, Kab. Bantul, DI Yogyakarta\n' +
        '2. Sidomulyo — Kec. Godean, Kab. Sleman, DI Yogyakarta\n' +
        '3. Sidomulyo — Kec. Batu, Kota Batu, Jawa Timur',
    );
    expect(text).toContain('Tidak ada di daftar?');
  });

  it('offers at most eight and says when there are more', async () => {
    const chat = conversation();
    await chat.button('pick');
    const { text, buttons } = await chat.send('sidorejo');
    expect(buttons).toHaveLength(9); // eight villages and "search again"
    expect(text).toContain('8. Sidorejo — Kec. Kecamatan 8');
    expect(text).not.toContain('9. Sidorejo');
    expect(text).toContain('Masih ada desa lain dengan nama mirip');
  });

  it('ends with the village pressed, as the result for the flow below', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo');
    const done = await chat.button('village:34.04.02.2003');
    expect(done.text).toContain('✅ Desa/kelurahan: Sidomulyo, Kec. Godean, Kab. Sleman, DI Yogyakarta.');
    expect(chat.stack()).toHaveLength(1);
    expect(chat.top().data).toEqual({ got: SLEMAN });
  });

  it('takes the number from the list, typed in several ways', async () => {
    for (const typed of ['3', '3.', 'no 3', 'Nomor 3', '#3']) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send('sidomulyo');
      await chat.send(typed);
      expect(chat.top().data, typed).toEqual({ got: BATU });
    }
  });

  it('takes a line pointed at in words: "yang kedua", "no 2 min", "the second one", "terakhir"', async () => {
    for (const [typed, got] of [['yang kedua', SLEMAN], ['no 2 min', SLEMAN], ['nomor dua', SLEMAN], ['yang ke-3', BATU], ['the second one', SLEMAN], ['pertama', BANTUL], ['terakhir', BATU], ['the last one', BATU]] as const) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send('sidomulyo');
      await chat.send(typed);
      expect(chat.calls, typed).toHaveLength(1);
      expect(chat.top().data, typed).toEqual({ got });
    }
  });

  it('takes the listed desa whose place is typed: "yg bantul", its kecamatan, "the one in bantul"', async () => {
    for (const typed of ['yg bantul', 'kasihan', 'yang di kasihan', 'the one in bantul', 'kab bantul', 'Kasihan, Bantul']) {
      const chat = conversation();
      await chat.button('pick');
      expect((await chat.send('ngestiharjo')).buttons, typed).toHaveLength(3);
      const done = await chat.send(typed);
      expect(chat.calls, typed).toHaveLength(1);
      expect(done.text, typed).toContain('✅ Desa/kelurahan: Ngestiharjo, Kec. Kasihan, Kab. Bantul');
      expect(chat.top().data, typed).toEqual({ got: NGESTI_BANTUL });
    }
  });

  it('lists again only the desa in a place several of them lie in; a place none lies in is searched', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo');
    const diy = await chat.send('yang di yogyakarta');
    expect(chat.calls).toHaveLength(1);
    expect(diy.buttons.map((button) => button.id)).toEqual(['village:34.02.05.2001', 'village:34.04.02.2003', 'village-search-again']);
    expect(diy.text).toContain('2. Sidomulyo — Kec. Godean, Kab. Sleman');
    expect(diy.text).not.toContain('3. Sidomulyo');
    await chat.send('2');
    expect(chat.top().data).toEqual({ got: SLEMAN });

    const other = conversation();
    await other.button('pick');
    await other.send('sidomulyo');
    await other.send('ngawen');
    expect(other.calls.map((call) => call.query)).toEqual(['sidomulyo', 'ngawen']);
  });

  it('searches the listed name in a place pointed at where none of the list lies: "yg di jawa timur", "the one in bantul"', async () => {
    for (const [typed, place] of [['yg di jawa timur', 'jawa timur'], ['the one in bantul', 'bantul'], ['di kulon progo ya', 'kulon progo']] as const) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send('sidorejo');
      await chat.send(typed);
      expect(chat.calls.map((call) => call.query), typed).toEqual(['sidorejo', `Sidorejo, ${place}`]);
    }
    // Words after "yang" that name no place are searched as typed, as before.
    const other = conversation();
    await other.button('pick');
    await other.send('sidorejo');
    await other.send('yang lain');
    expect(other.calls.map((call) => call.query)).toEqual(['sidorejo', 'yang lain']);
    // "yg" without "di"/"dari" points at no place: chat, searched as typed.
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidorejo');
    await chat.send('yg penting hepi');
    expect(chat.calls.map((call) => call.query)).toEqual(['sidorejo', 'yg penting hepi']);
  });

  it('searches "yang di bantul, ngestiharjo" as "ngestiharjo, bantul"', async () => {
    const chat = conversation();
    await chat.button('pick');
    const asked = await chat.send('yang di bantul, ngestiharjo');
    expect(chat.calls.map((call) => call.query)).toEqual(['ngestiharjo, bantul']);
    expect(asked.text).toContain('Desa Ngestiharjo, Kec. Kasihan, Kab. Bantul?');
  });

  it('reads "iyo bener" and a thumbs-up at the confirmation as yes, not as a desa to search', async () => {
    for (const typed of ['iyo bener', '👍', 'bener']) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send('sidomulyo bambanglipuro');
      await chat.send(typed);
      expect(chat.calls, typed).toHaveLength(1);
      expect(chat.top().data, typed).toEqual({ got: BANTUL });
    }
  });

  it('reads Javanese "sampun" and "leres", Sundanese "enya" at the confirmation as yes; Desa Sampun is still found after "Bukan"', async () => {
    for (const typed of ['sampun', 'leres', 'nggih', 'enya', 'betul', 'iya bener']) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send('sidomulyo bambanglipuro');
      await chat.send(typed);
      expect(chat.calls, typed).toHaveLength(1);
      expect(chat.top().data, typed).toEqual({ got: BANTUL });
    }
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo bambanglipuro');
    await chat.button('village-exact:no');
    expect((await chat.send('sampun')).text).toContain('Desa Sampun, Kec. Dolat Rayat, Kab. Karo?');
    await chat.send('sampun');
    expect(chat.top().data).toEqual({ got: SAMPUN });
  });

  it('picks a desa named as a yes ("sampun", "enya") typed at a list that shows it, as typing it at the question finds it', async () => {
    // After "Bukan" at the confirmation of the name searched: its look-alikes, Sampun among them.
    const afterNo = conversation();
    await afterNo.button('pick');
    expect((await afterNo.send('sampung')).text).toContain('Desa Sampung');
    const others = await afterNo.button('village-exact:no');
    expect(others.text).toContain('Sampun');
    await afterNo.send('sampun');
    expect(afterNo.top().data).toEqual({ got: SAMPUN });
    // A list with no exact name, the desa typed with "desa"; and the Sundanese yes.
    for (const [search, typed, got] of [['sampan', 'desa sampun', SAMPUN], ['enyaa', 'Enya', ENYA], ['enyaa', 'enya.', ENYA]] as const) {
      const chat = conversation();
      await chat.button('pick');
      await chat.send(search);
      await chat.send(typed);
      expect(chat.top().data, typed).toEqual({ got });
    }
    // A yes where no listed desa is named so still asks which one.
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sampan');
    expect((await chat.send('enya')).text).toContain('Desa yang mana?');
  });

  it('offers the desa being confirmed again when a text typed there finds no desa', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo bambanglipuro');
    // (A group's name there, "pkk dsn glugo", is said to be one: see below.)
    const again = await chat.send('dsn glugo');
    expect(again.text).toContain('Tidak ada desa/kelurahan bernama “dsn glugo”. Pastikan dulu desa ini');
    expect(again.text).toContain('Desa Sidomulyo, Kec. Bambanglipuro, Kab. Bantul?');
    expect(again.buttons.map((button) => button.id)).toEqual(['village-exact:yes', 'village-exact:no']);
    await chat.button('village-exact:yes');
    expect(chat.top().data).toEqual({ got: BANTUL });
  });

  it('says a group\'s name typed for the desa is one (was "tidak ditemukan" or a search), asks again, and keeps the desa being confirmed', async () => {
    const chat = conversation();
    await chat.button('pick');
    const asked = await chat.send('PKK Dusun Glugo');
    expect(asked.text).toContain('“PKK Dusun Glugo” sepertinya nama kelompok, bukan nama desa/kelurahan.');
    expect(asked.text).not.toContain('tidak ditemukan');
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
    await chat.send('sidomulyo bambanglipuro');
    const kept = await chat.send('karang taruna tunas harapan');
    expect(kept.text).toContain('“karang taruna tunas harapan” sepertinya nama kelompok');
    expect(kept.text).toContain('Desa Sidomulyo, Kec. Bambanglipuro, Kab. Bantul?');
    // Not kept for a parent that asks no group's name.
    await chat.button('village-exact:yes');
    expect(chat.top().data).toEqual({ got: BANTUL });
  });

  it('hands a group\'s name typed for the desa to a parent that asks it after the desa', async () => {
    const chat = conversation();
    await chat.button('register');
    await chat.button('named');
    await chat.send('PKK Dusun Glugo');
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
    await chat.send('temas');
    await chat.button('village-exact:yes');
    expect(chat.top()).toMatchObject({ flow: 'register', step: 'next', data: { village: { ...TEMAS, groupNames: ['PKK Dusun Glugo'] } } });
  });

  it('keeps the first group name typed for the desa when a second follows, and hands both on (the second replaced the first)', async () => {
    const chat = conversation();
    await chat.button('register');
    await chat.button('named');
    await chat.send('PKK Dusun Glugo');
    const second = await chat.send('karang taruna tunas harapan');
    expect(second.text).toContain('Kedua nama saya simpan (“PKK Dusun Glugo” dan “karang taruna tunas harapan”)');
    // The same name again keeps the two as they are; a third replaces the latest, never the first.
    await chat.send('PKK dusun glugo');
    await chat.send('posyandu mawar sari');
    await chat.send('temas');
    await chat.button('village-exact:yes');
    expect(chat.top()).toMatchObject({ flow: 'register', step: 'next', data: { village: { ...TEMAS, groupNames: ['PKK Dusun Glugo', 'posyandu mawar sari'] } } });
  });

  it('tells an officer that a desa named exactly lies outside their area, then offers look-alikes inside', async () => {
    const chat = conversation();
    await chat.button('pick-sleman');
    const listed = await chat.send('timbulharjo');
    expect(listed.text).toContain('Desa Timbulharjo (Kec. Sewon, Kab. Bantul) ada, tetapi di luar wilayah Anda.');
    expect(listed.buttons.map((button) => button.id)).toEqual(['village:34.04.16.2004', 'village-search-again']);
    // Nothing alike inside: not found in the area, and where the desa lies.
    const none = conversation();
    await none.button('pick-sleman');
    const missing = await none.send('ngestiharjo, bantul');
    expect(missing.text).toContain('“ngestiharjo, bantul” tidak ditemukan di wilayah Anda');
    expect(missing.text).toContain('Desa Ngestiharjo (Kec. Kasihan, Kab. Bantul) ada, tetapi di luar wilayah Anda.');
  });

  it('takes "ya" at a list of one desa as that desa, and still asks which one at a longer list', async () => {
    const chat = conversation();
    await chat.button('pick');
    expect((await chat.send('whats temas')).buttons.map((button) => button.id)).toEqual(['village:35.79.01.1001', 'village-search-again']);
    expect((await chat.send('iya')).text).toContain('✅ Desa/kelurahan: Temas, Kec. Batu');
    expect(chat.top().data).toEqual({ got: TEMAS });

    const longer = conversation();
    await longer.button('pick');
    await longer.send('sidomulyo');
    expect((await longer.send('iya')).text).toContain('Desa yang mana?');
  });

  it('drops English words a question left before the name ("whats temas"), and confirms the name', async () => {
    const chat = conversation();
    const asked = await chat.button('pick-english');
    expect(chat.calls.map((call) => call.query)).toEqual(['temas']);
    expect(asked.text).toContain('Kelurahan Temas, Kec. Batu, Kota Batu?');
  });

  it('refuses a number outside the list and a button from an older list, and keeps the list', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo');
    const tooBig = await chat.send('7');
    expect(tooBig.text).toContain('Nomor itu tidak ada di daftar (pilih 1–3)');
    expect(tooBig.buttons).toHaveLength(4);
    const stale = await chat.button('village:11.01.01.2001');
    // The engine's one word for a button the question does not show (it was the picker's own, alike).
    expect(stale.text).toContain('Tombol itu sudah tidak berlaku untuk pertanyaan ini');
    expect(chat.top().step).toBe('choose');
  });

  it('searches again for a new name typed at the list', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo');
    const narrowed = await chat.send('sidomulyo bambanglipuro');
    // One exact name within the kecamatan typed: one confirmation, no list.
    expect(narrowed.text).toContain('Desa Sidomulyo, Kec. Bambanglipuro, Kab. Bantul?');
    expect(narrowed.buttons.map((button) => button.id)).toEqual(['village-exact:yes', 'village-exact:no']);
    await chat.button('village-exact:yes');
    expect(chat.top().data).toEqual({ got: BANTUL });
  });

  it('searches for another name typed at the confirmation, and lists or confirms what it finds', async () => {
    const chat = conversation();
    await chat.button('pick');
    expect((await chat.send('sidomulyo bambanglipuro')).text).toContain('Desa Sidomulyo, Kec. Bambanglipuro, Kab. Bantul?');
    const list = await chat.send('sidomulyo');
    expect(list.buttons.map((button) => button.id)).toEqual(['village:34.02.05.2001', 'village:34.04.02.2003', 'village:35.79.01.2007', 'village-search-again']);
    expect(chat.top().step).toBe('choose');
    expect((await chat.send('Sidomulyo, Godean')).text).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');
    await chat.send('ya');
    expect(chat.top().data).toEqual({ got: SLEMAN });
  });

  it('names a kelurahan a kelurahan (its own number starts with 1), and a desa a desa', async () => {
    const chat = conversation();
    await chat.button('pick');
    expect((await chat.send('Temas, Batu')).text).toContain('Kelurahan Temas, Kec. Batu, Kota Batu?');
    await chat.button('village-exact:no');
    expect((await chat.send('sidomulyo bambanglipuro')).text).toContain('Desa Sidomulyo, Kec. Bambanglipuro, Kab. Bantul?');
  });

  it('one exact hit among similar ones is confirmed in one step; "Bukan" lists the others', async () => {
    const chat = conversation();
    await chat.button('pick');
    const reply = await chat.send('Sidomulyo, Godean');
    expect(reply.text).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');
    const others = await chat.button('village-exact:no');
    expect(others.buttons.map((button) => button.id)).not.toContain('village:34.04.02.2003');
    expect(others.buttons.map((button) => button.id)).toContain('village:34.02.05.2001');
  });

  it('"Cari lagi" asks for the name again, and "kembali" from there returns to the list', async () => {
    const chat = conversation();
    await chat.button('pick');
    await chat.send('sidomulyo');
    const again = await chat.button('village-search-again');
    expect(again.text).toContain('Ketik nama desa/kelurahan');
    expect(chat.top().step).toBe('ask');
    const back = await chat.send('kembali');
    expect(back.buttons).toHaveLength(4);
  });

  it('searches at once when the parent passes the typed name, and hands the village to the parent', async () => {
    const chat = conversation();
    await chat.button('register');
    const list = await chat.send('Sidomulyo');
    expect(chat.calls).toEqual([{ query: 'Sidomulyo', limit: 9 }]);
    expect(list.buttons).toHaveLength(4);
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'choose' });

    await chat.button('village:34.02.05.2001');
    expect(chat.top()).toMatchObject({ flow: 'register', step: 'next', data: { village: BANTUL } });
  });

  it('"kembali" at the confirmation goes to the question asked before the search (was "“temas” tidak ditemukan" for the desa found)', async () => {
    const asked = conversation();
    await asked.button('pick');
    expect((await asked.send('temas')).text).toContain('Temas');
    const back = await asked.send('kembali');
    expect(back.text).not.toContain('tidak ditemukan');
    expect(back.text).toContain('Ketik nama desa/kelurahan');
    expect(asked.top().step).toBe('ask');
    // Started by the parent with the name: back to the parent's question.
    const parent = conversation();
    await parent.button('register');
    expect((await parent.send('temas')).text).toContain('Temas');
    const out = await parent.send('kembali');
    expect(out.text).not.toContain('tidak ditemukan');
    expect(parent.top()).toMatchObject({ flow: 'register', step: 'village' });
  });

  it('"kembali" at a list started by the parent returns to the parent\'s question', async () => {
    const chat = conversation();
    await chat.button('register');
    await chat.send('sidomulyo');
    await chat.send('kembali');
    expect(chat.top()).toMatchObject({ flow: 'register', step: 'village' });
  });

  it('ignores input that is not a name; the effect handler ignores an empty query and refuses an odd payload', async () => {
    const chat = conversation();
    await chat.button('pick');
    const odd = await chat.send({ type: 'location', latitude: -7.9, longitude: 110.3 });
    expect(odd.text).toContain('nama desa/kelurahan');
    expect(chat.top().step).toBe('ask');

    const ctx = effectContext({ tx: { regions: fakeDirectory(chat.calls) }, person, identityId: 'identity-1', channel: 'webchat', now: env.now });
    expect(await effects.perform(SEARCH_VILLAGES.request({ query: '   ' }), ctx)).toEqual({ villages: [], regencies: [] });
    // A payload of another shape is a bug in the flow that sent it: refused, nothing searched.
    await expect(async () => effects.perform({ type: SEARCH_VILLAGES.name, payload: 'sidomulyo' }, ctx)).rejects.toThrow();
    await expect(async () => effects.perform({ type: SEARCH_VILLAGES.name }, ctx)).rejects.toThrow();
    expect(chat.calls).toEqual([]);
  });

  it('refuses an overly long name without searching', async () => {
    const chat = conversation();
    await chat.button('pick');
    const long = await chat.send('sidomulyo '.repeat(15));
    expect(long.text).toContain('terlalu panjang');
    expect(chat.calls).toEqual([]);
  });

  it('lists only the desa of a kecamatan typed instead of a desa, saying so', async () => {
    const chat = conversation();
    await chat.button('pick');
    const sewon = await chat.send('sewon');
    expect(sewon.text).toContain('Desa/kelurahan di Kec. Sewon, Kab. Bantul');
    expect(sewon.text).not.toContain('Sewor');
    expect(sewon.buttons.map((button) => button.label)).toEqual([
      'Pendowoharjo — Kec. Sewon, Kab. Bantul',
      'Timbulharjo — Kec. Sewon, Kab. Bantul',
      'Bangunharjo — Kec. Sewon, Kab. Bantul',
      'Panggungharjo — Kec. Sewon, Kab. Bantul',
      '🔎 Cari lagi',
    ]);
    expect(sewon.text).toContain('Tidak ada di daftar?');
    const picked = await chat.send('4');
    expect(picked.text).toContain('✅ Desa/kelurahan: Panggungharjo, Kec. Sewon');

    // More desa than offered: type the desa's name.
    const large = conversation();
    await large.button('pick');
    const kroya = await large.send('kroya');
    expect(kroya.text).toContain('Desa/kelurahan di Kec. Kroya, Kab. Cilacap');
    expect(kroya.buttons).toHaveLength(9);
    expect(kroya.text).toContain('Kec. Kroya punya desa/kelurahan lain juga');

    // Kecamatan of one name in two kabupaten: a plain list, each line naming its place.
    const depok = conversation();
    await depok.button('pick');
    const both = await depok.send('kec depok');
    expect(both.text).toContain('Hasil pencarian “kec depok”');
    expect(both.text).toContain('Kab. Cirebon');
    expect(both.text).toContain('Kab. Sleman');
  });

  it('says a kabupaten typed as the desa is one and asks which desa in it, instead of confirming a far-away desa of that name', async () => {
    const chat = conversation();
    await chat.button('pick');
    const sleman = await chat.send('sleman');
    // Not "Desa Sleman, Kec. Sliyeg, Kab. Indramayu?": a list, saying what "sleman" is.
    expect(sleman.text).toContain('“sleman” itu nama kabupaten/kota: Kab. Sleman (DI Yogyakarta), bukan nama desa');
    expect(sleman.buttons.map((button) => button.id)).not.toContain('village-exact:yes');
    // Kec. Sleman's desa (inside the kabupaten) first, the desa truly named Sleman still offered, last.
    expect(sleman.buttons.map((button) => button.label)).toEqual([
      ...IN_KEC_SLEMAN.map((hit) => `${hit.name} — Kec. Sleman, Kab. Sleman`),
      'Sleman — Kec. Sliyeg, Kab. Indramayu',
      '🔎 Cari lagi',
    ]);
    expect(chat.top()).toMatchObject({ step: 'choose', data: { near: ['34.04'], area: ['34.04'] } });
    // The desa typed next is searched in the kabupaten first: its one Sidomulyo is confirmed, of the 98.
    const next = await chat.send('sidomulyo');
    expect(chat.calls.at(-1)).toEqual({ query: 'sidomulyo', limit: 9, near: ['34.04'] });
    expect(next.text).toContain('Desa Sidomulyo, Kec. Godean, Kab. Sleman?');
    await chat.send('ya');
    expect(chat.top().data).toEqual({ got: SLEMAN });

    // The desa named so is still a choice.
    const other = conversation();
    await other.button('pick');
    await other.send('sleman');
    expect((await other.send('6')).text).toContain('✅ Desa/kelurahan: Sleman, Kec. Sliyeg, Kab. Indramayu, Jawa Barat.');
  });

  it('lists the desa of a kecamatan typed as the desa, and the far-away desa of that name last, without confirming it', async () => {
    const chat = conversation();
    await chat.button('pick');
    const godean = await chat.send('godean');
    expect(godean.text).not.toContain('Desa Godean, Kec. Loceret');
    expect(godean.text).toContain('“godean” adalah nama kecamatan: berikut desa/kelurahan di Kec. Godean, Kab. Sleman');
    expect(godean.buttons.map((button) => button.label)).toEqual([
      ...IN_GODEAN.map((hit) => `${hit.name} — Kec. Godean, Kab. Sleman`),
      'Godean — Kec. Loceret, Kab. Nganjuk',
      '🔎 Cari lagi',
    ]);
    expect((await chat.send('8')).text).toContain('✅ Desa/kelurahan: Godean, Kec. Loceret, Kab. Nganjuk');

    // Said to be a desa ("desa godean"): that desa, confirmed with one tap as before.
    const desa = conversation();
    await desa.button('pick');
    expect((await desa.send('desa godean')).text).toContain('Desa Godean, Kec. Loceret, Kab. Nganjuk?');
  });

  it('lists same-named desa of the person\'s own area first, as the parent asks', async () => {
    const chat = conversation();
    const list = await chat.button('pick-near-batu');
    expect(chat.calls).toEqual([{ query: 'sidomulyo', limit: 9, near: ['35.79'] }]);
    expect(list.buttons[0]).toEqual({ id: 'village:35.79.01.2007', label: 'Sidomulyo — Kec. Batu, Kota Batu' });
    // Ranked first, not chosen for them: three of that name, a list.
    expect(chat.top().step).toBe('choose');
  });
});

describe('village picker: laughter and a call for attention', () => {
  it('answers "wkwk" and "min?" kindly and asks for the desa again, never "tidak ditemukan" or a list', async () => {
    const chat = conversation();
    await chat.button('pick');
    const laughed = await chat.send('wkwk');
    expect(laughed.text).toContain('Saya masih menunggu nama desa/kelurahannya');
    expect(laughed.text).not.toContain('tidak ditemukan');
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
    const called = await chat.send('min?');
    expect(called.text).toContain('Ya, saya di sini');
    expect(called.text).toContain('Ketik nama desa/kelurahan');
    expect(chat.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
    // The laughter and calls the main menu knows (parse/chatter.ts): were searched, "tidak ditemukan".
    expect((await chat.send('awokawok')).text).toContain('Saya masih menunggu nama desa/kelurahannya');
    expect((await chat.send('punten')).text).toContain('Ya, saya di sini');
    // A desa's name is still searched and found as before.
    expect((await chat.send('temas')).text).toContain('Temas');
  });
});


describe('village picker: the person introduces themself', () => {
  it('greets "nama saya …" / Sundanese "nami abdi …" by name and asks for the desa again, never searched (was a desa "Nami" in Papua)', async () => {
    const chat = conversation();
    await chat.button('pick');
    for (const [typed, name] of [
      ['nami abdi Asep Saepudin', 'Asep Saepudin'],
      ['nama saya Dede Rohman', 'Dede Rohman'],
      ['punten, nami abdi Euis', 'Euis'],
      ['my name is Dewi', 'Dewi'],
    ] as const) {
      const reply = await chat.send(typed);
      expect(reply.text, typed).toContain(`Salam kenal, ${name}`);
      expect(reply.text, typed).toContain('Ketik nama desa/kelurahan');
      expect(chat.top(), typed).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
    }
    expect(chat.calls).toHaveLength(0);
    // A desa's name is still searched and found as before.
    expect((await chat.send('temas')).text).toContain('Temas');
    // Typed at a list of desa: the question asked afresh, not the list (or "tidak ditemukan") again.
    const list = conversation();
    await list.button('pick');
    await list.send('sidomulyo');
    const atList = await list.send('nama saya Dede');
    expect(atList.text).toContain('Salam kenal, Dede');
    expect(atList.text).not.toContain('Hasil pencarian');
    expect(list.top()).toMatchObject({ flow: VILLAGE_PICKER_FLOW_ID, step: 'ask' });
  });
});
