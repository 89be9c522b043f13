/**
 * The conversation runner: the I/O shell around the pure engine. For each inbound message
 * it opens one transaction, skips a message id it has seen, loads the conversation (locked),
 * steps the engine, performs the effects the engine asked for, saves the new state and the
 * rendered replies, and commits. Messages of one conversation are handled in order.
 */
import type { Engine } from './engine/engine.js';
import type { Effect, FlowEnv, MenuEntry } from './engine/flow.js';
import { KeyedQueue } from './keyed-queue.js';
import type { PhotoCheck, PhotoPreparer } from './media.js';
import type { ChannelName, InboundMessage, OutboundMessage, RenderedMessage } from './messages.js';
import type { ReplyHandover, QueuedReplies } from './outbox/reply-ports.js';
import type { Clock, ConversationTx, PersonView, Renderer, TransactionRunner } from './ports.js';

/** What an effect handler gets besides the effect. */
export interface EffectContext<Tx> {
  readonly tx: Tx;
  readonly person: PersonView;
  /** The channel identity the message came from. */
  readonly identityId: string;
  readonly channel: ChannelName;
  readonly now: Date;
  /** The checked photo the message carried, when it carried one (see {@link RunnerDeps.photos}). */
  readonly photo?: PhotoCheck;
}

/** Performs one kind of effect inside the message's transaction; its value goes back to the flow. */
export type EffectHandler<Tx> = (effect: Effect, ctx: EffectContext<Tx>) => Promise<unknown>;

/** The effect type that changes the person's language; the runner renders in it at once. */
export const SET_LOCALE_EFFECT = 'person.setLocale';

/** Everything the runner is built from. */
export interface RunnerDeps<Tx extends ConversationTx> {
  readonly transactions: TransactionRunner<Tx>;
  readonly engine: Engine;
  readonly renderer: Renderer;
  readonly effects: Readonly<Record<string, EffectHandler<Tx>>>;
  /** The main-menu entries for this person now (some depend on their groups or inbox). */
  readonly menu: (ctx: { readonly tx: Tx; readonly person: PersonView }) => Promise<readonly MenuEntry[]>;
  readonly clock: Clock;
  readonly defaultLocale: string;
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
      // The menu costs several queries (groups led, inbox, officer role) but only a prompt
      // that shows it, or an answer picked from it, reads it: most steps of a flow do not.
      // The engine is pure, so a step that asked for the menu is simply run again with it.
      let menu: readonly MenuEntry[] | undefined;
      const step = async (stored: unknown, input: Parameters<Engine['step']>[1]) => {
        let wanted = false;
        const probe: FlowEnv = {
          now,
          person,
          canReceivePhotos,
          get menu(): readonly MenuEntry[] {
            if (menu !== undefined) return menu;
            wanted = true;
            return [];
          },
        };
        let first: ReturnType<Engine['step']> | undefined;
        try {
          first = deps.engine.step(stored, input, probe);
        } catch (error) {
          // Only a step that saw no menu failed for a reason of its own.
          if (!wanted) throw error;
        }
        if (!wanted && first !== undefined) return first;
        menu = await deps.menu({ tx, person });
        return deps.engine.step(stored, input, { now, person, menu, canReceivePhotos });
      };

      let result = await step(conversation.state, message.content);
      let state = result.state;
      const messages: OutboundMessage[] = [...result.messages];
      const pending: Effect[] = [...result.effects];

      for (let count = 0; pending.length > 0; count++) {
        if (count >= MAX_EFFECTS_PER_MESSAGE) throw new Error('runner: too many effects for one message');
        const effect = pending.shift()!;
        let value: unknown;
        if (effect.type === SET_LOCALE_EFFECT) {
          const locale = String((effect.payload as { locale?: unknown } | undefined)?.locale);
          if (!deps.supportedLocales.includes(locale)) throw new Error(`runner: unsupported locale "${locale}"`);
          // A language guessed from a message (payload `chosen: false`) is not the person's choice.
          const chosen = (effect.payload as { chosen?: unknown } | undefined)?.chosen !== false;
          await tx.setLocale(person.id, locale, chosen);
          person = { ...person, locale, localeChosen: person.localeChosen === true || chosen };
          value = locale;
        } else {
          const handler = deps.effects[effect.type];
          if (!handler) throw new Error(`runner: no handler for effect "${effect.type}"`);
          value = await handler(effect, {
            tx,
            person,
            identityId: conversation.identityId,
            channel: message.channel,
            now,
            ...(photo !== undefined && { photo }),
          });
        }
        // A change (a new group, an answered request) may change what the menu offers.
        menu = undefined;
        if (effect.reply) {
          result = await step(state, { type: 'effect-result', effect: effect.type, value });
          state = result.state;
          messages.push(...result.messages);
          pending.push(...result.effects);
        }
      }

      await tx.saveConversation(conversation.identityId, state, now);
      const replies = deps.renderer.render(messages, person.locale);
      // Replies go to the sender: in a private chat (all the bot talks in) that is the chat.
      const queued = await tx.saveReplies(message.channel, message.sender.externalId, message.messageId, replies, message.sender.externalId);
      return { kind: 'processed', replies, queued };
    });
  }
}
