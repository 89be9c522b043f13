/**
 * Which officers cover which desa. A desa code has four segments ("34.04.07.2001"); an
 * officer's area is one of its prefixes at a segment boundary. Storage looks officers up
 * by the exact prefixes of a desa code, so the lookup is an indexed `IN (…)` of at most
 * four values instead of a scan with LIKE.
 */
import { prefixCovers, type CoverageLevel, type OfficerView } from '../model/officers.js';

/** A kabupaten/kota "34.04", a kecamatan "34.04.07" or a desa "34.04.07.2001". */
const COVERAGE_CODE = /^\d{2}\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?$/;

/** Every prefix of a code at a segment boundary, shortest first ("34", "34.04", …, the code). */
export function codePrefixes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_part, index) => parts.slice(0, index + 1).join('.'));
}

/** True when `code` has the shape of an area an officer may cover. */
export function isCoverageCode(code: string): boolean {
  return COVERAGE_CODE.test(code);
}

/** The tree level a coverage code names, from its shape. */
export function coverageLevel(code: string): CoverageLevel | null {
  if (!isCoverageCode(code)) return null;
  return (['regency', 'district', 'village'] as const)[code.split('.').length - 2] ?? null;
}

/** True when the officer is active and one of their areas covers the desa. */
export function officerCovers(officer: Pick<OfficerView, 'active' | 'areaPrefixes'>, villageCode: string): boolean {
  return officer.active && officer.areaPrefixes.some((prefix) => prefixCovers(prefix, villageCode));
}

/**
 * The areas without those another one in the list already covers ("34.04" makes
 * "34.04.07" redundant), deduplicated, in their first order.
 */
export function withoutRedundantAreas(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  return unique.filter((code) => !unique.some((other) => other !== code && prefixCovers(other, code)));
}
