/**
 * Domain events: something happened (a group was registered, an activity logged, an area's
 * facts changed). The feature that did it emits the event; whoever must react (officer
 * alerts, leader notices, the area's status) subscribes, so the feature does not know them.
 * Subscribers run at once, one after another in the order they were registered, inside the
 * transaction of the change: an alert is recorded with the change or not at all.
 *
 * ```ts
 * export const GROUP_REGISTERED = defineEvent<{ group: GroupView; actorId: string }>('group.registered');
 * await ctx.emit(GROUP_REGISTERED, { group, actorId: person.id });         // in an effect handler
 * subscribe(GROUP_REGISTERED, async ({ group }, { tx, now }) => …);       // in the reacting feature
 * ```
 */

/** An event's name and payload type. */
export interface EventDefinition<P> {
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly payloadType?: P;
}

/** Declares an event. */
export function defineEvent<P>(name: string): EventDefinition<P> {
  return { name };
}

/** Emits an event to its subscribers; resolves when all of them have run. */
export type Emit = <P>(event: EventDefinition<P>, payload: P) => Promise<void>;

/** What a subscriber gets besides the payload: the transaction of the change, its moment, and emit for the events it causes. */
export interface EventContext<Tx> {
  readonly tx: Tx;
  readonly now: Date;
  readonly emit: Emit;
}

/** A subscriber, with its payload type erased for the bus. */
export interface Subscription<Tx> {
  readonly event: EventDefinition<unknown>;
  run(payload: unknown, ctx: EventContext<Tx>): Promise<void>;
}

/**
 * Subscribes `handler` to `event`. The payload is the one the emitter passed for this very
 * definition (the bus matches by the definition itself, and refuses two definitions of
 * one name), hence the single cast below.
 */
export function subscribe<Tx, P>(event: EventDefinition<P>, handler: (payload: P, ctx: EventContext<Tx>) => Promise<void>): Subscription<Tx> {
  // The emitter's `payload: P` was checked against this same definition's type.
  return { event, run: (payload, ctx) => handler(payload as P, ctx) };
}

/** Events can cause events; this bounds a subscriber loop. */
const MAX_DEPTH = 8;

/** Delivers emitted events to their subscribers, in the emitter's transaction. */
export class EventBus<Tx> {
  readonly #byEvent = new Map<EventDefinition<unknown>, Subscription<Tx>[]>();
  readonly #names = new Map<string, EventDefinition<unknown>>();

  /** Throws when two different events share a name (a copy-paste slip that would misroute payloads). */
  constructor(subscriptions: readonly Subscription<Tx>[]) {
    for (const subscription of subscriptions) {
      this.#known(subscription.event);
      const list = this.#byEvent.get(subscription.event) ?? [];
      list.push(subscription);
      this.#byEvent.set(subscription.event, list);
    }
  }

  #known(event: EventDefinition<unknown>): void {
    const seen = this.#names.get(event.name);
    if (seen && seen !== event) throw new Error(`events: two events are named "${event.name}"`);
    this.#names.set(event.name, event);
  }

  /** An emit bound to one transaction and moment. */
  emitter(tx: Tx, now: Date, depth = 0): Emit {
    return async (event, payload) => {
      if (depth >= MAX_DEPTH) throw new Error(`events: "${event.name}" emitted ${MAX_DEPTH} levels deep (a subscriber loop?)`);
      this.#known(event);
      const ctx: EventContext<Tx> = { tx, now, emit: this.emitter(tx, now, depth + 1) };
      for (const subscription of this.#byEvent.get(event) ?? []) await subscription.run(payload, ctx);
    };
  }
}
