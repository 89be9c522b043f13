/** {@link PhotoStore} over Prisma: photos are rows with their bytes (bytea). */
import type { PhotoFile, PhotoInfo, PhotoStore } from '../../domain/activities/photo-ports.js';
import type { PrismaTx } from '../transaction-runner.js';
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

/** Builds the photo store on one transaction client. */
export function createPhotoStore(tx: PrismaTx): PhotoStore {
  return {
    async addDraft(senderId, photo, keepLocation, now) {
      const gps = keepLocation ? photo.gps : null;
      return tx.activityPhoto.create({
        data: {
          senderId,
          mime: photo.mime,
          width: photo.width,
          height: photo.height,
          byteSize: photo.bytes.byteLength,
          data: new Uint8Array(photo.bytes),
          latitude: gps?.latitude ?? null,
          longitude: gps?.longitude ?? null,
          createdAt: now,
        },
        select: { id: true },
      });
    },

    async attach(activityId, senderId, photoIds, max) {
      const ids = [...new Set(photoIds)].filter(isUuid);
      if (!allUuids(activityId, senderId) || ids.length === 0 || max <= 0) return 0;
      const room = max - (await tx.activityPhoto.count({ where: { activityId } }));
      if (room <= 0) return 0;
      const mine = await tx.activityPhoto.findMany({
        where: { id: { in: ids }, senderId, activityId: null },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
        take: room,
      });
      if (mine.length === 0) return 0;
      const { count } = await tx.activityPhoto.updateMany({
        where: { id: { in: mine.map((row) => row.id) }, activityId: null },
        data: { activityId },
      });
      return count;
    },

    async listForActivity(activityId) {
      if (!isUuid(activityId)) return [];
      const rows = await tx.activityPhoto.findMany({ where: { activityId }, select: INFO, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return rows.map(toInfo);
    },

    async read(photoId) {
      if (!isUuid(photoId)) return null;
      const row = await tx.activityPhoto.findUnique({ where: { id: photoId }, select: { ...INFO, data: true } });
      if (!row) return null;
      const file: PhotoFile = { ...toInfo(row), bytes: new Uint8Array(row.data) };
      return file;
    },
  };
}
