/** The composition root builds the WhatsApp channel when enabled, and only then. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhatsAppChannel } from '../../../src/channels/whatsapp/whatsapp-channel.js';
import { ConfigError, loadConfig } from '../../../src/config/config.js';
import { createBot } from '../../../src/main.js';
import { createTestStore, testOverrides, type TestStore } from '../../support/bot.js';

describe('WhatsApp in the composition root', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('postgres');
  });
  afterAll(async () => store?.dispose());

  it('builds the channel (without connecting) when WHATSAPP_ENABLED=true', async () => {
    const enabled = await createBot(loadConfig({ ...store.env, LOG_LEVEL: 'silent', WHATSAPP_ENABLED: 'true' }), testOverrides());
    try {
      expect(enabled.whatsapp).toBeInstanceOf(WhatsAppChannel);
      expect(enabled.whatsapp?.connected).toBe(false);
    } finally {
      await enabled.close();
    }
    const disabled = await createBot(loadConfig({ ...store.env, LOG_LEVEL: 'silent' }), testOverrides());
    try {
      expect(disabled.whatsapp).toBeUndefined();
    } finally {
      await disabled.close();
    }
  });

  it('names a bad WhatsApp setting at start-up', () => {
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_NUMBER: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_NUMBER: 'abc' })).toThrow(/WHATSAPP_PAIRING_NUMBER/);
  });
});
