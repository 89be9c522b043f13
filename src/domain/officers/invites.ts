/**
 * Making an officer invite: the one service behind the CLI (`npm run invite`), the control
 * socket of a running bot and, later, the admin API. It checks the kind and the areas
 * (each must be a kabupaten/kota, kecamatan or desa code that exists in the region list)
 * and stores a fresh code.
 */
import { coverageLevel, withoutRedundantAreas } from './coverage.js';
import { drawInviteCode, formatInviteCode } from './invite-code.js';
import { OFFICER_KINDS, type AreaName, type OfficerKind, type OfficerRepository } from '../model/officers.js';

/** What an admin asks for. */
export interface InviteRequest {
  readonly kind: string;
  /** Region codes: kabupaten/kota "34.04", kecamatan "34.04.07" or desa "34.04.07.2001". */
  readonly areas: readonly string[];
  /** How long the code stays valid; default {@link DEFAULT_INVITE_TTL_MS}. */
  readonly expiresInMs?: number;
}

/** A created invite. */
export interface CreatedInvite {
  /** As shown and typed, "ABCD-EFGH". */
  readonly code: string;
  readonly kind: OfficerKind;
  readonly areas: readonly AreaName[];
  readonly expiresAt: Date;
}

/** Thrown when a request cannot make an invite; `problems` says why, one line each. */
export class InviteRequestError extends Error {
  override readonly name = 'InviteRequestError';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
  }
}

export const DEFAULT_INVITE_TTL_MS = 7 * 86_400_000;
const MIN_TTL_MS = 60_000;
const MAX_TTL_MS = 90 * 86_400_000;
const MAX_AREAS = 50;

/**
 * Validates the request and stores a new invite in `tx`.
 * @throws InviteRequestError naming every problem of the request.
 */
export async function createOfficerInvite(
  request: InviteRequest,
  tx: { readonly officers: OfficerRepository },
  now: Date,
): Promise<CreatedInvite> {
  const problems: string[] = [];
  const asked = request.kind.trim().toLowerCase();
  const kind = OFFICER_KINDS.find((known) => known === asked);
  if (!kind) problems.push(`unknown kind "${request.kind}": expected one of ${OFFICER_KINDS.join(', ')}`);
  const ttl = request.expiresInMs ?? DEFAULT_INVITE_TTL_MS;
  if (!Number.isFinite(ttl) || ttl < MIN_TTL_MS || ttl > MAX_TTL_MS) problems.push('expiry must be between 1 minute and 90 days');

  const codes = request.areas.map((area) => area.trim()).filter((area) => area !== '');
  if (codes.length === 0) problems.push('at least one area is needed');
  if (codes.length > MAX_AREAS) problems.push(`at most ${MAX_AREAS} areas per invite`);
  const malformed = codes.filter((code) => coverageLevel(code) === null);
  for (const code of malformed) problems.push(`area "${code}" is not a kabupaten/kota, kecamatan or desa code (e.g. 34.04, 34.04.07, 34.04.07.2001)`);

  const wellFormed = withoutRedundantAreas(codes.filter((code) => coverageLevel(code) !== null));
  const known = wellFormed.length > 0 && codes.length <= MAX_AREAS ? await tx.officers.describeAreas(wellFormed) : [];
  for (const code of wellFormed) {
    const area = known.find((candidate) => candidate.code === code);
    if (!area || area.level !== coverageLevel(code)) problems.push(`area "${code}" is not in the region list`);
  }
  if (problems.length > 0 || !kind) throw new InviteRequestError(problems);

  const expiresAt = new Date(now.getTime() + ttl);
  // A code that happens to be taken is drawn again; ten misses in a row mean a bug.
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = drawInviteCode();
    const stored = await tx.officers.createInvite({ code, kind, areaPrefixes: wellFormed, expiresAt }, now);
    if (stored) return { code: formatInviteCode(code), kind, areas: known, expiresAt };
  }
  throw new Error('officer invite: could not draw a free code');
}
