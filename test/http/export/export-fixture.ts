/**
 * A Fastify app with only the export routes behind the real bearer sign-in, on a real test
 * database with the test region extract, plus helpers that write groups, activities and
 * officers directly (the chat flows that normally create them have their own tests).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { createAuditLog } from '../../../src/storage/audit/audit-log.js';
import { createExportSource, type ExportSource } from '../../../src/storage/export/export-source.js';
import type { PrismaClient } from '../../../src/storage/generated/prisma/client.js';
import { seedRegions } from '../../../src/storage/regions/seed-regions.js';
import { issueToken, principalForToken } from '../../../src/storage/tokens/api-tokens.js';
import { installBearerAuth } from '../../../src/http/auth/bearer-auth.js';
import { installErrorHandler } from '../../../src/http/errors.js';
import { exportRoutes } from '../../../src/http/api/export/export-routes.js';
import { exportLabels } from '../../../src/http/api/export/labels.js';
import { domainWords } from '../../../src/i18n/domain-words.js';
import { loadLocaleResources } from '../../../src/i18n/locales.js';
import { LOCALES_DIR } from '../../../src/paths.js';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from '../../support/databases.js';
import { TEST_REGION_SOURCE } from '../../support/region-fixture.js';

export const ADMIN_TOKEN = 'test-admin-token-for-exports';

/** The moment every test app lives at: 30 Nov 2026, 10:00 WIB. */
export const NOW = new Date('2026-11-30T03:00:00Z');

/** An app and its database. */
export interface ExportTestApp {
  readonly db: TestDatabase;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** Opens a database of `kind`, seeds the region extract and builds the app (not listening). */
export async function openExportApp(
  kind: DatabaseKind,
  options: { batchSize?: number; observe?: (source: ExportSource) => ExportSource } = {},
): Promise<ExportTestApp> {
  const db = await openTestDatabase(kind);
  try {
    await seedRegions(db.prisma, { source: TEST_REGION_SOURCE });
    const app = await buildExportApp(db.prisma, options);
    return {
      db,
      app,
      close: async () => {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** The app alone, on an open database (a second app on the same data). Close it with `app.close()`. */
export async function buildExportApp(
  prisma: PrismaClient,
  options: { batchSize?: number; observe?: (source: ExportSource) => ExportSource } = {},
): Promise<FastifyInstance> {
  const source = createExportSource(prisma);
  const clock = () => NOW;
  const app = Fastify({ logger: false });
  installErrorHandler(app);
  await app.register(
    async (api) => {
      installBearerAuth(api, { adminToken: ADMIN_TOKEN, verifyToken: (token) => principalForToken(prisma, token, clock()) });
      await api.register(exportRoutes, {
        source: options.observe ? options.observe(source) : source,
        clock,
        // The labels main.ts gives them: the words of locales/.
        labels: exportLabels(domainWords(loadLocaleResources(LOCALES_DIR))),
        db: prisma,
        ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
      });
    },
    { prefix: '/api' },
  );
  await app.ready();
  return app;
}

/** An officer covering `prefixes`, with a personal token. */
export async function officerToken(prisma: PrismaClient, prefixes: readonly string[]): Promise<{ personId: string; token: string }> {
  const person = await prisma.person.create({ data: { displayName: 'Petugas Uji', phoneE164: '+628110000000' } });
  await prisma.officer.create({
    data: { personId: person.id, kind: 'tksk', areas: { create: prefixes.map((codePrefix) => ({ codePrefix })) } },
  });
  const issued = await prisma.$transaction((tx) => issueToken(tx, person.id, { now: NOW }));
  return { personId: person.id, token: issued.token };
}

/** What a test group may set; everything else gets a plain default. */
export interface GroupSeed {
  readonly villageCode: string;
  readonly name?: string;
  readonly type?: 'arisan' | 'majelis_taklim' | 'karang_taruna' | 'pkk' | 'posyandu' | 'kelompok_tani' | 'other';
  readonly typeOther?: string | null;
  readonly rw?: number;
  readonly rt?: number;
  readonly dusun?: string;
  readonly memberCount?: number;
  readonly foundedYear?: number | null;
  readonly meetingSchedule?: string | null;
  readonly verification?: 'pending' | 'verified' | 'rejected';
  /** Why it was rejected (with `verification: 'rejected'`). */
  readonly rejectionReason?: string | null;
  readonly active?: boolean;
  readonly createdAt?: Date;
  /** The leader, who is also the group's ketua; null for none. */
  readonly leader?: { readonly name: string | null; readonly phone: string | null } | null;
}

/** Writes a group (and its area and leader); returns its id. */
export async function seedGroup(prisma: PrismaClient, seed: GroupSeed): Promise<string> {
  const area = await prisma.area.upsert({
    where: { villageCode_rw_rt_dusun: { villageCode: seed.villageCode, rw: seed.rw ?? 0, rt: seed.rt ?? 0, dusun: seed.dusun ?? '' } },
    create: { villageCode: seed.villageCode, rw: seed.rw ?? 0, rt: seed.rt ?? 0, dusun: seed.dusun ?? '' },
    update: {},
  });
  const name = seed.name ?? `Kelompok ${randomUUID().slice(0, 8)}`;
  const leader = seed.leader === undefined ? { name: 'Bu Sri', phone: '+6281234567890' } : seed.leader;
  const group = await prisma.group.create({
    data: {
      name,
      nameNorm: name.toLowerCase(),
      type: seed.type ?? 'arisan',
      typeOther: seed.typeOther ?? null,
      areaId: area.id,
      villageCode: seed.villageCode,
      memberCount: seed.memberCount ?? 12,
      foundedYear: seed.foundedYear === undefined ? 2015 : seed.foundedYear,
      meetingSchedule: seed.meetingSchedule === undefined ? 'Setiap Jumat' : seed.meetingSchedule,
      verification: seed.verification ?? 'verified',
      rejectionReason: seed.rejectionReason ?? null,
      active: seed.active ?? true,
      createdAt: seed.createdAt ?? new Date('2026-01-10T02:00:00Z'),
      // The group's own ketua (issue #11); here the same person who registered it.
      ketuaName: leader?.name ?? null,
      ketuaPhone: leader?.phone ?? null,
    },
  });
  if (leader !== null) {
    const person = await prisma.person.create({ data: { displayName: leader.name, phoneE164: leader.phone } });
    await prisma.groupLeader.create({ data: { groupId: group.id, personId: person.id, role: 'leader' } });
  }
  return group.id;
}

/** Writes an activity of `villageCode` with participants (group id → status) and beneficiaries (PMKS code → count). */
export async function seedActivity(
  prisma: PrismaClient,
  villageCode: string,
  date: string,
  participants: Readonly<Record<string, 'pending' | 'confirmed' | 'declined'>>,
  options: {
    readonly beneficiaries?: Readonly<Record<number, number>>;
    readonly category?: 'santunan_anak_yatim' | 'bantuan_lansia' | 'kerja_bakti' | 'lainnya';
    readonly description?: string;
    readonly verification?: 'pending' | 'verified' | 'rejected';
    /** Why it was rejected (with `verification: 'rejected'`). */
    readonly rejectionReason?: string | null;
    readonly createdAt?: Date;
  } = {},
): Promise<string> {
  const activity = await prisma.activity.create({
    data: {
      date: new Date(`${date}T00:00:00.000Z`),
      category: options.category ?? 'santunan_anak_yatim',
      description: options.description ?? 'Santunan bersama',
      villageCode,
      verification: options.verification ?? 'verified',
      rejectionReason: options.rejectionReason ?? null,
      createdAt: options.createdAt ?? new Date(`${date}T05:00:00.000Z`),
      participants: {
        create: Object.entries(participants).map(([groupId, status]) => ({ groupId, status, confirmedAt: status === 'confirmed' ? NOW : null })),
      },
      beneficiaries: {
        create: Object.entries(options.beneficiaries ?? {}).map(([pmksCode, count]) => ({ pmksCode: Number(pmksCode), count })),
      },
    },
  });
  return activity.id;
}

/**
 * Audits a verdict on a group or an activity with the audit log's own writer, as the
 * verification routes do: the exports name the decider from these entries. The record's
 * verification state is the seed's; this writes only the entry.
 */
export async function seedVerdict(
  prisma: PrismaClient,
  target: { readonly type: 'group' | 'activity'; readonly id: string },
  decision: 'verify' | 'reject',
  actor: { readonly kind: 'officer' | 'admin'; readonly personId: string | null },
  at: Date,
): Promise<void> {
  await createAuditLog(prisma).record(
    { actorKind: actor.kind, actorId: actor.personId, action: `${target.type}.${decision}`, targetType: target.type, targetId: target.id, via: 'api' },
    at,
  );
}

/** Parses RFC 4180 CSV (quoted fields with "" escapes, CRLF or LF line ends) into rows of fields. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[i + 1] === '\n')) {
      if (char === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
