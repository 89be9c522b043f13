/**
 * Lets a test wait until the outbox has sent everything due. A bot started with its
 * dispatcher (OUTBOX_ENABLED, the default) sends by itself: the dispatcher is woken and the
 * test waits until no alert is due or being sent. A bot without one (or a bare database)
 * is served by a dispatcher made here (src/core/outbox/dispatcher.ts), one `runOnce()`
 * after another, rate limits off so that a test never waits a second per chat.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../src/core/ports.js';
import { OutboxDispatcher } from '../../src/core/outbox/dispatcher.js';
import { loadLocaleResources } from '../../src/i18n/locales.js';
import { createRenderer } from '../../src/i18n/renderer.js';
import type { Bot } from '../../src/main.js';
import { LOCALES_DIR } from '../../src/paths.js';
import { createOutboxStore } from '../../src/storage/outbox/outbox-store.js';

const renderer = createRenderer(loadLocaleResources(LOCALES_DIR), 'id');

/** Resolves once every alert due at `clock()` is sent (or failed), and the channels are idle. */
export async function deliverOutbox(bot: Pick<Bot, 'database' | 'telegram' | 'dispatcher'>, clock: Clock = () => new Date(), timeoutMs = 15_000): Promise<void> {
  if (bot.dispatcher) {
    const deadline = Date.now() + timeoutMs;
    bot.dispatcher.wake();
    while ((await dueOrSending(bot, clock())) > 0) {
      if (Date.now() > deadline) throw new Error('deliverOutbox: alerts still due after the timeout');
      await delay(25);
      bot.dispatcher.wake();
    }
  } else {
    const dispatcher = new OutboxDispatcher({ store: createOutboxStore(bot.database.prisma), channels: { telegram: bot.telegram }, renderer, clock, rateLimits: {} });
    // Deferred and failed alerts get a later due time, so this ends; the bound is a safety net.
    for (let round = 0; round < 20 && (await dispatcher.runOnce()) > 0; round++);
  }
  await bot.telegram?.idle();
}

function dueOrSending(bot: Pick<Bot, 'database'>, now: Date): Promise<number> {
  return bot.database.prisma.alert.count({ where: { OR: [{ status: 'sending' }, { status: 'pending', nextAttemptAt: { lte: now } }] } });
}
