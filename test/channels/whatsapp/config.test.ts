/** The WhatsApp environment variables, on their own and merged into a schema. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { whatsappConfigProblems, whatsappConfigSchema, whatsappSettings } from '../../../src/config/whatsapp.js';
import { createWhatsAppTexts } from '../../../src/channels/whatsapp/texts.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';

const parse = (env: Record<string, string>) => whatsappConfigSchema.parse(env);

describe('WhatsApp configuration', () => {
  it('is off by default, with pacing 1–3 s and 1000 messages a day', () => {
    const env = parse({});
    expect(env).toEqual({ WHATSAPP_ENABLED: false, WHATSAPP_DAILY_CAP: 1000, WHATSAPP_MIN_DELAY_MS: 1000, WHATSAPP_MAX_DELAY_MS: 3000 });
    expect(whatsappSettings(env)).toBeUndefined();
    expect(whatsappConfigProblems(env)).toEqual([]);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['YES', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads WHATSAPP_ENABLED=%s as %s ("false" is not true)', (value, expected) => {
    expect(parse({ WHATSAPP_ENABLED: value }).WHATSAPP_ENABLED).toBe(expected);
  });

  it('takes the pairing number as people write it and keeps digits with 62', () => {
    for (const written of ['0812-3456-7890', '+62 812 3456 7890', '6281234567890']) {
      expect(parse({ WHATSAPP_PAIRING_NUMBER: written }).WHATSAPP_PAIRING_NUMBER).toBe('6281234567890');
    }
    expect(parse({ WHATSAPP_PAIRING_NUMBER: '' }).WHATSAPP_PAIRING_NUMBER).toBeUndefined();
  });

  it('builds the channel settings when enabled', () => {
    const env = parse({ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_NUMBER: '081234567890', WHATSAPP_DAILY_CAP: '300', WHATSAPP_MIN_DELAY_MS: '2000', WHATSAPP_MAX_DELAY_MS: '5000' });
    expect(whatsappSettings(env)).toEqual({ pairingNumber: '6281234567890', pacing: { minDelayMs: 2000, maxDelayMs: 5000, dailyCap: 300 } });
  });

  it('names bad values', () => {
    const result = whatsappConfigSchema.safeParse({ WHATSAPP_ENABLED: 'maybe', WHATSAPP_PAIRING_NUMBER: '+1 415 555 2671', WHATSAPP_DAILY_CAP: '0', WHATSAPP_MIN_DELAY_MS: '-5' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'WHATSAPP_DAILY_CAP',
      'WHATSAPP_ENABLED',
      'WHATSAPP_MIN_DELAY_MS',
      'WHATSAPP_PAIRING_NUMBER',
    ]);
    expect(whatsappConfigProblems(parse({ WHATSAPP_MIN_DELAY_MS: '5000', WHATSAPP_MAX_DELAY_MS: '1000' }))).toEqual([
      'WHATSAPP_MAX_DELAY_MS: must not be below WHATSAPP_MIN_DELAY_MS (1000 < 5000)',
    ]);
  });

  it('merges into the app schema by shape', () => {
    const merged = z.object({ PORT: z.coerce.number().default(3000), ...whatsappConfigSchema.shape });
    expect(merged.parse({ WHATSAPP_ENABLED: 'true' })).toMatchObject({ PORT: 3000, WHATSAPP_ENABLED: true });
  });

  it('has the list hint in both languages', () => {
    const texts = createWhatsAppTexts(createRenderer(loadLocaleResources(LOCALES_DIR), 'id'));
    expect(texts.listHint('id')).toMatch(/^Balas dengan angka/);
    expect(texts.listHint('en')).toMatch(/^Reply with the number/);
  });
});
