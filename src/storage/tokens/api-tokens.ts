/**
 * Personal API tokens for officers and admin persons (dashboard and /api sign-in). A token is
 * random, shown once when issued and stored only as a SHA-256 hash, so a copy of the database
 * does not hand out sign-ins.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Principal } from '../../domain/access/principal.js';
import type { ActiveToken } from '../../domain/model/sign-in-tokens.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Prefix that makes a leaked token easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'wksbm_';

/** SHA-256 of a token, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A fresh token: the prefix and 32 random bytes, base64url. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A token just issued: the secret (show it once) and its row id (to revoke it). */
export interface IssuedToken {
  readonly id: string;
  readonly token: string;
  readonly expiresAt: Date | null;
}

/** Issues a token for a person inside the caller's transaction. */
export async function issueToken(
  tx: PrismaTx,
  personId: string,
  options: { readonly label?: string; readonly now: Date; readonly ttlMs?: number },
): Promise<IssuedToken> {
  const token = newToken();
  const expiresAt = options.ttlMs === undefined ? null : new Date(options.now.getTime() + options.ttlMs);
  const row = await tx.apiToken.create({
    data: { tokenHash: hashToken(token), personId, label: options.label ?? '', createdAt: options.now, expiresAt },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

/**
 * Revokes every token of a person (on losing the officer role, on erasure), and deletes
 * their unused dashboard sign-in codes so none can be exchanged afterwards. Returns how
 * many tokens were revoked.
 */
export async function revokeTokensOf(tx: PrismaTx, personId: string, now: Date): Promise<number> {
  await tx.signInCode.deleteMany({ where: { personId } });
  const result = await tx.apiToken.updateMany({ where: { personId, revokedAt: null }, data: { revokedAt: now } });
  return result.count;
}

/** The person's tokens that still open the dashboard at `now` (not revoked, not expired), oldest first. */
export function activeTokensOf(tx: PrismaTx, personId: string, now: Date): Promise<ActiveToken[]> {
  return tx.apiToken.findMany({
    where: { personId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { createdAt: true, lastUsedAt: true },
  });
}

/** Revokes one token by id; false when there was none (or it was revoked already). */
export async function revokeToken(tx: PrismaTx, id: string, now: Date): Promise<boolean> {
  const result = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return result.count === 1;
}

/** Recording the last use at most this often keeps sign-ins from writing on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** What deciding who a person signs in as needs to know about them. */
const PERSON_SIGN_IN_SELECT = {
  id: true,
  isAdmin: true,
  anonymisedAt: true,
  officer: { select: { id: true, active: true, areas: { select: { codePrefix: true } } } },
} as const;

interface PersonSignIn {
  readonly id: string;
  readonly isAdmin: boolean;
  readonly anonymisedAt: Date | null;
  readonly officer: { readonly id: string; readonly active: boolean; readonly areas: ReadonlyArray<{ readonly codePrefix: string }> } | null;
}

/** An admin person, or an active officer with their areas; null for anyone else (or an erased person). */
function principalOf(person: PersonSignIn): Principal | null {
  if (person.anonymisedAt !== null) return null;
  if (person.isAdmin) return { kind: 'admin', personId: person.id };
  const officer = person.officer;
  if (!officer || !officer.active || officer.areas.length === 0) return null;
  return {
    kind: 'officer',
    personId: person.id,
    officerId: officer.id,
    areaPrefixes: officer.areas.map((area) => area.codePrefix).sort(),
  };
}

/** Who a person would sign in as now (see {@link principalForToken}), or null when they may not. */
export async function principalOfPerson(db: PrismaTx, personId: string): Promise<Principal | null> {
  const person = await db.person.findUnique({ where: { id: personId }, select: PERSON_SIGN_IN_SELECT });
  return person ? principalOf(person) : null;
}

/**
 * Resolves a personal token to its principal: an admin person, or an active officer with
 * their areas. Null when the token is unknown, revoked, expired, or its person is neither.
 */
export async function principalForToken(prisma: PrismaClient, token: string, now: Date): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      person: { select: PERSON_SIGN_IN_SELECT },
    },
  });
  if (!row || row.revokedAt !== null || (row.expiresAt !== null && row.expiresAt <= now)) return null;
  const principal = principalOf(row.person);
  if (!principal) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return principal;
}
