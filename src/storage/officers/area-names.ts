/** Names of region codes with the kecamatan and kabupaten above them, in one query. */
import type { OfficerKind } from '../../domain/model/officers.js';
import type { AreaName } from '../../domain/model/officers.js';
import type { PrismaTx } from '../transaction-runner.js';

interface AreaNameRow {
  code: string;
  level: AreaName['level'];
  name: string;
  parentName: string | null;
  grandparentName: string | null;
}

/** The codes that exist, in the order asked, with their parents' names. */
export async function describeAreas(tx: PrismaTx, codes: readonly string[]): Promise<AreaName[]> {
  if (codes.length === 0) return [];
  const rows = await tx.$queryRaw<AreaNameRow[]>`
    SELECT r."code", r."level"::text AS "level", r."name", p."name" AS "parentName", g."name" AS "grandparentName"
    FROM "Region" r
    LEFT JOIN "Region" p ON p."code" = r."parentCode"
    LEFT JOIN "Region" g ON g."code" = p."parentCode"
    WHERE r."code" = ANY(${[...codes]}::text[])`;
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return codes.flatMap((code) => {
    const row = byCode.get(code);
    if (!row) return [];
    return [
      {
        code,
        level: row.level,
        name: row.name,
        // A kecamatan's parent is its kabupaten; a desa's are its kecamatan, then kabupaten.
        regencyName: row.level === 'district' ? row.parentName ?? '' : row.level === 'village' ? row.grandparentName ?? '' : '',
        districtName: row.level === 'village' ? row.parentName ?? '' : '',
      },
    ];
  });
}

/** The kind of an officer (TKSK, PSM, Dinas Sosial…), or null when the officer is gone. */
export async function officerKind(tx: PrismaTx, officerId: string): Promise<OfficerKind | null> {
  const officer = await tx.officer.findUnique({ where: { id: officerId }, select: { kind: true } });
  return officer?.kind ?? null;
}
