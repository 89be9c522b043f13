/**
 * The WhatsApp part of the environment, kept apart so that the one config schema can merge
 * it (`z.object({ ...base.shape, ...whatsappConfigSchema.shape })`). Rules across variables
 * (the pacing window) are checked afterwards by {@link whatsappConfigProblems}.
 *
 * There is deliberately no list of numbers to message: the channel only writes to people who
 * wrote first (and, later, to officers who opted in), which is what keeps a number unbanned.
 */
import { z } from 'zod';
import { parseIndonesianPhone } from '../domain/parse/phone.js';
import { flag, wholeNumber } from './env-values.js';

/** An optional variable; set-but-empty (`FOO=` in a compose file) counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const milliseconds = (fallback: number) => wholeNumber(0, 600_000).default(fallback);

/** The WhatsApp environment variables; merge its `.shape` into the app's schema. */
export const whatsappConfigSchema = z.object({
  /** Connects the bot's WhatsApp number through Baileys (an unofficial client; see README). */
  WHATSAPP_ENABLED: flag(false),
  /**
   * The bot's own number, to pair with an 8-character code typed on that phone instead of
   * scanning a QR code (handy on a server without a screen). Parsed as an Indonesian number
   * ("0812…", "+62 812…", "62812…") and kept as digits with the country code ("62812…"),
   * the form Baileys' requestPairingCode takes.
   */
  WHATSAPP_PAIRING_NUMBER: optional(
    z.string().transform((value, ctx) => {
      const phone = parseIndonesianPhone(value);
      if (!phone.ok) {
        ctx.addIssue({ code: 'custom', message: 'expected the bot\'s Indonesian WhatsApp number, such as 081234567890 or +6281234567890' });
        return z.NEVER;
      }
      return phone.value.slice(1);
    }),
  ),
  /** Outgoing messages per calendar day (Asia/Jakarta); beyond it nothing is sent until midnight. */
  WHATSAPP_DAILY_CAP: wholeNumber(1, 100_000).default(1000),
  /** Shortest gap between two outgoing messages; each gap is drawn between MIN and MAX. */
  WHATSAPP_MIN_DELAY_MS: milliseconds(1000),
  WHATSAPP_MAX_DELAY_MS: milliseconds(3000),
});

/** The parsed WhatsApp variables. */
export type WhatsAppEnv = z.infer<typeof whatsappConfigSchema>;

/**
 * Rules across variables, as "VARIABLE: problem" lines (empty when all is well). Run it
 * after a successful parse and report its lines like any other configuration error.
 */
export function whatsappConfigProblems(env: WhatsAppEnv): string[] {
  if (env.WHATSAPP_MIN_DELAY_MS <= env.WHATSAPP_MAX_DELAY_MS) return [];
  return [
    `WHATSAPP_MAX_DELAY_MS: must not be below WHATSAPP_MIN_DELAY_MS (${env.WHATSAPP_MAX_DELAY_MS} < ${env.WHATSAPP_MIN_DELAY_MS})`,
  ];
}

/** What the WhatsApp channel is built from, once the environment is valid. */
export interface WhatsAppSettings {
  /** Digits with country code, e.g. "6281234567890"; unset = pair by QR code. */
  readonly pairingNumber?: string;
  readonly pacing: { readonly minDelayMs: number; readonly maxDelayMs: number; readonly dailyCap: number };
}

/** The Baileys channel settings, or undefined when WhatsApp is off or runs in cloud mode. */
export function whatsappSettings(env: WhatsAppEnv & { readonly WHATSAPP_MODE?: 'baileys' | 'cloud' | undefined }): WhatsAppSettings | undefined {
  // WHATSAPP_MODE, when set, decides (one number, one mode); unset, WHATSAPP_ENABLED does.
  const mode = env.WHATSAPP_MODE ?? (env.WHATSAPP_ENABLED ? 'baileys' : undefined);
  if (mode !== 'baileys') return undefined;
  return {
    ...(env.WHATSAPP_PAIRING_NUMBER !== undefined && { pairingNumber: env.WHATSAPP_PAIRING_NUMBER }),
    pacing: {
      minDelayMs: env.WHATSAPP_MIN_DELAY_MS,
      maxDelayMs: env.WHATSAPP_MAX_DELAY_MS,
      dailyCap: env.WHATSAPP_DAILY_CAP,
    },
  };
}
