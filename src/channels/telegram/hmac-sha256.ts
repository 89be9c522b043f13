/**
 * HMAC-SHA256 (RFC 2104) with a fixed key, from node:crypto's one-shot `hash`: the same bytes
 * as `createHmac('sha256', key)`, at a fraction of its cost. Sealing a reply's buttons takes
 * two or three HMACs per button (callback-token.ts), and creating an Hmac object (with its key
 * prepared anew each time) showed in the Telegram path's profile; the padded keys are made once.
 */
import { hash } from 'node:crypto';

/** SHA-256's block size: the key is padded (or first hashed) to it. */
const BLOCK_BYTES = 64;

/** A key ready for HMAC-SHA256. */
export class HmacSha256 {
  readonly #inner: Buffer;
  readonly #outer: Buffer;

  constructor(key: Buffer) {
    const block = Buffer.alloc(BLOCK_BYTES);
    (key.length > BLOCK_BYTES ? hash('sha256', key, 'buffer') : key).copy(block);
    this.#inner = Buffer.alloc(BLOCK_BYTES);
    this.#outer = Buffer.alloc(BLOCK_BYTES);
    for (let index = 0; index < BLOCK_BYTES; index++) {
      this.#inner[index] = block[index]! ^ 0x36;
      this.#outer[index] = block[index]! ^ 0x5c;
    }
  }

  /** The MAC of the parts, one after the other (strings as UTF-8), as 32 bytes. */
  digest(...parts: readonly (string | Buffer)[]): Buffer {
    const message = parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
    const inner = hash('sha256', Buffer.concat([this.#inner, ...message]), 'buffer');
    return hash('sha256', Buffer.concat([this.#outer, inner]), 'buffer');
  }
}
