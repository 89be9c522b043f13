/**
 * The officer/admin dashboard: one static page and its ES modules, served from
 * ./assets/ by the same Fastify server (no build step). The page signs in with a bearer
 * token and talks to /api only; these routes need no auth because they hold no data.
 *
 * `GET /dashboard` is the page; `GET /dashboard/<file>` serves the listed assets only;
 * `GET /dashboard/words.json?lang=id|en` serves the domain's words (levels, criteria, group
 * types, activity categories…) from locales/, so the page keeps only its own UI words.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { DomainWords } from '../../i18n/domain-words.js';
import { SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { parseWith } from '../errors.js';

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

/** What the dashboard routes need. */
export interface DashboardOptions {
  /** The domain's words of every language, read from locales/ at start-up. */
  readonly words: DomainWords;
}

/** `?lang=id|en` of the words route; anything else is a 400. */
const wordsQuery = z.strictObject({ lang: z.enum(SUPPORTED_LOCALES, `must be one of ${SUPPORTED_LOCALES.join(', ')}`) });

/** A JSON body and its validator, made once: the words only change with a deploy. */
interface FixedBody {
  readonly body: string;
  readonly etag: string;
}

function fixedBody(value: unknown): FixedBody {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

/** Registers `GET /dashboard`, its assets and its words. */
export const dashboardRoutes: FastifyPluginAsync<DashboardOptions> = async (app, options) => {
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

  const words = new Map(SUPPORTED_LOCALES.map((lang) => [lang, fixedBody(options.words[lang])]));
  // Static, so it wins over `/dashboard/:file`. no-cache (set below) plus the ETag: the page
  // revalidates on every load and gets a 304 until a deploy changes a word.
  app.get('/dashboard/words.json', async (request, reply) => {
    const { lang } = parseWith(wordsQuery, request.query, 'query');
    const { body, etag } = words.get(lang)!;
    reply.header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
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
