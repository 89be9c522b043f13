/**
 * Callback data for inline buttons. Telegram hands the data of a pressed button back to us
 * verbatim, and anyone can send any data, so a button id is never put there raw: it is
 * sealed into an opaque token that binds it to the chat it was sent to.
 *
 * Token = base64url(ciphertext ‖ tag), at most 64 bytes (Telegram's limit):
 * - plaintext = kind byte ‖ body, where the body is the id as UTF-8, or a prefix plus a
 *   UUID packed into 16 bytes (`partner:<uuid>` fits), or, for ids too long for either,
 *   a 16-byte digest looked up in a bounded in-memory map;
 * - tag = HMAC-SHA256(macKey, chatId ‖ 0 ‖ plaintext), first 9 bytes: a press in another
 *   chat, a forged or edited token, or one from before a key change does not verify;
 * - ciphertext = plaintext XOR a keystream derived from the tag (a deterministic, SIV-like
 *   construction), so internal ids such as group UUIDs are not readable in the client.
 *
 * The keys are derived from the bot token, so tokens survive a restart without storage and
 * die with a revoked token. Only digest tokens (ids over 38 bytes, none in the app today)
 * need the map and so expire on restart; they are then rejected like any stale button.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { RecentMap } from '../../core/recent-map.js';
import { HmacSha256 } from './hmac-sha256.js';

/** Telegram's limit for callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

const TAG_BYTES = 9;
/** 64 base64url characters carry 48 bytes: 1 kind byte + body + tag. */
const MAX_BODY_BYTES = (CALLBACK_DATA_MAX_BYTES / 4) * 3 - 1 - TAG_BYTES;
const UUID_BYTES = 16;
const DIGEST_BYTES = 16;
const KIND_UTF8 = 0x11;
const KIND_UUID = 0x12;
const KIND_DIGEST = 0x13;
const UUID_SUFFIX = /^(.*)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/s;
/** Long ids remembered for digest tokens; the oldest are forgotten first. */
const DEFAULT_MAP_SIZE = 10_000;
/** Tokens remembered (≈ 150 bytes each): the menus and the cancel/back buttons come again and again. */
const SEALED_MEMORY = 4_096;

/** Seals button ids into callback data and opens them again. */
export class CallbackTokens {
  readonly #macKey: HmacSha256;
  readonly #encKey: HmacSha256;
  readonly #digestKey: HmacSha256;
  readonly #longIds: RecentMap<string, string>;
  /**
   * Tokens made recently, by chat and id: a token is the same every time for them, and making
   * one takes three HMACs and a dozen small buffers (it showed in the Telegram path's
   * profile). Digest tokens are not kept: sealing one again keeps its id in #longIds.
   */
  readonly #sealed = new RecentMap<string, string>(SEALED_MEMORY);

  /** @param secret the bot token (or any secret); keys are derived from it per purpose. */
  constructor(secret: string, options: { readonly mapSize?: number } = {}) {
    const derive = (purpose: string) => new HmacSha256(createHmac('sha256', secret).update(`wksbm-bot/telegram/callback/${purpose}`).digest());
    this.#macKey = derive('mac');
    this.#encKey = derive('enc');
    this.#digestKey = derive('digest');
    this.#longIds = new RecentMap(options.mapSize ?? DEFAULT_MAP_SIZE);
  }

  /** The callback data for button `id` sent to `chatId`. */
  seal(chatId: string, id: string): string {
    const key = `${chatId}\u0000${id}`;
    const known = this.#sealed.get(key);
    if (known !== undefined) return known;
    const plaintext = this.#encode(id);
    const tag = this.#tag(chatId, plaintext);
    const token = Buffer.concat([xor(plaintext, this.#keystream(tag, plaintext.length)), tag]).toString('base64url');
    if (plaintext[0] !== KIND_DIGEST) this.#sealed.set(key, token);
    return token;
  }

  /** The button id, or null when the data was not sealed by us for this chat (or has expired). */
  open(chatId: string, data: string): string | null {
    if (data.length === 0 || data.length > CALLBACK_DATA_MAX_BYTES || !/^[A-Za-z0-9_-]+$/.test(data)) return null;
    const sealed = Buffer.from(data, 'base64url');
    if (sealed.length <= TAG_BYTES) return null;
    const tag = sealed.subarray(sealed.length - TAG_BYTES);
    const ciphertext = sealed.subarray(0, sealed.length - TAG_BYTES);
    const plaintext = xor(ciphertext, this.#keystream(tag, ciphertext.length));
    if (!timingSafeEqual(tag, this.#tag(chatId, plaintext))) return null;
    return this.#decode(plaintext);
  }

  #encode(id: string): Buffer {
    const utf8 = Buffer.from(id, 'utf8');
    if (utf8.length <= MAX_BODY_BYTES) return Buffer.concat([Buffer.of(KIND_UTF8), utf8]);
    const uuid = UUID_SUFFIX.exec(id);
    const prefix = uuid ? Buffer.from(uuid[1]!, 'utf8') : undefined;
    if (uuid && prefix && prefix.length + UUID_BYTES <= MAX_BODY_BYTES) {
      return Buffer.concat([Buffer.of(KIND_UUID), prefix, Buffer.from(uuid[2]!.replaceAll('-', ''), 'hex')]);
    }
    const digest = this.#digestKey.digest(utf8).subarray(0, DIGEST_BYTES);
    // Set again when sent again: the map drops the least recently sent.
    this.#longIds.set(digest.toString('hex'), id);
    return Buffer.concat([Buffer.of(KIND_DIGEST), digest]);
  }

  #decode(plaintext: Buffer): string | null {
    const body = plaintext.subarray(1);
    switch (plaintext[0]) {
      case KIND_UTF8:
        return body.toString('utf8');
      case KIND_UUID: {
        if (body.length < UUID_BYTES) return null;
        const hex = body.subarray(body.length - UUID_BYTES).toString('hex');
        const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        return body.subarray(0, body.length - UUID_BYTES).toString('utf8') + uuid;
      }
      case KIND_DIGEST:
        return this.#longIds.get(body.toString('hex')) ?? null;
      default:
        return null;
    }
  }

  #tag(chatId: string, plaintext: Buffer): Buffer {
    return this.#macKey.digest(chatId, ZERO, plaintext).subarray(0, TAG_BYTES);
  }

  #keystream(tag: Buffer, length: number): Buffer {
    const blocks: Buffer[] = [];
    for (let counter = 0; blocks.length * 32 < length; counter++) {
      blocks.push(this.#encKey.digest(tag, Buffer.of(counter)));
    }
    return Buffer.concat(blocks).subarray(0, length);
  }
}

const ZERO = Buffer.of(0);

function xor(data: Buffer, key: Buffer): Buffer {
  const out = Buffer.alloc(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ key[i]!;
  return out;
}
