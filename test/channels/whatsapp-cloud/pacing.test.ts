/** The Cloud channel paces the outbox a margin below the number's limit (network jitter would otherwise hit 130429). */
import { describe, expect, it } from 'vitest';
import { pacedRate } from '../../../src/channels/whatsapp-cloud/cloud-channel.js';

describe('pacedRate', () => {
  it('is 95 % of the limit, whole messages, at least one', () => {
    expect(pacedRate(80)).toBe(76);
    expect(pacedRate(250)).toBe(237);
    expect(pacedRate(1)).toBe(1);
  });
});
