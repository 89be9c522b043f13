/** Readable text for database errors that come through Prisma. */
import { field, isRecord } from '../core/unknown.js';

/**
 * "SQLSTATE: message" of the PostgreSQL error behind a Prisma error. Needed because with a
 * driver adapter Prisma's own message for a failed raw query can say only
 * "Message: `undefined`"; the real error sits in `meta.driverAdapterError.cause` (as
 * `originalCode`/`originalMessage` from adapter-pg when it maps the error to a kind such
 * as TableDoesNotExist, as `code`/`message` otherwise).
 */
export function describeDatabaseError(error: unknown): string {
  const cause = adapterCause(error);
  const message = text(cause?.originalMessage) ?? text(cause?.message);
  if (message !== undefined) {
    const code = databaseErrorCode(error);
    const detail = text(cause?.detail);
    return `${code ? `${code}: ` : ''}${message}${detail ? ` (${detail})` : ''}`;
  }
  if (error instanceof Error) return error.message.trim();
  return String(error);
}

/** The PostgreSQL SQLSTATE of a Prisma error, when there is one. */
export function databaseErrorCode(error: unknown): string | undefined {
  const cause = adapterCause(error);
  return text(cause?.originalCode) ?? text(cause?.code);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function adapterCause(error: unknown): Readonly<Record<string, unknown>> | undefined {
  const meta = field(error, 'meta');
  const cause = field(field(meta, 'driverAdapterError'), 'cause');
  return isRecord(cause) ? cause : undefined;
}
