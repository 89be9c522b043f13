/**
 * A scriptable {@link ChannelAdapter} for dispatcher tests: records every send with the
 * clock's time, and answers from a queue of scripted outcomes (default: success).
 */
import type { ChannelAdapter, ChannelError, ChannelLimits, SendResult } from '../../../src/core/channel.js';
import type { ChannelName, RenderedMessage } from '../../../src/core/messages.js';
import type { Clock } from '../../../src/core/ports.js';
import { TELEGRAM_RATE_LIMIT } from '../../../src/channels/telegram/rate-limit.js';

/** One send as the adapter saw it. */
export interface RecordedSend {
  readonly externalId: string;
  readonly texts: string[];
  /** Epoch ms by the test's clock. */
  readonly at: number;
}

/** What the next send does. */
export type Scripted =
  | { readonly fail: Omit<ChannelError, 'channel'> }
  | { readonly throws: string }
  | { readonly hang: true }
  | { readonly ok: true };

/** The fake adapter. */
export class FakeAdapter implements ChannelAdapter {
  readonly sends: RecordedSend[] = [];
  readonly #script: Scripted[] = [];

  /** The limits the real adapter of this channel declares (Telegram's rate, WhatsApp's one-at-a-time). */
  readonly limits: ChannelLimits | undefined;

  constructor(
    readonly name: ChannelName,
    private readonly clock: Clock,
  ) {
    this.limits = name === 'telegram' ? { rate: TELEGRAM_RATE_LIMIT } : name === 'whatsapp' ? { sequential: true } : undefined;
  }

  /** Makes the next sends behave as given, in order. */
  script(...outcomes: Scripted[]): void {
    this.#script.push(...outcomes);
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async send(externalId: string, messages: readonly RenderedMessage[]): Promise<SendResult> {
    this.sends.push({ externalId, texts: messages.map((m) => m.text), at: this.clock().getTime() });
    const next = this.#script.shift() ?? { ok: true };
    if ('throws' in next) throw new Error(next.throws);
    if ('hang' in next) return new Promise<SendResult>(() => undefined);
    if ('fail' in next) return { ok: false, error: { channel: this.name, ...next.fail } };
    return { ok: true };
  }

  /** Sends whose texts include `text`. */
  sendsOf(text: string): RecordedSend[] {
    return this.sends.filter((send) => send.texts.includes(text));
  }
}

/** A renderer that shows each message's first text param or key (no i18n needed). */
export const plainRenderer = {
  render: (messages: ReadonlyArray<{ body: ReadonlyArray<{ key: string; params?: Readonly<Record<string, unknown>> }>; buttons?: ReadonlyArray<{ id: string; label: { key: string } }> }>) =>
    messages.map((message) => ({
      text: message.body.map((part) => String(part.params?.text ?? part.key)).join('\n\n'),
      ...(message.buttons ? { buttons: message.buttons.map((b) => ({ id: b.id, label: b.label.key })) } : {}),
    })),
};
