/**
 * Who the WhatsApp channel may write to, read from the people tables: the conversation
 * store creates a ChannelIdentity (channel whatsapp, externalId = JID) for everyone who
 * writes to the bot, so "has an identity" is "wrote first", persisted and shared by every
 * instance, without a list of its own.
 */
import type { ChannelContacts } from '../../core/channel-stores.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** Officers' opt-in is a later feature; until then nobody is opted in. */
export type OptedInOfficerCheck = (jid: string) => Promise<boolean>;

/** {@link ChannelContacts} on the database. */
export function createWhatsAppContacts(prisma: PrismaClient, isOptedInOfficer?: OptedInOfficerCheck): ChannelContacts {
  const identity = (jid: string) =>
    prisma.channelIdentity.findUnique({
      where: { channel_externalId: { channel: 'whatsapp', externalId: jid } },
      select: { person: { select: { locale: true, anonymisedAt: true } } },
    });
  return {
    async canMessage(jid) {
      const found = await identity(jid);
      // An anonymised person asked to be forgotten: never write to them again.
      return found !== null && found.person.anonymisedAt === null;
    },
    isOptedInOfficer: isOptedInOfficer ?? (async () => false),
    async localeOf(jid) {
      return (await identity(jid))?.person.locale;
    },
  };
}
