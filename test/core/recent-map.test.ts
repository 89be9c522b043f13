/** RecentMap keeps the entries set most recently, up to its size, oldest dropped first. */
import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../src/core/recent-map.js';

describe('RecentMap', () => {
  it('drops the least recently set entry beyond its size; reading does not change the order', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([undefined, 2, 3, 2]);
    map.set('b', 20); // set again: now the newest
    map.set('d', 4);
    expect([map.get('b'), map.get('c'), map.get('d')]).toEqual([20, undefined, 4]);
    map.delete('b');
    expect([map.get('b'), map.size]).toEqual([undefined, 1]);
  });
});
