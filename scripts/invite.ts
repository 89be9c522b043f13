/**
 * `npm run invite -- --kind tksk --area 34.04.07 [--area …] [--expires 7d]`: makes an
 * officer invite and prints its code alone on the last line (scripts can take `tail -n1`).
 *
 * Where the invite is stored:
 * - DATABASE_URL set: straight into that PostgreSQL database;
 * - otherwise the embedded PostgreSQL in DATA_DIR (default ./data): the cluster the running
 *   bot started, or, when no bot runs there, one this command starts for its own duration.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { inviteCommand, type InviteReply, type InviteResponse } from '../src/domain/officers/invite-command.js';
import { lookUpBotUsername, telegramStartLink } from '../src/channels/telegram/start-link.js';
import { bareNumber, parseDuration } from '../src/config/duration.js';
import { OFFICER_INVITE_DEEP_LINK } from '../src/domain/officers/enroll-flow.js';
import { normalizeInviteCode } from '../src/domain/officers/invite-code.js';
import { DEFAULT_INVITE_TTL_MS, type InviteRequest } from '../src/domain/officers/invites.js';
import { OFFICER_KINDS } from '../src/domain/model/officers.js';
import { createAppTransactionRunner } from '../src/storage/app-tx.js';
import { openDatabase } from '../src/storage/database.js';
import { CLUSTER_SUBDIR } from '../src/storage/embedded/cluster.js';
import { embeddedPortFromEnv } from '../src/storage/embedded/port-env.js';

const USAGE = `Usage: npm run invite -- --kind <${OFFICER_KINDS.join('|')}> --area <code> [--area <code> …] [--expires 7d]

  --kind     the officer's kind
  --area     a kabupaten/kota (34.04), kecamatan (34.04.07) or desa (34.04.07.2001) code;
             repeat it, or separate codes with commas
  --expires  how long the code stays valid: 30m, 48h, 7d … (default 7d, at most 90d)

Reads DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PostgreSQL, default ./data). Works
while the bot is running. With TELEGRAM_BOT_TOKEN set it also prints a t.me link that
enrols the officer in one tap. Prints the invite code alone on the last line.`;

/** Exit codes: 0 done, 1 failed, 2 bad usage. */
async function main(argv: readonly string[]): Promise<number> {
  let request: InviteRequest | 'help';
  try {
    request = readArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (request === 'help') {
    console.log(USAGE);
    return 0;
  }
  let response: InviteResponse;
  try {
    response = await createInvite(request);
  } catch (error) {
    console.error(`invite failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (!response.ok) {
    console.error(`invite refused: ${response.error}${(response.problems ?? []).map((problem) => `\n  - ${problem}`).join('')}`);
    return 1;
  }
  await printInvite(response.result);
  return 0;
}

function readArgs(argv: readonly string[]): InviteRequest | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      kind: { type: 'string' },
      area: { type: 'string', multiple: true },
      expires: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  if (!values.kind) throw new Error('--kind is required');
  const areas = (values.area ?? []).flatMap((area) => area.split(',')).map((area) => area.trim()).filter(Boolean);
  if (areas.length === 0) throw new Error('at least one --area is required');
  return { kind: values.kind, areas, expiresInMs: values.expires === undefined ? DEFAULT_INVITE_TTL_MS : readExpiry(values.expires) };
}

/**
 * --expires as people write it. A bare number ("--expires 7", meant as days) was read as
 * milliseconds and refused as "between 1 minute and 90 days"; it is asked with its unit.
 */
function readExpiry(value: string): number {
  const bare = bareNumber(value);
  if (bare !== null) throw new Error(`--expires: "${bare}" has no unit: write ${bare}d for days, ${bare}h for hours or ${bare}m for minutes`);
  const ms = parseDuration(value);
  if (ms === null) throw new Error(`--expires: expected a duration such as 7d or 48h, got "${value}"`);
  if (ms <= 0) throw new Error(`--expires: ${value} is no time at all; the code may stay valid from 1 minute (1m) to 90 days (90d)`);
  return ms;
}

async function createInvite(request: InviteRequest): Promise<InviteResponse> {
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const dataDir = process.env.DATA_DIR?.trim() || './data';
  // Starting a cluster in a folder without one would create an empty database: no help.
  if (!databaseUrl && !existsSync(join(dataDir, CLUSTER_SUBDIR, 'PG_VERSION'))) {
    throw new Error(`there is no database in DATA_DIR ${resolve(dataDir)}: start the bot once there first (or set DATA_DIR / DATABASE_URL)`);
  }
  const database = await openDatabase({ databaseUrl, dataDir, role: 'command', embeddedPort: embeddedPortFromEnv() });
  try {
    return await inviteCommand(createAppTransactionRunner(database.prisma), () => new Date())(request);
  } catch (error) {
    // A database the bot never started on has no tables yet.
    if (/does not exist/.test(String(error))) throw new Error('the database has no tables yet: start the bot once (or run npm run db:migrate) first');
    throw error;
  } finally {
    await database.close();
  }
}

async function printInvite(invite: InviteReply): Promise<void> {
  const areas = invite.areas.map((area) => `${area.code} ${area.name}${area.regencyName ? ` (${[area.districtName, area.regencyName].filter(Boolean).join(', ')})` : ''}`);
  console.log(`Officer invite (${invite.kind}) for: ${areas.join('; ')}`);
  const link = await telegramLink(invite.code);
  if (link) console.log(`On Telegram, the officer opens this link and taps Start: ${link}`);
  console.log(`Valid until ${invite.expiresAt}. The officer sends this code to the bot on any channel:`);
  console.log(invite.code);
}

/** `t.me/<bot>?start=inv-<code>` when the bot's Telegram token is set and Telegram answers. */
async function telegramLink(shownCode: string): Promise<string | undefined> {
  const token = process.env.TELEGRAM_BOT_TOKEN?.trim();
  const code = normalizeInviteCode(shownCode);
  if (!token || !code) return undefined;
  const username = await lookUpBotUsername(token, process.env.TELEGRAM_API_ROOT?.trim() || undefined);
  if (!username) {
    console.log('(Telegram did not answer, so no t.me link: the code works as well.)');
    return undefined;
  }
  return telegramStartLink(username, OFFICER_INVITE_DEEP_LINK, code);
}

process.exitCode = await main(process.argv.slice(2));
