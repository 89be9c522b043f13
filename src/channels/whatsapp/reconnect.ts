/**
 * What to do when the WhatsApp connection closes, from Baileys' DisconnectReason codes
 * (`lastDisconnect.error.output.statusCode`), and how long to wait before reconnecting.
 */
import { DisconnectReason } from '@whiskeysockets/baileys';

/** The reaction to a closed connection. */
export type CloseAction =
  /** The phone removed this device (401): reconnecting cannot work; pairing again is needed. */
  | 'logged-out'
  /** WhatsApp asks for a fresh connection (515), normal right after pairing: reconnect now. */
  | 'restart-now'
  /**
   * Another client logged in with the same credentials (440), e.g. a second instance on the
   * same database. Reconnecting at once would make the two take the session from each other
   * in a tight loop, so this waits the longest backoff.
   */
  | 'replaced'
  /** Anything else (network, timeouts, server errors): reconnect with backoff. */
  | 'backoff';

/** Classifies a close by its status code (undefined: no code, e.g. a plain network error). */
export function closeAction(statusCode: number | undefined): CloseAction {
  switch (statusCode) {
    case DisconnectReason.loggedOut:
      return 'logged-out';
    case DisconnectReason.restartRequired:
      return 'restart-now';
    case DisconnectReason.connectionReplaced:
      return 'replaced';
    default:
      return 'backoff';
  }
}

/** Backoff limits. */
export interface Backoff {
  /** Delay before the first reconnect attempt. */
  readonly initialDelayMs: number;
  /** No delay is longer than this. */
  readonly maxDelayMs: number;
}

/** Defaults: 2 s, doubling, at most 5 minutes. */
export const DEFAULT_BACKOFF: Backoff = { initialDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

/**
 * The delay before reconnect attempt `attempt` (0 = first): exponential, capped, with
 * "equal jitter" (between half and all of the exponential value) so that instances and
 * restarts do not all knock at the same moment.
 */
export function reconnectDelay(attempt: number, backoff: Backoff, random: () => number): number {
  const exponential = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** Math.min(attempt, 30));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
