/**
 * The helpers that replaced casts: records built from a const list keep every key in its
 * order, options lose only their undefined keys, and unknown values are read field by field.
 */
import { describe, expect, it } from 'vitest';
import { definedOnly, recordOf } from '../../src/core/record.js';
import { field, isRecord } from '../../src/core/unknown.js';

describe('recordOf', () => {
  it('gives one entry per listed key, in the list\'s order', () => {
    const levels = ['belum_ada', 'rintisan', 'aktif'] as const;
    const record = recordOf(levels, (level) => level.length);
    expect(record).toEqual({ belum_ada: 9, rintisan: 8, aktif: 5 });
    expect(Object.keys(record)).toEqual([...levels]);
  });
});

describe('definedOnly', () => {
  it('drops keys set to undefined and keeps every other value, falsy ones too', () => {
    const options = { a: undefined, b: 0, c: null, d: false, e: '' };
    expect(definedOnly(options)).toEqual({ b: 0, c: null, d: false, e: '' });
    expect(Object.hasOwn(definedOnly(options), 'a')).toBe(false);
  });

  it('lets defaults stand where an option is undefined', () => {
    const given: { batchSize?: number | undefined; leaseMs?: number | undefined } = { batchSize: undefined, leaseMs: 10 };
    expect({ batchSize: 50, leaseMs: 300, ...definedOnly(given) }).toEqual({ batchSize: 50, leaseMs: 10 });
  });
});

describe('field and isRecord', () => {
  it('read a field of an object, an error included', () => {
    expect(field({ code: 'ENOENT' }, 'code')).toBe('ENOENT');
    expect(field(Object.assign(new Error('gone'), { code: '42P04' }), 'code')).toBe('42P04');
    expect(field(field({ output: { statusCode: 410 } }, 'output'), 'statusCode')).toBe(410);
  });

  it('give undefined for what has no fields to read', () => {
    for (const value of [undefined, null, 'text', 12, true, ['a']]) {
      expect(field(value, 'length')).toBeUndefined();
      expect(isRecord(value)).toBe(false);
    }
    expect(isRecord({})).toBe(true);
  });
});
