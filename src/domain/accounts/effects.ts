/**
 * Account linking effects: making a one-time code on one channel and redeeming it on
 * another, after which the same person (groups, language, role) is behind both.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { handleEffect, type EffectEntry } from '../../core/effect-registry.js';
import { defineEffect } from '../../core/engine/effect.js';
import type { DomainTx } from '../model/tx.js';
import type { RedeemResult } from '../model/accounts.js';

/** Deep link `go:lnk:<code>`: a link code in one tap (Telegram's `t.me/<bot>?start=lnk-<code>`). */
export const ACCOUNT_LINK_DEEP_LINK = 'lnk';

/** How long a link code stays valid. */
export const LINK_CODE_TTL_MS = 15 * 60_000;

/** A new code and when it expires (ISO). */
export interface LinkCodeResult {
  readonly code: string;
  readonly expiresAt: string;
  /** A link that sends the code to the bot on Telegram in one tap, when Telegram runs. */
  readonly telegramLink?: string;
}

/** Options of {@link accountEffects}. */
export interface AccountEffectOptions {
  /** `t.me/<bot>?start=…` for a deep link, or undefined while Telegram is not running. */
  readonly telegramStartLink?: ((key: string, arg: string) => string | undefined) | undefined;
}

/**
 * Codes are 8 characters from an alphabet without look-alikes (0/O, 1/I): about 10^12
 * possibilities, so guessing someone's code within its 15 minutes is out of reach — a
 * guessed code would hand the guesser that person's groups and role.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

/** Makes a one-time code for the person, to be sent from their other channel. */
export const CREATE_LINK_CODE = defineEffect<LinkCodeResult>()('account.createLinkCode', z.undefined());

/** Redeems a code made on another channel: that channel's person and this one become one. */
export const REDEEM_LINK_CODE = defineEffect<RedeemResult>()(
  'account.redeemLinkCode',
  z.object({ code: z.string().regex(new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`)) }),
);

/** A code as typed ("abcd-efgh", "ABCD EFGH") in its stored form, or null. */
export function normalizeLinkCode(text: string): string | null {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  return new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`).test(code) ? code : null;
}

/** A code as shown: two groups of four. */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function drawCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
}

/** Builds the account effect handlers. */
export function accountEffects<Tx extends DomainTx>(options: AccountEffectOptions = {}): EffectEntry<Tx>[] {
  return [
    handleEffect(CREATE_LINK_CODE, async (_input, { tx, person, now, channel }): Promise<LinkCodeResult> => {
      const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
      // A code that happens to be taken is simply drawn again.
      for (let attempt = 0; attempt < 10; attempt++) {
        const code = drawCode();
        if (await tx.accounts.createCode(person.id, code, expiresAt, now)) {
          // Asked for on Telegram itself, the code is for another channel: no Telegram link.
          const telegramLink = channel === 'telegram' ? undefined : options.telegramStartLink?.(ACCOUNT_LINK_DEEP_LINK, code);
          return { code, expiresAt: expiresAt.toISOString(), ...(telegramLink !== undefined && { telegramLink }) };
        }
      }
      throw new Error('account: could not draw a free link code');
    }),
    handleEffect(REDEEM_LINK_CODE, async ({ code }, { tx, person, now }) => tx.accounts.redeem(code, person.id, now)),
  ];
}
