/**
 * WhatsApp's mode and the settings of the official WhatsApp Business Platform (Cloud API),
 * kept apart so that the one config schema can merge it. One number runs in one mode:
 * `WHATSAPP_MODE=baileys` (or the older `WHATSAPP_ENABLED=true`) links a personal number
 * through Baileys, `WHATSAPP_MODE=cloud` talks to Meta's Graph API. Rules across variables
 * (cloud mode needs its token, number id, app secret and verify token) are checked by
 * {@link whatsappCloudConfigProblems}, naming each missing variable.
 */
import { z } from 'zod';
import { wholeNumber } from './env-values.js';

/** An optional variable; set-but-empty (`FOO=` in a compose file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** Graph API version used when WHATSAPP_CLOUD_API_VERSION is unset (Meta keeps a version for about two years). */
export const DEFAULT_CLOUD_API_VERSION = 'v24.0';
/** Meta's Graph API. */
export const DEFAULT_CLOUD_API_ROOT = 'https://graph.facebook.com';
/** The platform's default throughput per business number (messages per second). */
export const DEFAULT_CLOUD_RATE_PER_SECOND = 80;

/** One approved template: its name at Meta and its language code (e.g. "id", "en_US"). */
export interface CloudTemplate {
  readonly name: string;
  readonly language: string;
}

/**
 * Templates by alert kind ("*" for every kind without its own). Several languages of one
 * kind are listed in order; the recipient's language picks among them.
 */
export type CloudTemplates = Readonly<Record<string, readonly CloudTemplate[]>>;

const TEMPLATE_ENTRY = /^([a-z*][a-zA-Z0-9_.*-]*)=([a-z0-9_]{1,512}):([a-z]{2,3}(?:_[A-Z]{2})?)$/;

/** Parses `kind=name:language` entries separated by commas (see README, WHATSAPP_CLOUD_TEMPLATES). */
export function parseCloudTemplates(value: string): CloudTemplates | string {
  const templates: Record<string, CloudTemplate[]> = {};
  for (const raw of value.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = TEMPLATE_ENTRY.exec(entry);
    if (!match) return `"${entry}" is not kind=template_name:language (e.g. *=wksbm_notice:id or level.changed=wksbm_level:en)`;
    // The three groups are not optional, so a match has them all.
    const [, kind = '', name = '', language = ''] = match;
    (templates[kind] ??= []).push({ name, language });
  }
  return templates;
}

/** The WhatsApp mode and Cloud API environment variables; merge its `.shape` into the app's schema. */
export const whatsappCloudConfigSchema = z.object({
  /** baileys or cloud; unset: Baileys when WHATSAPP_ENABLED=true, else WhatsApp is off. */
  WHATSAPP_MODE: optional(z.enum(['baileys', 'cloud'], { message: 'expected baileys or cloud' })),
  /** A system user's permanent access token (Business Manager → System users). */
  WHATSAPP_CLOUD_ACCESS_TOKEN: optional(z.string().trim().regex(/^[A-Za-z0-9_|.-]{20,1024}$/, 'expected the access token Meta issued (letters and digits, no spaces)')),
  /** The id of the business phone number (WhatsApp Manager → API setup), not the number itself. */
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: optional(z.string().trim().regex(/^\d{5,25}$/, 'expected the numeric phone number id from API setup, such as 106540352242922')),
  /** The Meta app's secret: webhook calls are signed with it (X-Hub-Signature-256). */
  WHATSAPP_CLOUD_APP_SECRET: optional(z.string().trim().regex(/^[A-Za-z0-9]{16,128}$/, 'expected the app secret (App settings → Basic), 16–128 letters and digits')),
  /** Any string you choose, typed again in the webhook settings at Meta. */
  WHATSAPP_CLOUD_VERIFY_TOKEN: optional(z.string().regex(/^[\x21-\x7e]{8,256}$/, 'expected 8–256 printable characters without spaces')),
  WHATSAPP_CLOUD_API_VERSION: z
    .string()
    .trim()
    .regex(/^v\d{1,3}\.\d{1,2}$/, 'expected a Graph API version such as v24.0')
    .default(DEFAULT_CLOUD_API_VERSION)
    .or(z.literal('').transform(() => DEFAULT_CLOUD_API_VERSION)),
  /** Another Graph API address (tests point it at a fake server on 127.0.0.1). */
  WHATSAPP_CLOUD_API_ROOT: z
    .string()
    .trim()
    .default(DEFAULT_CLOUD_API_ROOT)
    .transform((value, ctx) => {
      const url = value === '' ? DEFAULT_CLOUD_API_ROOT : value;
      try {
        if (['https:', 'http:'].includes(new URL(url).protocol)) return url.replace(/\/+$/, '');
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'expected a URL such as https://graph.facebook.com' });
      return z.NEVER;
    }),
  /** Messages per second the outbox sends through this number (the platform's default tier: 80). */
  WHATSAPP_CLOUD_RATE_PER_SECOND: wholeNumber(1, 1_000).default(DEFAULT_CLOUD_RATE_PER_SECOND),
  /** Approved templates for alerts outside the 24-hour window: `kind=name:language,…` (README). */
  WHATSAPP_CLOUD_TEMPLATES: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const parsed = parseCloudTemplates(value);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
});

/** The parsed variables. */
export type WhatsAppCloudEnv = z.infer<typeof whatsappCloudConfigSchema> & { readonly WHATSAPP_ENABLED: boolean };

const REQUIRED = [
  ['WHATSAPP_CLOUD_ACCESS_TOKEN', 'the access token of a system user with whatsapp_business_messaging'],
  ['WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'the phone number id from WhatsApp Manager → API setup'],
  ['WHATSAPP_CLOUD_APP_SECRET', 'the app secret that signs webhook calls'],
  ['WHATSAPP_CLOUD_VERIFY_TOKEN', 'the verify token typed in the webhook settings at Meta'],
] as const;

/** Rules across variables, as "VARIABLE: problem" lines (empty when all is well). */
export function whatsappCloudConfigProblems(env: WhatsAppCloudEnv): string[] {
  if (env.WHATSAPP_MODE !== 'cloud') return [];
  return REQUIRED.filter(([name]) => env[name] === undefined).map(([name, what]) => `${name}: required when WHATSAPP_MODE=cloud (${what})`);
}

/** Which WhatsApp client runs, if any. */
export function whatsappMode(env: Pick<WhatsAppCloudEnv, 'WHATSAPP_MODE' | 'WHATSAPP_ENABLED'>): 'baileys' | 'cloud' | undefined {
  return env.WHATSAPP_MODE ?? (env.WHATSAPP_ENABLED ? 'baileys' : undefined);
}

/** What the Cloud API channel is built from. */
export interface WhatsAppCloudSettings {
  readonly accessToken: string;
  readonly phoneNumberId: string;
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly apiVersion: string;
  readonly apiRoot: string;
  readonly ratePerSecond: number;
  readonly templates: CloudTemplates;
}

/** The Cloud API settings, or undefined unless WHATSAPP_MODE=cloud. */
export function whatsappCloudSettings(env: WhatsAppCloudEnv): WhatsAppCloudSettings | undefined {
  if (whatsappMode(env) !== 'cloud') return undefined;
  return {
    accessToken: env.WHATSAPP_CLOUD_ACCESS_TOKEN!,
    phoneNumberId: env.WHATSAPP_CLOUD_PHONE_NUMBER_ID!,
    appSecret: env.WHATSAPP_CLOUD_APP_SECRET!,
    verifyToken: env.WHATSAPP_CLOUD_VERIFY_TOKEN!,
    apiVersion: env.WHATSAPP_CLOUD_API_VERSION,
    apiRoot: env.WHATSAPP_CLOUD_API_ROOT,
    ratePerSecond: env.WHATSAPP_CLOUD_RATE_PER_SECOND,
    templates: env.WHATSAPP_CLOUD_TEMPLATES,
  };
}
