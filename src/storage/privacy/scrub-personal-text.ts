/**
 * Erasure's sweep of stored text: a person's name and phone number are replaced by "–"
 * wherever a text or JSON column may hold them — replies kept for retries (a /datasaya
 * answer, a registration summary, an officer's view of the group), alert payloads sent and
 * unsent, web chat inbox rows, other people's conversation state, audit details, and free
 * text (activity descriptions, rejection and override reasons), and replies queued in the
 * reply outbox for others.
 *
 * Names repeat ("Sri", "Siti Aminah") and a number does not. So the number goes wherever it
 * is written, while the name goes only where it is the person's own: in what the bot itself
 * rendered or recorded from the person's records, and in the free text of the person's own
 * rows (the activities they reported, the groups they registered, their tokens). What other
 * people typed about a "Sri" may be about a namesake, and is theirs: it stays as they wrote
 * it. A name that runs on into a longer one ("Sri" in "Sri Rahayu") is someone else's anywhere.
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

/**
 * A column the sweep rewrites: text, or JSON (matched in its JSON-escaped text form). `typed`
 * says people type what it holds: there the name is swept only in the erased person's own
 * rows ({@link ownRows}), the number in every row.
 */
export interface ScrubbedColumn {
  readonly table: string;
  readonly column: string;
  readonly kind: 'text' | 'json';
  readonly typed?: true;
}

/** Columns that may hold a person's name or number in free or rendered text. */
export const SCRUBBED_COLUMNS: readonly ScrubbedColumn[] = [
  { table: 'ProcessedMessage', column: 'replies', kind: 'json' },
  { table: 'Alert', column: 'payload', kind: 'json' },
  { table: 'Alert', column: 'lastError', kind: 'text' },
  { table: 'WebchatInbox', column: 'message', kind: 'json' },
  { table: 'AuditLog', column: 'details', kind: 'json' },
  // Others' flows in progress (the erased person's own are emptied by the erasure): not only what they typed but
  // records the bot loaded into them (a co-leader's Kelompok saya holds the group with its ketua's name), so scrubbed
  // as rendered text is. A namesake in a half-typed flow loses the name: short-lived, and the safer side.
  { table: 'Conversation', column: 'state', kind: 'json' },
  { table: 'Activity', column: 'description', kind: 'text', typed: true },
  { table: 'Activity', column: 'rejectionReason', kind: 'text', typed: true },
  { table: 'Activity', column: 'photoRef', kind: 'text', typed: true },
  { table: 'Group', column: 'rejectionReason', kind: 'text', typed: true },
  { table: 'Group', column: 'meetingSchedule', kind: 'text', typed: true },
  { table: 'Group', column: 'typeOther', kind: 'text', typed: true },
  { table: 'AreaLevelOverride', column: 'reason', kind: 'text', typed: true },
  { table: 'ApiToken', column: 'label', kind: 'text', typed: true },
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
    "WhatsApp's own encryption state is keyed by contacts' WhatsApp ids; the erased person's numbered-list rows and Baileys' keys about their number (sessions, identity keys, LID mapping, device list, token) are deleted (whatsapp/contact-keys.ts)",
  'WhatsAppState.value': "Baileys' credentials and keys (the erased number's go, its place in the token index too); the bot's own rows hold button ids and counts",
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

/** A pattern for plain text and one for JSON text (where quotes and backslashes appear escaped). */
interface Pattern {
  readonly text: string;
  readonly json: string;
}

/**
 * A PostgreSQL (ARE) pattern matching `text` literally, in any case: letters as [xX] classes,
 * so that the pattern runs without the case-insensitive flag and the longer-name check below
 * can tell a capital.
 */
function literal(text: string): string {
  return [...text]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) return `[${lower}${upper}]`;
      return /[\p{L}\p{N} ]/u.test(char) ? char : `\\${char}`;
    })
    .join('');
}

/**
 * A word on its own (no letter or digit glued to either side) that does not run on into a
 * longer name (a capitalised word after it). In JSON text a line break before it is written "\\n": that letter is no part of a word.
 */
function nameWord(pattern: string, json = false): string {
  const before = json ? '(?:(?<=\\\\[nrt])|(?<![[:alnum:]_]))' : '(?<![[:alnum:]_])';
  // Runs on: a capitalised word follows ("Sri Rahayu"). Capitals alone do not ("SRI DAN WARGA", "Sri RT 03").
  return `${before}${pattern}(?![[:alnum:]_])(?! +[[:upper:]][[:lower:]])`;
}

/** The pattern of a person's name; null when there is none to look for. */
export function namePattern(name: string | null): Pattern | null {
  const trimmed = name?.trim() ?? '';
  // A one-letter "name" would match far too much; names are asked with at least two.
  if ([...trimmed].length < 2) return null;
  return { text: nameWord(literal(trimmed)), json: nameWord(literal(JSON.stringify(trimmed).slice(1, -1)), true) };
}

/** The pattern of a phone number in every way it is written, and masked; null when there is none. */
export function phonePattern(phoneE164: string | null): Pattern | null {
  const phone = phoneE164 ?? '';
  const alternatives: string[] = [];
  const national = /^\+62(\d{6,13})$/.exec(phone)?.[1];
  if (national) {
    // +62 812-3456-7890, 62812…, 0812 3456 7890: every way it is written, also inside a WhatsApp id.
    const digits = [...national].join('[\\s.-]*');
    alternatives.push(`(?<![0-9])(?:\\+?62|0)[\\s.-]*${digits}(?![0-9])`);
  }
  const masked = maskPhone(phone);
  if (masked && masked !== phone) alternatives.push(literal(masked));
  if (alternatives.length === 0) return null;
  const pattern = alternatives.map((p) => `(?:${p})`).join('|');
  return { text: pattern, json: pattern };
}

/** Either pattern, or null when both are. */
function either(a: Pattern | null, b: Pattern | null): Pattern | null {
  if (a === null || b === null) return a ?? b;
  return { text: `(?:${a.text})|(?:${b.text})`, json: `(?:${a.json})|(?:${b.json})` };
}

/**
 * The erased person's own rows of a table whose columns hold what people typed: the
 * activities they reported, the groups they registered, the overrides they set as an
 * officer, their tokens. Others' flows in progress are never the person's own (theirs are
 * emptied by the erasure before the sweep).
 */
function ownRows(table: string, personId: string): Prisma.Sql {
  switch (table) {
    case 'Activity':
      return Prisma.sql`"reporterId" = ${personId}::uuid`;
    case 'Group':
      return Prisma.sql`EXISTS (SELECT 1 FROM "GroupLeader" l WHERE l."groupId" = "Group"."id" AND l."personId" = ${personId}::uuid AND l."role" = 'leader')`;
    case 'AreaLevelOverride':
      return Prisma.sql`"officerId" IN (SELECT "id" FROM "Officer" WHERE "personId" = ${personId}::uuid)`;
    case 'ApiToken':
      return Prisma.sql`"personId" = ${personId}::uuid`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/**
 * Replaces, in one column, `pattern` in the rows `where` selects, and `others` (when given) in
 * every other row: one statement, so that a row is rewritten once whatever it holds. Returns
 * the rows changed.
 */
async function sweep(tx: PrismaTx, { table, column, kind }: ScrubbedColumn, pattern: Pattern, where: Prisma.Sql, others: Pattern | null = null): Promise<number> {
  // Identifiers come from the constant list above, never from input.
  const t = Prisma.raw(`"${table}"`);
  const c = Prisma.raw(`"${column}"`);
  const value = kind === 'text' ? c : Prisma.sql`${c}::text`;
  const side = kind === 'text' ? 'text' : 'json';
  const chosen = others === null ? Prisma.sql`${pattern[side]}` : Prisma.sql`CASE WHEN ${where} THEN ${pattern[side]} ELSE ${others[side]} END`;
  const replaced = Prisma.sql`regexp_replace(${value}, ${chosen}, ${ERASED_MARK}, 'g')`;
  return tx.$executeRaw`UPDATE ${t} SET ${c} = ${kind === 'text' ? replaced : Prisma.sql`${replaced}::jsonb`} WHERE ${value} ~ ${chosen} AND ${others === null ? where : Prisma.sql`TRUE`}`;
}

/**
 * Replaces the person's name and number in every {@link SCRUBBED_COLUMNS} column (the name, in
 * a column people type into, only in `personId`'s own rows), one statement per column;
 * returns the rows changed.
 */
export async function scrubPersonalText(tx: PrismaTx, personId: string, needles: PersonalNeedles): Promise<number> {
  const name = namePattern(needles.name);
  const phone = phonePattern(needles.phoneE164);
  const both = either(name, phone);
  if (both === null) return 0;
  let changed = 0;
  for (const column of SCRUBBED_COLUMNS) {
    if (!column.typed || name === null) changed += await sweep(tx, column, both, Prisma.sql`TRUE`);
    // The name and number in the person's own rows, the number alone in everyone else's.
    else changed += await sweep(tx, column, both, ownRows(column.table, personId), phone);
  }
  return changed;
}
