/**
 * The `invite` command, shared by the control server of a running app and by the CLI
 * when it opens the database itself: one transaction around the domain service.
 */
import type { Clock, TransactionRunner } from '../../core/ports.js';
import { createOfficerInvite, InviteRequestError, type InviteRequest } from '../../domain/officers/invites.js';
import type { OfficerRepository } from '../../domain/officers/ports.js';
import type { ControlResponse } from './control-protocol.js';

/** Runs the invite service in a transaction; a bad request answers with its problems. */
export function inviteCommand(
  transactions: TransactionRunner<{ readonly officers: OfficerRepository }>,
  clock: Clock,
): (request: InviteRequest) => Promise<ControlResponse> {
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
