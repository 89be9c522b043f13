/** {@link PhotoFiles} over Prisma: a stored photo's bytes, read outside any conversation. */
import type { PhotoFiles } from '../../core/media.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { isUuid } from '../groups/uuid.js';

/** Reads photos for channels sending alerts. */
export function createPhotoFiles(prisma: PrismaClient): PhotoFiles {
  return {
    async read(photoId) {
      if (!isUuid(photoId)) return null;
      const row = await prisma.activityPhoto.findUnique({ where: { id: photoId }, select: { data: true, mime: true } });
      return row ? { bytes: new Uint8Array(row.data), mime: row.mime } : null;
    },
  };
}
