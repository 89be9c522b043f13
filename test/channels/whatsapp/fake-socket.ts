/**
 * A fake Baileys socket: the `ev` emitter has Baileys' BaileysEventEmitter API (on, off,
 * emit, removeAllListeners) and the socket emits Baileys' own event payloads, so the real
 * WhatsAppChannel runs unchanged. No network: a real WhatsApp connection is impossible here.
 */
import { EventEmitter } from 'node:events';
import {
  DisconnectReason,
  proto,
  type AuthenticationState,
  type BaileysEventEmitter,
  type BaileysEventMap,
  type Contact,
  type WAMessage,
} from '@whiskeysockets/baileys';
import type { SocketFactory, WhatsAppSocket } from '../../../src/channels/whatsapp/socket.js';

/** An error shaped like the @hapi/boom errors Baileys puts in `lastDisconnect.error`. */
export function boom(statusCode: number, message = 'Connection Failure'): Error {
  return Object.assign(new Error(message), {
    isBoom: true,
    isServer: statusCode >= 500,
    data: null,
    output: { statusCode, payload: { statusCode, error: 'Error', message }, headers: {} },
  });
}

/** One text the channel sent. */
export interface SentText {
  readonly jid: string;
  readonly text: string;
  /** The fake clock's time when sendMessage was called. */
  readonly at: number;
}

/** The fake socket; tests drive it with open(), close(), showQr() and receive(). */
export class FakeSocket implements WhatsAppSocket {
  readonly #emitter = new EventEmitter();
  readonly ev: BaileysEventEmitter = {
    on: (event, listener) => void this.#emitter.on(event, listener as (arg: unknown) => void),
    off: (event, listener) => void this.#emitter.off(event, listener as (arg: unknown) => void),
    removeAllListeners: (event) => void this.#emitter.removeAllListeners(event),
    emit: (event, arg) => this.#emitter.emit(event, arg),
  };
  user: Contact | undefined;
  readonly sent: SentText[] = [];
  readonly pairingRequests: string[] = [];
  endCalls = 0;
  /** Makes the next sendMessage calls fail with these errors, in order. */
  readonly sendFailures: Error[] = [];
  /** Media messages whose re-upload was asked of the phone (updateMediaMessage), in order. */
  readonly reuploadRequests: WAMessage[] = [];
  /**
   * How the sender's phone answers a re-upload request: with the media's new URL, or by
   * refusing (an error, as Baileys rejects "Media re-upload failed by device"). Unset: refused.
   */
  reuploadAnswer: ((message: WAMessage) => string | Error) | undefined;
  /** LID user → PN user pairs Baileys would have learnt (history sync, earlier traffic). */
  readonly lidToPn = new Map<string, string>();
  readonly signalRepository = {
    lidMapping: {
      // As Baileys' LIDMappingStore answers: the PN with the LID's device, or null.
      getPNForLID: async (lid: string) => {
        const [user, device] = lid.split('@')[0]!.split(':');
        const pn = this.lidToPn.get(user!);
        return pn === undefined ? null : `${pn}:${device ?? 0}@s.whatsapp.net`;
      },
    },
  };

  constructor(
    readonly authState: AuthenticationState,
    private readonly now: () => number,
  ) {}

  async sendMessage(jid: string, content: { text: string }): Promise<WAMessage | undefined> {
    const failure = this.sendFailures.shift();
    if (failure) throw failure;
    this.sent.push({ jid, text: content.text, at: this.now() });
    // What Baileys returns: the message it relayed, as our own ("fromMe") message.
    return {
      key: { remoteJid: jid, fromMe: true, id: `3EB0${this.sent.length.toString(16).padStart(16, '0')}` },
      message: proto.Message.fromObject({ extendedTextMessage: { text: content.text } }),
      messageTimestamp: Math.floor(this.now() / 1000),
      status: proto.WebMessageInfo.Status.PENDING,
    };
  }

  /** As Baileys' updateMediaMessage: the new URL written into the message, which is returned. */
  async updateMediaMessage(message: WAMessage): Promise<WAMessage> {
    this.reuploadRequests.push(message);
    const answer = this.reuploadAnswer?.(message) ?? boom(404, 'Media re-upload failed by device (NOT_FOUND)');
    if (answer instanceof Error) throw answer;
    const content = message.message?.imageMessage ?? message.message?.documentMessage;
    if (content) content.url = answer;
    return message;
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.pairingRequests.push(phoneNumber);
    // As Baileys does: remember the code and the number, and announce the change.
    this.authState.creds.pairingCode = 'K7W2M9QX';
    this.authState.creds.me = { id: `${phoneNumber}@s.whatsapp.net`, name: '~' };
    this.ev.emit('creds.update', this.authState.creds);
    return 'K7W2M9QX';
  }

  async end(error: Error | undefined): Promise<void> {
    this.endCalls += 1;
    if (this.endCalls > 1) return; // Baileys: "connection already closed"
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date(this.now()) } });
  }

  async logout(): Promise<void> {
    await this.end(boom(DisconnectReason.loggedOut, 'Intentional Logout'));
  }

  // ---- driving the fake ----

  /** The connection to WhatsApp is up and logged in. */
  open(): void {
    this.user = { id: '6281100000000:7@s.whatsapp.net', lid: '99887766554433:7@lid', name: 'WKSBM Bot' };
    this.ev.emit('connection.update', { connection: 'open', receivedPendingNotifications: true });
  }

  /** WhatsApp closed the connection with a DisconnectReason status code. */
  close(statusCode: number): void {
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error: boom(statusCode), date: new Date(this.now()) } });
  }

  /** Not paired: WhatsApp sent a pairing reference, shown as a QR code. */
  showQr(qr = '2@Zk9xQ0dhV3BvY2Fs,AbCdEf0123456789,GhIjKl0123456789,MnOpQr0123456789'): void {
    this.ev.emit('connection.update', { qr });
  }

  /** Baileys changed the credentials (in place) and announces it. */
  updateCreds(update: Partial<AuthenticationState['creds']>): void {
    Object.assign(this.authState.creds, update);
    this.ev.emit('creds.update', update);
  }

  /** Messages arrive. */
  receive(messages: WAMessage[], type: BaileysEventMap['messages.upsert']['type'] = 'notify'): void {
    this.ev.emit('messages.upsert', { messages, type });
  }

  /** Listeners still attached (a stopped channel leaves none). */
  listenerCount(): number {
    return this.#emitter.eventNames().reduce((sum, name) => sum + this.#emitter.listenerCount(name), 0);
  }
}

/** A socket factory that keeps every socket it made, newest last. */
export function fakeSocketFactory(now: () => number): SocketFactory & { readonly sockets: FakeSocket[]; latest(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  const create: SocketFactory = (auth) => {
    const socket = new FakeSocket(auth, now);
    sockets.push(socket);
    return socket;
  };
  return Object.assign(create, {
    sockets,
    latest(): FakeSocket {
      const socket = sockets[sockets.length - 1];
      if (!socket) throw new Error('no socket created yet');
      return socket;
    },
  });
}
