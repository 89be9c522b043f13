/**
 * Erasure's sweep of stored text: a person's name and phone number are replaced by "–"
 * wherever a text or JSON column may hold them — replies kept for retries (a /datasaya
 * answer, a registration summary, an officer's view of the group), alert payloads sent and
 * unsent, web chat inbox rows, other people's conversation state, audit details, and free
 * text others typed (activity descriptions, rejection and override reasons), and replies
 * queued in the reply outbox for others.
 *
 * {@link SCRUBBED_COLUMNS} lists those columns; {@link UNSCRUBBED_COLUMNS} lists every other
 * text column with the reason it cannot hold a name or number. A test checks that together
 * they cover every text and JSON column of the schema, so a new column must be classified.
 */
import { maskPhone } from '../../domain/access/principal.js';
import { Prisma } from '../generated/prisma/client.js';
import type { PrismaTx } from '../transaction-runner.js';

/** What replaces a name or number. */
export const ERASED_MARK = '–';

/** A column the sweep rewrites: text, or JSON (matched in its JSON-escaped text form). */
export interface ScrubbedColumn {
  readonly table: string;
  readonly column: string;
  readonly kind: 'text' | 'json';
}

/** Columns that may hold a person's name or number in free or rendered text. */
export const SCRUBBED_COLUMNS: readonly ScrubbedColumn[] = [
  { table: 'ProcessedMessage', column: 'replies', kind: 'json' },
  { table: 'Alert', column: 'payload', kind: 'json' },
  { table: 'Alert', column: 'lastError', kind: 'text' },
  { table: 'WebchatInbox', column: 'message', kind: 'json' },
  { table: 'AuditLog', column: 'details', kind: 'json' },
  { table: 'Conversation', column: 'state', kind: 'json' },
  { table: 'Activity', column: 'description', kind: 'text' },
  { table: 'Activity', column: 'rejectionReason', kind: 'text' },
  { table: 'Activity', column: 'photoRef', kind: 'text' },
  { table: 'Group', column: 'rejectionReason', kind: 'text' },
  { table: 'Group', column: 'meetingSchedule', kind: 'text' },
  { table: 'Group', column: 'typeOther', kind: 'text' },
  { table: 'AreaLevelOverride', column: 'reason', kind: 'text' },
  { table: 'ApiToken', column: 'label', kind: 'text' },
  // Replies queued for others (an officer's view of the group, a partner's notice) may name the person.
  { table: 'Reply', column: 'messages', kind: 'json' },
  { table: 'Reply', column: 'lastError', kind: 'text' },
];

/** Every other text column, and why no name or number of a person is in it after an erasure. */
export const UNSCRUBBED_COLUMNS: Readonly<Record<string, string>> = {
  'Person.displayName': 'set to null by the erasure itself',
  'Person.phoneE164': 'set to null by the erasure itself',
  'Person.locale': 'a language code',
  'Person.lastVillageCode': 'a Kemendagri code (cleared by the erasure itself)',
  'Group.ketuaName': "cleared by the erasure for the person's groups and wherever a group names the person as its ketua",
  'Group.ketuaPhone': "cleared by the erasure for the person's groups and wherever a group has the person's number",
  'ChannelIdentity.externalId': "the erased person's identities are deleted (WhatsApp: the id is the number) or handed to an empty person",
  'Consent.externalId': "cleared on the erased person's consents",
  'Consent.noticeVersion': 'a version string',
  'ProcessedMessage.senderId': "the erased person's rows are deleted; others are other senders' ids",
  'ProcessedMessage.messageId': 'channel message ids',
  'WebchatInbox.externalId': "the erased person's rows are deleted; others are hashes of other sessions",
  'WebchatInbox.replyTo': "inbound web chat message ids (the erased person's rows are deleted)",
  'WebchatSession.idHash': 'SHA-256 hashes',
  'Reply.chat': "the erased person's replies are deleted; others are other recipients' chat ids",
  'Reply.messageId': 'channel message ids',
  'Reply.status': 'a fixed word',
  'Alert.deliveryStatus': 'a fixed word (sent, delivered, read, failed)',
  'WhatsAppCloudMessage.wamid':
    "the platform's message ids (they encode the recipient's number): rows go with the erased person's alerts, which the erasure deletes (cascade)",
  'ActivityPhoto.mime': 'a MIME type (the erased person\'s photos are deleted)',
  'AreaLevelDrop.villageCode': 'Kemendagri codes',
  'Group.name': 'the name of a community group, not of a person',
  'Group.nameNorm': 'derived from the group name',
  'Area.dusun': 'a place name',
  'Region.code': 'Kemendagri codes',
  'Region.parentCode': 'Kemendagri codes',
  'Region.name': 'region names',
  'Region.nameNorm': 'region names',
  'RegionDataset.name': 'dataset metadata',
  'RegionDataset.version': 'dataset metadata',
  'Group.villageCode': 'Kemendagri codes',
  'Activity.villageCode': 'Kemendagri codes',
  'Area.villageCode': 'Kemendagri codes',
  'AreaLevelOverride.villageCode': 'Kemendagri codes',
  'AreaLevelHistory.villageCode': 'Kemendagri codes',
  'OfficerArea.codePrefix': 'Kemendagri codes',
  'OfficerInvite.code': 'random codes',
  'OfficerInvite.areaPrefixes': 'Kemendagri codes',
  'Officer.mutedKinds': 'alert kind names',
  'Alert.kind': 'alert kind names',
  'Alert.dedupeKey': 'event kinds, ids and times',
  'LinkCode.code': "random codes (the erased person's are deleted)",
  'ApiToken.tokenHash': 'SHA-256 hashes',
  'SignInCode.codeHash': 'SHA-256 hashes',
  'AuditLog.actorKind': 'a fixed word',
  'AuditLog.action': 'a dotted verb',
  'AuditLog.targetType': 'a fixed word',
  'AuditLog.targetId': 'ids',
  'AuditLog.via': 'a fixed word',
  'JobRun.job': 'job names',
  'JobRun.period': 'period labels',
  'WhatsAppState.session': 'the WhatsApp session name',
  'WhatsAppState.kind': 'key kinds',
  'WhatsAppState.key':
    "WhatsApp's own encryption state is keyed by contacts' WhatsApp ids; the erased person's numbered-list rows are deleted, Baileys' session keys stay while WhatsApp is linked",
  'WhatsAppState.value': "Baileys' credentials and keys; the bot's own rows hold button ids and counts",
  '_prisma_migrations.id': 'migration bookkeeping',
  '_prisma_migrations.checksum': 'migration bookkeeping',
  '_prisma_migrations.migration_name': 'migration bookkeeping',
  '_prisma_migrations.logs': 'migration bookkeeping',
};

/** What to look for: the person's name and phone (E.164) as they were before the erasure. */
export interface PersonalNeedles {
  readonly name: string | null;
  readonly phoneE164: string | null;
}

/** A PostgreSQL (ARE) pattern matching `text` literally. */
function literal(text: string): string {
  return text.replace(/[^\p{L}\p{N} ]/gu, (char) => `\\${char}`);
}

/** A word on its own (no letter or digit glued to either side). */
function word(pattern: string): string {
  return `(?<![[:alnum:]_])${pattern}(?![[:alnum:]_])`;
}

/**
 * The patterns of a person's name and number, for plain text and for JSON text (where
 * quotes and backslashes appear escaped). Null when there is nothing to look for.
 */
export function needlePatterns(needles: PersonalNeedles): { readonly text: string; readonly json: string } | null {
  const text: string[] = [];
  const json: string[] = [];
  const name = needles.name?.trim() ?? '';
  // A one-letter "name" would match far too much; names are asked with at least two.
  if ([...name].length >= 2) {
    text.push(word(literal(name)));
    json.push(word(literal(JSON.stringify(name).slice(1, -1))));
  }
  const phone = needles.phoneE164 ?? '';
  const national = /^\+62(\d{6,13})$/.exec(phone)?.[1];
  if (national) {
    // +62 812-3456-7890, 62812…, 0812 3456 7890: every way it is written, also inside a WhatsApp id.
    const digits = [...national].join('[\\s.-]*');
    const pattern = `(?<![0-9])(?:\\+?62|0)[\\s.-]*${digits}(?![0-9])`;
    text.push(pattern);
    json.push(pattern);
  }
  const masked = maskPhone(phone);
  if (masked && masked !== phone) {
    text.push(literal(masked));
    json.push(literal(masked));
  }
  if (text.length === 0) return null;
  return { text: text.map((p) => `(?:${p})`).join('|'), json: json.map((p) => `(?:${p})`).join('|') };
}

/** Replaces the person's name and number in every {@link SCRUBBED_COLUMNS} column; returns the rows changed. */
export async function scrubPersonalText(tx: PrismaTx, needles: PersonalNeedles): Promise<number> {
  const patterns = needlePatterns(needles);
  if (patterns === null) return 0;
  let changed = 0;
  for (const { table, column, kind } of SCRUBBED_COLUMNS) {
    // Identifiers come from the constant list above, never from input.
    const t = Prisma.raw(`"${table}"`);
    const c = Prisma.raw(`"${column}"`);
    changed +=
      kind === 'text'
        ? await tx.$executeRaw`UPDATE ${t} SET ${c} = regexp_replace(${c}, ${patterns.text}, ${ERASED_MARK}, 'gi') WHERE ${c} ~* ${patterns.text}`
        : await tx.$executeRaw`UPDATE ${t} SET ${c} = regexp_replace(${c}::text, ${patterns.json}, ${ERASED_MARK}, 'gi')::jsonb WHERE ${c}::text ~* ${patterns.json}`;
  }
  return changed;
}
