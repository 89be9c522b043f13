/**
 * The chat page's 📎 button against the REAL server (the whole bot on PostgreSQL, listening
 * on 127.0.0.1, with its real CSP), in headless Chromium: the page obtains its issued
 * identity, the leader reaches the activity's summary (which takes photos), attaches a real PNG file through
 * the page's file input, sees "Foto diterima (1/3)", finishes with the page's own buttons,
 * and the photo is stored re-encoded under the saved activity. A file that is not an image
 * is answered politely and the step goes on. Then "📒 Kegiatan saya" → "📷 Lihat foto" shows
 * that photo in the page, loaded with the page's own session, and another session's page
 * gets a short note instead of the image.
 *
 * The steps before the summary go through the same /webchat/messages API the page uses,
 * with the page's own userId (the page's typing and buttons have their own tests in
 * chat-page.browser.test.ts); the upload and what follows are done in the page.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`): fails in CI without it, skips
 * (with that message) elsewhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { hashWebchatUserId } from '../../../src/channels/webchat/sessions.js';
import { startServer } from '../../../src/http/server.js';
import { createTestStore, manualClock, startTestBot, type Reply, type TestBot, type TestStore } from '../../support/bot.js';
import { chromiumMissingReason, CONDITION_TIMEOUT_MS, launchChromium, skipOrFailWithoutChromium } from '../../support/browser.js';
import { answerRegistration } from '../../support/register-group.js';
import sharp from 'sharp';
import { MAX_PHOTO_INPUT_BYTES } from '../../../src/core/media.js';
import { NOT_AN_IMAGE, png } from '../../support/test-images.js';

declare const localStorage: { getItem(key: string): string | null };

const missing = chromiumMissingReason();
const clock = manualClock('2026-11-20T03:00:00Z');
let store: TestStore;
let bot: TestBot;
let baseUrl: string;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let files: string;

beforeAll(async () => {
  store = await createTestStore('postgres');
  bot = await startTestBot(store, { clock });
  baseUrl = await startServer(bot.bot.app, '127.0.0.1', 0);
  files = mkdtempSync(join(tmpdir(), 'wksbm-chat-photo-'));
  if (!missing) browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await bot?.close();
  await store?.dispose();
  if (files) rmSync(files, { recursive: true, force: true });
});
beforeEach((ctx) => skipOrFailWithoutChromium(ctx, missing));

/** Sends what the page would send for this user (text or a button press); returns the replies. */
async function say(userId: string, input: string | { button: string }): Promise<Reply[]> {
  const payload = typeof input === 'string' ? { userId, text: input } : { userId, buttonId: input.button };
  const response = await bot.bot.app.inject({ method: 'POST', url: '/webchat/messages', payload });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { replies: Reply[] }).replies;
}
const texts = (replies: readonly Reply[]): string => replies.map((reply) => reply.text).join('\n');

/**
 * A 4000×3000 camera photo of noise at JPEG quality 100: over the server's 5 MB, as a phone's
 * camera photo often is. Slow to make (seconds on a busy machine), so the test starts it first.
 */
function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 100 }).toBuffer();
}

/**
 * How long the page may take over the camera photo: decoding 12 megapixels, drawing them
 * smaller and encoding a JPEG in the browser, then the server's re-encoding. Seconds on an idle
 * machine, tens of seconds at CI's load; the page itself gives an upload 120 s (uploadTimeoutMs).
 */
const CAMERA_PHOTO_MS = 120_000;

async function waitIdle(page: Page): Promise<void> {
  await page.getByTestId('chat-input').and(page.locator(':enabled')).waitFor();
}

it('attaches a real PNG on /chat at the activity summary: uploaded with the issued identity, stored, and the activity saved from the page', { timeout: 60_000 + CAMERA_PHOTO_MS }, async () => {
  // Made while the leader's steps below run (they wait on the database, this on the CPU).
  const cameraPhotoMade = cameraPhoto();
  context = await browser!.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const uploads: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/webchat/photos')) uploads.push({ url: response.url(), status: response.status() });
  });

  await page.goto(`${baseUrl}/chat`);
  await page.getByTestId('message-bot').first().waitFor();
  await waitIdle(page);
  const userId = await page.evaluate(() => localStorage.getItem('wksbm.webchat.userId'));
  expect(userId).toMatch(/^wc_/);

  // The leader registers a group and logs an activity up to its summary, which invites a photo.
  const saved = await answerRegistration((input) => say(userId!, input), await say(userId!, 'daftar'), {
    type: 'pkk', name: 'PKK Foto dari Halaman', villageQuery: 'panggungharjo', villageCode: '34.02.15.2004', unit: 'RT 01 RW 02', members: '20 orang', ketua: 'Bu Ani', phone: '0812 3333 4444',
  });
  expect(texts(saved)).toContain('PKK Foto dari Halaman');
  await say(userId!, 'catat kegiatan');
  await say(userId!, { button: 'date:yesterday' });
  await say(userId!, { button: 'category:kerja_bakti' });
  await say(userId!, 'Kerja bakti membersihkan selokan');
  await say(userId!, { button: 'partners:done' });
  expect(texts(await say(userId!, { button: 'pmks:done' }))).toContain('sampai 3 foto');

  // A text file named like a photo: the bot says so in the page, and the step goes on.
  const fake = join(files, 'foto.jpg');
  writeFileSync(fake, NOT_AN_IMAGE);
  await page.getByTestId('photo-input').setInputFiles(fake);
  await page.getByTestId('message-bot').filter({ hasText: 'bukan foto' }).waitFor();
  await waitIdle(page);

  // A real PNG, chosen through the page's file input (what the 📎 button opens).
  const photo = join(files, 'kerja-bakti.png');
  writeFileSync(photo, await png(1200, 900));
  expect(await page.getByTestId('attach-button').isVisible()).toBe(true);
  await page.getByTestId('photo-input').setInputFiles(photo);
  await page.getByTestId('message-bot').filter({ hasText: 'Foto diterima (1/3)' }).waitFor();
  await waitIdle(page);
  // One bubble per file sent: the refused one was answered (200), so it stays too.
  expect(await page.getByTestId('message-user').allTextContents()).toEqual(['📷 Foto', '📷 Foto']);

  // Both uploads went with the page's issued identity and were answered 200.
  expect(uploads).toHaveLength(2);
  for (const upload of uploads) {
    expect(upload.status).toBe(200);
    expect(new URL(upload.url).searchParams.get('userId')).toBe(userId);
  }

  // A camera photo over the server's 5 MB: made smaller in the page and taken (it ended in a
  // reset connection, "Tidak dapat terhubung. Periksa koneksi Anda").
  const camera = join(files, 'kamera.jpg');
  const large = await cameraPhotoMade;
  expect(large.byteLength).toBeGreaterThan(MAX_PHOTO_INPUT_BYTES);
  writeFileSync(camera, large);
  await page.getByTestId('photo-input').setInputFiles(camera);
  await page.getByTestId('message-bot').filter({ hasText: 'Foto diterima (2/3)' }).waitFor({ timeout: CAMERA_PHOTO_MS });
  await waitIdle(page);
  expect(await page.getByTestId('error').isVisible()).toBe(false);

  // The summary came back with the count; save in the page, with the buttons the upload's reply brought.
  await page.getByTestId('message-bot').filter({ hasText: 'Foto: 2 dari 3' }).waitFor();
  await page.getByTestId('reply-button').filter({ hasText: 'Simpan' }).last().click();
  await page.getByTestId('message-bot').filter({ hasText: 'Kegiatan sudah dicatat' }).waitFor();

  // Stored under the saved activity, sent by this web chat identity, re-encoded as a JPEG.
  const prisma = bot.bot.database.prisma;
  const identity = await prisma.channelIdentity.findFirstOrThrow({ where: { channel: 'webchat', externalId: hashWebchatUserId(userId!) } });
  const photos = await prisma.activityPhoto.findMany({ where: { senderId: identity.personId }, omit: { data: true } });
  expect(photos).toHaveLength(2);
  expect(photos.find((photo) => photo.width === 1200)).toMatchObject({ mime: 'image/jpeg', width: 1200, height: 900 });
  // The camera photo, drawn at 2560 px on its longest side in the page (the server may make it smaller still).
  const fromCamera = photos.find((photo) => photo.width !== 1200)!;
  expect(fromCamera.width / fromCamera.height).toBeCloseTo(4 / 3, 2);
  expect(fromCamera.width).toBeLessThanOrEqual(2560);
  expect(photos[0]!.activityId).not.toBeNull();
  const activity = await prisma.activity.findUniqueOrThrow({ where: { id: photos[0]!.activityId! } });
  expect(activity.description).toBe('Kerja bakti membersihkan selokan');

  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});

it('shows the leader their activity\'s photo in Kegiatan saya, for that session only', async () => {
  // The same browser profile (same stored identity) as the leader above.
  const page = await context!.newPage();
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(`${baseUrl}/chat`);
  await page.getByTestId('message-bot').first().waitFor();
  await waitIdle(page);
  const userId = await page.evaluate(() => localStorage.getItem('wksbm.webchat.userId'));

  await page.getByTestId('chat-input').fill('menu');
  await page.getByTestId('send-button').click();
  await waitIdle(page);
  await page.getByTestId('reply-button').filter({ hasText: 'Kegiatan saya' }).last().click();
  await page.getByTestId('message-bot').filter({ hasText: 'Kegiatan kelompok Anda' }).waitFor();
  await waitIdle(page);
  await page.getByTestId('reply-button').filter({ hasText: /^1\. / }).last().click();
  await page.getByTestId('message-bot').filter({ hasText: 'Foto bukti: 2' }).waitFor();
  await waitIdle(page);
  await page.getByTestId('reply-button').filter({ hasText: 'Lihat foto' }).last().click();

  // The images themselves, decoded by the browser: fetched with this page's identity.
  type Img = { complete: boolean; naturalWidth: number; naturalHeight: number };
  const sizes = () => page.getByTestId('message-photo').evaluateAll((elements) =>
    elements.map((element) => element as unknown as Img).filter((img) => img.complete && img.naturalWidth > 0).map((img) => [img.naturalWidth, img.naturalHeight]));
  await expect.poll(async () => (await sizes()).length, { timeout: CONDITION_TIMEOUT_MS }).toBe(2);
  expect(await sizes()).toContainEqual([1200, 900]);
  const image = page.getByTestId('message-photo').last();
  const src = new URL((await image.getAttribute('src'))!, baseUrl);
  expect(src.pathname).toMatch(/^\/webchat\/photos\/[0-9a-f-]{36}$/);
  expect(src.searchParams.get('userId')).toBe(userId);

  // Another person's page (a new browser profile, its own identity) asking for the same photo: refused.
  const stranger = await browser!.newContext();
  const other = await stranger.newPage();
  await other.goto(`${baseUrl}/chat`);
  await other.getByTestId('message-bot').first().waitFor();
  const otherId = await other.evaluate(() => localStorage.getItem('wksbm.webchat.userId'));
  const refused = await other.request.get(`${baseUrl}${src.pathname}?userId=${encodeURIComponent(otherId!)}`);
  expect(refused.status()).toBe(404);
  await stranger.close();

  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});
