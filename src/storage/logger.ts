/**
 * The little the storage layer logs. Shaped so that a pino logger fits as is, while tests
 * and the migration CLI can pass something simpler.
 */

/** One log method: structured fields first, then the message (pino's argument order). */
export type StorageLogFn = (fields: Record<string, unknown>, message: string) => void;

/** A pino-like logger. */
export interface StorageLogger {
  readonly info: StorageLogFn;
  readonly warn: StorageLogFn;
  readonly error: StorageLogFn;
}

/** Drops everything; the default when no logger is given. */
export const silentLogger: StorageLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
