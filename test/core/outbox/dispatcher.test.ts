/**
 * The dispatcher's policies in virtual time, on an in-memory store and fake adapters:
 * retries and backoff, dead alerts, quiet hours, channel choice, rate limits, the loop
 * (wake, stop). The Prisma store and the real Telegram channel are in test/storage/outbox.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../src/core/messages.js';
import { OutboxDispatcher, type DispatcherOptions } from '../../../src/core/outbox/dispatcher.js';
import type { DeliveryTarget } from '../../../src/core/outbox/ports.js';
import { FakeAdapter, plainRenderer } from './fake-adapter.js';
import { MemoryOutbox } from './memory-outbox.js';
import { VirtualTime } from './virtual-time.js';

const SECOND = 1_000;
const tg = (externalId: string): DeliveryTarget => ({ channel: 'telegram', externalId });
const web = (externalId: string): DeliveryTarget => ({ channel: 'webchat', externalId });

/** A dispatcher on virtual time with fake Telegram and web chat adapters (jitter off). */
function setup(options: Partial<DispatcherOptions> = {}, channels: ChannelName[] = ['telegram', 'webchat']) {
  const vt = new VirtualTime();
  const store = new MemoryOutbox();
  const adapters = Object.fromEntries(channels.map((name) => [name, new FakeAdapter(name, vt.clock)])) as Record<ChannelName, FakeAdapter>;
  const dispatcher = new OutboxDispatcher({
    store,
    channels: adapters,
    renderer: plainRenderer,
    clock: vt.clock,
    sleep: vt.sleep,
    random: () => 0.5,
    ...options,
  });
  const runOnce = () => vt.run(dispatcher.runOnce());
  return { vt, store, adapters, telegram: adapters.telegram, dispatcher, runOnce };
}

describe('retries', () => {
  it('a 429 with retryAfterMs is not tried again before it, even when backoff is shorter', async () => {
    const { vt, store, telegram, runOnce } = setup();
    const alert = store.add({ targets: [tg('100')] }, vt.now);
    telegram.script({ fail: { retryable: true, retryAfterMs: 42 * SECOND, reason: 'sendMessage: 429 Too Many Requests' } });
    const start = vt.now;

    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: start + 42 * SECOND });
    expect(store.get(alert.id).lastError).toBe('telegram: sendMessage: 429 Too Many Requests');

    vt.advance(41 * SECOND);
    await runOnce();
    expect(telegram.sends).toHaveLength(1); // not due yet
    vt.advance(1 * SECOND);
    await runOnce();
    expect(telegram.sends).toHaveLength(2);
    expect(telegram.sends[1]!.at - telegram.sends[0]!.at).toBeGreaterThanOrEqual(42 * SECOND);
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', channel: 'telegram', attempts: 2 });
  });

  it('a 5xx backs off exponentially: 5 s, 10 s, 20 s …, capped, with jitter', async () => {
    const { vt, store, telegram, runOnce } = setup({ backoff: { baseMs: 5 * SECOND, factor: 2, maxMs: 15 * SECOND, jitter: 0.2 } });
    const alert = store.add({ targets: [tg('101')] }, vt.now);
    const fail = { fail: { retryable: true, reason: 'sendMessage: 502 Bad Gateway' } };
    telegram.script(fail, fail, fail);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      await runOnce();
      waits.push(store.get(alert.id).nextAttemptAt - vt.now);
      vt.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([5 * SECOND, 10 * SECOND, 15 * SECOND]);
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', attempts: 4 });

    // Jitter spreads the wait over ±20 %.
    const jittered = setup({ random: () => 0 });
    const other = jittered.store.add({ targets: [tg('102')] }, jittered.vt.now);
    jittered.telegram.script(fail);
    await jittered.runOnce();
    expect(jittered.store.get(other.id).nextAttemptAt - jittered.vt.now).toBe(4 * SECOND);
  });

  it('a send that throws, and one that hangs past the timeout, are retried', async () => {
    const { vt, store, telegram, runOnce } = setup({ sendTimeoutMs: 30 * SECOND, leaseMs: 60 * SECOND });
    const alert = store.add({ targets: [tg('103')] }, vt.now);
    telegram.script({ throws: 'socket hang up' }, { hang: true });

    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'telegram: send threw: socket hang up' });

    vt.advance(5 * SECOND);
    const started = vt.now;
    await runOnce();
    expect(vt.now - started).toBe(30 * SECOND); // waited exactly the timeout
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 2, lastError: 'telegram: send timed out after 30000 ms' });

    vt.advance(10 * SECOND);
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('a non-retryable error makes the alert dead at once, with the reason', async () => {
    const { vt, store, telegram, runOnce } = setup();
    const alert = store.add({ targets: [tg('104')] }, vt.now);
    telegram.script({ fail: { retryable: false, reason: 'sendMessage: 403 Forbidden: bot was blocked by the user' } });
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: 'telegram: sendMessage: 403 Forbidden: bot was blocked by the user',
    });
  });

  it('a refusal that names a time (WhatsApp daily cap) is tried again then', async () => {
    const { vt, store, adapters, runOnce } = setup({}, ['whatsapp']);
    const alert = store.add({ targets: [{ channel: 'whatsapp', externalId: '62812@s.whatsapp.net' }] }, vt.now);
    adapters.whatsapp.script({ fail: { retryable: false, retryAfterMs: 3 * 3600 * SECOND, reason: 'refused: daily WhatsApp message cap reached' } });
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: vt.now + 3 * 3600 * SECOND });
  });

  it('an alert the channel holds (WhatsApp outside its window, no template) waits without counting attempts, its reason kept', async () => {
    const { vt, store, telegram, runOnce } = setup({ maxAttempts: 2 });
    const alert = store.add({ targets: [tg('120')] }, vt.now);
    const held = { fail: { retryable: true, hold: true, reason: 'waiting: outside the 24-hour window' } };
    telegram.script(held, held, held);
    for (let round = 0; round < 3; round++) {
      const before = vt.now;
      await runOnce();
      // Never dead, however often it is looked at again; the default recheck is an hour later.
      expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 0, lastError: 'telegram: waiting: outside the 24-hour window', nextAttemptAt: before + 3_600 * SECOND });
      vt.advance(3_600 * SECOND);
    }
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('an alert held on one channel goes through the person\'s next channel that runs here', async () => {
    const { vt, store, adapters, runOnce } = setup({}, ['whatsapp', 'telegram']);
    const alert = store.add({ targets: [{ channel: 'whatsapp', externalId: '62812@s.whatsapp.net' }, tg('121')] }, vt.now);
    adapters.whatsapp.script({ fail: { retryable: true, hold: true, reason: 'waiting: outside the 24-hour window' } });
    await runOnce();
    expect(adapters.whatsapp.sends).toHaveLength(1);
    expect(adapters.telegram.sends).toHaveLength(1);
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', channel: 'telegram', attempts: 1 });
  });

  it('after maxAttempts failed attempts the alert is dead, saying why', async () => {
    const { vt, store, telegram, runOnce } = setup({ maxAttempts: 3 });
    const alert = store.add({ targets: [tg('105')] }, vt.now);
    const fail = { fail: { retryable: true, reason: 'sendMessage: 500 Internal Server Error' } };
    telegram.script(fail, fail, fail);
    for (let i = 0; i < 3; i++) {
      await runOnce();
      vt.advance(store.get(alert.id).nextAttemptAt - vt.now);
    }
    expect(telegram.sends).toHaveLength(3);
    expect(store.get(alert.id)).toMatchObject({
      status: 'dead',
      attempts: 3,
      lastError: 'gave up after 3 attempts: telegram: sendMessage: 500 Internal Server Error',
    });
  });

  it('unsendable alerts are dead at once: no identity, bad payload', async () => {
    const { vt, store, runOnce } = setup();
    const lonely = store.add({ targets: [] }, vt.now);
    const broken = store.add({ targets: [tg('106')], messages: null }, vt.now);
    await runOnce();
    expect(store.get(lonely.id)).toMatchObject({ status: 'dead', lastError: 'the person has no channel identity' });
    expect(store.get(broken.id)).toMatchObject({ status: 'dead', lastError: 'payload is not { messages: [...] }' });
  });
});

describe('channel choice', () => {
  it('uses the most recently active identity whose channel runs here; none → retried with a clear reason', async () => {
    const { vt, store, adapters, runOnce } = setup({}, ['webchat']);
    // Telegram was used last, but this instance has no Telegram channel: web chat it is.
    const fallback = store.add({ targets: [tg('107'), web('web-107')] }, vt.now);
    const stranded = store.add({ targets: [tg('108'), { channel: 'whatsapp', externalId: '62813@s.whatsapp.net' }] }, vt.now);
    await runOnce();
    expect(store.get(fallback.id)).toMatchObject({ status: 'sent', channel: 'webchat' });
    expect(adapters.webchat.sends.map((send) => send.externalId)).toEqual(['web-107']);
    expect(store.get(stranded.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: "no channel adapter here for the person's channels (telegram, whatsapp)",
      nextAttemptAt: vt.now + 5 * SECOND,
    });
  });

  it('renders in the recipient language', async () => {
    const { vt, store, adapters } = setup({}, ['webchat']);
    const seen: string[] = [];
    const recording = new OutboxDispatcher({
      store,
      channels: adapters,
      renderer: { render: (messages, locale) => (seen.push(locale), messages.map(() => ({ text: `in ${locale}` }))) },
      clock: vt.clock,
      sleep: vt.sleep,
    });
    store.add({ targets: [web('w1')], locale: 'en' }, vt.now);
    await vt.run(recording.runOnce());
    expect(seen).toEqual(['en']);
    expect(adapters.webchat.sends[0]!.texts).toEqual(['in en']);
  });
});

describe('quiet hours', () => {
  // 2026-11-02T03:00Z is 10:00 WIB.
  it('defers an officer alert to the end of quiet hours without counting an attempt', async () => {
    const { vt, store, telegram, runOnce } = setup();
    const alert = store.add({ targets: [tg('110')], officerId: 'officer-1', quietHours: { startMin: 9 * 60, endMin: 12 * 60 + 30 } }, vt.now);
    await runOnce();
    expect(telegram.sends).toHaveLength(0);
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: Date.parse('2026-11-02T05:30:00Z') });
    vt.advance(store.get(alert.id).nextAttemptAt - vt.now);
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('quiet hours that wrap midnight (21:00–06:00) hold alerts until 06:00 WIB the next morning', async () => {
    const { vt, store, telegram, runOnce } = setup();
    vt.advance(13 * 3600 * SECOND); // 23:00 WIB
    const alert = store.add({ targets: [tg('111')], officerId: 'officer-2', quietHours: { startMin: 21 * 60, endMin: 6 * 60 } }, vt.now);
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: Date.parse('2026-11-02T23:00:00Z') });

    vt.advance(4 * 3600 * SECOND); // 03:00 WIB: still quiet, same end
    store.get(alert.id).nextAttemptAt = vt.now;
    await runOnce();
    expect(store.get(alert.id)).toMatchObject({ attempts: 0, nextAttemptAt: Date.parse('2026-11-02T23:00:00Z') });

    vt.advance(3 * 3600 * SECOND); // 06:00 WIB
    await runOnce();
    expect(telegram.sends).toHaveLength(1);
    expect(store.get(alert.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});

describe('rate limits', () => {
  it('sends to one Telegram chat at most once per second', async () => {
    const { vt, store, telegram, runOnce } = setup();
    for (let i = 0; i < 5; i++) store.add({ targets: [tg('200')] }, vt.now);
    const start = vt.now;
    await runOnce();
    const times = telegram.sends.map((send) => send.at - start);
    expect(times).toEqual([0, 1_000, 2_000, 3_000, 4_000]);
    // In claim order.
    expect(telegram.sends.map((send) => send.texts[0])).toEqual(store.alerts.map((alert) => alert.id));
  });

  it('sends at most 29 Telegram messages per second overall (a margin under 30); a busy chat does not hold up the others', async () => {
    const { vt, store, telegram, runOnce } = setup({ batchSize: 100 });
    for (let i = 0; i < 4; i++) store.add({ targets: [tg('busy')] }, vt.now);
    for (let i = 0; i < 90; i++) store.add({ targets: [tg(String(300 + i))] }, vt.now);
    await runOnce();
    expect(telegram.sends).toHaveLength(94);
    const busy = telegram.sends.filter((send) => send.externalId === 'busy').map((send) => send.at - telegram.sends[0]!.at);
    expect(busy).toEqual([0, 1_000, 2_000, 3_000]);
    const times = telegram.sends.map((send) => send.at).sort((a, b) => a - b);
    for (const [i, at] of times.entries()) {
      const inWindow = times.slice(i).filter((other) => other < at + 1_000).length;
      expect(inWindow).toBeLessThanOrEqual(29);
    }
    // …and not much slower: 94 messages in a little over 3.2 s (93 gaps of 1000/29 ms).
    expect(times.at(-1)! - times[0]!).toBeLessThan(3_300);
    expect(store.alerts.every((alert) => alert.status === 'sent')).toBe(true);
  });

  it('limits are parameters; web chat is not limited', async () => {
    const { vt, store, telegram, adapters, runOnce } = setup({ rateLimits: { telegram: { perSecond: 2, perChatIntervalMs: 0 } } });
    for (let i = 0; i < 4; i++) store.add({ targets: [tg(String(400 + i))] }, vt.now);
    for (let i = 0; i < 4; i++) store.add({ targets: [web('w400')] }, vt.now);
    const start = vt.now;
    await runOnce();
    expect(telegram.sends.map((send) => send.at - start).sort((a, b) => a - b)).toEqual([0, 500, 1_000, 1_500]);
    expect(adapters.webchat.sends.map((send) => send.at - start)).toEqual([0, 0, 0, 0]);
  });

  it('after a 429 the chat gets nothing before retry_after: later alerts to it go back without an attempt', async () => {
    const { vt, store, telegram, runOnce } = setup();
    const first = store.add({ targets: [tg('500')] }, vt.now);
    const second = store.add({ targets: [tg('500')] }, vt.now);
    const elsewhere = store.add({ targets: [tg('501')] }, vt.now);
    telegram.script({ fail: { retryable: true, retryAfterMs: 60 * SECOND, reason: '429' } });
    const start = vt.now;
    await runOnce();
    expect(store.get(first.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: start + 60 * SECOND });
    expect(store.get(second.id)).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: start + 60 * SECOND });
    expect(store.get(elsewhere.id)).toMatchObject({ status: 'sent' });
    expect(vt.now - start).toBeLessThan(1_000); // nobody sat out the minute
  });

  it('WhatsApp alerts go one after another, never side by side', async () => {
    const { vt, store, adapters, dispatcher } = setup({}, ['whatsapp']);
    let inFlight = 0;
    let most = 0;
    adapters.whatsapp.send = async () => {
      most = Math.max(most, ++inFlight);
      await vt.sleep(2 * SECOND);
      inFlight -= 1;
      return { ok: true };
    };
    for (let i = 0; i < 4; i++) store.add({ targets: [{ channel: 'whatsapp', externalId: `6281${i}@s.whatsapp.net` }] }, vt.now);
    const start = vt.now;
    await vt.run(dispatcher.runOnce());
    expect(most).toBe(1);
    expect(vt.now - start).toBe(8 * SECOND);
  });
});

describe('the loop', () => {
  it('polls when idle, and wake() claims at once', async () => {
    const { vt, store, adapters, dispatcher } = setup({ pollIntervalMs: 10 * SECOND }, ['webchat']);
    const start = vt.now;
    dispatcher.start();
    await vt.run(Promise.resolve()); // the first (empty) round
    store.add({ targets: [web('w1')] }, vt.now);
    await vt.run(until(vt, () => adapters.webchat.sends.length === 1));
    expect(adapters.webchat.sends[0]!.at - start).toBe(10 * SECOND); // found by the next poll

    store.add({ targets: [web('w2')] }, vt.now);
    const woken = vt.now;
    dispatcher.wake();
    await vt.run(until(vt, () => adapters.webchat.sends.length === 2));
    expect(adapters.webchat.sends[1]!.at).toBe(woken);
    await vt.run(dispatcher.stop());
  });

  it('stop() lets a send in flight finish and puts claimed alerts not yet sent back', async () => {
    const { vt, store, telegram, dispatcher } = setup();
    for (let i = 0; i < 3; i++) store.add({ targets: [tg('600')] }, vt.now); // 1/s per chat: a lane of three
    let release!: () => void;
    const original = telegram.send.bind(telegram);
    telegram.send = async (externalId, messages) => {
      const result = await original(externalId, messages);
      await new Promise<void>((resolve) => (release = resolve));
      return result;
    };
    dispatcher.start();
    await vt.run(until(vt, () => telegram.sends.length === 1));
    const stopped = dispatcher.stop();
    release();
    await vt.run(stopped);
    expect(telegram.sends).toHaveLength(1);
    expect(store.alerts.map((alert) => [alert.status, alert.attempts])).toEqual([
      ['sent', 1],
      ['pending', 0],
      ['pending', 0],
    ]);
  });

  it('does not start a send its lease might not cover; gives the alert back instead', async () => {
    const { vt, store, telegram, runOnce } = setup({ leaseMs: 40 * SECOND, sendTimeoutMs: 25 * SECOND, maxRateWaitMs: 10 * SECOND });
    // 20 alerts to one chat: the 16th would start after 15 s, too close to the lease's end.
    for (let i = 0; i < 20; i++) store.add({ targets: [tg('700')] }, vt.now);
    await runOnce();
    const sent = store.alerts.filter((alert) => alert.status === 'sent');
    expect(sent.length).toBe(15);
    expect(store.alerts.filter((alert) => alert.status === 'pending').every((alert) => alert.attempts === 0)).toBe(true);
    expect(telegram.sends).toHaveLength(15);
  });

  it('refuses a lease shorter than a send could take', () => {
    expect(() => setup({ leaseMs: 60 * SECOND, sendTimeoutMs: 55 * SECOND })).toThrow(/leaseMs must exceed/);
  });
});

/** A promise that resolves, in virtual time, once `predicate` holds (checked every 10 ms). */
async function until(vt: VirtualTime, predicate: () => boolean): Promise<void> {
  while (!predicate()) await vt.sleep(10);
}
