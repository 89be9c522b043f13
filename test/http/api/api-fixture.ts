/**
 * A Fastify app with the admin API alone (OpenAPI, the error handler, `apiRoutes`) over a
 * real test database seeded with the small region extract, plus helpers that put people,
 * officers, groups and activities into it and issue tokens.
 */
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { EventBus } from '../../../src/core/events.js';
import { domainSubscriptions } from '../../../src/domain/assistant.js';
import { DEFAULT_STATUS_THRESHOLDS } from '../../../src/domain/status/status.js';
import { apiRoutes } from '../../../src/http/api/api-plugin.js';
import { registerOpenApi } from '../../../src/http/api/openapi.js';
import { installErrorHandler } from '../../../src/http/errors.js';
import { domainWords } from '../../../src/i18n/domain-words.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { createRenderer } from '../../../src/i18n/renderer.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import type { GroupType } from '../../../src/storage/generated/prisma/client.js';
import type { PrismaAppTx } from '../../../src/storage/app-tx.js';
import { seedRegions } from '../../../src/storage/regions/seed-regions.js';
import { issueToken } from '../../../src/storage/tokens/api-tokens.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '../../support/databases.js';
import { TEST_REGION_SOURCE } from '../../support/region-fixture.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const NOW = new Date('2026-11-20T03:00:00Z');
export const DAY = 86_400_000;

/** Desa of the extract: two in Sewon (34.02.15), one in Depok (34.04.07). */
export const PANGGUNGHARJO = '34.02.15.2004';
export const TIMBULHARJO = '34.02.15.2002';
export const CATURTUNGGAL = '34.04.07.2001';

/** The API over a test database. */
export interface ApiHarness {
  readonly db: TestDatabase;
  readonly app: FastifyInstance;
  /** How often the API asked to wake the dispatcher. */
  readonly wakes: { count: number };
  /** Every route registered under /api, as "METHOD /path" (HEAD left out). */
  readonly routes: readonly string[];
  /** `app.inject` with a bearer token (none for null). */
  call(token: string | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Opens a database of `kind`, seeds the regions and builds the app. */
export async function openApiHarness(kind: DatabaseKind, clock: () => Date = () => NOW): Promise<ApiHarness> {
  const db = await openTestDatabase(kind);
  await seedRegions(db.prisma, { source: TEST_REGION_SOURCE });
  const resources = loadLocaleResources(LOCALES_DIR);
  const renderer = createRenderer(resources, 'id');
  const wakes = { count: 0 };
  const app = Fastify({ logger: false });
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (route.url.startsWith('/api/') && method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  installErrorHandler(app);
  await registerOpenApi(app);
  await app.register(apiRoutes, {
    prefix: '/api',
    prisma: db.prisma,
    clock,
    adminToken: ADMIN_TOKEN,
    thresholds: DEFAULT_STATUS_THRESHOLDS,
    words: domainWords(resources),
    // The domain's subscribers, as main.ts's bus has them: a verdict is told and refreshes the desa.
    events: new EventBus<PrismaAppTx>(domainSubscriptions(DEFAULT_STATUS_THRESHOLDS)),
    renderText: (text, locale) => renderer.text(text, locale),
    afterWrite: () => {
      wakes.count += 1;
    },
  });
  await app.ready();
  return {
    db,
    app,
    wakes,
    routes,
    call: (token, options) =>
      app.inject({ ...options, headers: { ...(options.headers ?? {}), ...(token === null ? {} : { authorization: `Bearer ${token}` }) } }),
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A person with a name and phone. */
export async function createPerson(db: Pick<TestDatabase, 'prisma'>, name: string, phone: string | null = null, isAdmin = false): Promise<string> {
  const row = await db.prisma.person.create({ data: { displayName: name, phoneE164: phone, isAdmin } });
  return row.id;
}

/** An active officer covering `areas`; returns its ids. */
export async function createOfficer(
  db: TestDatabase,
  name: string,
  kind: 'tksk' | 'psm' | 'dinsos' | 'pendamping',
  areas: string[],
): Promise<{ personId: string; officerId: string }> {
  const personId = await createPerson(db, name, '+6281200000001');
  const officer = await db.prisma.officer.create({ data: { personId, kind, areas: { create: areas.map((codePrefix) => ({ codePrefix })) } } });
  return { personId, officerId: officer.id };
}

/** A personal token of a person. */
export async function tokenFor(db: TestDatabase, personId: string, label = 'test'): Promise<{ id: string; token: string }> {
  return db.prisma.$transaction((tx) => issueToken(tx, personId, { label, now: NOW }));
}

/** A group (pending unless told) led by `leaderId` (also its ketua), in `villageCode` at RW `rw`. */
export async function createGroup(
  db: Pick<TestDatabase, 'prisma'>,
  options: {
    villageCode: string;
    name: string;
    type: GroupType;
    leaderId: string;
    rw?: number;
    verification?: 'pending' | 'verified' | 'rejected';
    active?: boolean;
    createdAt?: Date;
  },
): Promise<string> {
  const rw = options.rw ?? 0;
  const area = await db.prisma.area.upsert({
    where: { villageCode_rw_rt_dusun: { villageCode: options.villageCode, rw, rt: 0, dusun: '' } },
    create: { villageCode: options.villageCode, rw },
    update: {},
  });
  // The group's own ketua (issue #11): here the leader, as a leader registering for themself.
  const leader = await db.prisma.person.findUniqueOrThrow({ where: { id: options.leaderId }, select: { displayName: true, phoneE164: true } });
  const group = await db.prisma.group.create({
    data: {
      name: options.name,
      ketuaName: leader.displayName,
      ketuaPhone: leader.phoneE164,
      nameNorm: options.name.toLowerCase(),
      type: options.type,
      areaId: area.id,
      villageCode: options.villageCode,
      memberCount: 20,
      verification: options.verification ?? 'pending',
      active: options.active ?? true,
      createdAt: options.createdAt ?? new Date(NOW.getTime() - 10 * DAY),
      leaders: { create: { personId: options.leaderId, role: 'leader' } },
    },
  });
  return group.id;
}

/** An activity of `villageCode` dated `date` with confirmed participant groups (the first reports it). */
export async function createActivity(
  db: TestDatabase,
  options: { villageCode: string; date: string; groupIds: string[]; pmks?: boolean; verification?: 'pending' | 'verified' | 'rejected' },
): Promise<string> {
  const activity = await db.prisma.activity.create({
    data: {
      date: new Date(`${options.date}T00:00:00Z`),
      category: 'santunan_anak_yatim',
      description: 'Santunan bersama',
      villageCode: options.villageCode,
      verification: options.verification ?? 'pending',
      participants: {
        create: options.groupIds.map((groupId, index) => ({
          groupId,
          status: 'confirmed' as const,
          confirmedAt: new Date(NOW.getTime() - DAY + index * 1000),
        })),
      },
      ...(options.pmks ? { beneficiaries: { create: [{ pmksCode: 2, count: 12 }] } } : {}),
    },
  });
  return activity.id;
}
