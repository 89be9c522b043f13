/**
 * Shared set-up for the group, activity and relation repository tests: a region chain,
 * people, groups, and helpers to step two transactions in a set order.
 */
import type { PendingRequests } from '../../../src/domain/model/confirmations.js';
import type { NewGroup } from '../../../src/domain/model/groups.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { createGroupRepository } from '../../../src/storage/groups/group-repository.js';
import { createConfirmationInbox } from '../../../src/storage/home/inbox-sql.js';
import type { PrismaTx } from '../../../src/storage/transaction-runner.js';
import { prismaSql } from '../../../src/storage/unit-of-work/sql.js';
import { createGroup } from '../../support/create-group.js';

/** Names of the region chain every test village hangs under. */
export const REGION_NAMES = { province: 'DI Yogyakarta', regency: 'Kabupaten Bantul', district: 'Bambanglipuro' } as const;

const DISTRICT_CODE = '34.02.01';
let nextVillage = 2001;

/** Runs `fn` in one transaction, as the app does for each message. */
export function inTx<T>(prisma: PrismaClient, fn: (tx: PrismaTx) => Promise<T>): Promise<T> {
  return prisma.$transaction(fn);
}

/**
 * A new village 34.02.01.NNNN (with the province, regency and district above it on first
 * use), so each test gets its own, empty village. Returns its code; its name is `name`.
 */
export async function newVillage(prisma: PrismaClient, name = 'Sidomulyo'): Promise<string> {
  await prisma.region.createMany({
    data: [
      { code: '34', level: 'province', parentCode: null, name: REGION_NAMES.province, nameNorm: 'di yogyakarta' },
      { code: '34.02', level: 'regency', parentCode: '34', name: REGION_NAMES.regency, nameNorm: 'kabupaten bantul' },
      { code: DISTRICT_CODE, level: 'district', parentCode: '34.02', name: REGION_NAMES.district, nameNorm: 'bambanglipuro' },
    ],
    skipDuplicates: true,
  });
  const code = `${DISTRICT_CODE}.${nextVillage++}`;
  await prisma.region.create({ data: { code, level: 'village', parentCode: DISTRICT_CODE, name, nameNorm: name.toLowerCase() } });
  return code;
}

/** A new person with a display name. */
export async function newPerson(prisma: PrismaClient, displayName: string | null = 'Bu Sri'): Promise<string> {
  const person = await prisma.person.create({ data: { displayName }, select: { id: true } });
  return person.id;
}

/** New people, one per display name given, created one after the other. */
export async function newPeople<const Names extends readonly (string | null)[]>(
  prisma: PrismaClient,
  ...names: Names
): Promise<{ -readonly [K in keyof Names]: string }> {
  const ids: string[] = [];
  for (const name of names) ids.push(await newPerson(prisma, name));
  return ids as { -readonly [K in keyof Names]: string };
}

/** Registration input for a group in `villageCode` (whole village unless `unit` says otherwise). */
export function groupInput(villageCode: string, overrides: Partial<NewGroup> = {}): NewGroup {
  return {
    type: 'arisan',
    typeOther: null,
    name: 'Arisan Melati',
    villageCode,
    unit: { rw: 0, rt: 0, dusun: '' },
    memberCount: 25,
    foundedYear: 2015,
    meetingSchedule: 'Minggu pertama',
    ketuaName: 'Bu Sri',
    ketuaPhone: '+6281234567890',
    ...overrides,
  };
}

/** The normalised form of a test group name (lower case, single spaces). */
export function norm(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Creates a group led by `leaderId` through the repository (as a registration does) and returns its id. */
export async function newGroup(prisma: PrismaClient, villageCode: string, leaderId: string, name = 'Arisan Melati'): Promise<string> {
  const view = await inTx(prisma, (tx) =>
    createGroup(createGroupRepository(tx), groupInput(villageCode, { name }), norm(name), leaderId, new Date()),
  );
  return view.id;
}

/** What waits in the person's confirmation inbox, read in a transaction of its own as the app reads it (inbox-sql.ts). */
export function pendingRequests(prisma: PrismaClient, personId: string): Promise<PendingRequests> {
  return inTx(prisma, (tx) => createConfirmationInbox(prismaSql(tx)).pending(personId));
}

/** Adds `personId` to a group with a given role and membership status, bypassing the flows. */
export async function addMember(
  prisma: PrismaClient,
  groupId: string,
  personId: string,
  role: 'leader' | 'coleader',
  status: 'pending' | 'active' | 'removed',
): Promise<void> {
  await prisma.groupLeader.create({ data: { groupId, personId, role, status } });
}

/** A promise plus the function that resolves it, to step two transactions in a set order. */
export function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

export { untilSecondIsWaiting } from '../../support/lock-wait.js';
