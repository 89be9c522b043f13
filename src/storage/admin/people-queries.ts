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
  /**
   * The groups the person actively leads whose ketua name or phone (as registered on the
   * group) matched `q`: why a person whose own name or phone does not match was found.
   * Empty without `q`.
   */
  ledGroups: { id: string; name: string; ketuaName: string | null; ketuaPhone: string | null }[];
}

/**
 * People whose name (any case) or phone contains `q`, or who actively lead a group whose ketua
 * name or phone contains it (all without `q`), newest first. The ketua's name and phone are
 * typed at registration onto the group, not the person: a leader stuck before giving their own
 * is found by them.
 */
export async function listPeople(db: PrismaTx, q: string | undefined, page: PageRequest): Promise<Page<PersonRow>> {
  // Phones are stored as E.164 (+62…): a number typed the local way (0812…) is searched as 62812….
  const digits = (q?.replace(/\D/g, '') ?? '').replace(/^0/, '62');
  const searched = q !== undefined && q !== '';
  // Prisma's `contains` does not escape LIKE wildcards: a `%` or `_` typed is meant literally.
  const name = { contains: escapeLike(q ?? ''), mode: 'insensitive' as const };
  const phone = digits.length >= 3 ? { contains: digits } : null;
  const ketuaMatches = { status: 'active' as const, group: { OR: [{ ketuaName: name }, ...(phone ? [{ ketuaPhone: phone }] : [])] } };
  const where = !searched
    ? {}
    : { OR: [{ displayName: name }, ...(phone ? [{ phoneE164: phone }] : []), { leaderships: { some: ketuaMatches } }] };
  const select = {
    id: true,
    displayName: true,
    phoneE164: true,
    locale: true,
    isAdmin: true,
    createdAt: true,
    anonymisedAt: true,
    identities: { select: { channel: true }, orderBy: { createdAt: 'asc' as const } },
    officer: { select: { id: true, kind: true, active: true } },
  };
  const order = {
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
    skip: (page.page - 1) * page.pageSize,
    take: page.pageSize,
  };
  // Only the matched groups: the listing says why the person was found, not all they lead.
  // Without `q` none matched, so none are read (it asked for the groups of an empty list).
  const matchedLeaderships = {
    where: ketuaMatches,
    select: { group: { select: { id: true, name: true, ketuaName: true, ketuaPhone: true } } },
    orderBy: { createdAt: 'asc' as const },
  };
  const [rows, total] = await Promise.all([
    searched
      ? db.person.findMany({ where, select: { ...select, leaderships: matchedLeaderships }, ...order })
      : db.person.findMany({ where, select, ...order }).then((found) => found.map((row) => ({ ...row, leaderships: [] }))),
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
    ledGroups: row.leaderships.map((leadership) => leadership.group),
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
