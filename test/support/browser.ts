/**
 * Headless Chromium for browser tests (web chat page now, the dashboard later).
 *
 * Uses `playwright-core` (no bundled browser) with Debian's Chromium package. Never run
 * `npx playwright install`: browser downloads cannot work on these machines. Install the
 * browser with `apt-get install -y chromium`.
 *
 * Typical use in a vitest file:
 *
 * ```ts
 * const missing = chromiumMissingReason();
 * let browser: Browser | undefined;
 * beforeAll(async () => { if (!missing) browser = await launchChromium(); });
 * afterAll(async () => { await browser?.close(); });
 * beforeEach((ctx) => skipOrFailWithoutChromium(ctx, missing)); // fails in CI, skips elsewhere
 * ```
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet, offline, sandbox-free headless run (tests run as root in CI).
 * Playwright itself gives every launch a fresh temporary user-data-dir and deletes it on close.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How long a test waits for a condition outside the page (`expect.poll`: a request reached a
 * fake server, images decoded): Playwright's own default for its waits. Vitest's default (1 s)
 * is too tight on a busy CI machine; a wait ends as soon as its condition holds.
 */
export const CONDITION_TIMEOUT_MS = 30_000;

/** Folder for screenshots and other test output (gitignored). */
export const ARTIFACTS_DIR = join(process.cwd(), 'test-artifacts');

/**
 * Why browser tests cannot run here, or `undefined` when Chromium is installed.
 * The message tells the reader how to fix it.
 */
export function chromiumMissingReason(): string | undefined {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return undefined;
  } catch {
    return `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (never \`npx playwright install\`).`;
  }
}

/**
 * Call from `beforeEach` with the test context: when Chromium is missing, the test FAILS in CI
 * (`CI` set: browser tests must not be skipped there) and is skipped, with the reason, elsewhere.
 */
export function skipOrFailWithoutChromium(
  ctx: { skip: (note?: string) => never },
  reason: string | undefined,
): void {
  if (!reason) return;
  if (process.env.CI) throw new Error(`Browser tests need Chromium in CI. ${reason}`);
  ctx.skip(reason);
}

/** Launches headless Chromium with {@link CHROMIUM_ARGS}. Close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: [...CHROMIUM_ARGS],
    timeout: 30_000,
  });
}

/** Returns the path for an artifact file, creating {@link ARTIFACTS_DIR} if needed. */
export function artifactPath(fileName: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, fileName);
}
