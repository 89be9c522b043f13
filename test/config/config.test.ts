import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { parseDuration } from '../../src/config/duration.js';
import { embeddedPortFromEnv } from '../../src/storage/embedded/port-env.js';

describe('loadConfig', () => {
  it('has defaults that run the bot on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      DEFAULT_LOCALE: 'id',
      LOG_LEVEL: 'info',
      CONVERSATION_IDLE_TIMEOUT: 24 * 3_600_000,
      MAX_INVALID_ANSWERS: 3,
      // A meeting on one Wi-Fi, or phones behind a carrier's one address, each open a chat.
      HTTP_WEBCHAT_SESSIONS_PER_MINUTE: 120,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads values and durations', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/wksbm',
      DEFAULT_LOCALE: 'en',
      CONVERSATION_IDLE_TIMEOUT: '30m',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgresql://u:p@db:5432/wksbm');
    expect(config.DEFAULT_LOCALE).toBe('en');
    expect(config.CONVERSATION_IDLE_TIMEOUT).toBe(30 * 60_000);
  });

  it('reads EMBEDDED_POSTGRES_PORT: unset or empty means a free port, a bad one is named', () => {
    expect(loadConfig({}).EMBEDDED_POSTGRES_PORT).toBeUndefined();
    expect(loadConfig({ EMBEDDED_POSTGRES_PORT: '' }).EMBEDDED_POSTGRES_PORT).toBeUndefined();
    expect(loadConfig({ EMBEDDED_POSTGRES_PORT: '54329' }).EMBEDDED_POSTGRES_PORT).toBe(54329);
    expect(() => loadConfig({ EMBEDDED_POSTGRES_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ EMBEDDED_POSTGRES_PORT: 'auto' })).toThrow(/EMBEDDED_POSTGRES_PORT/);
  });

  it('the CLIs read EMBEDDED_POSTGRES_PORT by the same rule', () => {
    expect(embeddedPortFromEnv({})).toBeUndefined();
    expect(embeddedPortFromEnv({ EMBEDDED_POSTGRES_PORT: ' 54329 ' })).toBe(54329);
    expect(() => embeddedPortFromEnv({ EMBEDDED_POSTGRES_PORT: '0' })).toThrow(/EMBEDDED_POSTGRES_PORT/);
  });

  it('reads the outbox lease and send timeout, and refuses a lease a slow send could outlive', () => {
    expect(loadConfig({})).toMatchObject({ OUTBOX_LEASE: 5 * 60_000, OUTBOX_SEND_TIMEOUT: 2 * 60_000 });
    expect(loadConfig({ OUTBOX_LEASE: '40s', OUTBOX_SEND_TIMEOUT: '20s' })).toMatchObject({ OUTBOX_LEASE: 40_000, OUTBOX_SEND_TIMEOUT: 20_000 });
    expect(() => loadConfig({ OUTBOX_LEASE: '1m' })).toThrow(/OUTBOX_LEASE: must exceed OUTBOX_SEND_TIMEOUT/);
    expect(() => loadConfig({ OUTBOX_LEASE: '30s', OUTBOX_SEND_TIMEOUT: '20s' })).toThrow(ConfigError);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('treats every variable set blank (`PORT=` in a compose .env) as unset: the default, not 0 or a refusal', () => {
    // PORT= listened on a random port (0), STATUS_MIN_ACTIVE_GROUPS= made one group enough, HOST= was refused.
    expect(loadConfig({ PORT: '', STATUS_MIN_ACTIVE_GROUPS: ' ', HOST: '', HTTP_RATE_LIMIT_PER_MINUTE: '', DATA_RETENTION: '' })).toMatchObject({
      PORT: 3000,
      STATUS_MIN_ACTIVE_GROUPS: 3,
      HOST: '127.0.0.1',
      HTTP_RATE_LIMIT_PER_MINUTE: 600,
      DATA_RETENTION: 90 * 86_400_000,
    });
  });

  it('refuses a duration without its unit, saying which to write (DATA_RETENTION=90 was 90 milliseconds)', () => {
    for (const variable of ['DATA_RETENTION', 'IDLE_PERSON_RETENTION', 'CONVERSATION_IDLE_TIMEOUT', 'OUTBOX_LEASE']) {
      expect(() => loadConfig({ [variable]: '90' }), variable).toThrow(`${variable}: needs a unit: write 90d for days, 90h for hours, 90m for minutes or 90s for seconds (got "90")`);
    }
    expect(loadConfig({ DATA_RETENTION: '30d', IDLE_PERSON_RETENTION: '250ms' })).toMatchObject({ DATA_RETENTION: 30 * 86_400_000, IDLE_PERSON_RETENTION: 250 });
    // The value is said once (it was said twice: `got "soon" (got "soon")`).
    expect(() => loadConfig({ DATA_RETENTION: 'soon' })).toThrow(/DATA_RETENTION: expected a duration such as "30m", "24h" or "7d" \(got "soon"\)$/);
  });

  it('says a number must be whole and in what range, not zod\'s "expected number, received NaN"', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT: expected a whole number from 0 to 65535 (got "abc")');
    expect(() => loadConfig({ MAX_INVALID_ANSWERS: '0' })).toThrow('MAX_INVALID_ANSWERS: expected a whole number from 1 to 20 (got "0")');
    expect(() => loadConfig({ STATUS_MIN_ACTIVE_GROUPS: '2.5' })).toThrow('STATUS_MIN_ACTIVE_GROUPS: expected a whole number from 0 to 100000 (got "2.5")');
    expect(() => loadConfig({ WHATSAPP_DAILY_CAP: 'many' })).toThrow('WHATSAPP_DAILY_CAP: expected a whole number from 1 to 100000 (got "many")');
  });

  it('reads a word from a list in any case, and names the list in plain words for another (was `Invalid option: expected one of "id"|"en"`)', () => {
    expect(loadConfig({ LOG_LEVEL: 'INFO', DEFAULT_LOCALE: 'EN', TELEGRAM_MODE: 'Polling' })).toMatchObject({ LOG_LEVEL: 'info', DEFAULT_LOCALE: 'en', TELEGRAM_MODE: 'polling' });
    expect(() => loadConfig({ DEFAULT_LOCALE: 'jv' })).toThrow('DEFAULT_LOCALE: expected one of id, en (got "jv")');
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "verbose")');
  });

  it('reads every yes/no switch alike, in any case (OUTBOX_ENABLED=False was refused while WHATSAPP_ENABLED=TRUE was taken)', () => {
    expect(loadConfig({ OUTBOX_ENABLED: 'False', SCHEDULER_ENABLED: 'NO', WHATSAPP_ENABLED: 'TRUE' })).toMatchObject({
      OUTBOX_ENABLED: false,
      SCHEDULER_ENABLED: false,
      WHATSAPP_ENABLED: true,
    });
    expect(loadConfig({ OUTBOX_ENABLED: 'off' }).OUTBOX_ENABLED).toBe(false);
    expect(() => loadConfig({ OUTBOX_ENABLED: 'maybe' })).toThrow('OUTBOX_ENABLED: expected true or false (got "maybe")');
  });

  it('names every bad variable, and never shows a secret value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DEFAULT_LOCALE: 'fr', DATABASE_URL: 'mysql://root:hunter2@x/db', CONVERSATION_IDLE_TIMEOUT: 'soon' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const variable of ['PORT', 'DEFAULT_LOCALE', 'DATABASE_URL', 'CONVERSATION_IDLE_TIMEOUT']) {
      expect(message).toContain(variable);
    }
    expect(message).toContain('"eighty"');
    expect(message).not.toContain('hunter2');
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1500', 1_500],
    ['250ms', 250],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'soon', '-5m', '5 weeks'])('rejects %j', (text) => expect(parseDuration(text)).toBeNull());
});

describe('start-up with a bad configuration', () => {
  it('stops with a message naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });

  it('npm run recompute stops alike: the message naming the variable, not a stack trace', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recompute.ts'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
    const badThreshold = run({ STATUS_MIN_ACTIVE_GROUPS: 'abc' });
    expect(badThreshold.status).toBe(1);
    expect(badThreshold.stderr).toBe('recompute failed: Invalid configuration:\n  - STATUS_MIN_ACTIVE_GROUPS: expected a whole number from 0 to 100000 (got "abc")\n');
    const noServer = run({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/wksbm' });
    expect(noServer.status).toBe(1);
    expect(noServer.stderr).toMatch(/^recompute failed: No PostgreSQL answers at 127\.0\.0\.1:1 \(DATABASE_URL\)/);
    expect(noServer.stderr).not.toMatch(/\n\s+at /);
  });
});
