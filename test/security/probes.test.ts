/**
 * Security regression suite (issue #13): each probe that once got through is repeated
 * against the whole bot listening on loopback, over real HTTP. Requests come from several
 * loopback addresses (127.0.0.x) so each probe has its own client address.
 * Erasure has its own file (erasure-dump.test.ts); the idle-person purge is in
 * test/storage/privacy/retention.test.ts.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { tidyFreeText } from '../../src/domain/flow-kit.js';
import { startBot } from '../../src/main.js';
import { createTestStore, testOverrides, UNLIMITED_TEST_ENV, type TestStore } from '../support/bot.js';

const ADMIN_TOKEN = 'security-suite-admin-token-0123456789';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
  json<T = Record<string, unknown>>(): T;
}

let base: URL;

/** One HTTP request over loopback from `from` (a 127.0.0.x address). */
function call(method: string, path: string, options: { from?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        localAddress: options.from ?? '127.0.0.1',
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: <T>() => JSON.parse(body) as T });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function session(from = '127.0.0.1'): Promise<string> {
  const answer = await call('POST', '/webchat/sessions', { from });
  expect(answer.status).toBe(201);
  return answer.json<{ userId: string }>().userId;
}

async function say(userId: string, text: string, messageId: string, from = '127.0.0.1'): Promise<Answer> {
  return call('POST', '/webchat/messages', { from, body: { userId, text, messageId } });
}

describe('security probes against the running bot', () => {
  let store: TestStore;
  let bot: Awaited<ReturnType<typeof startBot>>;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      ...UNLIMITED_TEST_ENV,
      ...store.env,
      HOST: '127.0.0.1',
      PORT: '0',
      ADMIN_TOKEN,
      HTTP_RATE_LIMIT_PER_MINUTE: '20',
      HTTP_AUTH_EXCHANGE_PER_MINUTE: '10',
      HTTP_WEBCHAT_SESSIONS_PER_MINUTE: '1000',
      // One trusted proxy; every other sender's X-Forwarded-For is ignored.
      TRUST_PROXY: '127.0.0.9',
      SCHEDULER_ENABLED: 'false',
    });
    bot = await startBot(config, testOverrides());
    base = new URL(bot.url);
  });
  afterAll(async () => {
    await bot?.close();
    await store?.dispose();
  });

  it('never replays a stored reply to another sender, and a claimed id does not block the real sender', async () => {
    const officer = await session();
    const mallory = await session();
    const first = await say(officer, 'apa itu wksbm?', 'm-1');
    expect(first.status).toBe(200);
    const stolen = await say(mallory, 'halo', 'm-1');
    expect(stolen.status).toBe(200);
    expect(stolen.body).not.toBe(first.body);
    // Mallory claims an id the officer will use next: the officer's message still runs.
    const claimed = await say(mallory, 'halo', 'm-2');
    const real = await say(officer, 'apa itu wksbm?', 'm-2');
    expect(real.body).not.toBe(claimed.body);
    expect(real.body).toMatch(/Wahana Kesejahteraan Sosial/);
    // The officer's own retry gets the same answer.
    expect((await say(officer, 'apa itu wksbm?', 'm-1')).body).toBe(first.body);
  });

  it('answers 401 to a web chat userId the server did not issue; issues random ids of at least 128 bits', async () => {
    const refused = await say('mallory', 'halo', 'x-1');
    expect(refused.status).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'unauthorized', message: expect.stringContaining('/webchat/sessions') });
    expect((await call('GET', '/webchat/inbox?userId=mallory')).status).toBe(401);
    const ids = await Promise.all([session(), session(), session()]);
    for (const id of ids) expect(Buffer.from(id.replace(/^wc_/, ''), 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(new Set(ids).size).toBe(3);
  });

  it('rate-limits an encoded path like the route it reaches (/%63hat is /chat)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await call('GET', '/%63hat', { from: '127.0.0.2' })).status);
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    expect((await call('GET', '/chat', { from: '127.0.0.2' })).status).toBe(429);
  });

  it('counts unverifiable bearer tokens against the client address, not a fresh bucket each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await call('GET', '/api/me', { from: '127.0.0.3', headers: { authorization: `Bearer junk${i}` } })).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
    // A verified token counts for its owner, wherever it comes from.
    expect((await call('GET', '/api/me', { from: '127.0.0.3', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(200);
  });

  it('ignores X-Forwarded-For from anyone but the configured proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push((await call('GET', '/chat', { from: '127.0.0.4', headers: { 'x-forwarded-for': `10.0.${i}.1` } })).status);
    }
    expect(statuses.slice(20)).toEqual([429, 429]);
    // Through the trusted proxy, the forwarded address is the client.
    expect((await call('GET', '/chat', { from: '127.0.0.9', headers: { 'x-forwarded-for': '10.9.9.9' } })).status).toBe(200);
  });

  it('limits POST /api/auth/exchange to 10 a minute per address, also when the path is encoded', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const path = i % 2 === 0 ? '/api/auth/exchange' : '/%61pi/auth/exchange';
      statuses.push((await call('POST', path, { from: '127.0.0.5', body: { code: 'ABCD-EFGH-JKLM' } })).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('sends upgrade-insecure-requests only over https', async () => {
    const plain = await call('GET', '/docs/json', { from: '127.0.0.6' });
    expect(String(plain.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    const docsPage = await call('GET', '/docs/static/index.html', { from: '127.0.0.6' });
    expect(String(docsPage.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    const proxied = await call('GET', '/health', { from: '127.0.0.9', headers: { 'x-forwarded-proto': 'https' } });
    expect(String(proxied.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(String((await call('GET', '/health', { from: '127.0.0.6' })).headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });

  it('treats % and _ in the people search literally', async () => {
    const prisma = bot.database.prisma;
    await prisma.person.createMany({ data: [{ displayName: 'Budi Santoso' }, { displayName: 'Diskon 100% Siti' }] });
    const search = async (q: string) =>
      (await call('GET', `/api/people?q=${encodeURIComponent(q)}`, { from: '127.0.0.7', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json<{
        items: Array<{ name: string }>;
      }>().items.map((item) => item.name);
    expect(await search('%')).toEqual(['Diskon 100% Siti']);
    expect(await search('_')).toEqual([]);
    expect(await search('Bu_i')).toEqual([]);
    expect(await search('budi')).toEqual(['Budi Santoso']);
  });
});

describe('names', () => {
  it('keep zero-width joiners inside emoji sequences and words; lose bidi overrides and edge invisibles', () => {
    expect(tidyFreeText('👨\u200d👩\u200d👧\u200d👦 Keluarga')).toBe('👨\u200d👩\u200d👧\u200d👦 Keluarga');
    expect(tidyFreeText('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(tidyFreeText('\u200b\u200dBudi\u202e Santoso\u2066\u200c ')).toBe('Budi Santoso');
    expect(tidyFreeText('Sri\n\tWahyuni')).toBe('Sri Wahyuni');
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default, takes a hop count or proxy addresses, and refuses to trust everyone', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16, ::1' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: trusting every X-Forwarded-For/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/TRUST_PROXY: .*not an address: proxy.example.org/);
  });
});
