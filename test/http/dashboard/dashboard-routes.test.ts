/**
 * The dashboard's static routes on a real Fastify app (`inject`): the page and its modules
 * with their types and a strict policy, its domain words from locales/ (words.json), nothing
 * else under /dashboard, and page sources that can live under that policy (no inline script
 * or style, no HTML built from strings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoutes, DASHBOARD_CSP } from '../../../src/http/dashboard/dashboard-routes.js';
import { installErrorHandler } from '../../../src/http/errors.js';
import { domainWords } from '../../../src/i18n/domain-words.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const ASSETS = new URL('../../../src/http/dashboard/assets/', import.meta.url);
const assetNames = readdirSync(ASSETS);

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  installErrorHandler(app);
  await app.register(dashboardRoutes, { words: domainWords(loadLocaleResources(LOCALES_DIR)) });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
});

describe('dashboard routes', () => {
  it('serves the page with a strict policy: scripts and styles only from this server', async () => {
    const response = await app.inject({ method: 'GET', url: '/dashboard' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).toContain("style-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body).toContain('<script type="module" src="/dashboard/app.js"></script>');
    expect(response.body).toContain('<link rel="stylesheet" href="/dashboard/app.css">');
  });

  it('serves every file in assets/ with its type, byte for byte', async () => {
    const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml' };
    for (const name of assetNames.filter((file) => file !== 'index.html')) {
      const response = await app.inject({ method: 'GET', url: `/dashboard/${name}` });
      expect(response.statusCode, name).toBe(200);
      expect(response.headers['content-type'], name).toBe(types[name.split('.').pop()!]);
      expect(response.headers['content-security-policy'], name).toBe(DASHBOARD_CSP);
      expect(response.rawPayload.equals(readFileSync(new URL(name, ASSETS))), name).toBe(true);
    }
  });

  it('answers 404 for anything else under /dashboard (no directory walking)', async () => {
    for (const url of ['/dashboard/nope.js', '/dashboard/..%2Fdashboard-routes.ts', '/dashboard/index.html', '/dashboard/%2e%2e%2f%2e%2e%2fpackage.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('import');
    }
    const slash = await app.inject({ method: 'GET', url: '/dashboard/' });
    expect(slash.statusCode).toBe(302);
    expect(slash.headers.location).toBe('/dashboard');
  });

  it('every module the page imports is served', async () => {
    const imported = new Set<string>();
    for (const name of assetNames.filter((file) => file.endsWith('.js'))) {
      const source = readFileSync(new URL(name, ASSETS), 'utf8');
      for (const match of source.matchAll(/from '\.\/([\w-]+\.js)'/g)) imported.add(match[1]!);
    }
    expect(imported.size).toBeGreaterThan(5);
    for (const name of imported) {
      expect((await app.inject({ method: 'GET', url: `/dashboard/${name}` })).statusCode, name).toBe(200);
    }
  });

  it('the sources need nothing the policy forbids and never parse data as HTML', () => {
    const html = readFileSync(new URL('index.html', ASSETS), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline script
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline handlers
    for (const name of assetNames.filter((file) => file.endsWith('.js'))) {
      const source = readFileSync(new URL(name, ASSETS), 'utf8');
      expect(source, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\('style'|\.style\./);
      // The token goes in a header only, never into a URL.
      expect(source, name).not.toMatch(/[?&]token=/);
    }
  });
});

describe('GET /dashboard/words.json', () => {
  /** The locale files as they are on disk, read here apart from the code under test. */
  const json = (lang: string, ns: string): Record<string, Record<string, string>> => JSON.parse(readFileSync(new URL(`../../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8'));

  it('serves each language\'s domain words from locales/, plain and cacheable', async () => {
    for (const lang of ['id', 'en']) {
      const response = await app.inject({ method: 'GET', url: `/dashboard/words.json?lang=${lang}` });
      expect(response.statusCode, lang).toBe(200);
      expect(response.headers['content-type'], lang).toBe('application/json; charset=utf-8');
      expect(response.headers['content-security-policy'], lang).toBe(DASHBOARD_CSP);
      expect(response.headers.etag, lang).toMatch(/^"[\w-]{22}"$/);
      const words = response.json<Record<string, Record<string, string>>>();
      expect(Object.keys(words).sort()).toEqual(['areaKind', 'category', 'criterion', 'groupType', 'level', 'pmks', 'verification']);
      expect(words.level).toEqual(json(lang, 'words').level);
      expect(words.areaKind).toEqual(json(lang, 'words').areaKind);
      expect(words.criterion).toEqual(json(lang, 'words').criterion);
      expect(words.groupType).toEqual(json(lang, 'groups').type);
      expect(words.category).toEqual(json(lang, 'activities').category);
      expect(Object.keys(words.pmks!)).toHaveLength(26);
      // Plain words: no emoji or button decoration reaches the page.
      for (const [section, entries] of Object.entries(words)) {
        for (const [code, word] of Object.entries(entries)) expect(word, `${lang} ${section}.${code}`).toMatch(/^[\p{L}\p{N}]/u);
      }
      // The chat's status reply shows the same level words, with its emoji.
      expect(json(lang, 'status').level!.rintisan).toContain('$t(words:level.rintisan)');

      const again = await app.inject({ method: 'GET', url: `/dashboard/words.json?lang=${lang}`, headers: { 'if-none-match': response.headers.etag! } });
      expect(again.statusCode, lang).toBe(304);
      expect(again.body, lang).toBe('');
    }
    const [id, en] = await Promise.all(['id', 'en'].map((lang) => app.inject({ method: 'GET', url: `/dashboard/words.json?lang=${lang}` })));
    expect(id!.json().level.rintisan).toBe('Rintisan');
    expect(en!.json().level.rintisan).toBe('Starting');
    expect(id!.headers.etag).not.toBe(en!.headers.etag);
  });

  it('refuses an unknown or missing language with a 400 naming the parameter', async () => {
    for (const url of ['/dashboard/words.json?lang=fr', '/dashboard/words.json', '/dashboard/words.json?lang=id&x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ error: 'bad_request' });
    }
    expect((await app.inject({ method: 'GET', url: '/dashboard/words.json?lang=fr' })).json().message).toContain('lang: must be one of id, en');
  });
});
