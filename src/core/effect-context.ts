/**
 * What an effect handler works with: the message's transaction and moment, who sent it and
 * from where, the photo it carried, and the two things a handler may change beyond its
 * repositories: the person's language and the events it emits.
 */
import type { Emit } from './events.js';
import type { PhotoCheck } from './media.js';
import type { ChannelName } from './messages.js';
import type { PersonView } from './ports.js';

/** What an effect handler gets besides its payload. */
export interface EffectContext<Tx> {
  readonly tx: Tx;
  readonly person: PersonView;
  /** The channel identity the message came from. */
  readonly identityId: string;
  readonly channel: ChannelName;
  readonly now: Date;
  /** The checked photo the message carried, when it carried one (see RunnerDeps.photos). */
  readonly photo?: PhotoCheck;
  /**
   * Changes the person's reply language: stored in this transaction and used at once, by
   * the steps and effects that follow and for this message's replies. `chosen` false when
   * it is only guessed from a message (the person may still choose). Throws for a language
   * the bot does not speak.
   */
  setLocale(locale: string, chosen: boolean): Promise<void>;
  /** Tells the subscribers of a domain event (alerts, notices, the area's status), in this transaction. */
  readonly emit: Emit;
}
