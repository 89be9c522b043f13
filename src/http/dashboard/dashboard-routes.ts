/**
 * The officer/admin dashboard: one static page and its ES modules, served from
 * ./assets/ by the same Fastify server (no build step). The page signs in with a bearer
 * token and talks to /api only; these routes need no auth because they hold no data.
 *
 * `GET /dashboard` is the page; `GET /dashboard/<file>` serves the listed assets only.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';

const ASSETS_DIR = new URL('./assets/', import.meta.url);

/** The files the page needs, with their content types. Anything else under /dashboard is a 404. */
const ASSET_TYPES: Readonly<Record<string, string>> = {
  'app.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'areas.js': 'text/javascript; charset=utf-8',
  'changes.js': 'text/javascript; charset=utf-8',
  'chart.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'exports.js': 'text/javascript; charset=utf-8',
  'i18n.js': 'text/javascript; charset=utf-8',
  'pending.js': 'text/javascript; charset=utf-8',
  'ui.js': 'text/javascript; charset=utf-8',
  'icon.svg': 'image/svg+xml',
};

/**
 * A strict policy: every script and style comes from this server, nothing inline, no eval.
 * Set here too (not only by a global helmet) so the page is safe wherever it is mounted;
 * `blob:` lets the export buttons hand a downloaded file to the browser.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: activity photos, fetched with the bearer token and shown from memory (no public URL).
  "img-src 'self' blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Registers `GET /dashboard` and its assets. */
export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  // Read once: the files are small and only change with a deploy.
  const page = await readFile(new URL('index.html', ASSETS_DIR), 'utf8');
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(ASSET_TYPES)) assets.set(name, await readFile(new URL(name, ASSETS_DIR)));

  app.addHook('onSend', async (_request, reply, payload) => {
    reply
      .header('content-security-policy', DASHBOARD_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      // Revalidate on every load so a deploy never leaves a page with mismatched modules.
      .header('cache-control', 'no-cache');
    return payload;
  });

  app.get('/dashboard', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get('/dashboard/', async (_request, reply) => reply.redirect('/dashboard'));

  app.get<{ Params: { file: string } }>('/dashboard/:file', async (request, reply) => {
    const { file } = request.params;
    const body = Object.hasOwn(ASSET_TYPES, file) ? assets.get(file) : undefined;
    if (body === undefined) {
      return reply.status(404).send({ error: 'not_found', message: `No dashboard file ${file}` });
    }
    return reply.type(ASSET_TYPES[file]!).send(body);
  });
};
