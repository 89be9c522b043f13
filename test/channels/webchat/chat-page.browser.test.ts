/**
 * The web chat page in headless Chromium, against a tiny FAKE API (node:http on 127.0.0.1)
 * that serves the page at /chat, issues identities like the real one (POST /webchat/sessions,
 * 401 for any other userId) and answers POST /webchat/messages with scripted replies.
 * The real server is tested elsewhere; this file tests only what the page does.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`): fails in CI without it, skips
 * (with that message) elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  artifactPath,
  chromiumMissingReason,
  CONDITION_TIMEOUT_MS,
  launchChromium,
  skipOrFailWithoutChromium,
} from '../../support/browser.js';
import { chatPageIn } from '../../../src/channels/webchat/chat-page.js';

// The callbacks given to page.evaluate/waitForFunction run in the browser. The project
// compiles without the DOM lib, so this module declares just what they use (module-scoped:
// nothing leaks into other files).
interface DomElement {
  readonly textContent: string | null;
  readonly disabled?: boolean;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; bottom: number; height: number };
}
declare const document: {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  readonly documentElement: DomElement & { readonly lang: string };
  readonly body: DomElement;
  readonly activeElement: DomElement | null;
};
declare const window: { readonly innerWidth: number; readonly innerHeight: number; readonly __xss?: number };
declare const localStorage: { getItem(key: string): string | null };
declare function fetch(url: string): Promise<unknown>;
declare function requestAnimationFrame(callback: () => void): number;
declare function getComputedStyle(element: DomElement, pseudo?: string): { readonly color: string; readonly backgroundColor: string };

const PAGE_HTML = readFileSync(
  new URL('../../../src/channels/webchat/chat-page.html', import.meta.url),
  'utf8',
);
/** The bot's default language the fake serves the page in, as the real server does (DEFAULT_LOCALE). */
let pageLocale = 'id';

const CSP =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** What the fake issues: like the real server, random and unguessable. */
const ISSUED = /^wc_[A-Za-z0-9_-]{32}$/;

interface ChatRequest {
  userId?: unknown;
  text?: unknown;
  buttonId?: unknown;
  messageId?: unknown;
}
interface Reply {
  text: string;
  buttons?: { id: string; label: string; toggle?: 'ticked' | 'unticked' }[];
}

const GREETING: Reply = {
  text: 'Halo! Selamat datang di layanan WKSBM.\nSilakan pilih menu di bawah ini.',
  buttons: [
    { id: 'menu.activities', label: 'Info kegiatan' },
    { id: 'menu.report', label: 'Lapor masalah' },
    { id: 'menu.help', label: 'Bantuan' },
  ],
};
const ACTIVITIES: Reply = {
  text: 'Kegiatan minggu ini:\n• Senin: posyandu\n• Kamis: kerja bakti',
  buttons: [{ id: 'menu.back', label: 'Kembali ke menu' }],
};
const HTML_TEXT = '<b>tebal</b> & <img src=x onerror="window.__xss=1">';
const LONG_WORD = 'x'.repeat(300);
/** A reply taller than a phone screen, like the consent notice: its first line must be read first. */
const NOTICE_LINES = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'Pemberitahuan data pribadi (baris pertama)' : `Baris ${i + 1} dari pemberitahuan.`));
const LONG_NOTICE: Reply = {
  text: NOTICE_LINES.join('\n'),
  buttons: [
    { id: 'consent.agree', label: 'Setuju' },
    { id: 'consent.decline', label: 'Tidak setuju' },
  ],
};
const LINK_TEXT = 'Buka https://bot.example.org/dashboard#code=ABCD-EFGH-JKLM. Jangan javascript:alert(1) atau <a href="x">ini</a>';

/** The fake API: everything it received, and how many times it saw each messageId. */
const received: ChatRequest[] = [];
/** userIds of GET /webchat/inbox polls, in order. */
const inboxPolls: string[] = [];
/** Messages "the bot pushed", per userId, handed out (once) by the next poll. */
const inbox = new Map<string, Reply[]>();
/** Requests for anything but /chat and /webchat/messages (e.g. /favicon.ico): must stay empty. */
const strayRequests: string[] = [];
const attempts = new Map<string, number>();
/** userIds the fake issued (POST /webchat/sessions), in order; any other is answered 401. */
const issued: string[] = [];
/** How many more POST /webchat/sessions the fake refuses with 429 (many new chats from one address). */
let refuseSessions = 0;
/** Photo uploads the fake received and never answers (a connection that stalled). */
const stalledUploads: ServerResponse[] = [];
/** Requests the fake is still handling (see {@link BARRIER_PATH}). */
let inFlight = 0;
/**
 * Answered only once the fake has handled every other request: a page that fetches it after
 * an action knows any request the action made has been received (see `settled`).
 */
const BARRIER_PATH = '/test/settled';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // A fresh connection for every request: Chromium silently re-sends a request whose
  // *reused* keep-alive socket dies, which would hide the page's own retry.
  res.setHeader('connection', 'close');
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/chat') {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      // The real server's policy: the page must work under it (inline script and style only).
      'content-security-policy': CSP,
    });
    res.end(chatPageIn(PAGE_HTML, pageLocale));
    return;
  }
  if (req.method === 'POST' && url.pathname === '/webchat/sessions') {
    if (refuseSessions > 0) {
      refuseSessions -= 1;
      return sendJson(res, 429, { error: 'too_many_requests', message: 'Too many new sessions' });
    }
    const userId = `wc_${randomBytes(24).toString('base64url')}`;
    issued.push(userId);
    return sendJson(res, 201, { userId });
  }
  if (req.method === 'GET' && url.pathname === '/webchat/inbox') {
    const userId = url.searchParams.get('userId') ?? '';
    inboxPolls.push(userId);
    if (!issued.includes(userId)) return sendJson(res, 401, { error: 'unauthorized', message: 'not issued' });
    const replies = inbox.get(userId) ?? [];
    inbox.delete(userId);
    return sendJson(res, 200, { replies });
  }
  if (req.method === 'POST' && url.pathname === '/webchat/photos') {
    // The bytes arrive; the answer never comes back (a phone connection that stalled).
    await readBody(req);
    stalledUploads.push(res);
    return;
  }
  if (req.method !== 'POST' || url.pathname !== '/webchat/messages') {
    strayRequests.push(`${req.method} ${url.pathname}`);
    sendJson(res, 404, { error: 'not_found', message: 'Not found' });
    return;
  }
  const body = JSON.parse(await readBody(req)) as ChatRequest;
  received.push(body);
  if (!issued.includes(String(body.userId))) return sendJson(res, 401, { error: 'unauthorized', message: 'not issued' });
  const messageId = String(body.messageId);
  const attempt = (attempts.get(messageId) ?? 0) + 1;
  attempts.set(messageId, attempt);

  const reply = (...replies: Reply[]): void => sendJson(res, 200, { replies });
  if (body.buttonId === 'menu.activities') return reply(ACTIVITIES);
  if (body.buttonId === 'menu.back') return reply(GREETING);
  if (typeof body.buttonId === 'string') return reply({ text: `Tombol ${body.buttonId}` });
  switch (body.text) {
    case 'halo':
      return reply(GREETING);
    case 'tebal':
      return reply({ text: HTML_TEXT });
    case 'tautan':
      return reply({ text: LINK_TEXT });
    case 'pemberitahuan':
      return reply({ text: 'Mari daftarkan kelompok Anda.' }, LONG_NOTICE);
    case 'panjang':
      return reply({ text: `Kata panjang: ${LONG_WORD}` });
    case 'lambat':
      await new Promise((r) => setTimeout(r, 700));
      return reply({ text: 'Maaf menunggu.' });
    case 'gagal':
      return sendJson(res, 400, {
        error: 'bad_request',
        message: 'Invalid request body. text: must be at most 4000 characters',
      });
    case 'rusak':
      return sendJson(res, 500, { error: 'internal', message: 'boom' });
    case 'mitra': // a checkbox list (an activity's partner groups)
      return reply({
        text: 'Kelompok lain mana yang ikut?',
        buttons: [
          { id: 'partner:pkk', label: '⬜ PKK Dusun Glugo', toggle: 'unticked' },
          { id: 'partner:kt', label: '✅ Karang Taruna', toggle: 'ticked' },
          { id: 'partners:done', label: '✔️ Selesai' },
        ],
      });
    case 'english': // the person chose English in the chat (🌐 Bahasa / Language): the answer says so
      return sendJson(res, 200, { replies: [{ text: 'OK, I will answer in English.' }], locale: 'en' });
    case 'indonesia':
      return sendJson(res, 200, { replies: [{ text: 'Baik, saya akan menjawab dalam Bahasa Indonesia.' }], locale: 'id' });
    case 'putus': // the first attempt loses its connection; the retry succeeds
      if (attempt === 1) return void req.socket.destroy();
      return reply({ text: 'Tersambung lagi.' });
    case 'putus terus': // every attempt loses its connection
      return void req.socket.destroy();
    default:
      return reply({ text: `Anda menulis: ${String(body.text)}` });
  }
}

const missing = chromiumMissingReason();
let server: Server;
let baseUrl: string;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (missing) {
    if (!process.env.CI) console.warn(`[browser tests skipped] ${missing}`);
    return;
  }
  server = createServer((req, res) => {
    if (req.url === BARRIER_PATH) {
      res.setHeader('connection', 'close');
      const answerWhenIdle = (): void => {
        if (inFlight > 0) setImmediate(answerWhenIdle);
        else sendJson(res, 200, {});
      };
      answerWhenIdle();
      return;
    }
    inFlight += 1;
    handle(req, res)
      .catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: 'fake_api', message: String(err) });
      })
      .finally(() => {
        inFlight -= 1;
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  for (const res of stalledUploads) res.destroy();
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach((ctx) => {
  skipOrFailWithoutChromium(ctx, missing);
  received.length = 0;
  inboxPolls.length = 0;
  inbox.clear();
  strayRequests.length = 0;
  attempts.clear();
  issued.length = 0;
  refuseSessions = 0;
  pageLocale = 'id';
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Page errors, CSP violations and requests other than the page and the API: all must stay empty. */
interface Watch {
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/**
 * Opens the chat page. `fakeClock` installs Playwright's clock in the page first, so a test
 * can jump over the page's timers (the inbox poll interval) with `page.clock.runFor`.
 */
async function openChat(
  options: BrowserContextOptions = {},
  { fakeClock = false }: { fakeClock?: boolean } = {},
): Promise<{ page: Page; watch: Watch }> {
  if (!browser) throw new Error('browser not launched');
  context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'id-ID',
    ...options,
  });
  if (fakeClock) await context.clock.install();
  const page = await context.newPage();
  const watch: Watch = { pageErrors: [], cspViolations: [], foreignRequests: [] };
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('request', (r) => {
    // Self-contained: nothing but the page itself and the API (not even /favicon.ico).
    const url = r.url();
    const known =
      url === `${baseUrl}/chat` ||
      url === `${baseUrl}/webchat/sessions` ||
      url === `${baseUrl}/webchat/messages` ||
      url === `${baseUrl}${BARRIER_PATH}` ||
      url.startsWith(`${baseUrl}/webchat/inbox?userId=`);
    if (!known) watch.foreignRequests.push(url);
  });
  await page.goto(`${baseUrl}/chat`);
  await page.getByTestId('message-bot').first().waitFor();
  return { page, watch };
}

const botTexts = (page: Page): Promise<string[]> => page.getByTestId('message-bot').allTextContents();
const userTexts = (page: Page): Promise<string[]> =>
  page.getByTestId('message-user').allTextContents();

async function sendText(page: Page, text: string): Promise<void> {
  await page.getByTestId('chat-input').fill(text);
  await page.getByTestId('chat-input').press('Enter');
}

/**
 * Waits until the fake API has received and answered every request the page made so far
 * (the page's own fetch of {@link BARRIER_PATH} is answered last), then until the page has
 * handled those answers. For checks that something was NOT sent: no fixed pause to guess at.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async (path) => {
    await fetch(path);
  }, BARRIER_PATH);
  await page.evaluate(() => 0); // one more round trip: the answers' handlers have run
}

/** Waits until the browser has drawn the next frame (the page scrolls in requestAnimationFrame). */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Waits for one more GET /webchat/inbox than `before` (the page polled, instead of greeting). */
async function waitForPollAfter(before: number): Promise<void> {
  await expect.poll(() => inboxPolls.length, { timeout: CONDITION_TIMEOUT_MS }).toBeGreaterThan(before);
}

/** Waits until the page is idle again (the input is re-enabled after every exchange). */
async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="chat-input"]')?.disabled === false,
  );
}

describe('web chat page (headless Chromium, fake API)', () => {
  it('greets on first load: asks the server for an identity, keeps it, sends "halo" with it and shows the menu', async () => {
    const { page, watch } = await openChat();
    await page.getByTestId('reply-button').first().waitFor();

    expect(received).toHaveLength(1);
    expect(issued).toHaveLength(1);
    const first = received[0]!;
    expect(first.text).toBe('halo');
    expect(first.userId).toBe(issued[0]);
    expect(first.userId).toMatch(ISSUED);
    expect(first.messageId).toMatch(UUID);
    expect(first.buttonId).toBeUndefined();
    const stored = await page.evaluate(() => localStorage.getItem('wksbm.webchat.userId'));
    expect(stored).toBe(first.userId);

    // The automatic greeting shows no user bubble; the bot's newline is rendered.
    expect(await userTexts(page)).toEqual([]);
    expect(await botTexts(page)).toEqual([GREETING.text]);
    const lines = await page.getByTestId('message-bot').first().innerText();
    expect(lines.split('\n')).toHaveLength(2);
    expect(await page.getByTestId('reply-button').allTextContents()).toEqual(
      GREETING.buttons!.map((b) => b.label),
    );

    // Indonesian labels by default.
    expect(await page.getByTestId('chat-input').getAttribute('placeholder')).toBe('Ketik pesan…');
    expect(await page.getByTestId('send-button').textContent()).toBe('Kirim');
    expect(await page.getByTestId('reset').textContent()).toBe('Mulai ulang');
    expect(await page.getByTestId('error').isVisible()).toBe(false);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // The browser asks for a favicon (if at all) once the page has loaded.
    await page.waitForLoadState('load');
    await settled(page);
    expect(strayRequests).toEqual([]);
  });

  it('a first visit the server could not answer (busy) says the chat could not start yet, then greets by itself', async () => {
    refuseSessions = 2;
    context = await browser!.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat`);
    const error = page.getByTestId('error');
    await error.waitFor({ state: 'visible' });
    // Not "your message was not sent": the person sent nothing.
    expect(await error.textContent()).toBe('Obrolan belum dapat dimulai (server sibuk atau tidak terhubung). Halaman ini akan mencoba lagi sendiri.');
    expect(await page.getByTestId('message-bot').count()).toBe(0);

    await page.clock.runFor(5_000); // refused once more: the note stays
    await expect.poll(() => refuseSessions, { timeout: CONDITION_TIMEOUT_MS }).toBe(0);
    await settled(page);
    expect(await error.isVisible()).toBe(true);
    expect(await page.getByTestId('message-bot').count()).toBe(0);

    await page.clock.runFor(5_000); // the server answers now: the welcome and the menu
    await page.getByTestId('reply-button').first().waitFor();
    expect(await error.isVisible()).toBe(false);
    expect(await botTexts(page)).toEqual([GREETING.text]);
    expect(received.map((r) => r.text)).toEqual(['halo']);
    expect(await userTexts(page)).toEqual([]);

    // Greeted once: later ticks only poll the inbox.
    const pollsBefore = inboxPolls.length;
    await page.clock.runFor(10_000);
    await waitForPollAfter(pollsBefore);
    await settled(page);
    expect(received).toHaveLength(1);
  });

  it('typing + Enter shows the user bubble, a typing indicator while waiting, then the reply', async () => {
    const { page, watch } = await openChat();
    const input = page.getByTestId('chat-input');

    await sendText(page, 'lambat');
    await page.getByTestId('typing').waitFor({ state: 'visible' });
    expect(await input.isDisabled()).toBe(true);
    expect(await page.getByTestId('send-button').isDisabled()).toBe(true);
    expect(await userTexts(page)).toEqual(['lambat']);

    await page.getByTestId('typing').waitFor({ state: 'detached' });
    await waitIdle(page);
    expect(await botTexts(page)).toEqual([GREETING.text, 'Maaf menunggu.']);
    expect(await input.inputValue()).toBe('');
    expect(await input.isDisabled()).toBe(false);
    // Focus returns to the input so the next message can be typed at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'chat-input',
    );

    await sendText(page, 'apa kabar');
    await page.getByText('Anda menulis: apa kabar').waitFor();
    expect(await userTexts(page)).toEqual(['lambat', 'apa kabar']);

    // Each message carries its own fresh messageId and the same userId.
    const ids = received.map((r) => r.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(received.map((r) => r.userId)).size).toBe(1);
    // Whitespace-only input sends nothing.
    await input.fill('   ');
    await page.getByTestId('send-button').click();
    await settled(page);
    expect(received).toHaveLength(3);
    expect(watch.pageErrors).toEqual([]);
  });

  it('a button click sends its buttonId, shows its label as the user bubble, and disables older buttons', async () => {
    const { page } = await openChat();
    await page.getByTestId('reply-button').filter({ hasText: 'Info kegiatan' }).click();
    await page.getByText('Kegiatan minggu ini:', { exact: false }).waitFor();
    await waitIdle(page);

    const last = received.at(-1)!;
    expect(last.buttonId).toBe('menu.activities');
    expect(last.text).toBeUndefined();
    expect(last.messageId).toMatch(UUID);
    expect(await userTexts(page)).toEqual(['Info kegiatan']);
    expect(await botTexts(page)).toEqual([GREETING.text, ACTIVITIES.text]);

    const buttons = page.getByTestId('reply-button');
    expect(await buttons.count()).toBe(4);
    const states = await buttons.evaluateAll((els) =>
      els.map((b) => ({
        id: b.getAttribute('data-button-id'),
        disabled: (b as DomElement).disabled,
      })),
    );
    expect(states).toEqual([
      { id: 'menu.activities', disabled: true },
      { id: 'menu.report', disabled: true },
      { id: 'menu.help', disabled: true },
      { id: 'menu.back', disabled: false },
    ]);

    // The newest button works too, and a disabled one sends nothing.
    await buttons.nth(1).click({ force: true });
    await settled(page);
    expect(received).toHaveLength(2);
    await buttons.nth(3).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-bot"]').length === 3);
    expect(received.at(-1)!.buttonId).toBe('menu.back');
  });

  it('shows HTML in bot and user text literally (escaped), never as markup', async () => {
    const { page, watch } = await openChat();
    await sendText(page, 'tebal');
    await page.getByText(HTML_TEXT, { exact: true }).waitFor();
    await sendText(page, '<i>miring</i>');
    await page.getByText('Anda menulis: <i>miring</i>', { exact: true }).waitFor();

    expect(await botTexts(page)).toContain(HTML_TEXT);
    expect(await userTexts(page)).toContain('<i>miring</i>');
    const log = page.getByTestId('messages');
    expect(await log.locator('b, i, img').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(watch.pageErrors).toEqual([]);
  });

  it('a 400 shows the error inline, takes back the bubble and keeps the typed text; a 500 too', async () => {
    const { page } = await openChat();
    const input = page.getByTestId('chat-input');
    const error = page.getByTestId('error');

    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await sendText(page, 'gagal');
    await error.waitFor({ state: 'visible' });
    await waitIdle(page);
    // A polite sentence in the person's language only; the server's own (English) words go to the console.
    expect(await error.textContent()).toBe('Pesan tidak dapat diproses.');
    expect(logged.join('\n')).toContain('Invalid request body. text: must be at most 4000 characters');
    await page.screenshot({ path: artifactPath('chat-page-error.png') });
    expect(await input.inputValue()).toBe('gagal');
    expect(await userTexts(page)).toEqual([]);

    await input.fill('rusak');
    await input.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="error"]')?.textContent?.startsWith('Maaf') === true,
    );
    await waitIdle(page);
    expect(await input.inputValue()).toBe('rusak');
    // The greeting's buttons are still usable after a failed send.
    expect(await page.getByTestId('reply-button').first().isDisabled()).toBe(false);

    // The next successful message clears the error.
    await input.fill('lagi');
    await input.press('Enter');
    await page.getByText('Anda menulis: lagi').waitFor();
    expect(await error.isVisible()).toBe(false);
  });

  it('says a message over 4000 characters is too long, in the page\'s language, keeping all of it typed (the text box cut it in silence)', async () => {
    const { page } = await openChat();
    const input = page.getByTestId('chat-input');
    const sent = received.length;
    const long = 'Kegiatan kami. '.repeat(281).trim(); // 4214 characters
    await input.fill(long);
    // (Compared, not printed: a mismatch would print 4000 characters twice.)
    expect((await input.inputValue()) === long).toBe(true);
    await input.press('Enter');
    await page.getByTestId('error').waitFor({ state: 'visible' });
    expect(await page.getByTestId('error').textContent()).toBe(
      'Pesan ini terlalu panjang (4214 karakter; paling banyak 4000). Persingkat, atau kirim dalam beberapa pesan.',
    );
    await waitIdle(page);
    expect(received.length).toBe(sent);
    expect((await input.inputValue()) === long).toBe(true);
    expect(await userTexts(page)).toEqual([]);
    // Shortened, it goes, and the note is gone.
    await input.fill('Kegiatan kami.');
    await input.press('Enter');
    await page.getByText('Anda menulis: Kegiatan kami.').waitFor();
    expect(await page.getByTestId('error').isVisible()).toBe(false);
  });

  it('"Mulai ulang" is a button, reached and pressed with the keyboard', async () => {
    const { page } = await openChat();
    expect(await page.locator('header button[data-testid="reset"][type="button"]').count()).toBe(1);
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByTestId('reset').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => questions.length, { timeout: CONDITION_TIMEOUT_MS }).toBe(1);
    expect(questions[0]).toMatch(/Mulai ulang percakapan\?/);
  });

  it('retries once with the SAME messageId when the connection drops, then shows the reply', async () => {
    const { page } = await openChat();
    await sendText(page, 'putus');
    await page.getByText('Tersambung lagi.').waitFor();
    await waitIdle(page);

    const tries = received.filter((r) => r.text === 'putus');
    expect(tries).toHaveLength(2);
    expect(tries[0]!.messageId).toBe(tries[1]!.messageId);
    expect(await userTexts(page)).toEqual(['putus']);
    expect(await page.getByTestId('error').isVisible()).toBe(false);
  });

  it('gives up after one retry: shows a network error and keeps the typed text', async () => {
    const { page } = await openChat();
    await sendText(page, 'putus terus');
    await page.getByTestId('error').waitFor({ state: 'visible' });
    await waitIdle(page);

    const tries = received.filter((r) => r.text === 'putus terus');
    expect(tries).toHaveLength(2);
    expect(tries[0]!.messageId).toBe(tries[1]!.messageId);
    expect(await page.getByTestId('error').textContent()).toMatch(/^Tidak dapat terhubung/);
    expect(await page.getByTestId('chat-input').inputValue()).toBe('putus terus');
    expect(await userTexts(page)).toEqual([]);
  });

  it('keeps the conversation across a reload; "Mulai ulang" asks first, then starts anew with a new identity', async () => {
    const { page } = await openChat();
    await page.getByTestId('reply-button').filter({ hasText: 'Info kegiatan' }).click();
    await page.getByText('Kegiatan minggu ini:', { exact: false }).waitFor();
    await waitIdle(page);
    const userId = received[0]!.userId;

    const pollsBeforeReload = inboxPolls.length;
    await page.reload();
    await page.getByTestId('message-bot').nth(1).waitFor();
    await waitForPollAfter(pollsBeforeReload); // on start the page polls OR greets, never both
    await settled(page);
    expect(received).toHaveLength(2); // no second automatic "halo"
    expect(await userTexts(page)).toEqual(['Info kegiatan']);
    expect(await botTexts(page)).toEqual([GREETING.text, ACTIVITIES.text]);
    const chosen = page.locator('[data-testid="reply-button"].chosen');
    expect(await chosen.getAttribute('data-button-id')).toBe('menu.activities');
    expect(await page.getByTestId('reply-button').last().isDisabled()).toBe(false);

    await sendText(page, 'masih di sini');
    await page.getByText('Anda menulis: masih di sini').waitFor();
    expect(received.at(-1)!.userId).toBe(userId);

    expect(issued).toHaveLength(1); // the reload kept the identity

    // "Mulai ulang" asks first, saying what is lost; declining changes nothing.
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByTestId('reset').click();
    await expect.poll(() => questions.length, { timeout: CONDITION_TIMEOUT_MS }).toBeGreaterThan(0);
    await settled(page);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/Riwayat obrolan di perangkat ini akan dihapus/);
    expect(questions[0]).toMatch(/tidak akan mengenali Anda lagi/);
    expect(await userTexts(page)).toEqual(['Info kegiatan', 'masih di sini']);
    expect(await page.evaluate(() => localStorage.getItem('wksbm.webchat.userId'))).toBe(userId);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('reset').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-user"]').length === 0);
    await page.getByTestId('reply-button').first().waitFor();
    const restart = received.at(-1)!;
    expect(restart.text).toBe('halo');
    expect(issued).toHaveLength(2); // a new identity from the server
    expect(restart.userId).toBe(issued[1]);
    expect(restart.userId).not.toBe(userId);
    expect(await botTexts(page)).toEqual([GREETING.text]);
  });

  it('asks for a new identity when the server no longer knows the stored one, and sends the message again', async () => {
    const { page } = await openChat();
    await page.getByTestId('reply-button').first().waitFor();
    await waitIdle(page);
    issued.length = 0; // the server forgot every identity (e.g. expired)
    await sendText(page, 'masih ada?');
    await page.getByText('Anda menulis: masih ada?').waitFor();
    expect(issued).toHaveLength(1);
    expect(received.at(-1)!.userId).toBe(issued[0]);
    expect(await page.evaluate(() => localStorage.getItem('wksbm.webchat.userId'))).toBe(issued[0]);
    expect(await page.getByTestId('error').isVisible()).toBe(false);
  });

  it('says when the server answers again after "cannot connect" (e.g. restarted), keeping the unsent text', async () => {
    const { page } = await openChat({}, { fakeClock: true });
    await page.getByTestId('reply-button').first().waitFor();
    await waitIdle(page);
    const error = page.getByTestId('error');
    await sendText(page, 'putus terus');
    await page.clock.runFor(1_000); // the retry's short wait
    await error.waitFor({ state: 'visible' });
    await waitIdle(page);
    expect(await error.textContent()).toMatch(/^Tidak dapat terhubung/);
    const background = () => error.evaluate((box) => getComputedStyle(box).backgroundColor);
    const failureColour = await background();

    // The next poll of the inbox gets through: the page says so, and the text waits in the box.
    await page.clock.runFor(5_000);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="error"]')?.textContent?.startsWith('Tersambung lagi') === true,
    );
    expect(await error.textContent()).toBe('Tersambung lagi. Pesan Anda tadi belum terkirim: silakan kirim lagi.');
    // Good news, not in the red of a failure: the calm accent tint.
    expect(await background()).not.toBe(failureColour);
    expect(await background()).toBe('rgb(227, 243, 240)');
    expect(await page.getByTestId('chat-input').inputValue()).toBe('putus terus');

    // Other errors stay as they are when a poll gets through.
    await page.getByTestId('chat-input').fill('rusak');
    await page.getByTestId('chat-input').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="error"]')?.textContent?.startsWith('Maaf') === true);
    await waitIdle(page);
    const pollsBeforeTick = inboxPolls.length;
    await page.clock.runFor(5_000);
    await waitForPollAfter(pollsBeforeTick);
    await settled(page);
    expect(await error.textContent()).toMatch(/^Maaf, terjadi gangguan/);
    expect(await background()).toBe(failureColour);
  });

  it('makes web addresses in bot messages tappable links, safely (http/https only, no markup from text)', async () => {
    const { page, watch } = await openChat();
    await waitIdle(page);
    await sendText(page, 'tautan');
    await page.getByTestId('message-link').first().waitFor();
    const links = page.getByTestId('message-link');
    expect(await links.count()).toBe(1);
    expect(await links.first().getAttribute('href')).toBe('https://bot.example.org/dashboard#code=ABCD-EFGH-JKLM');
    expect(await links.first().textContent()).toBe('https://bot.example.org/dashboard#code=ABCD-EFGH-JKLM');
    expect(await links.first().getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await links.first().getAttribute('target')).toBe('_blank');
    // The whole text reads as sent: the full stop after the address, the rest literal.
    expect((await botTexts(page)).at(-1)).toBe(LINK_TEXT);
    expect(await page.locator('.bubble a').count()).toBe(1);
    // Links survive a reload (rendered from the stored history the same way).
    await page.reload();
    await page.getByTestId('message-link').first().waitFor();
    expect(await page.getByTestId('message-link').count()).toBe(1);
    expect(watch.pageErrors).toEqual([]);
  });

  it('shows a message the bot pushed (polled from /webchat/inbox) like a reply, with working buttons; not while hidden', async () => {
    const { page, watch } = await openChat({}, { fakeClock: true });
    await page.getByTestId('reply-button').first().waitFor();
    await waitIdle(page);
    const userId = String(received[0]!.userId);
    const NOTICE: Reply = {
      text: 'Pemberitahuan: kegiatan Anda sudah dikonfirmasi.',
      buttons: [{ id: 'notice.open', label: 'Lihat kegiatan' }],
    };

    // A hidden page (a background tab) does not poll.
    await page.evaluate(
      "Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })",
    );
    const pollsWhileHidden = inboxPolls.length;
    inbox.set(userId, [NOTICE]);
    await page.clock.runFor(11_000); // two poll intervals
    await settled(page);
    expect(inboxPolls.length).toBe(pollsWhileHidden);
    expect(await botTexts(page)).toEqual([GREETING.text]);

    // Visible again: it asks at once, and shows the message like a reply.
    await page.evaluate(
      "Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }); document.dispatchEvent(new Event('visibilitychange'))",
    );
    await page.getByText(NOTICE.text).waitFor();
    expect(inboxPolls.at(-1)).toBe(userId);
    expect(await botTexts(page)).toEqual([GREETING.text, NOTICE.text]);
    const button = page.getByTestId('reply-button').filter({ hasText: 'Lihat kegiatan' });
    expect(await button.isDisabled()).toBe(false);

    // Its button works like any other.
    await button.click();
    await page.getByText('Tombol notice.open').waitFor();
    expect(received.at(-1)!.buttonId).toBe('notice.open');

    // Kept in the history: still there after a reload, and not fetched twice.
    const pollsBeforeReload = inboxPolls.length;
    await page.reload();
    await page.getByText(NOTICE.text).waitFor();
    await waitForPollAfter(pollsBeforeReload);
    await settled(page);
    expect((await botTexts(page)).filter((text) => text === NOTICE.text)).toHaveLength(1);
    expect(inboxPolls.length).toBeGreaterThanOrEqual(2);

    // Regular polling (every 5 s) brings a later message without any action.
    inbox.set(userId, [{ text: 'Pengingat mingguan.' }]);
    const before = inboxPolls.length;
    await page.clock.runFor(5_000);
    await page.getByText('Pengingat mingguan.').waitFor();
    expect(inboxPolls.length).toBe(before + 1);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('shows a reply taller than the screen from its first line (the consent notice is read from the top); a short one down to the end', async () => {
    const { page } = await openChat();
    await waitIdle(page);
    await sendText(page, 'pemberitahuan');
    await page.getByText('Baris 40 dari pemberitahuan.', { exact: false }).waitFor();
    await waitIdle(page);
    await nextFrame(page); // the scroll happens on the next frame
    const where = (selector: string) =>
      page.evaluate((sel) => {
        const log = document.querySelector('[data-testid="messages"]')!.getBoundingClientRect();
        const all = document.querySelectorAll(sel);
        const r = all[all.length - 1]!.getBoundingClientRect();
        return { inView: r.top >= log.top - 1 && r.top < log.bottom, belowEnd: r.bottom > log.bottom + 1 };
      }, selector);
    // The person's own message and the notice's first line are in view, not its last lines.
    expect(await where('[data-testid="message-user"]')).toMatchObject({ inView: true });
    const noticeTop = await page.getByTestId('message-bot').last().evaluate((el) => {
      const log = document.querySelector('[data-testid="messages"]')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= log.top - 1 && r.top < log.bottom;
    });
    expect(noticeTop).toBe(true);
    expect(await where('[data-testid="reply-button"]')).toMatchObject({ inView: false });
    await page.screenshot({ path: artifactPath('chat-page-long-reply.png') });

    // A ↓ button says there is more below and takes the person to the reply's buttons.
    const jump = page.getByTestId('jump-to-newest');
    expect(await jump.isVisible()).toBe(true);
    expect(await jump.getAttribute('aria-label')).toBe('Ke pesan terbaru');
    await jump.click();
    await nextFrame(page);
    expect(await where('[data-testid="reply-button"]')).toEqual({ inView: true, belowEnd: false });
    expect(await jump.isVisible()).toBe(false);

    // A short reply that fits: everything down to the newest message is in view.
    await page.getByTestId('reply-button').filter({ hasText: /^Setuju$/ }).click();
    await page.getByText('Tombol consent.agree').waitFor();
    await waitIdle(page);
    await nextFrame(page);
    expect(await where('[data-testid="message-bot"]')).toEqual({ inView: true, belowEnd: false });
    expect(await jump.isVisible()).toBe(false);
  });

  it('two tabs of one chat: what is said in one shows in the other, and neither writes over the other', async () => {
    const { page: first } = await openChat();
    await first.getByTestId('reply-button').first().waitFor();
    await waitIdle(first);
    const second = await context!.newPage();
    await second.goto(`${baseUrl}/chat`);
    await second.getByTestId('reply-button').first().waitFor();

    await sendText(first, 'dari tab pertama');
    await first.getByText('Anda menulis: dari tab pertama').waitFor();
    // The second tab shows it without a reload, with the same live buttons.
    await second.getByText('Anda menulis: dari tab pertama').waitFor();
    expect(await userTexts(second)).toEqual(['dari tab pertama']);

    await sendText(second, 'dari tab kedua');
    await second.getByText('Anda menulis: dari tab kedua').waitFor();
    await first.getByText('Anda menulis: dari tab kedua').waitFor();

    // Kept on the device: both exchanges, in order, in each tab after a reload.
    const expected = [GREETING.text, 'Anda menulis: dari tab pertama', 'Anda menulis: dari tab kedua'];
    for (const page of [first, second]) {
      await page.reload();
      await page.getByText('Anda menulis: dari tab kedua').waitFor();
      expect(await botTexts(page)).toEqual(expected);
      expect(await userTexts(page)).toEqual(['dari tab pertama', 'dari tab kedua']);
    }
    expect(issued).toHaveLength(1); // one identity for the device
  });

  it('keeps what is typed but not sent across a reload; what was sent is not typed again', async () => {
    const { page } = await openChat();
    await waitIdle(page);
    const input = page.getByTestId('chat-input');
    await input.fill('Bu Siti Aminah 0812');
    await page.reload();
    await page.getByTestId('message-bot').first().waitFor();
    await waitIdle(page);
    expect(await input.inputValue()).toBe('Bu Siti Aminah 0812');

    await input.press('Enter');
    await page.getByText('Anda menulis: Bu Siti Aminah 0812').waitFor();
    await waitIdle(page);
    await page.reload();
    await page.getByText('Anda menulis: Bu Siti Aminah 0812').waitFor();
    await waitIdle(page);
    expect(await input.inputValue()).toBe('');
  });

  it('a photo upload that never gets an answer ends with an error, not a typing indicator that spins forever', async () => {
    const { page } = await openChat({}, { fakeClock: true });
    await page.getByTestId('reply-button').first().waitFor();
    await waitIdle(page);
    await page.getByTestId('photo-input').setInputFiles({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    await page.getByTestId('typing').waitFor({ state: 'visible' });
    await expect.poll(() => stalledUploads.length, { timeout: CONDITION_TIMEOUT_MS }).toBe(1);

    await page.clock.runFor(121_000);
    await page.getByTestId('error').waitFor({ state: 'visible' });
    expect(await page.getByTestId('error').textContent()).toMatch(/^Tidak dapat terhubung/);
    expect(await page.getByTestId('typing').count()).toBe(0);
    expect(await page.getByTestId('chat-input').isDisabled()).toBe(false);
    expect(await userTexts(page)).toEqual([]); // the photo bubble is taken back: it was not received
  });

  it('a screen reader hears who said each message; a button pressed with the keyboard leaves the focus on the reply\'s first button', async () => {
    const { page } = await openChat();
    await waitIdle(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-button-id') ?? null);
    await page.getByTestId('reply-button').filter({ hasText: 'Info kegiatan' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kegiatan minggu ini:', { exact: false }).waitFor();
    await waitIdle(page);
    // Not lost to the page's start (the pressed button is disabled now): on the new button.
    expect(await focused()).toBe('menu.back');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-bot"]').length === 3);
    await waitIdle(page);
    expect(await focused()).toBe('menu.activities');

    // Each message says who said it (hidden to the eye, read by screen readers).
    const rows = await page.locator('.row:not(.typing)').allTextContents();
    expect(rows.slice(0, 3)).toEqual([`WKSBM:${GREETING.text}${GREETING.buttons!.map((b) => b.label).join('')}`, 'Anda:Info kegiatan', `WKSBM:${ACTIVITIES.text}Kembali ke menu`]);
    const hidden = await page.locator('.row.user .sr-only').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(hidden).toBeLessThanOrEqual(1);
  });

  it('a long answer wraps in a text box that grows, so it can be read back; Enter sends, Shift+Enter starts a new line', async () => {
    const { page } = await openChat();
    await waitIdle(page);
    const input = page.getByTestId('chat-input');
    const box = () =>
      input.evaluate((el) => {
        const area = el as unknown as DomElement & { scrollHeight: number; clientHeight: number };
        const r = el.getBoundingClientRect();
        return { height: r.height, bottom: r.bottom, hiddenText: area.scrollHeight - area.clientHeight, viewport: window.innerHeight };
      });
    const oneLine = await box();
    expect(oneLine.height).toBeLessThanOrEqual(50);

    const story = 'Kami mengadakan kerja bakti membersihkan selokan di sepanjang jalan desa bersama ibu-ibu PKK dan pemuda karang taruna, lalu makan bersama di balai dusun. Ada 35 warga yang ikut, dan kami mengumpulkan jimpitan untuk lansia.';
    // A name and a phone number: a few lines, all of them in view.
    await input.fill('Bu Siti Aminah, bendahara PKK RT 05, nomor HP 0812 3456 7890');
    const few = await box();
    expect(few.height).toBeGreaterThan(60);
    expect(few.hiddenText).toBeLessThanOrEqual(1);
    // A long story: about six lines in view (the rest scrolls inside), the box still on screen.
    await input.fill(story);
    const grown = await box();
    expect(grown.height).toBeGreaterThan(140);
    expect(grown.bottom).toBeLessThanOrEqual(grown.viewport);
    await page.screenshot({ path: artifactPath('chat-page-long-input.png') });
    await expectNoHorizontalScroll(page);

    // The phone's keyboard open (a short screen): the box takes at most a third of it, so the
    // bot's question stays in view above.
    await page.setViewportSize({ width: 320, height: 300 });
    await input.fill(`${story} `);
    const keyboardOpen = await box();
    expect(keyboardOpen.height).toBeGreaterThan(60);
    expect(keyboardOpen.height).toBeLessThanOrEqual(100);
    await page.screenshot({ path: artifactPath('chat-page-long-input-keyboard.png') });
    await page.setViewportSize({ width: 360, height: 740 });
    await input.fill(story);

    await input.press('Enter');
    await page.getByText(`Anda menulis: ${story}`).waitFor();
    await waitIdle(page);
    expect(received.at(-1)!.text).toBe(story);
    expect((await box()).height).toBeLessThanOrEqual(50); // back to one line

    await input.fill('baris satu');
    await input.press('Shift+Enter');
    await input.pressSequentially('baris dua');
    expect(received.at(-1)!.text).toBe(story); // Shift+Enter sent nothing
    await input.press('Enter');
    await page.getByText('Anda menulis: baris satu\nbaris dua').waitFor();
    expect(received.at(-1)!.text).toBe('baris satu\nbaris dua');
  });

  it('shows its own words in the bot\'s default language, not the browser\'s, until English is chosen', async () => {
    // A phone set to English, the bot in Indonesian (DEFAULT_LOCALE id): the page's words were English.
    const { page } = await openChat({ locale: 'en-US' });
    const input = page.getByTestId('chat-input');
    expect(await input.getAttribute('placeholder')).toBe('Ketik pesan…');
    expect(await page.getByTestId('send-button').textContent()).toBe('Kirim');
    expect(await page.getByTestId('reset').textContent()).toBe('Mulai ulang');
    expect(await page.locator('#subtitle').textContent()).toBe('Asisten komunitas');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    await sendText(page, 'english');
    await page.getByText('OK, I will answer in English.').waitFor();
    await waitIdle(page);
    expect(await input.getAttribute('placeholder')).toBe('Type a message…');
    expect(await page.getByTestId('reset').textContent()).toBe('Start over');
    expect(await page.locator('#subtitle').textContent()).toBe('Community assistant');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('shows English labels when the bot\'s default language is English, in a browser set to Indonesian', async () => {
    pageLocale = 'en';
    const { page } = await openChat({ locale: 'id-ID' });
    expect(await page.getByTestId('chat-input').getAttribute('placeholder')).toBe('Type a message…');
    expect(await page.getByTestId('send-button').textContent()).toBe('Send');
    expect(await page.getByTestId('reset').textContent()).toBe('Start over');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // A message the server refuses: said in English only (no server words after it).
    await sendText(page, 'gagal');
    await page.getByTestId('error').waitFor({ state: 'visible' });
    expect(await page.getByTestId('error').textContent()).toBe('The message could not be processed.');
  });

  it('says a photo over 5 MB it cannot make smaller is too large, in the page\'s language, without sending it', async () => {
    const { page } = await openChat();
    const before = stalledUploads.length;
    // Not an image the browser can draw smaller (a broken camera file): not sent at all. Chosen
    // from disk, as a person picks it: given as a buffer, the 6 MB crossed to the browser as
    // base64 that the page decoded, 4–10 s of this test's time.
    const dir = mkdtempSync(join(tmpdir(), 'wksbm-chat-large-'));
    try {
      const file = join(dir, 'besar.jpg');
      writeFileSync(file, Buffer.alloc(6 * 1024 * 1024, 1));
      await page.getByTestId('photo-input').setInputFiles(file);
      await page.getByTestId('error').waitFor({ state: 'visible' });
      expect(await page.getByTestId('error').textContent()).toBe('Foto ini terlalu besar (lebih dari 5 MB) dan tidak dapat diperkecil di sini. Silakan pilih foto lain.');
      await waitIdle(page);
      expect(stalledUploads.length).toBe(before);
      expect(await userTexts(page)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names only the group in the person\'s bubble when a checkbox is tapped (it read "⬜ PKK" for a tick)', async () => {
    const { page } = await openChat();
    await sendText(page, 'mitra');
    await page.getByText('Kelompok lain mana yang ikut?').waitFor();
    await waitIdle(page);
    await page.getByTestId('reply-button').filter({ hasText: 'PKK Dusun Glugo' }).click();
    await page.getByText('Tombol partner:pkk').waitFor();
    expect(received.at(-1)!.buttonId).toBe('partner:pkk');
    expect((await userTexts(page)).at(-1)).toBe('PKK Dusun Glugo');
    // Other buttons keep their whole label.
    await sendText(page, 'mitra');
    await page.getByText('Kelompok lain mana yang ikut?').nth(1).waitFor();
    await waitIdle(page);
    await page.getByTestId('reply-button').filter({ hasText: 'Selesai' }).last().click();
    await page.getByText('Tombol partners:done').waitFor();
    expect((await userTexts(page)).at(-1)).toBe('✔️ Selesai');
  });

  it('shows its own words in the language chosen in the chat, also after a reload, until "Mulai ulang"', async () => {
    const { page } = await openChat();
    const input = page.getByTestId('chat-input');
    expect(await input.getAttribute('placeholder')).toBe('Ketik pesan…');
    await sendText(page, 'english');
    await page.getByText('OK, I will answer in English.').waitFor();
    await waitIdle(page);
    // Was: the bot in English, the page still "Ketik pesan…", "Kirim", "Mulai ulang", its errors in Indonesian.
    expect(await input.getAttribute('placeholder')).toBe('Type a message…');
    expect(await page.getByTestId('send-button').textContent()).toBe('Send');
    expect(await page.getByTestId('reset').textContent()).toBe('Start over');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await sendText(page, 'gagal');
    await page.getByTestId('error').waitFor({ state: 'visible' });
    expect(await page.getByTestId('error').textContent()).toBe('The message could not be processed.');

    await page.reload();
    await page.getByText('OK, I will answer in English.').waitFor();
    expect(await input.getAttribute('placeholder')).toBe('Type a message…');

    await input.fill('indonesia');
    await input.press('Enter');
    await page.getByText('Baik, saya akan menjawab dalam Bahasa Indonesia.').waitFor();
    expect(await input.getAttribute('placeholder')).toBe('Ketik pesan…');
    await sendText(page, 'english');
    await page.getByText('OK, I will answer in English.').nth(1).waitFor();
    await waitIdle(page);

    // Starting over forgets the choice (the new chat's person chose nothing yet).
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('reset').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="message-user"]').length === 0);
    await page.getByTestId('reply-button').first().waitFor();
    expect(await input.getAttribute('placeholder')).toBe('Ketik pesan…');
  });

  it('keeps the text box wide on a 320 px phone: sending is a round arrow still named "Kirim"', async () => {
    const { page } = await openChat();
    await page.setViewportSize({ width: 320, height: 640 });
    await waitIdle(page);
    const send = page.getByRole('button', { name: 'Kirim' });
    expect(await send.getAttribute('data-testid')).toBe('send-button');
    const sendBox = (await send.boundingBox())!;
    expect(sendBox.height).toBeGreaterThanOrEqual(44);
    expect(sendBox.width).toBeLessThanOrEqual(52);
    // Was about 146 px beside a worded "Kirim", breaking words mid-way.
    expect((await page.getByTestId('chat-input').boundingBox())!.width).toBeGreaterThanOrEqual(180);
    await page.getByTestId('chat-input').fill('Assalamualaikum, kelompok pengajian');
    await page.screenshot({ path: artifactPath('chat-page-320.png') });
    await send.click();
    await page.getByText('Anda menulis: Assalamualaikum, kelompok pengajian').waitFor();
  });

  it.each(['light', 'dark'] as const)('shows the placeholder with at least 4.5:1 contrast (%s)', async (colorScheme) => {
    const { page } = await openChat();
    await page.emulateMedia({ colorScheme });
    const colours = await page.getByTestId('chat-input').evaluate((input) => ({
      text: getComputedStyle(input, '::placeholder').color,
      background: getComputedStyle(input).backgroundColor,
    }));
    expect(contrast(colours.text, colours.background), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
  });

  it('fits a 360×740 phone screen without horizontal scrolling, even with a very long word', async () => {
    const { page } = await openChat();
    await sendText(page, 'panjang');
    await page.getByText('Kata panjang:', { exact: false }).waitFor();
    await waitIdle(page);
    await sendText(page, `saya ${LONG_WORD}`);
    await page.getByText(`Anda menulis: saya ${LONG_WORD}`).waitFor();
    await waitIdle(page);
    await expectNoHorizontalScroll(page);
  });

  it('looks right on a phone (screenshots in test-artifacts/): big tap targets, newest message in view', async () => {
    const { page } = await openChat();
    await page.getByTestId('reply-button').filter({ hasText: 'Info kegiatan' }).click();
    await page.getByText('Kegiatan minggu ini:', { exact: false }).waitFor();
    await waitIdle(page);
    await sendText(page, 'Apakah posyandu hari Senin dimulai jam 8?');
    await page.getByText('Anda menulis: Apakah', { exact: false }).waitFor();
    await waitIdle(page);
    await expectNoHorizontalScroll(page);

    // Tap targets: chips, the send button and the input are at least 44px high.
    const heights = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-testid="reply-button"], [data-testid="send-button"], [data-testid="chat-input"]',
        ),
      ].map((el) => el.getBoundingClientRect().height),
    );
    expect(heights.length).toBeGreaterThanOrEqual(6);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);

    // Auto-scroll: the newest message is fully inside the message list.
    await nextFrame(page);
    const lastVisible = await page.getByTestId('message-bot').last().evaluate((el) => {
      const r = el.getBoundingClientRect();
      const log = document.querySelector('[data-testid="messages"]')!.getBoundingClientRect();
      return r.bottom <= log.bottom + 1 && r.top >= log.top - 1;
    });
    expect(lastVisible).toBe(true);

    await page.screenshot({ path: artifactPath('chat-page.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: artifactPath('chat-page-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: artifactPath('chat-page-desktop.png') });
  });
});

/** The WCAG contrast ratio of two opaque `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/\d+(?:\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const log = document.querySelector('[data-testid="messages"]')!;
    return {
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      log: log.scrollWidth,
      logClient: log.clientWidth,
      viewport: window.innerWidth,
    };
  });
  expect(widths.viewport).toBe(360);
  expect(widths.doc).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body).toBeLessThanOrEqual(widths.viewport);
  expect(widths.log).toBeLessThanOrEqual(widths.logClient);
}
