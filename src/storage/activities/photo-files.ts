/** {@link PhotoFiles} over Prisma: a stored photo's bytes, read outside any conversation. */
import type { PhotoFiles } from '../../core/media.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { isUuid } from '../groups/uuid.js';
import { readPhotoBytes } from './photo-store.js';

/** Reads photos for channels sending alerts. */
export function createPhotoFiles(prisma: PrismaClient): PhotoFiles {
  return {
    async read(photoId) {
      if (!isUuid(photoId)) return null;
      const row = await prisma.activityPhoto.findUnique({ where: { id: photoId }, select: { mime: true } });
      const bytes = row ? await readPhotoBytes(prisma, photoId) : null;
      return row && bytes ? { bytes, mime: row.mime } : null;
    },
  };
}
