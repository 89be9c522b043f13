/** {@link SignInTokens} over the SignInCode table (src/storage/tokens/sign-in-codes.ts). */
import type { SignInTokens } from '../../domain/model/sign-in-tokens.js';
import { activeTokensOf } from '../tokens/api-tokens.js';
import { issueSignInCode } from '../tokens/sign-in-codes.js';
import type { PrismaTx } from '../transaction-runner.js';

/** Builds the sign-in code store on one transaction client. */
export function createSignInTokens(tx: PrismaTx): SignInTokens {
  return {
    activeTokens: (personId, now) => activeTokensOf(tx, personId, now),
    issueSignInCode: (personId, now, ttlMs) => issueSignInCode(tx, personId, now, ttlMs),
  };
}
