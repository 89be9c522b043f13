/**
 * Keeps one Baileys socket connected: shows the QR code or requests a pairing code, saves
 * credentials on every change, reconnects with backoff after a close, reconnects at once
 * when WhatsApp asks for a restart (normal right after pairing), and stops for good when the
 * phone logs the device out.
 */
import type { BaileysEventMap } from '@whiskeysockets/baileys';
import { describe, statusCodeOf } from './channel-errors.js';
import type { ChannelLogger } from './logger.js';
import { terminalPairingOutput, type PairingOutput } from './pairing-output.js';
import type { WhatsAppAuthState } from './ports.js';
import { closeAction, DEFAULT_BACKOFF, reconnectDelay, type Backoff, type CloseAction } from './reconnect.js';
import type { SocketFactory, WhatsAppSocket } from './socket.js';

/** Timer functions, replaceable in tests. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real timers. */
export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    if (isNodeTimeout(handle)) clearTimeout(handle);
  },
};

/** A handle the real setTimeout gave (Node's Timeout object, known by its methods). */
function isNodeTimeout(handle: unknown): handle is NodeJS.Timeout {
  return typeof handle === 'object' && handle !== null && 'refresh' in handle && 'hasRef' in handle;
}

/** What the connection is built from. */
export interface ConnectionOptions {
  readonly socketFactory: SocketFactory;
  readonly authState: WhatsAppAuthState;
  /** Digits with country code: pair with a code instead of a QR code. */
  readonly pairingNumber?: string | undefined;
  readonly backoff?: Backoff | undefined;
  readonly random: () => number;
  readonly timers: Timers;
  readonly logger: ChannelLogger;
  readonly pairingOutput?: PairingOutput | undefined;
  /** Incoming messages of the current socket. */
  readonly onUpsert: (socket: WhatsAppSocket, upsert: BaileysEventMap['messages.upsert']) => void;
  /** After a logout: the connection has stopped and forgotten the pairing. */
  readonly onLoggedOut: () => Promise<void>;
}

/** One linked device's connection. */
export class WhatsAppConnection {
  readonly #options: ConnectionOptions;
  readonly #backoff: Backoff;
  readonly #inflight = new Set<Promise<unknown>>();
  #socket: WhatsAppSocket | undefined;
  #detach: (() => void) | undefined;
  /** Increases with every socket: events of an older socket are ignored. */
  #generation = 0;
  #running = false;
  #connected = false;
  #attempt = 0;
  #reconnectTimer: unknown;

  constructor(options: ConnectionOptions) {
    this.#options = options;
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  /** The socket while connected (undefined while connecting or closed). */
  get socket(): WhatsAppSocket | undefined {
    return this.#connected ? this.#socket : undefined;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Opens the first socket; connecting and pairing go on in the background. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#attempt = 0;
    this.#connect();
  }

  /** No more reconnects; closes the socket (without logging out). */
  async stop(): Promise<void> {
    this.#running = false;
    this.#cancelReconnect();
    const socket = this.#socket;
    this.#release();
    if (socket) await Promise.resolve(socket.end(undefined)).catch(() => undefined);
  }

  /** Resolves when credential saves and pairing requests under way are done. */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
  }

  #connect(): void {
    const { socketFactory, authState, logger } = this.#options;
    const generation = ++this.#generation;
    let socket: WhatsAppSocket;
    try {
      socket = socketFactory(authState.state);
    } catch (error) {
      logger.error({ err: describe(error) }, 'whatsapp: could not create the socket');
      this.#scheduleReconnect('backoff');
      return;
    }
    this.#socket = socket;
    let pairingRequested = false;

    const onConnection = (update: BaileysEventMap['connection.update']) => {
      if (generation !== this.#generation) return;
      if (update.qr && !pairingRequested) pairingRequested = this.#showPairing(socket, update.qr);
      if (update.isNewLogin) logger.info({}, 'whatsapp: paired with the phone');
      if (update.connection === 'open') {
        this.#connected = true;
        this.#attempt = 0;
        logger.info({}, 'whatsapp: connected');
      } else if (update.connection === 'close') {
        this.#onClose(socket, statusCodeOf(update.lastDisconnect?.error));
      }
    };
    const onCreds = () => {
      // Baileys already changed authState.state.creds in place; this persists it.
      // Tracked so that stop() waits for it; its failure is logged right here.
      void this.#track(authState.saveCreds().catch((error: unknown) => logger.error({ err: describe(error) }, 'whatsapp: saving credentials failed')));
    };
    const onUpsert = (upsert: BaileysEventMap['messages.upsert']) => {
      if (generation === this.#generation && this.#running) this.#options.onUpsert(socket, upsert);
    };

    socket.ev.on('connection.update', onConnection);
    socket.ev.on('creds.update', onCreds);
    socket.ev.on('messages.upsert', onUpsert);
    this.#detach = () => {
      socket.ev.off('connection.update', onConnection);
      socket.ev.off('creds.update', onCreds);
      socket.ev.off('messages.upsert', onUpsert);
    };
  }

  /** Shows a QR code, or requests the pairing code; true when a code was requested. */
  #showPairing(socket: WhatsAppSocket, qr: string): boolean {
    const { pairingNumber, logger } = this.#options;
    const output = this.#options.pairingOutput ?? terminalPairingOutput();
    if (pairingNumber === undefined || socket.authState.creds.registered) {
      output.showQr(qr);
      logger.info({}, 'whatsapp: not paired yet; scan the QR code shown in the terminal (it changes every 20 s)');
      return false;
    }
    // The QR event means the connection to WhatsApp is up, which requestPairingCode needs.
    // Asked once per socket: every request makes a new code and voids the previous one.
    void this.#track(
      socket.requestPairingCode(pairingNumber).then(
        (code) => {
          output.showPairingCode(code);
          logger.info({ pairingCode: code }, 'whatsapp: not paired yet; enter this pairing code on the bot\'s phone');
        },
        (error: unknown) => logger.error({ err: describe(error) }, 'whatsapp: requesting a pairing code failed'),
      ),
    );
    return true;
  }

  #onClose(socket: WhatsAppSocket, statusCode: number | undefined): void {
    const { logger } = this.#options;
    if (this.#socket === socket) this.#release();
    if (!this.#running) return;
    const action = closeAction(statusCode);
    if (action === 'logged-out') {
      void this.#track(this.#loggedOut(socket, statusCode)); // logs its own failures
      return;
    }
    if (action === 'replaced') {
      logger.error({ statusCode }, 'whatsapp: another client took over this session (is a second instance running?); retrying later');
    } else {
      logger.warn({ statusCode }, 'whatsapp: connection closed; reconnecting');
    }
    this.#scheduleReconnect(action);
  }

  async #loggedOut(socket: WhatsAppSocket, statusCode: number | undefined): Promise<void> {
    const { authState, logger } = this.#options;
    this.#running = false;
    this.#cancelReconnect();
    await Promise.resolve(socket.end(undefined)).catch(() => undefined);
    logger.error(
      { statusCode },
      'whatsapp: the phone logged this device out; WhatsApp is stopped. Restart the bot and pair again (new QR code or pairing code)',
    );
    try {
      // The old credentials can never connect again; without clearing them every restart
      // would be logged out at once instead of showing a new QR code.
      await authState.clear?.();
    } catch (error) {
      logger.error({ err: describe(error) }, 'whatsapp: clearing the old pairing failed');
    }
    await this.#options.onLoggedOut();
  }

  #scheduleReconnect(action: CloseAction): void {
    if (action === 'restart-now') {
      this.#connect();
      return;
    }
    // Replaced: reconnecting soon would take the session back from the other client, which
    // would take it back again: a tight loop that looks like abuse to WhatsApp.
    const delay = action === 'replaced' ? this.#backoff.maxDelayMs : reconnectDelay(this.#attempt++, this.#backoff, this.#options.random);
    this.#options.logger.info({ delayMs: delay, attempt: this.#attempt }, 'whatsapp: reconnect scheduled');
    this.#reconnectTimer = this.#options.timers.setTimeout(() => {
      this.#reconnectTimer = undefined;
      if (this.#running) this.#connect();
    }, delay);
  }

  #cancelReconnect(): void {
    if (this.#reconnectTimer !== undefined) this.#options.timers.clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
  }

  /** Forgets the current socket and stops listening to it. */
  #release(): void {
    this.#connected = false;
    this.#detach?.();
    this.#detach = undefined;
    this.#socket = undefined;
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#inflight.add(promise);
    const forget = () => this.#inflight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }
}
