/**
 * A Fastify `preValidation` hook that cleans every string of a request's body, query and
 * route params (keys too) with {@link sanitizeText}: no lone surrogate or NUL reaches a
 * handler, so none reaches PostgreSQL (which rejects NUL in text and lone surrogates in
 * jsonb with an error that would become a 500) or a reply. Lengths are left to each
 * route's zod schema, which answers 400 with a clear message.
 *
 * ```ts
 * app.addHook('preValidation', sanitizeRequestStrings);
 * ```
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sanitizeText } from '../core/sanitize-text.js';

/** Nesting deeper than this is left as it is: bodies are bounded by bodyLimit anyway, and zod rejects odd shapes. */
const MAX_DEPTH = 32;

/** The hook: replaces body, query and params with cleaned copies when anything changed. */
export async function sanitizeRequestStrings(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (request.body !== undefined && request.body !== null) request.body = sanitizeValue(request.body, 0);
  if (request.query !== undefined && request.query !== null) request.query = sanitizeValue(request.query, 0);
  if (request.params !== undefined && request.params !== null) request.params = sanitizeValue(request.params, 0);
}

/** A copy of a parsed JSON value (or query object) with every string cleaned; the same value when nothing changed. */
export function sanitizeValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item: unknown) => {
      const clean = sanitizeValue(item, depth + 1);
      if (clean !== item) changed = true;
      return clean;
    });
    return changed ? items : value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Only plain objects: JSON bodies, and query objects (whose prototype is a null-prototype object).
  if (prototype !== Object.prototype && prototype !== null && Object.getPrototypeOf(prototype) !== null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const cleanKey = sanitizeText(key);
    const clean = sanitizeValue(item, depth + 1);
    if (cleanKey !== key || clean !== item) changed = true;
    return [cleanKey, clean] as const;
  });
  if (!changed) return value;
  const copy: object = prototype === Object.prototype ? {} : Object.create(null);
  // defineProperty, not assignment: a "__proto__" key must stay a plain key.
  for (const [key, item] of entries) Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
  return copy;
}
