/** Beneficiary counts per PMKS category as `ActivityBeneficiary` rows. */

/** PMKS categories are numbered 1..26 (Permensos 8/2012). */
export const PMKS_CODE_MIN = 1;
export const PMKS_CODE_MAX = 26;

/** Largest value of the INTEGER `count` column. */
const INT4_MAX = 2_147_483_647;

/** One row to insert. */
export interface BeneficiaryRow {
  readonly pmksCode: number;
  readonly count: number;
}

/**
 * Rows for the counts that are above zero, by code: a zero means "none served", which the
 * absence of a row already says. Codes must be written "1".."26" (no leading zero, so two
 * keys cannot name one code) and counts must be whole numbers from 0.
 * @throws Error on anything else: the domain validated the input, so it is a bug.
 */
export function beneficiaryRows(counts: Readonly<Record<string, number>>): BeneficiaryRow[] {
  const rows: BeneficiaryRow[] = [];
  for (const [key, count] of Object.entries(counts)) {
    const pmksCode = /^[1-9]\d?$/.test(key) ? Number(key) : Number.NaN;
    if (!(pmksCode >= PMKS_CODE_MIN && pmksCode <= PMKS_CODE_MAX)) {
      throw new Error(`PMKS code must be ${PMKS_CODE_MIN}..${PMKS_CODE_MAX}: ${JSON.stringify(key)}`);
    }
    if (!Number.isInteger(count) || count < 0 || count > INT4_MAX) {
      throw new Error(`beneficiary count for PMKS ${pmksCode} must be a whole number from 0: ${count}`);
    }
    if (count > 0) rows.push({ pmksCode, count });
  }
  return rows.sort((a, b) => a.pmksCode - b.pmksCode);
}
