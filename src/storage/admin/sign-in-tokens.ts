/** {@link SignInTokens} over the ApiToken table (src/storage/tokens/api-tokens.ts). */
import type { SignInTokens } from '../../domain/access/sign-in-tokens.js';
import { issueToken } from '../tokens/api-tokens.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Label of tokens issued from the chat's "Masuk dasbor" entry. */
export const DASHBOARD_TOKEN_LABEL = 'dashboard';

/** Builds the sign-in token store on one transaction client. */
export function createSignInTokens(tx: PrismaTx): SignInTokens {
  return {
    async issueDashboardToken(personId, now, ttlMs) {
      await tx.apiToken.updateMany({
        where: { personId, label: DASHBOARD_TOKEN_LABEL, revokedAt: null },
        data: { revokedAt: now },
      });
      const issued = await issueToken(tx, personId, { label: DASHBOARD_TOKEN_LABEL, now, ttlMs });
      return { token: issued.token, expiresAt: issued.expiresAt ?? new Date(now.getTime() + ttlMs) };
    },
  };
}
