/**
 * Building typed records without casts. `Object.fromEntries` types its result as keyed by any
 * string, which made every caller cast it back: records keyed by a closed set of codes (WKSBM
 * levels, locales, group types…) are built here from the `as const` list the code union is
 * derived from, keeping the key union; options objects lose their undefined keys keeping theirs.
 */

/**
 * A record with one entry per key: `recordOf(WKSBM_LEVELS, () => 0)`. Pass the list that defines
 * the key union, so that every member of the union has its entry.
 */
export function recordOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  const record: Partial<Record<K, V>> = {};
  for (const key of keys) record[key] = valueOf(key);
  if (!hasEveryKey(record, keys)) throw new Error('recordOf: a key is missing its entry');
  return record;
}

function hasEveryKey<K extends string, V>(record: Partial<Record<K, V>>, keys: readonly K[]): record is Record<K, V> {
  return keys.every((key) => Object.hasOwn(record, key));
}

/** The object without its keys set to undefined, so that spreading it does not override defaults. */
export function definedOnly<T extends object>(options: T): Partial<T> {
  const defined: Partial<T> = {};
  for (const key in options) {
    if (Object.hasOwn(options, key) && options[key] !== undefined) defined[key] = options[key];
  }
  return defined;
}

/**
 * `record[key]` for a key that comes from what people type: only the record's own entries
 * ("constructor" or "toString" typed is no entry, not Object's method).
 */
export function ownEntry<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
