/** The language of the person behind a chat account, for messages sent outside a conversation turn. */
import type { ChannelName } from '../../core/messages.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** The person's chosen locale, or null when the account is new to the bot. */
export async function senderLocale(prisma: PrismaClient, channel: ChannelName, externalId: string): Promise<string | null> {
  const identity = await prisma.channelIdentity.findUnique({
    where: { channel_externalId: { channel, externalId } },
    select: { person: { select: { locale: true } } },
  });
  return identity?.person.locale ?? null;
}
