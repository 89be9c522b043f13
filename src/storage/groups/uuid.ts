/**
 * Id checks shared by the group, activity and relation repositories. Ids reach them from
 * button payloads, so a malformed one must not reach PostgreSQL: casting it to uuid raises
 * an error, and on PostgreSQL any error aborts the caller's whole transaction.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` has the shape of a uuid, i.e. can be compared with a uuid column. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True when every value is a uuid. */
export function allUuids(...values: readonly string[]): boolean {
  return values.every(isUuid);
}
