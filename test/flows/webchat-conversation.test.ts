/**
 * The foundation's flows end to end through the web chat API, on PostgreSQL:
 * greeting and menu, FAQ in free text, language switching, global commands, invalid
 * answers, duplicates, concurrency, restart mid-flow, expiry and validation errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import {
  allText,
  buttonIds,
  createTestStore,
  manualClock,
  startTestBot,
  type TestBot,
  type TestStore,
} from '../support/bot.js';

describeEachDatabase('conversation through web chat', (kind) => {
  let store: TestStore;
  let bot: TestBot;
  const clock = manualClock();

  beforeAll(async () => {
    store = await createTestStore(kind);
    bot = await startTestBot(store, { clock });
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('greets a new user and shows the menu with only what exists', async () => {
    const replies = await bot.send('u-greet', 'halo');
    expect(allText(replies)).toMatch(/Halo/);
    expect(allText(replies)).toContain('Asisten WKSBM');
    // A resident who leads no group sees no group entries and no inbox.
    expect(buttonIds(replies)).toEqual(['menu:faq', 'menu:status', 'menu:register', 'menu:link', 'menu:mydata', 'menu:language']);
  });

  it.each(['makasih', '👍', 'halo, makasih'])('answers %j at the menu with the menu\'s buttons (the chat page greys out older ones)', async (thanks) => {
    const user = `u-thanks-${thanks}`;
    await bot.send(user, 'halo');
    const replies = await bot.send(user, thanks);
    expect(allText(replies)).toContain('Sama-sama');
    expect(buttonIds(replies)).toEqual(['menu:faq', 'menu:status', 'menu:register', 'menu:link', 'menu:mydata', 'menu:language']);
  });

  it('answers "apa itu wksbm?" with the definition, in Indonesian', async () => {
    const replies = await bot.send('u-faq', 'apa itu wksbm?');
    expect(allText(replies)).toContain('Wahana Kesejahteraan Sosial');
    expect(allText(replies)).toContain('PSKS');
    expect(buttonIds(replies)).toContain('faq:more');
  });

  it.each([
    ['WKSBM itu apa sih?', 'Wahana Kesejahteraan Sosial'],
    ['syarat wksbm', 'Eksistensi Kolektif'],
    ['WKSBM teh naon?', 'Wahana Kesejahteraan Sosial'],
    ['WKSBM kuwi opo?', 'Wahana Kesejahteraan Sosial'],
  ])('understands %j', async (question, expected) => {
    expect(allText(await bot.send('u-faq-many', question))).toContain(expected);
  });

  it('answers Sundanese and Islamic greetings in kind', async () => {
    expect(allText(await bot.send('u-greetings', 'sampurasun'))).toMatch(/Rampes/);
    expect(allText(await bot.send('u-greetings', 'assalamualaikum'))).toMatch(/Wa'alaikumsalam/);
  });

  it('gives a helpful fallback with topics for an unknown question', async () => {
    const replies = await bot.send('u-unknown', 'berapa harga cabai hari ini');
    expect(allText(replies)).toContain('belum paham');
    expect(buttonIds(replies)).toContain('faq:definition');
  });

  it('walks the FAQ menu by buttons', async () => {
    const topics = await bot.send('u-faq-menu', { button: 'menu:faq' });
    expect(buttonIds(topics)).toContain('faq:criteria');
    const answer = await bot.send('u-faq-menu', { button: 'faq:criteria' });
    expect(allText(answer)).toContain('Jaringan Sosial');
    expect(allText(answer)).toContain('Sinergi Penyelenggaraan');
    // A question about registering is answered; a wish to register starts it, as at the menu.
    expect(allText(await bot.send('u-faq-menu', 'cara daftar gimana'))).toContain('Mendaftarkan kelompok lewat bot ini');
    expect(allText(await bot.send('u-faq-menu', 'mau daftar kelompok pkk'))).toContain('Pemberitahuan data pribadi');
    await bot.send('u-faq-menu', 'batal');
    // So does a desa's status asked there.
    await bot.send('u-faq-menu', { button: 'menu:faq' });
    expect(allText(await bot.send('u-faq-menu', 'desa panggungharjo sudah wksbm belum'))).toContain('Desa Panggungharjo, Kec. Sewon');
  });

  it('switches language, remembers it, and switches back', async () => {
    await bot.send('u-lang', 'halo');
    const prompt = await bot.send('u-lang', { button: 'menu:language' });
    expect(buttonIds(prompt)).toEqual(['lang:id', 'lang:en']);
    const changed = await bot.send('u-lang', { button: 'lang:en' });
    expect(allText(changed)).toContain('I will answer in English');
    expect(allText(await bot.send('u-lang', 'what is WKSBM?'))).toContain('community');
    await bot.send('u-lang', 'bahasa');
    expect(allText(await bot.send('u-lang', 'indonesia'))).toContain('Bahasa Indonesia');
  });

  it('re-prompts an invalid answer with what is expected and an example, and offers the menu after three', async () => {
    await bot.send('u-invalid', 'bahasa');
    const first = await bot.send('u-invalid', 'klingon');
    // One short error sentence with an example, then the question once (issue #11).
    expect(first.map((reply) => reply.text)).toEqual(['Maaf, belum bisa saya pakai — contohnya: Indonesia', expect.stringContaining('Pilih bahasa')]);
    expect(allText(first).match(/Pilih bahasa/g)).toHaveLength(1);
    expect(buttonIds(first)).toEqual(['lang:id', 'lang:en']);
    await bot.send('u-invalid', 'vulcan');
    const third = await bot.send('u-invalid', 'elvish');
    expect(buttonIds(third)).toEqual(['lang:id', 'lang:en', 'cmd:menu', 'cmd:help', 'cmd:cancel']);
    // Still at the same step: a valid answer now works.
    expect(allText(await bot.send('u-invalid', 'english'))).toContain('English');
  });

  it('keeps a flow through menu and resumes it; cancel and back leave it', async () => {
    await bot.send('u-cmd', { button: 'menu:faq' });
    const menu = await bot.send('u-cmd', 'menu');
    expect(buttonIds(menu)[0]).toBe('cmd:resume');
    expect(allText(await bot.send('u-cmd', { button: 'cmd:resume' }))).toContain('topik');
    expect(allText(await bot.send('u-cmd', 'batal'))).toContain('dibatalkan');
    await bot.send('u-cmd', { button: 'menu:faq' });
    expect(allText(await bot.send('u-cmd', 'kembali'))).toContain('kembali ke menu utama');
    expect(allText(await bot.send('u-cmd', 'bantuan'))).toContain('batal');
  });

  it('processes a message id once: a retry gets the same replies and changes nothing', async () => {
    await bot.send('u-dup', 'bahasa');
    const first = await bot.send('u-dup', 'xx', 'dup-1');
    const again = await bot.send('u-dup', 'xx', 'dup-1');
    expect(again).toEqual(first);
    await bot.send('u-dup', 'yy', 'dup-2');
    // Had dup-1 counted twice, the menu offer would have come with the second answer.
    const third = await bot.send('u-dup', 'zz', 'dup-3');
    expect(buttonIds(third)).toContain('cmd:menu');
    const rows = await bot.bot.database.prisma.processedMessage.count({ where: { messageId: { startsWith: 'dup-' } } });
    expect(rows).toBe(3);
  });

  it('keeps one conversation consistent under concurrent messages', async () => {
    await bot.send('u-concurrent', 'bahasa');
    const replies = await Promise.all(Array.from({ length: 9 }, (_, i) => bot.send('u-concurrent', `salah-${i}`)));
    // Nine invalid answers in a row, processed one at a time: exactly three menu offers.
    const offers = replies.filter((reply) => buttonIds(reply).includes('cmd:menu')).length;
    expect(offers).toBe(3);
  });

  it('expires a conversation idle mid-flow and says so', async () => {
    await bot.send('u-idle', 'bahasa');
    clock.advance(25 * 3_600_000);
    const replies = await bot.send('u-idle', 'english');
    expect(allText(replies)).toContain('sudah lama tidak dilanjutkan');
    expect(buttonIds(replies)).toContain('menu:faq');
  });

  it('answers a bad body with 400 and a message saying what is wrong', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ text: 'halo' }, /userId/],
      [{ userId: 'u', text: 'a', buttonId: 'b' }, /exactly one/],
      [{ userId: 'u' }, /exactly one/],
      [{ userId: 'bad id with spaces', text: 'a' }, /userId/],
      [{ userId: 'u', text: 'a', extra: 1 }, /extra/],
      [{ userId: 'u', text: 'x'.repeat(4001) }, /4000/],
    ];
    for (const [payload, message] of cases) {
      const response = await bot.bot.app.inject({ method: 'POST', url: '/webchat/messages', payload: payload as object });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().message).toMatch(message);
    }
    const malformed = await bot.bot.app.inject({
      method: 'POST',
      url: '/webchat/messages',
      headers: { 'content-type': 'application/json' },
      payload: '{"userId":',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('serves the chat page and a health check', async () => {
    const page = await bot.bot.app.inject({ method: 'GET', url: '/chat' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('/webchat/messages');
    const health = await bot.bot.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
  });
});

describeEachDatabase('restart in the middle of a flow', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(kind);
  });
  afterAll(async () => store?.dispose());

  it('resumes at the same step after the bot is restarted', async () => {
    const first = await startTestBot(store);
    await first.send('u-restart', 'halo');
    await first.send('u-restart', { button: 'menu:language' });
    await first.close();

    const second = await startTestBot(store);
    // The same browser: its issued session is kept across the restart.
    second.users.remember('u-restart', await first.users.userId('u-restart'));
    try {
      // "english" only means something at the language step.
      expect(allText(await second.send('u-restart', 'english'))).toContain('I will answer in English');
    } finally {
      await second.close();
    }
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const store = await createTestStore('postgres');
    const bot = await startTestBot(store);
    try {
      await bot.bot.database.close();
      const health = await bot.bot.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
    } finally {
      await bot.bot.app.close();
      await store.dispose();
    }
  });
});
