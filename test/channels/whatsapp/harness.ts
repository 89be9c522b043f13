/**
 * Test doubles for the WhatsApp channel's environment: a clock and timers the test moves by
 * hand, a sleep that only advances that clock, a recording logger and pairing output.
 */
import type { ChannelLogger } from '../../../src/channels/whatsapp/logger.js';
import type { PairingOutput } from '../../../src/channels/whatsapp/pairing-output.js';
import type { Timers } from '../../../src/channels/whatsapp/whatsapp-channel.js';

/** A clock, timers and sleep on one hand-moved time line. */
export class ManualTime implements Timers {
  now: number;
  readonly #timers = new Map<number, { at: number; ms: number; callback: () => void }>();
  #nextId = 1;

  constructor(start = '2026-11-29T03:00:00.000Z') {
    this.now = Date.parse(start);
  }

  readonly clock = (): Date => new Date(this.now);

  /** Sleeping moves the clock; nothing really waits. */
  readonly sleep = async (ms: number): Promise<void> => {
    this.now += ms;
  };

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.now + ms, ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Delays of the timers still pending, in the order they were set. */
  pendingDelays(): number[] {
    return [...this.#timers.values()].map((timer) => timer.ms);
  }

  /** Moves the clock to the earliest pending timer and fires it; false when none. */
  fireNext(): boolean {
    const next = [...this.#timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
    if (!next) return false;
    this.#timers.delete(next[0]);
    this.now = Math.max(this.now, next[1].at);
    next[1].callback();
    return true;
  }
}

/** One log line. */
export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps its lines. */
export function recordingLogger(): ChannelLogger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Pairing output that keeps what would have been shown. */
export function recordingPairingOutput(): PairingOutput & { readonly qrs: string[]; readonly codes: string[] } {
  const qrs: string[] = [];
  const codes: string[] = [];
  return { qrs, codes, showQr: (qr) => void qrs.push(qr), showPairingCode: (code) => void codes.push(code) };
}

/** A random source returning these values in turn, over and over. */
export function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[index++ % values.length]!;
}
