/**
 * The `invite` command of `npm run invite`: one transaction around the domain service,
 * answering with a JSON-friendly result (dates as ISO strings) or the request's problems.
 */
import type { Clock, TransactionRunner } from '../../core/ports.js';
import { createOfficerInvite, InviteRequestError, type InviteRequest } from './invites.js';
import type { OfficerRepository } from '../model/officers.js';

/** A created invite (JSON-friendly: dates as ISO strings). */
export interface InviteReply {
  readonly code: string;
  readonly kind: string;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly level: string; readonly name: string; readonly districtName: string; readonly regencyName: string }>;
  readonly expiresAt: string;
}

/** The command's outcome. `problems` lists what was wrong with a request a person can fix. */
export type InviteResponse =
  | { readonly ok: true; readonly result: InviteReply }
  | { readonly ok: false; readonly error: string; readonly problems?: readonly string[] };

/** Runs the invite service in a transaction; a bad request answers with its problems. */
export function inviteCommand(
  transactions: TransactionRunner<{ readonly officers: OfficerRepository }>,
  clock: Clock,
): (request: InviteRequest) => Promise<InviteResponse> {
  return async (request) => {
    try {
      const invite = await transactions.transaction((tx) => createOfficerInvite(request, tx, clock()));
      return { ok: true, result: { ...invite, expiresAt: invite.expiresAt.toISOString() } };
    } catch (error) {
      if (error instanceof InviteRequestError) return { ok: false, error: 'invalid invite request', problems: error.problems };
      throw error;
    }
  };
}
