/** HmacSha256 gives createHmac's bytes for keys shorter than, as long as and longer than a block. */
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HmacSha256 } from '../../../src/channels/telegram/hmac-sha256.js';

describe('HmacSha256', () => {
  it.each([1, 32, 64, 65, 200])('matches createHmac with a %i-byte key', (length) => {
    const key = randomBytes(length);
    const mac = new HmacSha256(key);
    for (const parts of [[], ['chat-1', Buffer.of(0), randomBytes(20)], [randomBytes(100)], ['ö🎉']] as (string | Buffer)[][]) {
      const expected = parts.reduce((hmac, part) => hmac.update(part), createHmac('sha256', key)).digest();
      expect(mac.digest(...parts)).toEqual(expected);
    }
  });
});
