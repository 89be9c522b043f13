/**
 * Officers in tests enrol as real ones do: an invite made as the CLI makes it
 * (createOfficerInvite in one transaction), its code sent in the chat as `petugas CODE`.
 */
import { expect } from 'vitest';
import type { Clock } from '../../src/core/ports.js';
import { createOfficerInvite, type InviteRequest } from '../../src/domain/officers/invites.js';
import type { Bot } from '../../src/main.js';
import { createAppTransactionRunner } from '../../src/storage/app-tx.js';
import { allText, type Reply } from './bot.js';

/** A new officer invite for `request`, made at `clock()`; its code as people type it. */
export async function officerInviteCode(bot: Pick<Bot, 'database'>, clock: Clock, request: InviteRequest): Promise<string> {
  const invite = await createAppTransactionRunner(bot.database.prisma, clock).transaction((tx) => createOfficerInvite(request, tx, clock()));
  return invite.code;
}

/**
 * Makes an invite for `request` and sends `petugas CODE` through `say` (the officer's own
 * chat); checks that the bot confirmed the enrolment, and answers its question for the
 * officer's name with `name` when it asks (an officer with a name on record is not asked).
 */
export async function enrolOfficer(
  bot: Pick<Bot, 'database'>,
  clock: Clock,
  request: InviteRequest,
  say: (text: string) => Promise<readonly Reply[]>,
  name = 'Tono Sugiarto',
): Promise<void> {
  const code = await officerInviteCode(bot, clock, request);
  const enrolled = allText(await say(`petugas ${code}`));
  expect(enrolled).toContain('terdaftar sebagai petugas');
  if (enrolled.includes('Siapa nama Anda?')) expect(allText(await say(name))).toContain('Nama Anda tersimpan');
}
