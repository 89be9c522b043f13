/**
 * The admin API's people: search by name or phone, clearing a stuck conversation, and the
 * admin flag.
 */
import { isUuid } from '../groups/uuid.js';
import type { PrismaTx } from '../transaction-runner.js';
import { escapeLike, type Page, type PageRequest } from './scope.js';

/** A person as the admin sees one. */
export interface PersonRow {
  id: string;
  name: string | null;
  phone: string | null;
  locale: string;
  isAdmin: boolean;
  createdAt: Date;
  anonymisedAt: Date | null;
  channels: string[];
  officer: { id: string; kind: string; active: boolean } | null;
}

/** People whose name (any case) or phone contains `q` (all without it), newest first. */
export async function listPeople(db: PrismaTx, q: string | undefined, page: PageRequest): Promise<Page<PersonRow>> {
  // Phones are stored as E.164 (+62…): a number typed the local way (0812…) is searched as 62812….
  const digits = (q?.replace(/\D/g, '') ?? '').replace(/^0/, '62');
  const where =
    q === undefined || q === ''
      ? {}
      : {
          OR: [
            // Prisma's `contains` does not escape LIKE wildcards: a `%` or `_` typed is meant literally.
            { displayName: { contains: escapeLike(q), mode: 'insensitive' as const } },
            ...(digits.length >= 3 ? [{ phoneE164: { contains: digits } }] : []),
          ],
        };
  const [rows, total] = await Promise.all([
    db.person.findMany({
      where,
      select: {
        id: true,
        displayName: true,
        phoneE164: true,
        locale: true,
        isAdmin: true,
        createdAt: true,
        anonymisedAt: true,
        identities: { select: { channel: true }, orderBy: { createdAt: 'asc' } },
        officer: { select: { id: true, kind: true, active: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    db.person.count({ where }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    phone: row.phoneE164,
    locale: row.locale,
    isAdmin: row.isAdmin,
    createdAt: row.createdAt,
    anonymisedAt: row.anonymisedAt,
    channels: [...new Set(row.identities.map((identity) => identity.channel))],
    officer: row.officer,
  }));
  return { items, page: page.page, pageSize: page.pageSize, total };
}

/** Whether a person exists. */
export async function personExists(db: PrismaTx, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return (await db.person.findUnique({ where: { id }, select: { id: true } })) !== null;
}

/** Whether the person is an admin person or an active officer (someone a token can sign in). */
export async function canSignIn(db: PrismaTx, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const row = await db.person.findUnique({ where: { id }, select: { isAdmin: true, anonymisedAt: true, officer: { select: { active: true } } } });
  return row !== null && row.anonymisedAt === null && (row.isAdmin || row.officer?.active === true);
}

/**
 * Forgets the conversation state of every channel identity of the person: the next message
 * of each starts afresh at the menu. Returns how many conversations were cleared.
 */
export async function resetConversations(db: PrismaTx, personId: string): Promise<number> {
  const result = await db.conversation.deleteMany({ where: { identity: { personId } } });
  return result.count;
}

/** Sets the admin flag; false when there is no such person. */
export async function setAdminFlag(db: PrismaTx, personId: string, isAdmin: boolean, now: Date): Promise<boolean> {
  if (!isUuid(personId)) return false;
  const result = await db.person.updateMany({ where: { id: personId }, data: { isAdmin, updatedAt: now } });
  return result.count === 1;
}
