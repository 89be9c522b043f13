/** The admin API's list of personal tokens (never the tokens themselves: only hashes are stored). */
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import type { Page, PageRequest } from './scope.js';

/** A token's row, without its hash. */
export interface TokenRow {
  id: string;
  personId: string;
  label: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const TOKEN_SELECT = { id: true, personId: true, label: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Tokens, of one person or of everyone, newest first. */
export async function listTokens(db: PrismaTx, personId: string | undefined, page: PageRequest): Promise<Page<TokenRow>> {
  const where = personId === undefined ? {} : { personId };
  const [items, total] = await Promise.all([
    db.apiToken.findMany({ where, select: TOKEN_SELECT, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (page.page - 1) * page.pageSize, take: page.pageSize }),
    db.apiToken.count({ where }),
  ]);
  return { items, page: page.page, pageSize: page.pageSize, total };
}

/** One token's row, or null. */
export async function tokenById(db: PrismaTx, id: string): Promise<TokenRow | null> {
  if (!isUuid(id)) return null;
  return db.apiToken.findUnique({ where: { id }, select: TOKEN_SELECT });
}
