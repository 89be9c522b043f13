/**
 * The part of a Baileys socket the channel uses, as an interface, so that tests drive the
 * real channel with a fake socket that emits Baileys' own events. The default factory builds
 * the real thing with makeWASocket; the assignment in it proves at compile time that
 * Baileys' WASocket still fits this interface after an upgrade.
 */
import makeWASocket, {
  Browsers,
  isJidBroadcast,
  isJidNewsletter,
  makeCacheableSignalKeyStore,
  type AuthenticationState,
  type BaileysEventEmitter,
  type Contact,
  type SocketConfig,
  type WAMessage,
} from '@whiskeysockets/baileys';

/** What the channel needs of a Baileys socket. */
export interface WhatsAppSocket {
  /** Baileys' event emitter: connection.update, creds.update, messages.upsert, … */
  readonly ev: Pick<BaileysEventEmitter, 'on' | 'off'>;
  /** The linked account, once connected. */
  readonly user?: Contact | undefined;
  readonly authState: { readonly creds: { readonly registered: boolean } };
  /** Baileys' LID↔PN mapping store, to learn a phone number behind a LID sender. */
  readonly signalRepository?: { readonly lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  sendMessage(jid: string, content: { text: string } | { image: Buffer; mimetype?: string }): Promise<WAMessage | undefined>;
  /** Asks the phone to upload a message's media again when its URL expired (Baileys' updateMediaMessage). */
  updateMediaMessage?(message: WAMessage): Promise<WAMessage>;
  /** Asks WhatsApp for an 8-character code to type on the phone (digits with country code). */
  requestPairingCode(phoneNumber: string): Promise<string>;
  /** Closes the connection without logging out; emits connection.update "close". */
  end(error: Error | undefined): void | Promise<void>;
  /** Unlinks this device from the phone. */
  logout(message?: string): Promise<void>;
}

/** Builds a connected-to-be socket from the auth state (once per connection attempt). */
export type SocketFactory = (auth: AuthenticationState) => WhatsAppSocket;

/** Options of {@link createBaileysSocketFactory}. */
export interface BaileysSocketOptions {
  /**
   * Baileys' own logger (pino-compatible). Give it a high level such as "error": at debug and
   * below Baileys logs JIDs, that is phone numbers.
   */
  readonly logger: SocketConfig['logger'];
  /** How the device is named in the phone's "Linked devices" list. */
  readonly deviceName?: string;
  /** WhatsApp Web's WebSocket address; only for tests or a relay (default: Baileys' own). */
  readonly webSocketUrl?: string;
}

/** The production factory: a real Baileys socket with settings suited to a bot. */
export function createBaileysSocketFactory(options: BaileysSocketOptions): SocketFactory {
  return (auth) => {
    const socket: WhatsAppSocket = makeWASocket({
      auth: {
        creds: auth.creds,
        // Signal keys are read on every message: cache them in memory in front of the database.
        keys: makeCacheableSignalKeyStore(auth.keys, options.logger),
      },
      logger: options.logger,
      ...(options.webSocketUrl !== undefined && { waWebSocketUrl: options.webSocketUrl }),
      browser: Browsers.ubuntu(options.deviceName ?? 'WKSBM Bot'),
      countryCode: 'ID',
      // Stay "offline" so the phone's owner keeps getting notifications, and do not pull
      // years of chat history into a bot that only answers new messages.
      markOnlineOnConnect: false,
      syncFullHistory: false,
      // Never decrypt status updates, broadcast lists or channels: the bot does not answer them.
      shouldIgnoreJid: (jid) => Boolean(isJidBroadcast(jid) || isJidNewsletter(jid)),
    });
    return socket;
  };
}
