/**
 * Puts a {@link FloodGuard} in front of the message handler every channel calls: a refused
 * message never reaches the runner (no transaction, no state change, its id not marked as
 * processed), and the sender gets one polite notice per burst in their own language.
 */
import type { FloodGuard } from './flood-guard.js';
import type { InboundMessage } from './messages.js';
import { say } from './messages.js';
import type { Clock, Renderer } from './ports.js';
import type { HandleResult } from './runner.js';
import { t } from './text.js';

/** What the flood limit needs besides the guard. */
export interface FloodLimitDeps {
  readonly guard: FloodGuard;
  readonly clock: Clock;
  readonly renderer: Renderer;
  /** The sender's language if they are known, else null (then `defaultLocale`). */
  readonly localeOf: (message: InboundMessage) => Promise<string | null>;
  readonly defaultLocale: string;
  /** Told of each refused burst (for logs and metrics; no personal data). */
  readonly onThrottled?: (message: InboundMessage, retryAfterMs: number) => void;
}

/** Wraps `handle` so that a flood from one chat account is refused before any work. */
export function withFloodLimit(
  handle: (message: InboundMessage) => Promise<HandleResult>,
  deps: FloodLimitDeps,
): (message: InboundMessage) => Promise<HandleResult> {
  return async (message) => {
    const decision = deps.guard.take(`${message.channel}:${message.sender.externalId}`, deps.clock().getTime());
    if (decision.kind === 'allow') return handle(message);
    if (!decision.notify) return { kind: 'throttled', replies: [] };
    deps.onThrottled?.(message, decision.retryAfterMs);
    const locale = (await deps.localeOf(message)) ?? deps.defaultLocale;
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return { kind: 'throttled', replies: deps.renderer.render([say(t('common:flood.slowDown', { seconds }))], locale) };
  };
}
