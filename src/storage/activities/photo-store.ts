/**
 * {@link PhotoStore}: photos are rows with their bytes (bytea). An activity's photo list,
 * read by the alert of a new activity with photos, is plain SQL on the unit of work; the
 * rest goes through Prisma.
 */
import { randomUUID } from 'node:crypto';
import type { PhotoFile, PhotoInfo, PhotoStore } from '../../domain/model/photos.js';
import type { PrismaTx } from '../transaction-runner.js';
import { prismaSql, type Sql } from '../unit-of-work/sql.js';
import { allUuids, isUuid } from '../groups/uuid.js';

const INFO = {
  id: true,
  activityId: true,
  senderId: true,
  mime: true,
  width: true,
  height: true,
  byteSize: true,
  latitude: true,
  longitude: true,
  createdAt: true,
} as const;

type InfoRow = {
  id: string;
  activityId: string | null;
  senderId: string;
  mime: string;
  width: number;
  height: number;
  byteSize: number;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
};

function toInfo(row: InfoRow): PhotoInfo {
  return {
    id: row.id,
    activityId: row.activityId,
    senderId: row.senderId,
    mime: row.mime,
    width: row.width,
    height: row.height,
    byteSize: row.byteSize,
    location: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    createdAt: row.createdAt,
  };
}

/** A photo's row as {@link listForActivity} reads it: its time as milliseconds since the epoch (no driver shifts it by the process's zone). */
type InfoSqlRow = Omit<InfoRow, 'createdAt'> & { createdAtMs: number };

/** The photos of an activity, oldest first, without bytes: one statement. */
async function listForActivity(sql: Sql, activityId: string): Promise<PhotoInfo[]> {
  if (!isUuid(activityId)) return [];
  const rows = await sql.rows<InfoSqlRow>(
    `SELECT "id"::text AS "id", "activityId"::text AS "activityId", "senderId"::text AS "senderId", "mime", "width", "height", "byteSize",
            "latitude", "longitude", (EXTRACT(EPOCH FROM "createdAt") * 1000)::float8 AS "createdAtMs"
     FROM "ActivityPhoto" WHERE "activityId" = $1::uuid
     ORDER BY "createdAt", "id"`,
    [activityId],
  );
  return rows.map(({ createdAtMs, ...row }) => toInfo({ ...row, createdAt: new Date(createdAtMs) }));
}

/** Builds the photo store on one transaction client; `sql` is the unit of work's plain SQL (by default the same transaction through Prisma). */
export function createPhotoStore(tx: PrismaTx, sql: Sql = prismaSql(tx)): PhotoStore {
  /** {@link PhotoStore.holdPlaces}: the activity's row locked until the transaction ends. */
  async function holdPlaces(activityId: string): Promise<void> {
    if (!isUuid(activityId)) return;
    // One message at a time per activity, until its transaction ends: two leaders' photos sent
    // at once for its last place each counted the place free and both landed (four of three).
    // NO KEY UPDATE: it waits for another holder, not for rows that merely refer to the activity.
    await tx.$queryRaw`SELECT 1 FROM "Activity" WHERE "id" = ${activityId}::uuid FOR NO KEY UPDATE`;
  }

  return {
    async addDraft(senderId, photo, keepLocation, now) {
      const gps = keepLocation ? photo.gps : null;
      const id = randomUUID();
      // The bytes travel as base64 text and are decoded by the database: the embedded
      // database's Prisma adapter cannot pass a bytea parameter.
      const base64 = Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength).toString('base64');
      await tx.$executeRaw`
        INSERT INTO "ActivityPhoto" ("id", "senderId", "mime", "width", "height", "byteSize", "data", "latitude", "longitude", "createdAt")
        VALUES (${id}::uuid, ${senderId}::uuid, ${photo.mime}, ${photo.width}, ${photo.height}, ${photo.bytes.byteLength},
                decode(${base64}, 'base64'), ${gps?.latitude ?? null}::float8, ${gps?.longitude ?? null}::float8, ${now})`;
      return { id };
    },

    holdPlaces,

    async attach(activityId, senderId, photoIds, max) {
      const ids = [...new Set(photoIds)].filter(isUuid);
      if (!allUuids(activityId, senderId)) return { attached: 0, count: 0 };
      // Held already when the caller counted the room first (holding again in one transaction is free).
      await holdPlaces(activityId);
      const before = await tx.activityPhoto.count({ where: { activityId } });
      const room = max - before;
      if (ids.length === 0 || room <= 0) return { attached: 0, count: before };
      const mine = await tx.activityPhoto.findMany({
        where: { id: { in: ids }, senderId, activityId: null },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
        take: room,
      });
      if (mine.length === 0) return { attached: 0, count: before };
      const { count } = await tx.activityPhoto.updateMany({
        where: { id: { in: mine.map((row) => row.id) }, activityId: null },
        data: { activityId },
      });
      return { attached: count, count: before + count };
    },

    listForActivity: (activityId) => listForActivity(sql, activityId),

    async read(photoId) {
      if (!isUuid(photoId)) return null;
      const row = await tx.activityPhoto.findUnique({ where: { id: photoId }, select: INFO });
      if (!row) return null;
      const bytes = await readPhotoBytes(tx, photoId);
      if (!bytes) return null;
      const file: PhotoFile = { ...toInfo(row), bytes };
      return file;
    },
  };
}

/** A photo's bytes (as base64 from the database: see addDraft), or null. */
export async function readPhotoBytes(client: Pick<PrismaTx, '$queryRaw'>, photoId: string): Promise<Uint8Array | null> {
  const rows = await client.$queryRaw<Array<{ data: string }>>`SELECT encode("data", 'base64') AS "data" FROM "ActivityPhoto" WHERE "id" = ${photoId}::uuid`;
  return rows[0] ? new Uint8Array(Buffer.from(rows[0].data, 'base64')) : null;
}
