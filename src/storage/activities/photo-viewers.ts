/**
 * Who may see a stored activity photo from a chat (the web chat page shows the photos a reply
 * names through GET /webchat/photos/:id): the person who sent it, a leader of the group that
 * reported the activity, an active officer whose areas cover its desa, or an admin person.
 * Anyone else gets nothing, as if the photo did not exist.
 */
import type { ChannelName } from '../../core/messages.js';
import type { PhotoFileView } from '../../core/media.js';
import { prefixCovers } from '../../domain/model/officers.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { isUuid } from '../groups/uuid.js';
import { readPhotoBytes } from './photo-store.js';
import { reportingParticipation } from './reporting-group.js';

/** The photo for the person behind a chat identity, or null when they may not see it (or it is gone). */
export async function photoForChatIdentity(prisma: PrismaClient, channel: ChannelName, externalId: string, photoId: string): Promise<PhotoFileView | null> {
  if (!isUuid(photoId)) return null;
  const identity = await prisma.channelIdentity.findUnique({
    where: { channel_externalId: { channel, externalId } },
    select: { person: { select: { id: true, isAdmin: true, anonymisedAt: true } } },
  });
  const person = identity?.person;
  if (!person || person.anonymisedAt !== null) return null;
  const photo = await prisma.activityPhoto.findUnique({
    where: { id: photoId },
    select: {
      mime: true,
      senderId: true,
      activity: { select: { villageCode: true, participants: { select: { groupId: true, status: true, confirmedAt: true } } } },
    },
  });
  if (!photo) return null;
  if (!(await maySee(prisma, person, photo))) return null;
  const bytes = await readPhotoBytes(prisma, photoId);
  return bytes ? { bytes, mime: photo.mime } : null;
}

interface PhotoFacts {
  readonly senderId: string;
  readonly activity: {
    readonly villageCode: string;
    readonly participants: ReadonlyArray<{ readonly groupId: string; readonly status: string; readonly confirmedAt: Date | null }>;
  } | null;
}

async function maySee(prisma: PrismaClient, person: { readonly id: string; readonly isAdmin: boolean }, photo: PhotoFacts): Promise<boolean> {
  if (photo.senderId === person.id) return true;
  // A draft (not attached yet) is its sender's alone.
  if (!photo.activity) return false;
  if (person.isAdmin) return true;
  const reporter = reportingParticipation(photo.activity.participants);
  if (reporter) {
    const leads = await prisma.groupLeader.count({ where: { groupId: reporter.groupId, personId: person.id, status: 'active' } });
    if (leads > 0) return true;
  }
  const officer = await prisma.officer.findUnique({ where: { personId: person.id }, select: { active: true, areas: { select: { codePrefix: true } } } });
  const villageCode = photo.activity.villageCode;
  return officer?.active === true && officer.areas.some((area) => prefixCovers(area.codePrefix, villageCode));
}
