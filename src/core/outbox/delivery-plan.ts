/**
 * What to do with one claimed alert before anything is sent: pure decisions from the
 * alert, the channels this instance runs and the time. The dispatcher carries them out.
 */
import type { ChannelAdapter } from '../channel.js';
import type { RenderedMessage } from '../messages.js';
import type { Renderer } from '../ports.js';
import type { ChannelRegistry, ClaimedAlert, DeliveryTarget } from './ports.js';
import { quietUntil } from './quiet-hours.js';

/** The decision for one alert. */
export type DeliveryPlan =
  /** Send these rendered messages to `target` through `adapter`. */
  | { readonly kind: 'send'; readonly target: DeliveryTarget; readonly adapter: ChannelAdapter; readonly rendered: readonly RenderedMessage[] }
  /** Quiet hours: back to pending until `at`, not counted as an attempt. */
  | { readonly kind: 'defer'; readonly at: Date }
  /** Cannot be sent now, but might later (counts as a failed attempt). */
  | { readonly kind: 'retry'; readonly reason: string }
  /** Can never be sent. */
  | { readonly kind: 'dead'; readonly reason: string };

/** Decides how to deliver `alert` at `now`. */
export function planDelivery(alert: ClaimedAlert, channels: ChannelRegistry, renderer: Renderer, now: Date): DeliveryPlan {
  if (alert.messages === null) return { kind: 'dead', reason: 'payload is not { messages: [...] }' };
  if (alert.messages.length === 0) return { kind: 'dead', reason: 'payload has no messages' };
  if (alert.targets.length === 0) return { kind: 'dead', reason: 'the person has no channel identity' };
  const quietEnd = alert.quietHours ? quietUntil(alert.quietHours, now) : null;
  if (quietEnd) return { kind: 'defer', at: quietEnd };

  // The most recently used identity whose channel runs here: a person active on Telegram
  // yesterday and on web chat last month hears on Telegram, or on web chat when Telegram
  // is not configured.
  const target = alert.targets.find((candidate) => channels[candidate.channel] !== undefined);
  if (!target) {
    const wanted = [...new Set(alert.targets.map((candidate) => candidate.channel))].join(', ');
    return { kind: 'retry', reason: `no channel adapter here for the person's channels (${wanted})` };
  }
  let rendered: RenderedMessage[];
  try {
    rendered = renderer.render(alert.messages, alert.locale);
  } catch (error) {
    return { kind: 'retry', reason: `rendering failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { kind: 'send', target, adapter: channels[target.channel]!, rendered };
}
