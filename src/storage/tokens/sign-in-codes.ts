/**
 * One-time dashboard sign-in codes. The chat's "Masuk dasbor" entry issues one (valid a few
 * minutes, used once); the dashboard exchanges it for a personal token (POST
 * /api/auth/exchange). The chat reply, which the runner keeps for idempotent re-delivery,
 * thus never holds a long-lived secret. Codes are stored only as a SHA-256 hash.
 *
 * A code is 12 characters from an alphabet without look-alikes (no 0/O, 1/I), shown as
 * "ABCD-EFGH-JKLM" so it can be typed on another device: 32^12 = 2^60 codes, far beyond
 * guessing within minutes at the API's rate limit.
 */
import { randomInt } from 'node:crypto';
import type { PrismaTx } from '../transaction-runner.js';
import { hashToken, issueToken, principalOfPerson, type IssuedToken } from './api-tokens.js';
import type { Principal } from '../../domain/access/principal.js';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;
const GROUP = `[${ALPHABET}${ALPHABET.toLowerCase()}]{4}`;

/**
 * A code as it may be typed: three groups of four, in either case, joined by a dash, a
 * space or nothing, with spaces around allowed. (No flags, so it serves as an OpenAPI pattern.)
 */
export const SIGN_IN_CODE_PATTERN = new RegExp(`^\\s*${GROUP}[- ]?${GROUP}[- ]?${GROUP}\\s*$`);

/** Label of the personal tokens the dashboard sign-in issues (only the latest one works). */
export const DASHBOARD_TOKEN_LABEL = 'dashboard';

/** A new random code in its stored form (no dashes). */
export function drawSignInCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
}

/** A stored code as shown and typed: three groups of four. */
export function formatSignInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A code as typed ("abcd-efgh-jklm", "ABCD EFGH JKLM") in its stored form, or null. */
export function normalizeSignInCode(text: string): string | null {
  if (!SIGN_IN_CODE_PATTERN.test(text)) return null;
  const code = text.trim().toUpperCase().replace(/[ -]/g, '');
  return code.length === CODE_LENGTH ? code : null;
}

/** A code just issued: show it (and the link carrying it) once. */
export interface IssuedSignInCode {
  /** As shown: "ABCD-EFGH-JKLM". */
  readonly code: string;
  readonly expiresAt: Date;
}

/**
 * Issues a code for a person inside the caller's transaction. The person's earlier codes
 * are deleted (used or not): only the latest one works, and the table holds at most one
 * row per person.
 */
export async function issueSignInCode(tx: PrismaTx, personId: string, now: Date, ttlMs: number): Promise<IssuedSignInCode> {
  await tx.signInCode.deleteMany({ where: { personId } });
  const code = drawSignInCode();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await tx.signInCode.create({ data: { codeHash: hashToken(code), personId, createdAt: now, expiresAt } });
  return { code: formatSignInCode(code), expiresAt };
}

/** What exchanging a code gave. */
export type ExchangeResult =
  | { readonly kind: 'signedIn'; readonly principal: Principal & { readonly personId: string }; readonly token: IssuedToken & { readonly expiresAt: Date } }
  /** Unknown (mistyped, or replaced by a newer code), expired, already used, or its person may no longer sign in. */
  | { readonly kind: 'unknown' | 'expired' | 'used' | 'notAllowed' };

/**
 * Exchanges a code (stored form, see {@link normalizeSignInCode}) for a fresh dashboard
 * token valid `ttlMs`, revoking the person's earlier dashboard tokens. The code is marked
 * used by one conditional update, so of two concurrent exchanges only one wins (the other
 * waits for the row and then finds it used). Runs inside the caller's transaction.
 */
export async function exchangeSignInCode(tx: PrismaTx, code: string, now: Date, ttlMs: number): Promise<ExchangeResult> {
  const codeHash = hashToken(code);
  const claimed = await tx.signInCode.updateMany({ where: { codeHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count === 0) {
    const row = await tx.signInCode.findUnique({ where: { codeHash }, select: { usedAt: true } });
    if (!row) return { kind: 'unknown' };
    return { kind: row.usedAt !== null ? 'used' : 'expired' };
  }
  const { personId } = await tx.signInCode.findUniqueOrThrow({ where: { codeHash }, select: { personId: true } });
  // The role may have ended in the minutes since the code was issued.
  const principal = await principalOfPerson(tx, personId);
  if (!principal) return { kind: 'notAllowed' };
  await tx.apiToken.updateMany({ where: { personId, label: DASHBOARD_TOKEN_LABEL, revokedAt: null }, data: { revokedAt: now } });
  const token = await issueToken(tx, personId, { label: DASHBOARD_TOKEN_LABEL, now, ttlMs });
  return { kind: 'signedIn', principal: { ...principal, personId }, token: { ...token, expiresAt: token.expiresAt ?? new Date(now.getTime() + ttlMs) } };
}
