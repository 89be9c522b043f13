/**
 * Telegram deep links: `https://t.me/<bot>?start=<payload>` opens the chat with the bot and,
 * on a tap of Start, sends `/start <payload>`. The payload may hold only `A-Za-z0-9_-` and at
 * most 64 characters, so an engine deep link `go:<key>:<arg>` travels as `<key>-<arg>`:
 * `t.me/wksbm_bot?start=inv-K7PQM2XZ` is the officer invite K7PQ-M2XZ in one tap.
 */
import { deepLinkButtonId } from '../../core/engine/flow.js';

const PAYLOAD = /^\/start(?:@\w+)?\s+([a-z]{1,4})-([A-Za-z0-9_-]{1,30})$/;

/** The link that starts deep link `key` with `arg` in a chat with bot `username`. */
export function telegramStartLink(username: string, key: string, arg: string): string {
  // deepLinkButtonId checks key and arg the way the engine will read them back.
  deepLinkButtonId(key, arg);
  if (!/^[A-Za-z0-9_-]{1,30}$/.test(arg)) throw new Error(`telegram: "${arg}" cannot travel in a /start payload`);
  return `https://t.me/${username}?start=${key}-${arg}`;
}

/**
 * The engine's deep-link button id for a `/start <key>-<arg>` message, when `key` is one of
 * `keys`; null for anything else (a plain `/start`, an unknown or malformed payload).
 */
export function startLinkButtonId(text: string, keys: readonly string[]): string | null {
  const match = PAYLOAD.exec(text.trim());
  if (!match || !keys.includes(match[1]!)) return null;
  return deepLinkButtonId(match[1]!, match[2]!);
}

/**
 * The bot's @username from Telegram (getMe), for a CLI that prints links: undefined when
 * it cannot be had within `timeoutMs` (no network, a revoked token), so the caller prints
 * the code alone.
 */
export async function lookUpBotUsername(token: string, apiRoot?: string, timeoutMs = 5_000): Promise<string | undefined> {
  const { Api } = await import('grammy');
  const api = new Api(token, { ...(apiRoot !== undefined && { apiRoot: apiRoot.replace(/\/+$/, '') }), timeoutSeconds: Math.ceil(timeoutMs / 1000) });
  try {
    return (await api.getMe()).username;
  } catch {
    return undefined;
  }
}
