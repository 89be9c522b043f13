/** sanitizeText / sanitizeInbound / sanitizeValue: properties over hostile and arbitrary text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INBOUND_TEXT, sanitizeInbound, sanitizeText } from '../../src/core/sanitize-text.js';
import { sanitizeValue } from '../../src/http/sanitize-body.js';
import { hasForbiddenControl, hasLoneSurrogate, hostileText, longHostileText } from './hostile-strings.js';

const SEED = Number(process.env.HOSTILE_SEED ?? 20_261_130);
const params = { seed: SEED, numRuns: 300 } as const;

describe('sanitizeText', () => {
  it('leaves no lone surrogate and no control character but tab and line feed; is idempotent', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const clean = sanitizeText(text);
        expect(hasLoneSurrogate(clean)).toBe(false);
        expect(hasForbiddenControl(clean)).toBe(false);
        expect(sanitizeText(clean)).toBe(clean);
        // Valid UTF-16 survives an encode/decode round trip unchanged.
        expect(Buffer.from(clean, 'utf8').toString('utf8')).toBe(clean);
      }),
      params,
    );
  });

  it('keeps text that is already clean, emoji sequences and right-to-left text included', () => {
    const keep = ['Kelompok 👩‍👩‍👧‍👦 RT 05', 'مرحبا\tשלום\n🏳️‍🌈', '<script>x</script> _*[]()~`>#+-=|{}.!', `'; DROP TABLE "Group";--`, 'zero\u200bwidth\u202e'];
    for (const text of keep) expect(sanitizeText(text)).toBe(text);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const withoutControls = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').replace(/\r/g, '');
        expect(sanitizeText(withoutControls)).toBe(withoutControls);
      }),
      params,
    );
  });

  it('replaces lone surrogates, drops NUL and controls, turns CR LF into LF', () => {
    expect(sanitizeText('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc');
    expect(sanitizeText('\ud83d\ude00')).toBe('😀');
    expect(sanitizeText('a\u0000b\u0007c\u001b[31m\u007f')).toBe('abc[31m');
    expect(sanitizeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('caps long text at whole code points, as a prefix of the clean text', () => {
    fc.assert(
      fc.property(longHostileText(), (text) => {
        const clean = sanitizeText(text, { maxLength: MAX_INBOUND_TEXT });
        expect(Array.from(clean).length).toBeLessThanOrEqual(MAX_INBOUND_TEXT);
        expect(sanitizeText(text).startsWith(clean)).toBe(true);
        expect(hasLoneSurrogate(clean)).toBe(false);
      }),
      { ...params, numRuns: 40 },
    );
    expect(sanitizeText('👍'.repeat(5), { maxLength: 3 })).toBe('👍👍👍');
  });
});

describe('sanitizeInbound', () => {
  it('cleans text, captions and button ids, and returns the same message when clean', () => {
    const message = { channel: 'telegram' as const, messageId: 'tg:1', sender: { externalId: '42' }, content: { type: 'text' as const, text: 'halo' } };
    expect(sanitizeInbound(message)).toBe(message);
    expect(sanitizeInbound({ ...message, content: { type: 'text', text: 'a\u0000\ud800' } }).content).toEqual({ type: 'text', text: 'a\ufffd' });
    expect(sanitizeInbound({ ...message, content: { type: 'button', id: 'x\u0000'.repeat(300) } }).content).toEqual({ type: 'button', id: 'x'.repeat(256) });
    expect(sanitizeInbound({ ...message, content: { type: 'media', kind: 'photo', ref: 'f', caption: '\u0000c' } }).content).toEqual({
      type: 'media',
      kind: 'photo',
      ref: 'f',
      caption: 'c',
    });
  });
});

describe('sanitizeValue (request bodies)', () => {
  it('cleans every string and key of any JSON value, and keeps clean values as they are', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(hostileText(3), hostileText(4), { maxKeys: 4 }), (clean, hostile) => {
        const cleanJson = JSON.parse(JSON.stringify(sanitizeValue(clean))) as unknown;
        expect(sanitizeValue(cleanJson)).toEqual(cleanJson);
        const cleaned = sanitizeValue({ body: hostile, list: [hostile, Object.values(hostile)] });
        for (const value of stringsIn(cleaned)) {
          expect(hasLoneSurrogate(value)).toBe(false);
          expect(hasForbiddenControl(value)).toBe(false);
        }
      }),
      params,
    );
  });

  it('cleans query objects, whose prototype is a null-prototype object', () => {
    const query = Object.create(Object.create(null) as object) as Record<string, unknown>;
    query['a\u0000'] = 'b\ud800';
    expect({ ...(sanitizeValue(query) as Record<string, unknown>) }).toEqual({ a: 'b\ufffd' });
    expect(sanitizeValue(new Date(0))).toEqual(new Date(0));
  });

  it('keeps "__proto__" a plain key', () => {
    const body = JSON.parse('{"__proto__": {"polluted": "\\u0000yes"}}') as Record<string, unknown>;
    const clean = sanitizeValue(body) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(clean, '__proto__')?.value).toEqual({ polluted: 'yes' });
  });
});

/** Every string and key in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
  return [];
}
