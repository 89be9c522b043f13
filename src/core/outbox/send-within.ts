/**
 * A channel send with a time limit, as both outboxes (alerts, replies) make it: a send that
 * throws or takes longer than the limit is a retryable failure, never an exception.
 */
import type { SendResult } from '../channel.js';
import type { ChannelName } from '../messages.js';
import type { Sleep } from '../scheduler/sleep.js';

const TIMED_OUT = Symbol('timed out');
/**
 * Why the timer is cancelled once the send settled. A reason of our own: `abort()` without
 * one builds a DOMException with its stack, once per send (it showed in the profile).
 */
const SETTLED = 'send settled';

/** The result of `send`, or a retryable failure when it throws or does not settle within `ms`. */
export async function sendWithin(channel: ChannelName, send: Promise<SendResult>, sleep: Sleep, ms: number): Promise<SendResult> {
  const failure = (reason: string): SendResult => ({ ok: false, error: { channel, retryable: true, reason } });
  const timer = new AbortController();
  try {
    const outcome = await Promise.race([
      send.catch((error: unknown) => failure(`send threw: ${(error instanceof Error ? error.message : String(error)).slice(0, 200)}`)),
      sleep(ms, timer.signal).then((): typeof TIMED_OUT => TIMED_OUT),
    ]);
    return outcome === TIMED_OUT ? failure(`send timed out after ${ms} ms`) : outcome;
  } finally {
    timer.abort(SETTLED);
  }
}
