/**
 * The conversation runner: the I/O shell around the pure engine. For each inbound message
 * it opens one transaction, skips a message id it has seen, loads the conversation (locked),
 * steps the engine once, performs the effects the engine asked for (stepping it once more
 * with each result a flow waits for), fills in the main menu if a reply shows it, saves the
 * new state and the rendered replies, and commits. Messages of one conversation are handled
 * in order. The runner knows no effect by name: every effect has a handler (core/effect-registry.ts).
 */
import type { EffectContext } from './effect-context.js';
import type { EffectRegistry } from './effect-registry.js';
import type { Engine } from './engine/engine.js';
import type { Effect, FlowEnv, StepInput } from './engine/flow.js';
import type { EventBus } from './events.js';
import { KeyedQueue } from './keyed-queue.js';
import { fillMenus, type MenuEntry } from './menu.js';
import type { PhotoPreparer } from './media.js';
import type { ChannelName, InboundMessage, OutboundMessage, RenderedMessage } from './messages.js';
import type { ReplyHandover, QueuedReplies } from './outbox/reply-ports.js';
import type { Clock, ConversationTx, PersonView, Renderer, TransactionRunner } from './ports.js';

/** Everything the runner is built from. */
export interface RunnerDeps<Tx extends ConversationTx> {
  readonly transactions: TransactionRunner<Tx>;
  readonly engine: Engine;
  readonly renderer: Renderer;
  readonly effects: EffectRegistry<Tx>;
  /** Delivers the domain events effects emit (alerts and notices subscribe), in the message's transaction. */
  readonly events: EventBus<Tx>;
  /**
   * The main-menu entries for this person now (some depend on their groups or inbox); asked
   * only when a reply shows the menu, after the message's effects.
   */
  readonly menu: (ctx: { readonly tx: Tx; readonly person: PersonView }) => Promise<readonly MenuEntry[]>;
  readonly clock: Clock;
  readonly defaultLocale: string;
  /** The languages replies can be rendered in ({@link EffectContext.setLocale} refuses others). */
  readonly supportedLocales: readonly string[];
  /**
   * Photos: the preparer that checks them and the channels that can carry one. Without it
   * no channel can, and flows do not ask for photos (env.canReceivePhotos is false).
   */
  readonly photos?: { readonly preparer: PhotoPreparer; readonly channels: readonly ChannelName[] };
}

/** The outcome of handling one inbound message. */
export type HandleResult =
  | {
      readonly kind: 'processed';
      readonly replies: readonly RenderedMessage[];
      /** The replies as queued in the reply outbox (committed with the state); null when none. */
      readonly queued?: QueuedReplies | null;
      /** Set once the reply outbox has taken the replies over: the channel must not send them itself. */
      readonly outbox?: ReplyHandover;
      /** The language the person chose, or this message set (the replies are in it); absent otherwise. */
      readonly locale?: string;
    }
  /** Seen before: the replies it produced the first time (empty if they were not kept). */
  | { readonly kind: 'duplicate'; readonly replies: readonly RenderedMessage[]; readonly outbox?: ReplyHandover }
  /** Refused by the flood limit before processing: nothing changed; the replies ask to slow down. */
  | { readonly kind: 'throttled'; readonly replies: readonly RenderedMessage[] };

/** Effects may ask for more effects; this bounds a buggy flow's loop. */
const MAX_EFFECTS_PER_MESSAGE = 32;

/** Handles inbound messages for every channel. */
export class ConversationRunner<Tx extends ConversationTx> {
  readonly #deps: RunnerDeps<Tx>;
  readonly #queue = new KeyedQueue();

  constructor(deps: RunnerDeps<Tx>) {
    this.#deps = deps;
  }

  /** Processes one message; resolves with the replies to send back. */
  handle(message: InboundMessage): Promise<HandleResult> {
    const key = `${message.channel}:${message.sender.externalId}`;
    return this.#queue.run(key, () => this.#process(message));
  }

  /** Waits for every message accepted so far (graceful shutdown). */
  drain(): Promise<void> {
    return this.#queue.drain();
  }

  async #process(message: InboundMessage): Promise<HandleResult> {
    const deps = this.#deps;
    const canReceivePhotos = deps.photos?.channels.includes(message.channel) ?? false;
    // Fetched and re-encoded before the transaction: no download or image work holds locks.
    const photo =
      canReceivePhotos && message.media && message.content.type === 'media' && (message.content.kind === 'photo' || message.content.kind === 'document')
        ? await deps.photos!.preparer.prepare(message.media)
        : undefined;
    return deps.transactions.transaction(async (tx) => {
      const claim = await tx.claimMessage(message.channel, message.sender.externalId, message.messageId);
      if (claim.kind === 'duplicate') return { kind: 'duplicate', replies: claim.replies ?? [] };

      const conversation = await tx.openConversation(message.channel, message.sender, deps.defaultLocale);
      const now = deps.clock();
      let person = conversation.person;
      // The language set by this message (chosen, or guessed from what was typed).
      let localeSet = false;
      // Never active before this message: the flows may read its words as someone new's (FlowEnv.firstContact).
      const firstContact = conversation.lastActiveAt === null;
      const step = (stored: unknown, input: StepInput) => {
        const env: FlowEnv = { now, person, canReceivePhotos, firstContact };
        return deps.engine.step(stored, input, env);
      };
      const context = (): EffectContext<Tx> => ({
        tx,
        person,
        identityId: conversation.identityId,
        channel: message.channel,
        now,
        ...(photo !== undefined && { photo }),
        emit: deps.events.emitter(tx, now),
        async setLocale(locale, chosen) {
          if (!deps.supportedLocales.includes(locale)) throw new Error(`runner: unsupported locale "${locale}"`);
          await tx.setLocale(person.id, locale, chosen);
          person = { ...person, locale, localeChosen: person.localeChosen === true || chosen };
          localeSet = true;
        },
      });

      let result = step(conversation.state, message.content);
      let state = result.state;
      const messages: OutboundMessage[] = [...result.messages];
      const pending: Effect[] = [...result.effects];

      for (let count = 0; pending.length > 0; count++) {
        if (count >= MAX_EFFECTS_PER_MESSAGE) throw new Error('runner: too many effects for one message');
        const effect = pending.shift()!;
        const value = await deps.effects.perform(effect, context());
        if (effect.reply) {
          result = step(state, { type: 'effect-result', effect: effect.type, value });
          state = result.state;
          messages.push(...result.messages);
          pending.push(...result.effects);
        }
      }

      // Looked up after the effects, so a menu shown shows what they changed (a new group, an answered request).
      const shown = await fillMenus(messages, () => deps.menu({ tx, person }));
      const replies = deps.renderer.render(shown, person.locale);
      // State and replies are saved together (one statement where the store can): replies go
      // to the sender, and in a private chat (all the bot talks in) that is the chat.
      const saved = { identityId: conversation.identityId, state, lastActiveAt: now };
      const queued = await tx.finishMessage(saved, message.channel, message.sender.externalId, message.messageId, replies, message.sender.externalId);
      return { kind: 'processed', replies, queued, ...((person.localeChosen === true || localeSet) && { locale: person.locale }) };
    });
  }
}
