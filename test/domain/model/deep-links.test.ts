/** A record named in a deep link: a UUID in 22 characters, and nothing else read back as one. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deepLinkButtonId, parseDeepLink } from '../../../src/core/engine/flow.js';
import { compactUuid, MY_GROUPS_DEEP_LINK, uuidFromCompact } from '../../../src/domain/model/deep-links.js';

describe('compactUuid', () => {
  it('writes any UUID in 22 characters that a deep link carries and reads back', () => {
    for (let round = 0; round < 200; round += 1) {
      const id = randomUUID();
      const compact = compactUuid(id);
      expect(compact).toHaveLength(22);
      const link = parseDeepLink(deepLinkButtonId(MY_GROUPS_DEEP_LINK, compact));
      expect(uuidFromCompact(link!.arg)).toBe(id);
    }
    expect(compactUuid('00000000-0000-0000-0000-000000000000')).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(uuidFromCompact(compactUuid('FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'))).toBe('ffffffff-ffff-ffff-ffff-ffffffffffff');
  });

  it('reads nothing else as a UUID: an empty, short, long or padded argument is no record', () => {
    for (const arg of ['', 'abc', 'A'.repeat(21), 'A'.repeat(23), `${'A'.repeat(21)}B`, `${'A'.repeat(21)}=`]) expect(uuidFromCompact(arg)).toBeNull();
    expect(() => compactUuid('not-a-uuid')).toThrow(/not a UUID/);
  });
});
