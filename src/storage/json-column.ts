/**
 * Plain data for a Prisma Json column. Prisma types a Json input as JSON values only, while
 * ports hand over `Record<string, unknown>` (audit details); this writes them the way
 * JSON.stringify would (a Date as its ISO text, undefined and functions left out, a
 * non-finite number as null) and gives the type Prisma asks for.
 */
import { isRecord } from '../core/unknown.js';
import type { Prisma } from './generated/prisma/client.js';

/** The object as a JSON object. */
export function jsonObject(value: Readonly<Record<string, unknown>>): Prisma.InputJsonObject {
  const object: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, item] of Object.entries(value)) {
    const json = jsonValue(item);
    if (json !== undefined) object[key] = json;
  }
  return object;
}

/** A value as JSON; undefined for what JSON leaves out of an object. */
function jsonValue(value: unknown): Prisma.InputJsonValue | null | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((item: unknown) => jsonValue(item) ?? null);
  if (isRecord(value)) return jsonObject(value);
  return undefined;
}
