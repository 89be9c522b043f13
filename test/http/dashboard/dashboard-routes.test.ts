/**
 * The dashboard's static routes on a real Fastify app (`inject`): the page and its modules
 * with their types and a strict policy, nothing else under /dashboard, and page sources that
 * can live under that policy (no inline script or style, no HTML built from strings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardRoutes, DASHBOARD_CSP } from '../../../src/http/dashboard/dashboard-routes.js';
import { installErrorHandler } from '../../../src/http/errors.js';

const ASSETS = new URL('../../../src/http/dashboard/assets/', import.meta.url);
const assetNames = readdirSync(ASSETS);

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  installErrorHandler(app);
  await app.register(dashboardRoutes);
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
