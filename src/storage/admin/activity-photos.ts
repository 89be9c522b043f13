/** Activity photos for the admin API: the list of an activity's photos, and one photo's bytes. */
import { isUuid } from '../groups/uuid.js';
import { readPhotoBytes } from '../activities/photo-store.js';
import type { PrismaTx } from '../transaction-runner.js';

/** A photo as the API lists it. */
export interface ActivityPhotoRow {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly byteSize: number;
  readonly createdAt: string;
  /** Where it was taken, only when the sender chose to share it. */
  readonly location: { readonly latitude: number; readonly longitude: number } | null;
}

/** The photos of an activity, oldest first. */
export async function listActivityPhotos(db: PrismaTx, activityId: string): Promise<ActivityPhotoRow[]> {
  if (!isUuid(activityId)) return [];
  const rows = await db.activityPhoto.findMany({
    where: { activityId },
    select: { id: true, width: true, height: true, byteSize: true, createdAt: true, latitude: true, longitude: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    width: row.width,
    height: row.height,
    byteSize: row.byteSize,
    createdAt: row.createdAt.toISOString(),
    location: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
  }));
}

/** One photo of one activity, with its bytes; null when it is not that activity's. */
export async function activityPhotoFile(db: PrismaTx, activityId: string, photoId: string): Promise<{ readonly mime: string; readonly bytes: Uint8Array } | null> {
  if (!isUuid(activityId) || !isUuid(photoId)) return null;
  const row = await db.activityPhoto.findFirst({ where: { id: photoId, activityId }, select: { mime: true } });
  if (!row) return null;
  const bytes = await readPhotoBytes(db, photoId);
  return bytes ? { mime: row.mime, bytes } : null;
}
