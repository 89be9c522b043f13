/**
 * Callback data: opaque, at most 64 bytes, bound to the chat, unforgeable, and still valid
 * after a restart (same bot token) but not after a token change.
 */
import { describe, expect, it } from 'vitest';
import { CALLBACK_DATA_MAX_BYTES, CallbackTokens } from '../../../src/channels/telegram/callback-token.js';

const TOKEN = '7000000001:AAHtestTOKENforWKSBMbotAAAAAAAAAAAAA';
const UUID = '3f2b8c1e-9a4d-4e7b-8c2f-1a2b3c4d5e6f';

describe('CallbackTokens', () => {
  const tokens = new CallbackTokens(TOKEN);

  it.each([
    ['menu:faq'],
    ['cmd:cancel'],
    ['lang:en'],
    ['village:3273010001'],
    [`partner:${UUID}`],
    [`group:${UUID}`],
    ['x'.repeat(38)],
    ['kategori:ö🎉'],
  ])('seals %j opaquely within 64 bytes and opens it again', (id) => {
    const data = tokens.seal('1001', id);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(data).not.toContain(id.split(':')[0]);
    expect(data).not.toContain(UUID.slice(0, 8));
    expect(tokens.open('1001', data)).toBe(id);
  });

  it.each([
    ['1001', 'menu:faq', 'nLvdmQZTRGnFBh9tTABjF2a0'],
    ['-100200300', `partner:${UUID}`, 'rXeWkPuzOtUI3OkbBih6pYsoKfmTnHmbQOuld9Y1CzdnyA'],
    ['1001', 'kategori:ö🎉', 'giyi5ZPk6G2QzuB1Qozix1aJ_pwLbXZDRA'],
    ['42', 'x'.repeat(38), 'B05cDEoTr_BFm1ZpVctUMrpHDmsxDq-Hh2VBfbz2YDC4dVx8F7kQmY_sNy0sfZoj'],
  ])('seals in chat %s %j exactly as earlier versions did (buttons already sent keep working)', (chat, id, sealed) => {
    expect(tokens.seal(chat, id)).toBe(sealed);
    expect(tokens.open(chat, sealed)).toBe(id);
  });

  it('is deterministic, and differs per chat', () => {
    expect(tokens.seal('1001', 'menu:faq')).toBe(tokens.seal('1001', 'menu:faq'));
    expect(tokens.seal('1001', 'menu:faq')).not.toBe(tokens.seal('1002', 'menu:faq'));
  });

  it('rejects a token pressed in another chat, edited, forged or raw', () => {
    const data = tokens.seal('1001', 'menu:faq');
    expect(tokens.open('1002', data)).toBeNull();
    const flipped = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    expect(tokens.open('1001', flipped)).toBeNull();
    expect(tokens.open('1001', data.slice(0, -1))).toBeNull();
    expect(tokens.open('1001', 'menu:faq')).toBeNull();
    expect(tokens.open('1001', '')).toBeNull();
    expect(tokens.open('1001', 'A'.repeat(65))).toBeNull();
  });

  it('survives a restart with the same bot token, not a token change', () => {
    const data = tokens.seal('1001', `partner:${UUID}`);
    expect(new CallbackTokens(TOKEN).open('1001', data)).toBe(`partner:${UUID}`);
    expect(new CallbackTokens('7000000001:AAHanotherTOKENxxxxxxxxxxxxxxxxxxxx').open('1001', data)).toBeNull();
  });

  it('keeps ids too long to seal in a bounded map: valid until a restart or eviction', () => {
    const small = new CallbackTokens(TOKEN, { mapSize: 2 });
    const long = `report:${'r'.repeat(80)}`;
    const data = small.seal('1001', long);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(small.open('1001', data)).toBe(long);
    expect(small.open('1002', data)).toBeNull();
    expect(new CallbackTokens(TOKEN).open('1001', data)).toBeNull();
    small.seal('1001', `a:${'a'.repeat(60)}`);
    small.seal('1001', `b:${'b'.repeat(60)}`);
    expect(small.open('1001', data)).toBeNull();
  });

  it('keeps a long id sent again as the newest: evicted only after two others were sent since', () => {
    const small = new CallbackTokens(TOKEN, { mapSize: 2 });
    const long = `report:${'r'.repeat(80)}`;
    const data = small.seal('1001', long);
    small.seal('1001', `a:${'a'.repeat(60)}`);
    expect(small.seal('1001', long)).toBe(data);
    small.seal('1001', `b:${'b'.repeat(60)}`);
    expect(small.open('1001', data)).toBe(long);
  });

  it('gives the same tokens as a fresh instance however many it made before (kept tokens are the ones it would make)', () => {
    const busy = new CallbackTokens(TOKEN);
    const ids = Array.from({ length: 6_000 }, (_, index) => [String(1000 + (index % 7)), `group:${index % 900}`] as const);
    const first = ids.map(([chat, id]) => busy.seal(chat, id));
    const fresh = new CallbackTokens(TOKEN);
    expect(ids.map(([chat, id]) => busy.seal(chat, id))).toEqual(first);
    expect(ids.map(([chat, id]) => fresh.seal(chat, id))).toEqual(first);
  });
});
