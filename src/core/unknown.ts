/**
 * Reading values whose shape the type system does not know (parsed JSON, thrown errors, a
 * library's loosely typed answer) by checking, not by casting.
 */

/** True for a plain object or any other non-array object: its fields can be read as unknown. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when value is an object (an error, a parsed answer), else undefined. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}
