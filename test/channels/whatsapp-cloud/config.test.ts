/** WHATSAPP_MODE and the WHATSAPP_CLOUD_* variables, read by the app's one schema. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/config.js';
import { whatsappSettings } from '../../../src/config/whatsapp.js';
import { DEFAULT_CLOUD_API_ROOT, DEFAULT_CLOUD_API_VERSION, parseCloudTemplates, whatsappCloudSettings, whatsappMode } from '../../../src/config/whatsapp-cloud.js';

const CLOUD = {
  WHATSAPP_MODE: 'cloud',
  WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAGm0PX4ZCpsBAKZCtestTOKEN123',
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_CLOUD_APP_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  WHATSAPP_CLOUD_VERIFY_TOKEN: 'my-verify-token',
};

/** The problems a configuration error names, one line each. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ LOG_LEVEL: 'silent', ...env });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('WhatsApp mode', () => {
  it('keeps WHATSAPP_ENABLED=true meaning Baileys, and lets WHATSAPP_MODE choose', () => {
    expect(whatsappMode(loadConfig({}))).toBeUndefined();
    expect(whatsappMode(loadConfig({ WHATSAPP_ENABLED: 'true' }))).toBe('baileys');
    expect(whatsappSettings(loadConfig({ WHATSAPP_ENABLED: 'true' }))).toBeDefined();
    expect(whatsappMode(loadConfig({ WHATSAPP_MODE: 'baileys' }))).toBe('baileys');
    expect(whatsappSettings(loadConfig({ WHATSAPP_MODE: 'baileys' }))).toBeDefined();
    // One number, one mode: cloud mode never starts Baileys.
    const cloud = loadConfig({ ...CLOUD, WHATSAPP_ENABLED: 'true' });
    expect(whatsappMode(cloud)).toBe('cloud');
    expect(whatsappSettings(cloud)).toBeUndefined();
  });

  it('builds the cloud settings with a current API version, the Graph API and 80 messages/s by default', () => {
    expect(whatsappCloudSettings(loadConfig(CLOUD))).toEqual({
      accessToken: CLOUD.WHATSAPP_CLOUD_ACCESS_TOKEN,
      phoneNumberId: CLOUD.WHATSAPP_CLOUD_PHONE_NUMBER_ID,
      appSecret: CLOUD.WHATSAPP_CLOUD_APP_SECRET,
      verifyToken: CLOUD.WHATSAPP_CLOUD_VERIFY_TOKEN,
      apiVersion: DEFAULT_CLOUD_API_VERSION,
      apiRoot: DEFAULT_CLOUD_API_ROOT,
      ratePerSecond: 80,
      templates: {},
    });
    const custom = whatsappCloudSettings(loadConfig({ ...CLOUD, WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9999/', WHATSAPP_CLOUD_API_VERSION: 'v23.0', WHATSAPP_CLOUD_RATE_PER_SECOND: '250' }));
    expect(custom).toMatchObject({ apiRoot: 'http://127.0.0.1:9999', apiVersion: 'v23.0', ratePerSecond: 250 });
    expect(whatsappCloudSettings(loadConfig({}))).toBeUndefined();
  });

  it('stops start-up naming each missing cloud setting', () => {
    expect(problems({ WHATSAPP_MODE: 'cloud' }).map((line) => line.split(':')[0])).toEqual([
      'WHATSAPP_CLOUD_ACCESS_TOKEN',
      'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
      'WHATSAPP_CLOUD_APP_SECRET',
      'WHATSAPP_CLOUD_VERIFY_TOKEN',
    ]);
    expect(problems({ ...CLOUD, WHATSAPP_CLOUD_APP_SECRET: '' })).toEqual([expect.stringMatching(/^WHATSAPP_CLOUD_APP_SECRET: required when WHATSAPP_MODE=cloud/)]);
  });

  it('names malformed settings, never showing secrets', () => {
    const found = problems({
      ...CLOUD,
      WHATSAPP_MODE: 'official',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: '+62 812 3456',
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'has spaces in it and is bad',
      WHATSAPP_CLOUD_API_VERSION: '24',
      WHATSAPP_CLOUD_API_ROOT: 'graph.facebook.com',
      WHATSAPP_CLOUD_RATE_PER_SECOND: '0',
      WHATSAPP_CLOUD_TEMPLATES: 'group.registered=Bad Name',
    });
    expect(found.map((line) => line.split(':')[0]).sort()).toEqual([
      'WHATSAPP_CLOUD_ACCESS_TOKEN',
      'WHATSAPP_CLOUD_API_ROOT',
      'WHATSAPP_CLOUD_API_VERSION',
      'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
      'WHATSAPP_CLOUD_RATE_PER_SECOND',
      'WHATSAPP_CLOUD_TEMPLATES',
      'WHATSAPP_MODE',
    ]);
    expect(found.join('\n')).not.toContain('has spaces');
  });

  it('reads templates per kind and language', () => {
    expect(parseCloudTemplates('*=wksbm_notice:id, *=wksbm_notice:en_US,group.registered=wksbm_group:id')).toEqual({
      '*': [
        { name: 'wksbm_notice', language: 'id' },
        { name: 'wksbm_notice', language: 'en_US' },
      ],
      'group.registered': [{ name: 'wksbm_group', language: 'id' }],
    });
    expect(parseCloudTemplates('')).toEqual({});
    expect(parseCloudTemplates('wksbm_notice')).toMatch(/not kind=template_name:language/);
  });
});
