/**
 * The synthetic national data set, seeded with set-based SQL (INSERT … SELECT over
 * generate_series), never row by row: 83,762 desa under 38 provinces, 514 regencies and
 * 7,277 districts (the real counts' order of size), 1,000,000 groups and 3,000,000
 * activities with participants, beneficiaries, relations and some level history, in
 * proportion. `scale` shrinks every count (quick runs use 1/20).
 *
 * Deterministic: every "random" choice is `hashtext(<salt> || <row number>)`, so two runs
 * (and two machines) get the same rows. About 30 % of desa have no group at all; the others
 * get 1–24 weight units of groups; activity dates spread over 540 days so every level
 * appears, Dorman included; half the desa with groups have only a few (10 % of desa with groups were recorded Aktif 400 days ago).
 */

/** Sizes of the data set. */
export interface NationalSizes {
  readonly provinces: number;
  readonly regencies: number;
  readonly districts: number;
  readonly villages: number;
  readonly groups: number;
  readonly activities: number;
}

/** The sizes. */
export const NATIONAL_SIZES: NationalSizes = { provinces: 38, regencies: 514, districts: 7_277, villages: 83_762, groups: 1_000_000, activities: 3_000_000 };

/** Sizes divided by `divisor` (at least one province). */
export function scaledSizes(divisor: number): NationalSizes {
  const s = (value: number) => Math.max(1, Math.round(value / divisor));
  return {
    provinces: Math.min(38, Math.max(1, s(38))),
    regencies: s(NATIONAL_SIZES.regencies),
    districts: s(NATIONAL_SIZES.districts),
    villages: s(NATIONAL_SIZES.villages),
    groups: s(NATIONAL_SIZES.groups),
    activities: s(NATIONAL_SIZES.activities),
  };
}

/** `h(salt, expr)`: a non-negative pseudo-random int from a salt and a row number. */
const h = (salt: string, expr: string) => `(hashtext('${salt}' || (${expr})::text)::bigint & 2147483647)`;

/** The SQL statements that seed the set, in order. `today` is YYYY-MM-DD (Asia/Jakarta). */
export function nationalSeedStatements(sizes: NationalSizes, today: string): Array<{ label: string; sql: string }> {
  const { provinces: NP, regencies: NR, districts: ND, villages: D, groups: G, activities: A } = sizes;
  const types = `(ARRAY['arisan','majelis_taklim','karang_taruna','pkk','dasa_wisma','posyandu','kelompok_tani','kelompok_nelayan','rukun_kematian','remaja_masjid','paguyuban'])`;
  const categories = `(ARRAY['santunan_anak_yatim','bantuan_lansia','bedah_rumah','jimpitan','kerja_bakti','bantuan_bencana','layanan_kesehatan','pendidikan','lainnya'])`;
  const kinds = `(ARRAY['formal_mou','formal_sk','shared_meetings','shared_fund','shared_members'])`;
  const day = `DATE '${today}'`;
  return [
    { label: 'session', sql: `SET synchronous_commit = off` },
    {
      label: 'region tree',
      sql: `
      CREATE TEMP TABLE b_prov AS SELECT p AS idx, lpad((11 + p)::text, 2, '0') AS code FROM generate_series(0, ${NP - 1}) p;
      CREATE TEMP TABLE b_reg AS
        SELECT r AS idx, pr.code || '.' || lpad((row_number() OVER (PARTITION BY pr.idx ORDER BY r))::text, 2, '0') AS code, pr.code AS parent
        FROM generate_series(0, ${NR - 1}) r JOIN b_prov pr ON pr.idx = (r::bigint * ${NP} / ${NR});
      CREATE TEMP TABLE b_dist AS
        SELECT d AS idx, rg.code || '.' || lpad((row_number() OVER (PARTITION BY rg.idx ORDER BY d))::text, 2, '0') AS code, rg.code AS parent
        FROM generate_series(0, ${ND - 1}) d JOIN b_reg rg ON rg.idx = (d::bigint * ${NR} / ${ND});
      CREATE TEMP TABLE b_vill AS
        SELECT v AS idx, ds.code || '.' || (2000 + row_number() OVER (PARTITION BY ds.idx ORDER BY v))::text AS code, ds.code AS parent,
               CASE WHEN ${h('w', 'v')} % 100 < 30 THEN 0 WHEN ${h('w', 'v')} % 100 < 65 THEN 1 + ${h('x', 'v')} % 4 ELSE 5 + ${h('x', 'v')} % 20 END AS gweight,
               1 + ${h('y', 'v')} % 5 AS aweight
        FROM generate_series(0, ${D - 1}) v JOIN b_dist ds ON ds.idx = (v::bigint * ${ND} / ${D});
      INSERT INTO "Region" ("code", "level", "parentCode", "name", "nameNorm")
        SELECT code, 'province'::"RegionLevel", NULL, 'PROVINSI BENCH ' || idx, 'provinsi bench ' || idx FROM b_prov
        UNION ALL SELECT code, 'regency'::"RegionLevel", parent, 'KABUPATEN BENCH ' || idx, 'kabupaten bench ' || idx FROM b_reg
        UNION ALL SELECT code, 'district'::"RegionLevel", parent, 'Kecamatan Bench ' || idx, 'kecamatan bench ' || idx FROM b_dist
        UNION ALL SELECT code, 'village'::"RegionLevel", parent, 'Desa Bench ' || idx, 'desa bench ' || idx FROM b_vill;`,
    },
    {
      label: 'group and activity ranges per desa',
      sql: `
      CREATE TEMP TABLE b_vg AS
        WITH w AS (
          SELECT idx, code, gweight, gweight * aweight AS aw,
                 sum(gweight) OVER (ORDER BY idx) - gweight AS gbefore, sum(gweight) OVER () AS gtotal,
                 sum(gweight * aweight) OVER (ORDER BY idx) - gweight * aweight AS abefore, sum(gweight * aweight) OVER () AS atotal
          FROM b_vill)
        SELECT idx, code,
               (gbefore * ${G} / gtotal)::bigint AS gstart, ((gbefore + gweight) * ${G} / gtotal)::bigint - (gbefore * ${G} / gtotal)::bigint AS gcount,
               (abefore * ${A} / atotal)::bigint AS astart, ((abefore + aw) * ${A} / atotal)::bigint - (abefore * ${A} / atotal)::bigint AS acount
        FROM w;
      CREATE INDEX ON b_vg (idx);`,
    },
    {
      label: 'areas (RW 1–5 of each desa with groups)',
      sql: `
      INSERT INTO "Area" ("id", "villageCode", "rw", "rt", "dusun")
        SELECT md5('a' || v.idx || ':' || rw)::uuid, v.code, rw, 0, '' FROM b_vg v, generate_series(1, 5) rw WHERE v.gcount > 0;`,
    },
    {
      label: `${G.toLocaleString('en')} groups`,
      sql: `
      INSERT INTO "Group" ("id", "name", "nameNorm", "type", "typeOther", "areaId", "villageCode", "memberCount", "foundedYear", "active", "deactivatedAt", "verification", "verifiedAt", "createdAt", "updatedAt")
        SELECT md5('g' || g)::uuid, 'Kelompok ' || g, 'kelompok ' || g,
               (CASE WHEN ${h('t', 'g')} % 20 = 0 THEN 'other' ELSE ${types}[1 + ${h('u', 'g')} % 11] END)::"GroupType",
               CASE WHEN ${h('t', 'g')} % 20 = 0 THEN (ARRAY['Karang Werda', 'KUBE', 'Gapoktan'])[1 + ${h('o', 'g')} % 3] END,
               md5('a' || v.idx || ':' || (1 + ${h('r', 'g')} % 5))::uuid, v.code, 10 + ${h('m', 'g')} % 50, 1990 + ${h('f', 'g')} % 35,
               ${h('act', 'g')} % 20 <> 0, CASE WHEN ${h('act', 'g')} % 20 = 0 THEN now() END,
               (CASE WHEN ${h('ver', 'g')} % 20 < 12 THEN 'verified' WHEN ${h('ver', 'g')} % 20 < 19 THEN 'pending' ELSE 'rejected' END)::"VerificationStatus",
               CASE WHEN ${h('ver', 'g')} % 20 < 12 THEN now() END,
               ${day} - (30 + ${h('c', 'g')} % 1500) * interval '1 day', now()
        FROM b_vg v, generate_series(v.gstart, v.gstart + v.gcount - 1) g WHERE v.gcount > 0;`,
    },
    {
      label: `${A.toLocaleString('en')} activities`,
      sql: `
      INSERT INTO "Activity" ("id", "date", "category", "description", "villageCode", "verification", "verifiedAt", "createdAt")
        SELECT md5('k' || a)::uuid, ${day} - (${h('d', 'a')} % 540)::int, ${categories}[1 + ${h('cat', 'a')} % 9]::"ActivityCategory",
               'Kegiatan bersama ' || a, v.code,
               (CASE WHEN ${h('av', 'a')} % 20 < 10 THEN 'verified' WHEN ${h('av', 'a')} % 20 < 19 THEN 'pending' ELSE 'rejected' END)::"VerificationStatus",
               CASE WHEN ${h('av', 'a')} % 20 < 10 THEN now() END, now()
        FROM b_vg v, generate_series(v.astart, v.astart + v.acount - 1) a WHERE v.acount > 0 AND v.gcount > 0;`,
    },
    {
      label: 'participants (every activity one group, 60 % a second)',
      // Random uuids make row-by-row index maintenance slow: the keys are dropped first and
      // built afterwards by sorting (restore-style), with the same names as the migration.
      sql: `
      ALTER TABLE "ActivityParticipant" DROP CONSTRAINT "ActivityParticipant_pkey";
      DROP INDEX "ActivityParticipant_groupId_idx";
      INSERT INTO "ActivityParticipant" ("activityId", "groupId", "status", "confirmedAt")
        SELECT md5('k' || a)::uuid, md5('g' || (v.gstart + ${h('p1', 'a')} % v.gcount))::uuid, 'confirmed'::"ParticipationStatus", now()
        FROM b_vg v, generate_series(v.astart, v.astart + v.acount - 1) a WHERE v.acount > 0 AND v.gcount > 0
        UNION ALL
        SELECT md5('k' || a)::uuid, md5('g' || (v.gstart + (${h('p1', 'a')} % v.gcount + 1 + ${h('p2', 'a')} % (v.gcount - 1)) % v.gcount))::uuid,
               (CASE WHEN ${h('ps', 'a')} % 20 < 15 THEN 'confirmed' WHEN ${h('ps', 'a')} % 20 < 19 THEN 'pending' ELSE 'declined' END)::"ParticipationStatus",
               CASE WHEN ${h('ps', 'a')} % 20 < 15 THEN now() END
        FROM b_vg v, generate_series(v.astart, v.astart + v.acount - 1) a WHERE v.acount > 0 AND v.gcount > 1 AND ${h('j', 'a')} % 10 < 6;
      ALTER TABLE "ActivityParticipant" ADD CONSTRAINT "ActivityParticipant_pkey" PRIMARY KEY ("activityId", "groupId");
      CREATE INDEX "ActivityParticipant_groupId_idx" ON "ActivityParticipant" ("groupId");`,
    },
    {
      label: 'beneficiaries (45 % of activities)',
      sql: `
      INSERT INTO "ActivityBeneficiary" ("activityId", "pmksCode", "count")
        SELECT md5('k' || a)::uuid, 1 + ${h('pm', 'a')} % 26, 1 + ${h('pc', 'a')} % 40
        FROM b_vg v, generate_series(v.astart, v.astart + v.acount - 1) a WHERE v.acount > 0 AND v.gcount > 0 AND ${h('b', 'a')} % 20 < 9;`,
    },
    {
      label: 'relations (a third of groups declare one)',
      sql: `
      INSERT INTO "GroupRelation" ("id", "groupAId", "groupBId", "kind", "status", "confirmedAt", "createdAt")
        SELECT md5('rel' || g)::uuid, md5('g' || g)::uuid, md5('g' || (v.gstart + ((g - v.gstart) + 1 + ${h('rb', 'g')} % (v.gcount - 1)) % v.gcount))::uuid,
               ${kinds}[1 + ${h('rk', 'g')} % 5]::"RelationKind",
               (CASE WHEN ${h('rs', 'g')} % 20 < 14 THEN 'confirmed' WHEN ${h('rs', 'g')} % 20 < 19 THEN 'pending' ELSE 'declined' END)::"ParticipationStatus",
               CASE WHEN ${h('rs', 'g')} % 20 < 14 THEN now() END, now()
        FROM b_vg v, generate_series(v.gstart, v.gstart + v.gcount - 1) g WHERE v.gcount > 1 AND ${h('rel', 'g')} % 3 = 0;`,
    },
    {
      label: 'level history (10 % of desa with groups were Aktif)',
      sql: `
      INSERT INTO "AreaLevelHistory" ("id", "villageCode", "rw", "level", "provisional", "at")
        SELECT md5('h' || v.idx)::uuid, v.code, 0, 'aktif'::"WksbmLevel", false, ${day} - interval '400 days'
        FROM b_vg v WHERE v.gcount > 0 AND ${h('ha', 'v.idx')} % 10 = 0;`,
    },
    { label: 'analyze', sql: `ANALYZE "Region"; ANALYZE "Area"; ANALYZE "Group"; ANALYZE "Activity"; ANALYZE "ActivityParticipant"; ANALYZE "ActivityBeneficiary"; ANALYZE "GroupRelation"; ANALYZE "AreaLevelHistory"` },
  ];
}
