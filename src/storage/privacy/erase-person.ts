/**
 * Erasure of a person on request (UU PDP 27/2022: the right to deletion), in the caller's
 * transaction. What others rely on stays — the groups, their activities and relations, an
 * active leader membership (now nameless) — and everything that identifies or reaches the
 * person goes.
 */
import type { ErasureResult } from '../../domain/model/privacy.js';
import { Prisma } from '../generated/prisma/client.js';
import { revokeTokensOf } from '../tokens/api-tokens.js';
import type { PrismaTx } from '../transaction-runner.js';
import { CHANNEL_KINDS } from '../whatsapp/channel-kinds.js';
import { scrubPersonalText } from './scrub-personal-text.js';

/** Anonymises the person; see {@link PrivacyStore.erase}. */
export async function erasePerson(tx: PrismaTx, personId: string, now: Date): Promise<ErasureResult> {
  // The row lock keeps a concurrent erasure or account link from seeing half of this.
  const [person] = await tx.$queryRaw<Array<{ locale: string; anonymisedAt: Date | null; displayName: string | null; phoneE164: string | null }>>`
    SELECT "locale", "anonymisedAt", "displayName", "phoneE164" FROM "Person" WHERE "id" = ${personId}::uuid FOR UPDATE`;
  if (!person || person.anonymisedAt) return { kind: 'already' };

  const identities = await tx.channelIdentity.findMany({ where: { personId }, select: { id: true, channel: true, externalId: true } });
  // Each chat account is handed to a new, empty person: a later message from it starts as
  // a stranger (no name, no groups, no consent), while the conversation row the current
  // message is saving into still exists. The language is a setting of the chat, not data
  // about the person, so it stays.
  // A WhatsApp identity's id is the phone number itself: it is deleted (with its conversation
  // and numbered list); the number's next message starts as a stranger all the same.
  for (const identity of identities) {
    if (identity.channel === 'whatsapp') continue;
    const fresh = await tx.person.create({ data: { locale: person.locale }, select: { id: true } });
    await tx.channelIdentity.update({ where: { id: identity.id }, data: { personId: fresh.id } });
  }
  const whatsappIds = identities.filter((identity) => identity.channel === 'whatsapp').map((identity) => identity.externalId);
  if (whatsappIds.length > 0) {
    await tx.channelIdentity.deleteMany({ where: { channel: 'whatsapp', externalId: { in: whatsappIds } } });
    await tx.whatsAppState.deleteMany({ where: { kind: CHANNEL_KINDS.chatList, key: { in: whatsappIds } } });
    // Baileys' sessions, identity keys, LID mapping, device list and token of the number go
    // too (the account's own keys stay linked). Loaded only here: it reads Baileys' JSON format.
    const { deleteContactKeys } = await import('../whatsapp/contact-keys.js');
    await deleteContactKeys(tx, whatsappIds);
  }
  // Replies kept for retries of the person's own messages: /datasaya answers, summaries.
  for (const channel of ['webchat', 'telegram', 'whatsapp'] as const) {
    const senders = identities.filter((identity) => identity.channel === channel).map((identity) => identity.externalId);
    if (senders.length > 0) {
      await tx.processedMessage.deleteMany({ where: { channel, senderId: { in: senders } } });
      // Replies still queued to the person (or given up on, kept with their reason) are
      // messages to someone who is gone: they go too. Replies to others are scrubbed below.
      await tx.reply.deleteMany({ where: { channel, chat: { in: senders } } });
    }
  }
  const identityIds = identities.filter((identity) => identity.channel !== 'whatsapp').map((identity) => identity.id);
  // A flow in progress may hold answers (a name, a phone): every conversation starts over.
  await tx.conversation.updateMany({ where: { identityId: { in: identityIds } }, data: { state: Prisma.JsonNull } });
  const webchatIds = identities.filter((identity) => identity.channel === 'webchat').map((identity) => identity.externalId);
  const inbox = webchatIds.length > 0 ? await tx.webchatInbox.deleteMany({ where: { externalId: { in: webchatIds } } }) : { count: 0 };

  // Unanswered co-leader requests need a person to answer for; active memberships stay so
  // the group keeps its history, without a name or number.
  const requests = await tx.groupLeader.deleteMany({ where: { personId, status: 'pending' } });
  const membershipsKept = await tx.groupLeader.count({ where: { personId, status: 'active' } });
  // A message being sent right now ('sending') is left to the dispatcher, which owns it.
  const alerts = await tx.alert.deleteMany({ where: { personId, status: { not: 'sending' } } });
  const tokensRevoked = await revokeTokensOf(tx, personId, now);
  const officer = await tx.officer.updateMany({ where: { personId, active: true }, data: { active: false } });
  const linkCodes = await tx.linkCode.deleteMany({ where: { personId } });
  // Photos are images of people and places: the ones this person sent go, with their activities' evidence.
  const photos = await tx.activityPhoto.deleteMany({ where: { senderId: personId } });
  // Consent records stay as proof of what was agreed and when, without the chat account.
  await tx.consent.updateMany({ where: { personId, withdrawnAt: null }, data: { withdrawnAt: now } });
  await tx.consent.updateMany({ where: { personId }, data: { externalId: '' } });
  // Everything recorded for others (alerts to officers, their cached replies and inbox,
  // audit details, the person's own free text; the number also in others' free text) loses
  // the name and number: the person's own, and the ketua name
  // and phone they gave for the groups they registered (since issue #11 a group's contact is
  // kept on the group, and is often the person themself).
  const given = await tx.group.findMany({
    where: { leaders: { some: { personId, role: 'leader' } } },
    select: { ketuaName: true, ketuaPhone: true },
  });
  const needles = [{ name: person.displayName, phoneE164: person.phoneE164 }, ...given.map((group) => ({ name: group.ketuaName, phoneE164: group.ketuaPhone }))];
  const seen = new Set<string>();
  for (const needle of needles) {
    const key = `${needle.name ?? ''}|${needle.phoneE164 ?? ''}`;
    if (seen.has(key) || (!needle.name && !needle.phoneE164)) continue;
    seen.add(key);
    await scrubPersonalText(tx, personId, needle);
  }
  // The ketua name and phone the person gave for the groups they registered go with them.
  await tx.group.updateMany({ where: { leaders: { some: { personId, role: 'leader' } } }, data: { ketuaName: null, ketuaPhone: null } });
  // A group someone else registered may name the person as its ketua: by number, or by name
  // with their number or none. A ketua of the same name with a number of her own is someone
  // else (names repeat a lot: "Siti Aminah"), whose entry is not the person's to erase.
  if (person.displayName) {
    await tx.group.updateMany({
      where: {
        ketuaName: { equals: person.displayName, mode: 'insensitive' },
        OR: [{ ketuaPhone: null }, ...(person.phoneE164 ? [{ ketuaPhone: person.phoneE164 }] : [])],
      },
      data: { ketuaName: null },
    });
  }
  if (person.phoneE164) await tx.group.updateMany({ where: { ketuaPhone: person.phoneE164 }, data: { ketuaPhone: null } });
  await tx.person.update({
    where: { id: personId },
    data: { displayName: null, phoneE164: null, isAdmin: false, anonymisedAt: now, lastVillageCode: null },
  });

  return {
    kind: 'erased',
    counts: {
      identitiesUnlinked: identities.length,
      membershipsKept,
      requestsDropped: requests.count,
      alertsDeleted: alerts.count,
      inboxDeleted: inbox.count,
      tokensRevoked,
      linkCodesDeleted: linkCodes.count,
      officerDeactivated: officer.count > 0,
      ...(photos.count > 0 && { photosDeleted: photos.count }),
    },
  };
}
