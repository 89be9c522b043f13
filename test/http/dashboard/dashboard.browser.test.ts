/**
 * The dashboard in headless Chromium against a whole bot (PostgreSQL, the real /api) listening
 * on 127.0.0.1, at a phone's 390×844: an officer of Kabupaten Bantul signs in with a
 * personal token, drills down kabupaten → kecamatan → desa, reads the level and criteria,
 * verifies and rejects groups (checked in the database), reads the activity chart and the
 * level changes, and downloads the Excel export. Also: signing in with the bot's one-time
 * link (the code leaves the address bar) or its code typed by hand, a used or mistyped code,
 * a wrong token, a revoked one, a desa outside the officer's areas, the admin's view, and
 * the English toggle.
 * Screenshots go to test-artifacts/dashboard-*.png.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`): fails in CI without it, skips
 * (with that message) elsewhere.
 */
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIGN_IN_CODE_TTL_MS } from '../../../src/domain/model/sign-in-tokens.js';
import { startServer } from '../../../src/http/server.js';
import { issueToken, revokeToken } from '../../../src/storage/tokens/api-tokens.js';
import { issueSignInCode } from '../../../src/storage/tokens/sign-in-codes.js';
import { allText, createTestStore, manualClock, startTestBot, type TestBot, type TestStore } from '../../support/bot.js';
import { artifactPath, chromiumMissingReason, CONDITION_TIMEOUT_MS, launchChromium, skipOrFailWithoutChromium } from '../../support/browser.js';
import { enrolOfficer } from '../../support/officer-invite.js';
import { BANTUL, HTML_NAME, PANGGUNGHARJO, seedDashboardData, SEWON, TEMAS, TIMBULHARJO, type Seeded } from './dashboard-seed.js';

// Callbacks given to page.evaluate run in the browser; the project compiles without the DOM
// lib, so this module declares the little they use.
interface DomElement {
  readonly scrollWidth: number;
  readonly clientWidth: number;
}
declare const document: { readonly documentElement: DomElement & { readonly lang: string }; readonly body: DomElement };
declare const window: { readonly innerWidth: number; readonly __xss?: number };
declare const location: { readonly href: string };
declare const sessionStorage: { getItem(key: string): string | null };

const ADMIN_TOKEN = 'admin-token-for-the-dashboard-test-0123456789';
const LEVEL_LABELS: Record<string, string> = { belum_ada: 'Belum Ada', rintisan: 'Rintisan', tumbuh: 'Tumbuh', aktif: 'Aktif', dorman: 'Dorman' };
/** The domain words of locales/ as the page gets them (read from the files, apart from the server). */
const wordsOf = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../locales/${lang}/words.json`, import.meta.url), 'utf8')) as { level: Record<string, string>; criterion: Record<string, string> };
const WORDS = { id: wordsOf('id'), en: wordsOf('en') };

/** What the page says of a refused rejection reason (errBadReason). */
const REASON_RULE_ID = 'Alasan penolakan perlu minimal 5 huruf (angka, spasi dan tanda baca tidak dihitung), paling panjang 300 karakter.';

const missing = chromiumMissingReason();
const clock = manualClock('2026-11-20T03:00:00Z');
let store: TestStore;
let bot: TestBot;
let baseUrl: string;
let seeded: Seeded;
let browser: Browser | undefined;
/** The test's own browser context, closed after it. */
let context: BrowserContext | undefined;

beforeAll(async () => {
  store = await createTestStore('postgres');
  bot = await startTestBot(store, { clock, env: { ADMIN_TOKEN } });
  seeded = await seedDashboardData(bot.bot.database.prisma, clock());
  baseUrl = await startServer(bot.bot.app, '127.0.0.1', 0);
  if (!missing) browser = await launchChromium();
});
afterAll(async () => {
  await officerTab?.context.close();
  await browser?.close();
  await bot?.close();
  await store?.dispose();
});
beforeEach((ctx) => skipOrFailWithoutChromium(ctx, missing));
afterEach(async (ctx) => {
  await context?.close();
  context = undefined;
  // A test that failed may have left the shared tab anywhere: the next one starts a new tab.
  if (ctx.task.result?.state === 'fail') {
    await officerTab?.context.close();
    officerTab = undefined;
  }
});

/** What the API answers the officer (the page must show the same). */
async function apiAs<T>(token: string, url: string): Promise<T> {
  const response = await bot.bot.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as T;
}

/** A one-time sign-in code of the seeded officer, as the bot shows it. */
async function signInCode(): Promise<string> {
  const issued = await bot.bot.database.prisma.$transaction((tx) => issueSignInCode(tx, seeded.officerPersonId, clock(), SIGN_IN_CODE_TTL_MS));
  return issued.code;
}

/** Page errors, CSP violations and any URL that carries a token or a code: all must stay empty. */
interface Watch {
  pageErrors: string[];
  cspViolations: string[];
  tokenInUrl: string[];
  apiCalls: string[];
}

interface Tab {
  context: BrowserContext;
  page: Page;
  watch: Watch;
}

/** A new browser context (a phone's 390×844) with the dashboard at `path`, watched. */
async function openTab(path: string): Promise<Tab> {
  if (!browser) throw new Error('browser not launched');
  const tabContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID', acceptDownloads: true });
  const page = await tabContext.newPage();
  const watch: Watch = { pageErrors: [], cspViolations: [], tokenInUrl: [], apiCalls: [] };
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/wksbm_|admin-token|code=/.test(url)) watch.tokenInUrl.push(url);
    if (url.includes('/api/')) watch.apiCalls.push(url.slice(baseUrl.length));
  });
  await page.goto(`${baseUrl}${path}`);
  return { context: tabContext, page, watch };
}

/** The dashboard at `path` in a new browser context of the test's own. */
async function openDashboard(path = '/dashboard'): Promise<{ page: Page; watch: Watch }> {
  const tab = await openTab(path);
  context = tab.context;
  return tab;
}

/**
 * The seeded officer's tab, signed in once with their token and shared by the tests that
 * start on one of their desa: each gets it loaded afresh there (the page reads everything
 * again; the token stays in sessionStorage, as in a person's tab), its watch emptied and any
 * request interception removed. A new tab and its sign-in took ~2 s of each of those tests
 * under load; signing in is what the other tests prove, each in a new tab.
 */
let officerTab: Tab | undefined;

/** The seeded officer signed in, on the desa `code`'s page (Wilayah tab). */
async function openOfficerVillage(code: string): Promise<{ page: Page; watch: Watch }> {
  if (officerTab) {
    const { page, watch } = officerTab;
    await page.unrouteAll();
    for (const seen of Object.values(watch)) seen.length = 0;
    await page.goto(`${baseUrl}/dashboard#/${code}`);
    await page.reload();
  } else {
    officerTab = await openTab('/dashboard');
    await signIn(officerTab.page, seeded.officerToken);
    await areaItem(officerTab.page, 'Kabupaten Bantul').waitFor();
    await officerTab.page.goto(`${baseUrl}/dashboard#/${code}`);
  }
  await officerTab.page.getByTestId('village-status').waitFor();
  return officerTab;
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.getByTestId('token-input').fill(token);
  await page.getByTestId('signin-button').click();
}

async function expectFitsThePhone(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth }));
  expect(widths.viewport).toBe(390);
  expect(widths.doc).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body).toBeLessThanOrEqual(widths.viewport);
}

function expectClean(watch: Watch): void {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.tokenInUrl).toEqual([]);
}

/** The seeded officer signed in, on Panggungharjo's Verifikasi tab. */
async function openPanggungharjoPending(): Promise<{ page: Page; watch: Watch }> {
  const opened = await openOfficerVillage(PANGGUNGHARJO);
  await opened.page.getByRole('tab', { name: 'Verifikasi' }).click();
  return opened;
}

const areaItem = (page: Page, name: string) => page.getByTestId('area-item').filter({ hasText: name });

interface AreaStatusAnswer {
  level: string;
  criteria: {
    c1: { activeGroups: number; requiredGroups: number; types: number; requiredTypes: number; met: boolean };
    c2: { relations: number; requiredRelations: number; linkedGroups: number; activeGroups: number; requiredLinkedPercent: number; met: boolean };
    c3: { jointActivities: number; requiredJointActivities: number; met: boolean };
  };
  criteriaText: { c1: string; c2: string; c3: string };
}

describe('dashboard (headless Chromium, real bot)', () => {
  it('an officer signs in on a phone, drills down to a desa, verifies a group and downloads the Excel', async () => {
    const { page, watch } = await openDashboard();
    await page.getByTestId('signin').waitFor();
    await page.screenshot({ path: artifactPath('dashboard-signin.png') });
    await signIn(page, seeded.officerToken);

    // The officer's own area is the top: Kabupaten Bantul, not its province.
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('Masuk sebagai petugas · wilayah Kabupaten Bantul');
    expect(await page.getByTestId('area-item').allTextContents()).toHaveLength(1);
    expect(await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'))).toBe(seeded.officerToken);

    // kabupaten → kecamatan
    await areaItem(page, 'Kabupaten Bantul').click();
    await areaItem(page, 'Sewon').waitFor();
    expect((await page.getByTestId('area-item').allTextContents()).map((text) => text.split('Kecamatan')[0])).toEqual(['Bambanglipuro', 'Sewon']);
    expect(await page.getByTestId('crumb').allTextContents()).toEqual(['Wilayah saya', 'Kabupaten Bantul']);
    // Sewon's 3 groups and 2 activities await verification (Kota Batu's group is not the officer's).
    const bantul = await apiAs<{ items: Array<{ code: string; pendingVerifications: number }> }>(seeded.officerToken, '/api/areas/summary?prefix=34.02');
    expect(bantul.items.find((item) => item.code === SEWON)?.pendingVerifications).toBe(5);
    expect(await areaItem(page, 'Sewon').textContent()).toContain('4 desa · 4 kelompok · 4 aktif5 menunggu verifikasi');

    // kecamatan → desa list, with each desa's level as the API computes it
    await areaItem(page, 'Sewon').click();
    await areaItem(page, 'Panggungharjo').waitFor();
    expect(await page.getByTestId('crumb').allTextContents()).toEqual(['Wilayah saya', 'Kabupaten Bantul', 'Sewon']);
    const summary = await apiAs<{ items: Array<{ code: string; wksbmLevel: string; effectiveLevel: string; override: { level: string } | null }> }>(
      seeded.officerToken,
      `/api/areas/summary?prefix=${SEWON}`,
    );
    expect(await page.getByTestId('area-item').count()).toBe(summary.items.length);
    for (const item of summary.items) {
      // The level in force: Timbulharjo's is the officer's override, marked as set by an officer.
      const badge = page.locator(`[data-testid="area-item"][data-code="${item.code}"] [data-testid="area-level"]`);
      expect(await badge.getAttribute('data-level'), item.code).toBe(item.effectiveLevel);
      expect(await badge.textContent(), item.code).toBe(LEVEL_LABELS[item.effectiveLevel]);
      const marked = page.locator(`[data-testid="area-item"][data-code="${item.code}"] [data-testid="area-override"]`);
      expect(await marked.count(), item.code).toBe(item.override ? 1 : 0);
    }
    expect(summary.items.find((item) => item.code === TIMBULHARJO)).toMatchObject({ override: { level: 'tumbuh' }, effectiveLevel: 'tumbuh' });
    // …and by whom: the officer's own name (the API's override.officerName).
    expect(await page.locator(`[data-testid="area-item"][data-code="${TIMBULHARJO}"] [data-testid="area-override"]`).textContent()).toBe(' ditetapkan petugas Pak Dinsos');
    await expectFitsThePhone(page);
    await page.screenshot({ path: artifactPath('dashboard-areas.png'), fullPage: true });

    // desa: level and the three criteria with their numbers
    await areaItem(page, 'Panggungharjo').click();
    await page.getByTestId('village-status').waitFor();
    expect(await page.getByTestId('crumb').allTextContents()).toEqual(['Wilayah saya', 'Kabupaten Bantul', 'Sewon', 'Panggungharjo']);
    const status = await apiAs<AreaStatusAnswer>(seeded.officerToken, `/api/areas/${PANGGUNGHARJO}/status`);
    expect(await page.getByTestId('computed-level').getAttribute('data-level')).toBe(status.level);
    expect(await page.getByTestId('computed-level').textContent()).toBe(LEVEL_LABELS[status.level]);
    const { c1, c2, c3 } = status.criteria;
    // The numbers in the chat reply's words (issue #12), never "3/2 jenis" or "100%/60%".
    expect(await page.getByTestId('criterion-c1').textContent()).toContain(`${c1.activeGroups} kelompok aktif (perlu ${c1.requiredGroups}), ${c1.types} jenis (perlu ${c1.requiredTypes})`);
    expect(await page.getByTestId('criterion-c2').textContent()).toContain(
      `${c2.relations} hubungan (perlu ${c2.requiredRelations}); ${c2.linkedGroups} dari ${c2.activeGroups} kelompok sudah terhubung (perlu ${c2.requiredLinkedPercent} %)`,
    );
    expect(await page.getByTestId('criterion-c3').textContent()).toContain(`${c3.jointActivities} kegiatan bersama (perlu ${c3.requiredJointActivities})`);
    for (const name of ['c1', 'c2', 'c3'] as const) {
      // The criterion's name from locales/ (words.json), the same the chat's status reply shows.
      expect(await page.getByTestId(`criterion-${name}`).textContent()).toContain(WORDS.id.criterion[name]);
      expect(await page.getByTestId(`criterion-${name}`).textContent()).toContain(status.criteriaText[name]);
      expect(await page.getByTestId(`criterion-${name}`).textContent()).not.toMatch(/\d\/\d|%\//);
    }
    for (const [name, criterion] of Object.entries(status.criteria)) {
      expect(await page.getByTestId(`criterion-${name}`).getAttribute('data-met'), name).toBe(String(criterion.met));
    }
    expect(c1.activeGroups).toBe(3); // the seeded groups, all new, all counted
    expect(await page.getByTestId('provisional').isVisible()).toBe(true); // they are not verified yet
    await expectFitsThePhone(page);
    await page.screenshot({ path: artifactPath('dashboard-desa.png'), fullPage: true });

    // Verifikasi tab, for this desa: the three pending groups, the markup shown as text; not a
    // pending group its leader ended (its verdict would be refused), made just before the tab reads the list
    const glugoRow = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    const ended = await bot.bot.database.prisma.group.create({
      data: { name: 'Arisan Sudah Bubar', nameNorm: 'arisan sudah bubar', type: 'arisan', areaId: glugoRow.areaId, villageCode: PANGGUNGHARJO, memberCount: 10, verification: 'pending', active: false, deactivatedAt: clock() },
    });
    await page.getByRole('tab', { name: 'Verifikasi' }).click();
    const pendingGroups = page.getByTestId('pending-groups-item');
    await pendingGroups.first().waitFor();
    expect(await pendingGroups.count()).toBe(3);
    expect(await page.getByTestId('pending-groups').textContent()).not.toContain('Arisan Sudah Bubar');
    await bot.bot.database.prisma.group.delete({ where: { id: ended.id } });
    expect(await page.getByTestId('pending-groups').textContent()).toContain(HTML_NAME);
    expect(await page.getByTestId('pending-groups').locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await page.getByTestId('pending-groups').textContent()).not.toContain('Majelis Taklim Temas');
    await page.getByTestId('pending-activities-item').filter({ hasText: 'Kerja bakti bersih selokan' }).waitFor();
    await page.screenshot({ path: artifactPath('dashboard-pending.png'), fullPage: true });

    // Verify one: it leaves the list, the database says verified
    const glugo = pendingGroups.filter({ hasText: 'PKK Dusun Glugo' });
    await glugo.getByTestId('verify').click();
    await glugo.waitFor({ state: 'detached' });
    expect(await page.getByTestId('notice').textContent()).toBe('Terverifikasi: PKK Dusun Glugo');
    const verified = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    expect(verified.verification).toBe('verified');
    expect(verified.verifiedAt).not.toBeNull();

    // Reject another with a reason
    const html = pendingGroups.filter({ hasText: 'RT 07' });
    await html.getByTestId('reject').click();
    await html.getByTestId('reject-reason').fill('tidak ditemukan saat kunjungan');
    await html.getByTestId('reject-send').click();
    await html.waitFor({ state: 'detached' });
    const rejected = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.html } });
    expect(rejected).toMatchObject({ verification: 'rejected', rejectionReason: 'tidak ditemukan saat kunjungan' });

    // Loaded afresh, the list shows only what still waits
    await page.getByRole('tab', { name: 'Wilayah' }).click();
    await page.getByTestId('village-status').waitFor();
    await page.getByRole('tab', { name: 'Verifikasi' }).click();
    await pendingGroups.first().waitFor();
    expect(await pendingGroups.allTextContents()).toEqual([expect.stringContaining('Karang Taruna Tunas Muda')]);

    // Activities chart: 12 months, the current one last, November with its activity
    await page.getByRole('tab', { name: 'Kegiatan' }).click();
    await page.getByTestId('chart').waitFor();
    const stats = await apiAs<Array<{ month: string; activities: number; jointActivities: number }>>(seeded.officerToken, `/api/stats/activities?prefix=${PANGGUNGHARJO}&months=12`);
    const bars = page.getByTestId('chart-bar');
    expect(await bars.count()).toBe(12);
    expect(await bars.evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-month'), Number(element.getAttribute('data-activities')), Number(element.getAttribute('data-joint'))]))).toEqual(
      stats.map((row) => [row.month, row.activities, row.jointActivities]),
    );
    expect(stats.at(-1)!.month).toBe('2026-11');
    expect(stats.at(-1)!.activities).toBe(1);
    expect(await page.getByTestId('chart').getAttribute('aria-label')).toMatch(/total 2 kegiatan, 2 kegiatan bersama/);
    await page.locator('.chart-table summary').click();
    expect(await page.getByTestId('chart-table').locator('tbody tr').count()).toBe(12);
    await expectFitsThePhone(page);
    await page.screenshot({ path: artifactPath('dashboard-chart.png'), fullPage: true });

    // Level changes, as the API lists them
    await page.getByRole('tab', { name: 'Perubahan' }).click();
    await page.getByTestId('level-change').first().waitFor();
    const changes = await apiAs<{ items: Array<{ villageName: string; to: string }> }>(seeded.officerToken, `/api/level-changes?prefix=${PANGGUNGHARJO}&limit=50`);
    expect(changes.items.length).toBeGreaterThan(0);
    expect(await page.getByTestId('level-change').count()).toBe(changes.items.length);
    expect(await page.getByTestId('level-change').first().textContent()).toContain(LEVEL_LABELS[changes.items[0]!.to]);

    // Excel of the groups of this desa: a real file, fetched with the header (no token in the URL)
    await page.getByRole('tab', { name: 'Wilayah' }).click();
    const downloadEvent = page.waitForEvent('download');
    await page.getByTestId('export-groups-xlsx').click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = artifactPath('dashboard-groups.xlsx');
    await download.saveAs(saved);
    expect(statSync(saved).size).toBeGreaterThan(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])));
    expect(cells).toContain('PKK Dusun Glugo');
    expect(cells).not.toContain('Majelis Taklim Temas');
    await page.getByTestId('notice').filter({ hasText: 'sudah diunduh' }).waitFor();
    expect(watch.apiCalls.some((url) => url.startsWith(`/api/export/groups.xlsx?prefix=${PANGGUNGHARJO}`))).toBe(true);

    // CSV: the notice says how many rows were written (the button counted them as they came).
    const csvEvent = page.waitForEvent('download');
    await page.getByTestId('export-groups-csv').click();
    const csv = await csvEvent;
    const csvPath = artifactPath('dashboard-groups.csv');
    await csv.saveAs(csvPath);
    const csvRows = readFileSync(csvPath, 'utf8').trimEnd().split('\n').length - 1;
    expect(csvRows).toBeGreaterThan(0);
    await page.getByTestId('notice').filter({ hasText: `${csvRows} baris` }).waitFor();
    expect(await page.getByTestId('export-groups-csv').textContent()).toBe('CSV');

    expectClean(watch);
  });

  it('shows the officer override beside the computed level', async () => {
    const { page, watch } = await openOfficerVillage(TIMBULHARJO);
    expect(await page.getByTestId('override-level').textContent()).toBe('Tumbuh');
    expect(await page.getByTestId('village-level').textContent()).toContain('ditetapkan petugas Pak Dinsos: hasil kunjungan lapangan');
    const status = await apiAs<AreaStatusAnswer>(seeded.officerToken, `/api/areas/${TIMBULHARJO}/status`);
    expect(await page.getByTestId('computed-level').getAttribute('data-level')).toBe(status.level);
    expectClean(watch);
  });

  it('says who decided first when a pending card was decided meanwhile, by name (or "admin")', async () => {
    // Two records the page lists as pending, each decided by someone else before the officer presses.
    const glugo = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    const pending = async (name: string) =>
      (await bot.bot.database.prisma.group.create({ data: { name, nameNorm: name.toLowerCase(), type: 'arisan', areaId: glugo.areaId, villageCode: PANGGUNGHARJO, memberCount: 12 } })).id;
    const byOfficer = await pending('Arisan Kenanga');
    const byAdmin = await pending('Arisan Cempaka');
    const colleague = await bot.bot.database.prisma.person.create({ data: { displayName: 'Bu Wulan' } });
    await bot.bot.database.prisma.officer.create({ data: { personId: colleague.id, kind: 'tksk', areas: { create: [{ codePrefix: SEWON }] } } });
    const colleagueToken = (await bot.bot.database.prisma.$transaction((tx) => issueToken(tx, colleague.id, { label: 'colleague', now: clock() }))).token;

    const { page, watch } = await openPanggungharjoPending();
    const kenanga = page.getByTestId('pending-groups-item').filter({ hasText: 'Arisan Kenanga' });
    const cempaka = page.getByTestId('pending-groups-item').filter({ hasText: 'Arisan Cempaka' });
    await kenanga.waitFor();
    await cempaka.waitFor();

    const decide = async (token: string, id: string, payload: object) => {
      const response = await bot.bot.app.inject({ method: 'POST', url: `/api/groups/${id}/verification`, headers: { authorization: `Bearer ${token}` }, payload });
      expect(response.statusCode, response.body).toBe(200);
    };
    await decide(colleagueToken, byOfficer, { decision: 'verify' });
    await decide(ADMIN_TOKEN, byAdmin, { decision: 'reject', reason: 'dobel' });

    await kenanga.getByTestId('verify').click();
    await kenanga.waitFor({ state: 'detached' });
    await page.getByTestId('notice').filter({ hasText: 'Sudah diverifikasi oleh Bu Wulan: Arisan Kenanga' }).waitFor();
    await cempaka.getByTestId('verify').click();
    await cempaka.waitFor({ state: 'detached' });
    await page.getByTestId('notice').filter({ hasText: 'Sudah ditolak oleh admin: Arisan Cempaka' }).waitFor();
    // The verdicts stand as the others gave them.
    expect((await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: byOfficer } })).verification).toBe('verified');
    expect((await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: byAdmin } })).verification).toBe('rejected');
    expectClean(watch);
  });

  /**
   * A pending group of Panggungharjo shown on the officer's list, `change`d (by someone else)
   * before the officer presses Verifikasi; its card must go. Returns the notice's text.
   */
  async function verifyChangedMeanwhile(name: string, change: (id: string) => Promise<unknown>): Promise<string | null> {
    const glugo = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    const group = await bot.bot.database.prisma.group.create({
      data: { name, nameNorm: name.toLowerCase(), type: 'arisan', areaId: glugo.areaId, villageCode: PANGGUNGHARJO, memberCount: 12 },
    });
    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-groups-item').filter({ hasText: name });
    await card.waitFor();
    await change(group.id);
    await card.getByTestId('verify').click();
    await card.waitFor({ state: 'detached' });
    const notice = page.getByTestId('notice').filter({ hasText: name });
    await notice.waitFor();
    expectClean(watch);
    return notice.textContent();
  }

  it('says a pending group its leader ended meanwhile was ended, not "already decided" (no one decided it)', async () => {
    // Its leader ends it in the chat while the officer looks at the list.
    const said = await verifyChangedMeanwhile('Arisan Dahlia', (id) => bot.bot.database.prisma.group.update({ where: { id }, data: { active: false } }));
    // Was "Sudah diputuskan sebelumnya: Arisan Dahlia", though it is still pending.
    expect(said).toBe('Kelompok ini sudah dihentikan ketuanya, jadi tidak ada yang perlu diverifikasi: Arisan Dahlia');
    expect((await bot.bot.database.prisma.group.findFirstOrThrow({ where: { name: 'Arisan Dahlia' } })).verification).toBe('pending');
  });

  it('takes away a pending card whose record is gone meanwhile (merged, withdrawn), saying so, instead of "not found" with buttons that fail again', async () => {
    // Another officer merges it into its twin in another tab: the record is gone.
    const said = await verifyChangedMeanwhile('Arisan Asri', (id) => bot.bot.database.prisma.group.delete({ where: { id } }));
    // Was: "Maaf, data ini tidak ditemukan atau di luar wilayah tugas Anda." with the card and its buttons still there.
    expect(said).toBe('Sudah tidak ada lagi (digabung, ditarik, atau dihapus), jadi tidak ada yang perlu diverifikasi: Arisan Asri');
  });

  it('says a refused decision (400) in the page\'s words, never the API\'s English', async () => {
    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-groups-item').first();
    await card.waitFor();
    const id = await card.getAttribute('data-id');
    // What the page sends, changed on its way so the real API refuses it (a page older than the API).
    let body: Record<string, unknown> = {};
    await page.route('**/api/groups/*/verification', (route) => route.continue({ postData: JSON.stringify(body) }));
    const notice = page.getByTestId('notice');

    body = { decision: 'reject', reason: 'x'.repeat(301) };
    await card.getByTestId('reject').click();
    await card.getByTestId('reject-reason').fill('dobel');
    await card.getByTestId('reject-send').click();
    await notice.filter({ hasText: 'Alasan penolakan' }).waitFor();
    expect(await notice.textContent()).toBe(REASON_RULE_ID);

    body = { decision: 'maybe' };
    await card.getByTestId('reject-send').click();
    await notice.filter({ hasText: 'Permintaan' }).waitFor();
    // Was "Permintaan tidak dapat diproses. Invalid request body. decision: …".
    expect(await notice.textContent()).toBe('Permintaan tidak dapat diproses. Muat ulang halaman, lalu coba lagi.');
    expect((await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: id! } })).verification).toBe('pending');
    expectClean(watch);
  });

  it('refuses a reason of digits, spaces or symbols, saying 5 letters are wanted; nothing is rejected', async () => {
    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-groups-item').first();
    await card.waitFor();
    const id = await card.getAttribute('data-id');
    const notice = page.getByTestId('notice');
    await card.getByTestId('reject').click();
    for (const reason of ['1234567', '     x']) {
      await card.getByTestId('reject-reason').fill(reason);
      await card.getByTestId('reject-send').click();
      // The card stays, its form ready for a better reason (the button is enabled again once answered).
      await expect.poll(() => card.getByTestId('reject-send').isEnabled(), { timeout: CONDITION_TIMEOUT_MS }).toBe(true);
      await notice.filter({ hasText: 'Alasan penolakan' }).waitFor();
      expect(await notice.textContent(), reason).toBe(REASON_RULE_ID);
    }
    expect((await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: id! } })).verification).toBe('pending');
    expectClean(watch);
  });

  it('shows an activity\'s photo on its verification card, fetched with the token (blob: under the CSP)', async () => {
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a7d44' } }).jpeg().toBuffer();
    await bot.bot.database.prisma.activityPhoto.create({
      data: { activityId: seeded.activityId, senderId: seeded.officerPersonId, mime: 'image/jpeg', width: 640, height: 480, byteSize: jpeg.length, data: Uint8Array.from(jpeg) },
    });
    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-activities-item').filter({ hasText: 'Kerja bakti bersih selokan' });
    const photo = card.getByTestId('activity-photo');
    await photo.waitFor();
    expect(await photo.getAttribute('alt')).toBe('Foto kegiatan 1');
    expect(await photo.getAttribute('src')).toMatch(/^blob:/);
    // Decoded by the browser: the CSP let the blob: image load, and it is the stored photo.
    await page.waitForFunction((element) => (element as unknown as { complete: boolean; naturalWidth: number }).complete, await photo.elementHandle());
    expect(await photo.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)).toBe(640);
    expect(watch.apiCalls).toContain(`/api/activities/${seeded.activityId}/photos`);
    await page.screenshot({ path: artifactPath('dashboard-photo.png'), fullPage: true });
    expectClean(watch);
  });

  it('merges a pending group registered twice into the one that stays, the look-alike offered first', async () => {
    const glugo = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    const leader = await bot.bot.database.prisma.person.create({ data: { displayName: 'Pak Darto' } });
    const create = async (name: string, verification: 'pending' | 'verified') =>
      (
        await bot.bot.database.prisma.group.create({
          data: { name, nameNorm: name.toLowerCase(), type: 'arisan', areaId: glugo.areaId, villageCode: PANGGUNGHARJO, memberCount: 12, verification, leaders: { create: { personId: leader.id, role: 'leader' } } },
        })
      ).id;
    const stays = await create('Arisan Dahlia Indah', 'verified');
    const twice = await create('Arisan Dahlia', 'pending');

    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-groups-item').filter({ hasText: 'Arisan Dahlia' });
    await card.waitFor();
    await card.getByTestId('merge').click();
    const select = card.getByTestId('merge-into');
    await select.waitFor();
    // Only pending groups have a card: the verified look-alike is not one.
    expect(await page.getByTestId('pending-groups-item').filter({ hasText: 'Arisan Dahlia' }).count()).toBe(1);
    // The desa's other groups, the one sharing the most words first; never the card's own group.
    const options = await select.locator('option').allTextContents();
    expect(options[0]).toBe('Arisan Dahlia Indah · RW 3 · terverifikasi');
    expect(options.some((option) => option.startsWith('Arisan Dahlia ·'))).toBe(false);
    expect(options.length).toBeGreaterThan(1);
    await expectFitsThePhone(page);
    await page.screenshot({ path: artifactPath('dashboard-merge.png'), fullPage: true });
    await card.getByTestId('merge-send').click();
    await card.waitFor({ state: 'detached' });
    await page.getByTestId('notice').filter({ hasText: 'Digabung: Arisan Dahlia → Arisan Dahlia Indah' }).waitFor();
    expect(await bot.bot.database.prisma.group.count({ where: { id: twice } })).toBe(0);
    expect(await bot.bot.database.prisma.groupLeader.count({ where: { groupId: stays, personId: leader.id } })).toBe(1);
    expectClean(watch);
  });

  it('says on the officer\'s own pending group that another officer verifies it, with no buttons that would fail', async () => {
    const glugo = await bot.bot.database.prisma.group.findUniqueOrThrow({ where: { id: seeded.groups.glugo } });
    await bot.bot.database.prisma.group.create({
      data: {
        name: 'Kelompok Tani Makmur',
        nameNorm: 'kelompok tani makmur',
        type: 'kelompok_tani',
        areaId: glugo.areaId,
        villageCode: PANGGUNGHARJO,
        memberCount: 30,
        leaders: { create: { personId: seeded.officerPersonId, role: 'leader' } },
      },
    });
    const { page, watch } = await openPanggungharjoPending();
    const card = page.getByTestId('pending-groups-item').filter({ hasText: 'Kelompok Tani Makmur' });
    await card.getByTestId('you-lead').waitFor();
    expect(await card.getByTestId('you-lead').textContent()).toBe('Anda pengurus kelompok ini: petugas lain yang memverifikasinya.');
    expect(await card.locator('button').count()).toBe(0);
    // And it is not offered as the group to stay in another card's merge.
    const other = page.getByTestId('pending-groups-item').filter({ hasText: 'Karang Taruna Tunas Muda' });
    await other.getByTestId('merge').click();
    await other.getByTestId('merge-into').waitFor();
    expect((await other.getByTestId('merge-into').locator('option').allTextContents()).some((option) => option.startsWith('Kelompok Tani Makmur'))).toBe(false);
    expectClean(watch);
  });

  it('the sign-in link from the bot signs an officer in, and the code leaves the address bar', async () => {
    // An officer enrolled through the chat asks for the dashboard and gets a link.
    await enrolOfficer(bot.bot, clock, { kind: 'tksk', areas: [BANTUL] }, (text) => bot.send('browser-officer', text));
    await bot.send('browser-officer', 'petugas');
    const reply = allText(await bot.send('browser-officer', { button: 'officer:dashboard' }));
    expect(reply).not.toContain('wksbm_');
    const link = /\S+\/dashboard#code=[A-Z2-9-]{14}/.exec(reply)?.[0];
    expect(link, reply).toBeDefined();
    const code = new URL(link!).hash.slice('#code='.length);
    // The bot's address is the configured one; the browser reaches this test server.
    const { page, watch } = await openDashboard(`/dashboard${new URL(link!).hash}`);
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('Masuk sebagai petugas · wilayah Kabupaten Bantul');
    const href = await page.evaluate(() => location.href);
    expect(href).toBe(`${baseUrl}/dashboard`);
    expect(href).not.toContain(code);
    expect(page.url()).not.toContain('code=');
    const token = await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'));
    expect(token).toMatch(/^wksbm_/);
    const person = await bot.bot.database.prisma.auditLog.findFirstOrThrow({ where: { action: 'auth.exchange' }, orderBy: { at: 'desc' } });
    expect(await apiAs<{ personId: string }>(token!, '/api/me')).toMatchObject({ personId: person.actorId });
    await page.screenshot({ path: artifactPath('dashboard-code-link.png') });
    expectClean(watch);
    // The code was replaced in this history entry, not left behind it: Back leaves the page.
    await page.goBack();
    expect(page.url()).toBe('about:blank');

    // The same link again (a second tab, or Back): the code is used up, said politely.
    const again = await openDashboard(`/dashboard#code=${code}`);
    const error = again.page.getByTestId('signin-error');
    await error.filter({ hasText: 'sudah dipakai' }).waitFor();
    expect(await error.textContent()).toBe('Kode ini sudah dipakai. Minta tautan baru dari menu Petugas di bot.');
    expect(await again.page.evaluate(() => location.href)).toBe(`${baseUrl}/dashboard`);
    expect(await again.page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'))).toBeNull();
    expect(await again.page.locator('#app').isVisible()).toBe(false);
    expectClean(again.watch);
  });

  it('a code typed by hand (any case) signs in; a short mistyped one is explained', async () => {
    const { page, watch } = await openDashboard();
    await signIn(page, 'ABCD-EFGH');
    const error = page.getByTestId('signin-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('Kode tidak lengkap: kode terdiri dari 12 huruf dan angka, misalnya ABCD-EFGH-JKLM.');

    await signIn(page, 'ABCD-EFGH-JKLM');
    await error.filter({ hasText: 'tidak dikenal' }).waitFor();

    const code = await signInCode();
    await signIn(page, code.toLowerCase().replaceAll('-', ' '));
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('Masuk sebagai petugas · wilayah Kabupaten Bantul');
    const token = await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'));
    expect(token).toMatch(/^wksbm_/);
    expect(await apiAs<{ personId: string }>(token!, '/api/me')).toMatchObject({ kind: 'officer', personId: seeded.officerPersonId });
    expect(watch.apiCalls).toContain('/api/auth/exchange');
    expectClean(watch);
  });

  it('a sign-in link opened in a tab that is already signed in replaces the session', async () => {
    const { page, watch } = await openDashboard();
    await signIn(page, ADMIN_TOKEN);
    await areaItem(page, 'Jawa Timur').waitFor();
    const code = await signInCode();
    await page.goto(`${baseUrl}/dashboard#code=${code}`);
    await page.getByTestId('who').filter({ hasText: 'petugas' }).waitFor();
    expect(await page.evaluate(() => location.href)).not.toContain(code);
    expect(await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'))).not.toBe(ADMIN_TOKEN);
    expectClean(watch);
  });

  it('a wrong token gets a polite sign-in error and is not kept', async () => {
    const { page, watch } = await openDashboard();
    await signIn(page, 'wksbm_not-a-real-token');
    const error = page.getByTestId('signin-error');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('Token tidak dikenal atau sudah tidak berlaku. Periksa lagi, atau minta tautan masuk baru dari menu Petugas di bot.');
    expect(await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'))).toBeNull();
    expect(await page.locator('#app').isVisible()).toBe(false);
    expectClean(watch);
  });

  it('a desa outside the officer\'s areas is refused politely, and none of its data shows', async () => {
    const { page, watch } = await openDashboard();
    await signIn(page, seeded.officerToken);
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    await page.goto(`${baseUrl}/dashboard#/${TEMAS}`);
    const refusal = page.getByTestId('load-error');
    await refusal.waitFor();
    expect(['403', '404']).toContain(await refusal.getAttribute('data-status'));
    expect(await refusal.textContent()).toMatch(/^Maaf, (wilayah ini di luar wilayah tugas Anda\.|data ini tidak ditemukan atau di luar wilayah tugas Anda\.)/);
    expect(await page.getByTestId('village-status').count()).toBe(0);
    // Still signed in: the refusal is not a sign-out.
    expect(await page.getByTestId('signin').isVisible()).toBe(false);
    await page.screenshot({ path: artifactPath('dashboard-outside-area.png') });
    expectClean(watch);
  });

  it('a token revoked during the session sends the officer back to sign in; sign-out forgets it', async () => {
    const { page, watch } = await openDashboard();
    const other = await bot.bot.database.prisma.$transaction((tx) => issueToken(tx, seeded.officerPersonId, { label: 'to revoke', now: clock() }));
    await signIn(page, other.token);
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    await page.getByTestId('sign-out').click();
    expect(await page.getByTestId('signin-error').textContent()).toBe('Anda sudah keluar.');
    expect(await page.evaluate(() => sessionStorage.getItem('wksbm.dashboard.token'))).toBeNull();

    await signIn(page, other.token);
    await areaItem(page, 'Kabupaten Bantul').waitFor();
    expect(await bot.bot.database.prisma.$transaction((tx) => revokeToken(tx, other.id, clock()))).toBe(true);
    await areaItem(page, 'Kabupaten Bantul').click();
    await page.getByTestId('signin').waitFor();
    expect(await page.getByTestId('signin-error').textContent()).toBe('Sesi Anda berakhir. Silakan masuk lagi.');
    expectClean(watch);
  });

  it('the admin sees every province, and the page switches to English', async () => {
    const { page, watch } = await openDashboard();
    await signIn(page, ADMIN_TOKEN);
    await areaItem(page, 'Jawa Timur').waitFor();
    expect(await page.getByTestId('who').textContent()).toBe('Masuk sebagai admin');
    expect((await page.getByTestId('area-item').allTextContents()).map((text) => text.split('Provinsi')[0])).toEqual(['Daerah Istimewa Yogyakarta', 'Jawa Timur']);

    await page.getByTestId('lang-toggle').click();
    await page.getByRole('tab', { name: 'Areas' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('who').textContent()).toBe('Signed in as admin');
    expect(await page.getByTestId('crumb').allTextContents()).toEqual(['All areas']);
    await areaItem(page, 'Jawa Timur').waitFor();
    expect(await areaItem(page, 'Jawa Timur').textContent()).toContain('Province');
    // A desa in English: its level and criteria in the English words of locales/.
    await page.goto(`${baseUrl}/dashboard#/${PANGGUNGHARJO}`);
    await page.getByTestId('village-status').waitFor();
    const level = await page.getByTestId('computed-level').getAttribute('data-level');
    expect(await page.getByTestId('computed-level').textContent()).toBe(WORDS.en.level[level!]);
    expect(await page.getByTestId('criterion-c1').textContent()).toContain(WORDS.en.criterion.c1);
    await page.screenshot({ path: artifactPath('dashboard-admin-en.png'), fullPage: true });
    expectClean(watch);
  });
});
