/**
 * The one schema for the environment. It is parsed once at start; a bad value stops
 * start-up with a message that names the variable and says what is expected.
 */
import { z } from 'zod';
import { OUTBOX_MAX_RATE_WAIT_MS } from '../core/outbox/dispatcher.js';
import { thresholdProblems, type StatusThresholds } from '../domain/status/thresholds.js';
import { bareNumber, parseDuration } from './duration.js';
import { telegramConfigProblems, telegramConfigSchema } from './telegram.js';
import { trustProxySchema } from './trust-proxy.js';
import { whatsappConfigProblems, whatsappConfigSchema } from './whatsapp.js';
import { whatsappCloudConfigProblems, whatsappCloudConfigSchema } from './whatsapp-cloud.js';
import { StartupError } from './startup-error.js';
import { flag, oneOf, wholeNumber, withoutBlankValues } from './env-values.js';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      // A bare number would be milliseconds: DATA_RETENTION=90 meant as days purged everything older than 90 ms.
      const bare = bareNumber(value);
      if (bare !== null) {
        ctx.addIssue({ code: 'custom', message: `needs a unit: write ${bare}d for days, ${bare}h for hours, ${bare}m for minutes or ${bare}s for seconds` });
        return z.NEVER;
      }
      const ms = parseDuration(value);
      if (ms === null || ms <= 0) {
        ctx.addIssue({ code: 'custom', message: 'expected a duration such as "30m", "24h" or "7d"' });
        return z.NEVER;
      }
      return ms;
    });

const count = (fallback: number) => wholeNumber(0, 100_000).default(fallback);

/**
 * New web chat sessions per minute from one address, by default. Generous on purpose: a
 * socialisation meeting at the balai desa opens the chat on one Wi-Fi, and mobile carriers
 * put many phones behind one address (CGNAT); a session is one small row, purged when unused.
 */
export const DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE = 120;

const schema = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: wholeNumber(0, 65_535).default(3000),
  /** A PostgreSQL server; when unset the embedded database in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a URL such as postgresql://user:password@host:5432/database')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Port of the embedded PostgreSQL (no DATABASE_URL) on 127.0.0.1; unset: a free port at each start. */
  EMBEDDED_POSTGRES_PORT: wholeNumber(1, 65_535).optional(),
  DEFAULT_LOCALE: oneOf(['id', 'en']).default('id'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A conversation left in the middle of a flow for longer than this starts over. */
  CONVERSATION_IDLE_TIMEOUT: duration('24h'),
  /** Invalid answers in a row after which the menu is offered. */
  MAX_INVALID_ANSWERS: wholeNumber(1, 20).default(3),
  // WKSBM status thresholds (defaults: the project brief).
  STATUS_MIN_ACTIVE_GROUPS: count(3),
  STATUS_MIN_GROUP_TYPES: count(2),
  STATUS_ACTIVITY_WINDOW_DAYS: count(365),
  STATUS_NEW_GROUP_GRACE_DAYS: count(90),
  STATUS_MIN_RELATIONS: count(2),
  STATUS_MIN_LINKED_PERCENT: wholeNumber(0, 100).default(60),
  STATUS_MIN_GROUPS_PER_JOINT_ACTIVITY: wholeNumber(2, 1000).default(2),
  STATUS_MIN_JOINT_ACTIVITIES: count(2),
  STATUS_MIN_PMKS_JOINT_ACTIVITIES: count(1),
  STATUS_DORMANT_AFTER_DAYS: count(180),
  /** A new group counts in C2's linked share only once linked, or after this many days. */
  STATUS_NEW_GROUP_LINK_DAYS: count(90),
  /** Days between a warned drop (from time or the linked share) and the drop itself. */
  STATUS_DROP_GRACE_DAYS: count(30),
  /** Send the outbox (alerts, notices) from this instance; all instances may. */
  OUTBOX_ENABLED: flag(true),
  /** Attempts before an alert goes to the dead letters. */
  OUTBOX_MAX_ATTEMPTS: wholeNumber(1, 100).default(8),
  /**
   * How long an instance holds a claimed alert: after a crash, another instance takes the
   * alert over once this passes. Must exceed OUTBOX_SEND_TIMEOUT by more than 10 s.
   */
  OUTBOX_LEASE: duration('5m'),
  /** A proactive send taking longer counts as a retryable failure. */
  OUTBOX_SEND_TIMEOUT: duration('2m'),
  /** Run the periodic jobs (daily checks, weekly digests) from this instance; each runs once per period anyway. */
  SCHEDULER_ENABLED: flag(true),
  /** Days without activity before a group is reported to its officers. */
  ALERT_INACTIVE_DAYS: wholeNumber(1, 3650).default(60),
  /** Hour (WIB) of the daily checks. */
  ALERT_DAILY_HOUR: wholeNumber(0, 23).default(7),
  /** ISO weekday of the officers' weekly digest, 1 = Monday. */
  DIGEST_WEEKDAY: wholeNumber(1, 7).default(1),
  /** Hour (WIB) of the weekly digest. */
  DIGEST_HOUR: wholeNumber(0, 23).default(7),
  /**
   * Bearer token of the admin API (/api) and the dashboard; unset: only personal tokens of
   * admin persons and officers sign in. At least 24 characters.
   */
  ADMIN_TOKEN: z
    .string()
    .min(24, 'expected at least 24 characters (e.g. from `openssl rand -base64 32`)')
    .optional(),
  /** Conversation state and processed message ids older than this are purged by a daily job (UU PDP). */
  DATA_RETENTION: duration('90d'),
  /** Inbound messages one chat identity may send per minute before the bot asks them to slow down. */
  FLOOD_MAX_PER_MINUTE: wholeNumber(1, 10_000).default(30),
  /** Requests per minute per caller on every route but the Telegram and WhatsApp webhooks and /health. */
  HTTP_RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000).default(600),
  /** POST /api/auth/exchange attempts per minute per client address, on top of the general limit. */
  HTTP_AUTH_EXCHANGE_PER_MINUTE: wholeNumber(1, 1_000_000).default(10),
  /** New web chat sessions (POST /webchat/sessions) per minute per client address. */
  HTTP_WEBCHAT_SESSIONS_PER_MINUTE: wholeNumber(1, 1_000_000).default(DEFAULT_WEBCHAT_SESSIONS_PER_MINUTE),
  /** Reverse proxies whose X-Forwarded-For is believed: off, a hop count, or addresses (src/config/trust-proxy.ts). */
  TRUST_PROXY: trustProxySchema,
  /**
   * People with nothing to keep — no group, no officer or admin role, no consent record — and
   * no message for this long are deleted by the daily retention job.
   */
  IDLE_PERSON_RETENTION: duration('90d'),
  ...telegramConfigSchema.shape,
  ...whatsappConfigSchema.shape,
  ...whatsappCloudConfigSchema.shape,
});

/** The parsed configuration. */
export type Config = Readonly<z.infer<typeof schema>>;

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends StartupError {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** The outbox dispatcher refuses a lease a slow send (plus its 10 s rate-limit wait) could outlive. */
function outboxConfigProblems(config: Pick<Config, 'OUTBOX_LEASE' | 'OUTBOX_SEND_TIMEOUT'>): string[] {
  return config.OUTBOX_LEASE > config.OUTBOX_SEND_TIMEOUT + OUTBOX_MAX_RATE_WAIT_MS
    ? []
    : [`OUTBOX_LEASE: must exceed OUTBOX_SEND_TIMEOUT by more than ${OUTBOX_MAX_RATE_WAIT_MS / 1000} s (a slow send could outlive its claim)`];
}

/** Parses the environment (process.env by default). */
export function loadConfig(given: Record<string, string | undefined> = process.env): Config {
  const env = withoutBlankValues(given);
  const result = schema.safeParse(env);
  if (result.success) {
    const problems = [
      ...thresholdProblems(statusThresholds(result.data)).map((problem) => `STATUS_* thresholds: ${problem}`),
      ...telegramConfigProblems(result.data),
      ...whatsappConfigProblems(result.data),
      ...whatsappCloudConfigProblems(result.data),
      ...outboxConfigProblems(result.data),
    ];
    if (problems.length > 0) throw new ConfigError(problems);
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      const value = env[variable];
      // Secrets (passwords in URLs, tokens) never reach the logs.
      const secret = /URL|TOKEN|SECRET|PASSWORD/.test(variable);
      const shown = value === undefined || secret ? '' : ` (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
      return `${variable}: ${issue.message}${shown}`;
    }),
  );
}

/**
 * The public address of the app, without a trailing slash: PUBLIC_URL, or else
 * http://HOST:PORT (a wildcard HOST such as 0.0.0.0 becomes localhost, which at least works
 * on the machine itself). Links in chats are built from it.
 */
export function publicUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (config.PUBLIC_URL !== undefined) return config.PUBLIC_URL;
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/** The WKSBM status thresholds of a configuration. */
export function statusThresholds(config: Config): StatusThresholds {
  return {
    minActiveGroups: config.STATUS_MIN_ACTIVE_GROUPS,
    minGroupTypes: config.STATUS_MIN_GROUP_TYPES,
    activityWindowDays: config.STATUS_ACTIVITY_WINDOW_DAYS,
    newGroupGraceDays: config.STATUS_NEW_GROUP_GRACE_DAYS,
    minRelations: config.STATUS_MIN_RELATIONS,
    minLinkedPercent: config.STATUS_MIN_LINKED_PERCENT,
    minGroupsPerJointActivity: config.STATUS_MIN_GROUPS_PER_JOINT_ACTIVITY,
    minJointActivities: config.STATUS_MIN_JOINT_ACTIVITIES,
    minPmksJointActivities: config.STATUS_MIN_PMKS_JOINT_ACTIVITIES,
    dormantAfterDays: config.STATUS_DORMANT_AFTER_DAYS,
    newGroupLinkDays: config.STATUS_NEW_GROUP_LINK_DAYS,
    dropGraceDays: config.STATUS_DROP_GRACE_DAYS,
  };
}
