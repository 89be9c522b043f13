/**
 * Consent for people a test seeds as group leaders: in the product a leader agreed to the
 * personal-data notice when registering their group, so flows gated by consent (Kelompok
 * saya, Konfirmasi) open for them as for any real leader.
 */
import type { PrismaClient } from '../../src/storage/generated/prisma/client.js';
import { NOTICE_VERSION } from '../../src/domain/privacy/consent.js';

/** Records the current notice as agreed to by each person, on their first chat account. */
export async function seedConsent(prisma: PrismaClient, personIds: readonly string[], now: Date): Promise<void> {
  for (const personId of personIds) {
    const identity = await prisma.channelIdentity.findFirstOrThrow({ where: { personId }, orderBy: { createdAt: 'asc' } });
    await prisma.consent.create({ data: { personId, noticeVersion: NOTICE_VERSION, channel: identity.channel, externalId: identity.externalId, grantedAt: now } });
  }
}
