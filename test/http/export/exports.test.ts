/**
 * The export routes end to end on both databases: headers, columns, CSV escaping and the
 * formula guard, phone masking, area scope, validation, the audit trail, XLSX read back
 * with exceljs, activities with their groups and beneficiaries, and areas whose levels come
 * from the domain's status rules. Batches are 10 rows here, so every export crosses batch
 * boundaries.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStatus, factsSince } from '../../../src/domain/status/status.js';
import type { AreaFacts } from '../../../src/domain/model/status.js';
import { createPhotoStore } from '../../../src/storage/activities/photo-store.js';
import { listActivities } from '../../../src/storage/admin/activity-queries.js';
import { listGroups } from '../../../src/storage/admin/group-queries.js';
import { loadVillageFacts } from '../../../src/storage/export/village-facts.js';
import { createStatusRepository } from '../../../src/storage/status/status-repository.js';
import { describeEachDatabase, type DatabaseKind } from '../../support/databases.js';
import {
  ADMIN_TOKEN,
  buildExportApp,
  NOW,
  officerToken,
  openExportApp,
  parseCsv,
  seedActivity,
  seedGroup,
  seedVerdict,
  type ExportTestApp,
} from './export-fixture.js';

/** The columns every export had before the deciders were added: they keep their places. */
const GROUP_HEADERS_FIRST = [
  'No', 'Nama Kelompok/WKSBM', 'Jenis Kelompok', 'Provinsi', 'Kabupaten/Kota', 'Kecamatan', 'Desa/Kelurahan', 'Kode Wilayah',
  'RW', 'RT', 'Dusun', 'Nama Ketua', 'No. HP Ketua', 'Jumlah Anggota', 'Tahun Berdiri', 'Jadwal Pertemuan',
  'Status Verifikasi', 'Aktif', 'Tanggal Daftar',
];
const ACTIVITY_HEADERS_FIRST = [
  'No', 'Tanggal Kegiatan', 'Jenis Kegiatan', 'Uraian Kegiatan', 'Kelompok Penyelenggara', 'Jumlah Kelompok', 'Sasaran PMKS',
  'Jumlah Penerima Manfaat', 'Jumlah Foto', 'Desa/Kelurahan', 'Kecamatan', 'Kabupaten/Kota', 'Provinsi', 'Kode Wilayah',
  'Status Verifikasi', 'Tanggal Lapor',
];
/** Added at the end of the groups and activities exports: who verified or rejected the record. */
const DECIDER_HEADERS = ['Peran Verifikator', 'Nama Verifikator'];
/** Added after the deciders: why the record was rejected (the API's rejectionReason). */
const REJECTION_HEADER = 'Alasan Penolakan';
const GROUP_HEADERS = [...GROUP_HEADERS_FIRST, ...DECIDER_HEADERS, REJECTION_HEADER];
const ACTIVITY_HEADERS = [...ACTIVITY_HEADERS_FIRST, ...DECIDER_HEADERS, REJECTION_HEADER];
const AREA_HEADERS = [
  'Provinsi', 'Kabupaten/Kota', 'Kecamatan', 'Desa/Kelurahan', 'Kode Wilayah', 'Jumlah Kelompok Aktif', 'Jumlah Jenis Kelompok',
  'Jumlah Relasi Terkonfirmasi', 'Kegiatan Bersama (12 bulan)', 'Kegiatan Bersama PMKS', 'Tingkat WKSBM', 'Sementara',
  'Tingkat Ditetapkan Petugas', 'Tanggal Perubahan Terakhir',
  // Added later: "Jumlah Relasi Terkonfirmasi" (C2's linked pairs) split into declared relations and pairs tied only by joint activities.
  'Relasi Tercatat Terkonfirmasi', 'Pasangan Terhubung Lewat Kegiatan Bersama',
];

const PANGGUNGHARJO = '34.02.15.2004';
const TIMBULHARJO = '34.02.15.2002';
const BANGUNHARJO = '34.02.15.2003';
const PENDOWOHARJO = '34.02.15.2001';
const SIDOMULYO_BANTUL = '34.02.05.2001';
/** Only the deciders' records: nothing else is seeded there. */
const MULYODADI = '34.02.05.2002';
const CATURTUNGGAL = '34.04.07.2001';
const DAY = 86_400_000;

/** The body as CSV rows (BOM checked and removed), as objects keyed by header. */
function csvRecords(body: string, delimiter = ','): Array<Record<string, string>> {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(body.slice(1), delimiter);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}

function csvHeader(body: string, delimiter = ','): string[] {
  return parseCsv(body.slice(1), delimiter)[0]!;
}

/** The entries of the latest export of `action` by `actorId`, once its closing entry is written (the test's timeout applies). */
async function latestAudit(t: ExportTestApp, action: string, actorId: string | null) {
  const started = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action, actorId }, orderBy: { at: 'desc' } });
  for (;;) {
    const rows = await t.db.prisma.auditLog.findMany({ where: { targetId: started.targetId }, orderBy: { at: 'asc' } });
    if (rows.length === 2) return { started: rows[0]!, closing: rows[1]! };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Facts with every list sorted, so two loads compare equal whatever order rows came in. */
function sortedFacts(facts: AreaFacts): unknown {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    everAktif: facts.everAktif,
    groups: byId(facts.groups),
    relations: facts.relations.map((r) => ({ ...r, groupIds: [...r.groupIds].sort() })).sort((a, b) => a.groupIds.join().localeCompare(b.groupIds.join())),
    activities: byId(facts.activities).map((a) => ({ ...a, confirmedGroupIds: [...a.confirmedGroupIds].sort(), pendingGroupIds: [...a.pendingGroupIds].sort() })),
  };
}

describeEachDatabase('exports', (kind: DatabaseKind) => {
  let t: ExportTestApp;
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  let officer: { personId: string; token: string };
  const asOfficer = () => ({ authorization: `Bearer ${officer.token}` });

  beforeAll(async () => {
    t = await openExportApp(kind, { batchSize: 10 });
    officer = await officerToken(t.db.prisma, ['34.02.15']);
    // Panggungharjo: the escaping cases.
    await seedGroup(t.db.prisma, {
      villageCode: PANGGUNGHARJO,
      name: 'Arisan "Melati", RT 3',
      rw: 3,
      rt: 5,
      dusun: 'Glugo',
      leader: { name: 'Bu Sri', phone: '+6281234567890' },
    });
    await seedGroup(t.db.prisma, {
      villageCode: PANGGUNGHARJO,
      name: '=HYPERLINK("http://evil.example","klik")',
      type: 'other',
      typeOther: 'Karang Werda',
      meetingSchedule: 'Minggu pagi\r\nsetelah subuh',
      foundedYear: null,
      verification: 'pending',
      active: false,
      leader: { name: '@SUM(A1)', phone: '+6285700001111' },
      createdAt: new Date('2026-11-29T20:00:00Z'), // 30 Nov in Jakarta
    });
    await seedGroup(t.db.prisma, { villageCode: PANGGUNGHARJO, name: '-10 lansia', type: 'posyandu', leader: null });
    // Elsewhere: in the officer's kabupaten but not kecamatan, and in another province part.
    await seedGroup(t.db.prisma, { villageCode: SIDOMULYO_BANTUL, name: 'Karang Taruna Sidomulyo', type: 'karang_taruna' });
    await seedGroup(t.db.prisma, { villageCode: CATURTUNGGAL, name: 'PKK Caturtunggal', type: 'pkk' });
  });
  afterAll(() => t?.close());

  describe('groups CSV', () => {
    it('names the download, sends UTF-8 with a BOM, and writes the Dinas Sosial columns', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="wksbm-groups-${PANGGUNGHARJO}-2026-11-30.csv"`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csvHeader(res.body)).toEqual(GROUP_HEADERS);
      expect(res.body).toContain('\r\n');

      const records = csvRecords(res.body);
      expect(records).toHaveLength(3);
      expect(records.map((r) => r['No'])).toEqual(['1', '2', '3']);
      const melati = records.find((r) => r['Nama Kelompok/WKSBM'] === 'Arisan "Melati", RT 3');
      expect(melati).toEqual({
        No: melati!['No'],
        'Nama Kelompok/WKSBM': 'Arisan "Melati", RT 3',
        'Jenis Kelompok': 'Arisan',
        Provinsi: 'Daerah Istimewa Yogyakarta',
        'Kabupaten/Kota': 'Kabupaten Bantul',
        Kecamatan: 'Sewon',
        'Desa/Kelurahan': 'Panggungharjo',
        'Kode Wilayah': PANGGUNGHARJO,
        RW: '3',
        RT: '5',
        Dusun: 'Glugo',
        'Nama Ketua': 'Bu Sri',
        // The admin sees the number; the formula guard keeps Excel from reading "+62…" as a number.
        'No. HP Ketua': "'+6281234567890",
        'Jumlah Anggota': '12',
        'Tahun Berdiri': '2015',
        'Jadwal Pertemuan': 'Setiap Jumat',
        'Status Verifikasi': 'Terverifikasi',
        Aktif: 'Ya',
        'Tanggal Daftar': '2026-01-10',
        // Verified, but the audit log holds no verdict on it (seeded directly): no decider is known.
        'Peran Verifikator': '',
        'Nama Verifikator': '',
        'Alasan Penolakan': '',
      });
      // RFC 4180: quotes doubled, the field quoted because of the comma and quotes.
      expect(res.body).toContain('"Arisan ""Melati"", RT 3"');
    });

    it('guards cells that a spreadsheet would run as formulas, and keeps line breaks inside quotes', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}`, headers: admin });
      const records = csvRecords(res.body);
      const evil = records.find((r) => r['Nama Kelompok/WKSBM']!.includes('HYPERLINK'))!;
      expect(evil['Nama Kelompok/WKSBM']).toBe(`'=HYPERLINK("http://evil.example","klik")`);
      expect(evil['Nama Ketua']).toBe("'@SUM(A1)");
      expect(evil['Jenis Kelompok']).toBe('Lainnya (Karang Werda)');
      expect(evil['Jadwal Pertemuan']).toBe('Minggu pagi\r\nsetelah subuh');
      expect(evil['Tahun Berdiri']).toBe('');
      expect(evil['Status Verifikasi']).toBe('Menunggu Verifikasi');
      expect(evil['Aktif']).toBe('Tidak');
      expect(evil['Tanggal Daftar']).toBe('2026-11-30'); // registered 20:00 UTC = the next day in Jakarta
      const minus = records.find((r) => r['Nama Kelompok/WKSBM'] === "'-10 lansia")!;
      expect(minus).toMatchObject({ 'Jenis Kelompok': 'Posyandu', 'Nama Ketua': '', 'No. HP Ketua': '', RW: '', RT: '', Dusun: '' });
      // No cell of the file starts a formula.
      for (const record of records) for (const value of Object.values(record)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    });

    it('separates with semicolons on request (Excel in Indonesian regional settings)', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}&delimiter=semicolon`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(csvHeader(res.body, ';')).toEqual(GROUP_HEADERS);
      const records = csvRecords(res.body, ';');
      expect(records.map((r) => r['Nama Kelompok/WKSBM']).sort()).toEqual(
        ["'-10 lansia", `'=HYPERLINK("http://evil.example","klik")`, 'Arisan "Melati", RT 3'].sort(),
      );
    });

    it('shows the ketua\'s phone to the admin and to the officers covering the desa (issue #11)', async () => {
      const asAdmin = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}`, headers: admin })).body);
      const asOff = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}`, headers: asOfficer() })).body);
      const phoneOf = (records: Array<Record<string, string>>, name: string) => records.find((r) => r['Nama Kelompok/WKSBM'] === name)!['No. HP Ketua'];
      expect(phoneOf(asAdmin, 'Arisan "Melati", RT 3')).toBe("'+6281234567890");
      expect(phoneOf(asOff, 'Arisan "Melati", RT 3')).toBe("'+6281234567890");
    });

    it('keeps officers to their areas: 403 outside, the covered part of a wider prefix, their areas without one', async () => {
      const outside = await t.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=34.04', headers: asOfficer() });
      expect(outside.statusCode).toBe(403);
      expect(outside.json()).toMatchObject({ error: 'forbidden', message: expect.stringContaining('34.04') });
      const outsideXlsx = await t.app.inject({ method: 'GET', url: '/api/export/areas.xlsx?prefix=35', headers: asOfficer() });
      expect(outsideXlsx.statusCode).toBe(403);

      const kabupaten = csvRecords((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=34.02', headers: asOfficer() })).body);
      expect(kabupaten.length).toBeGreaterThan(0);
      expect(kabupaten.every((r) => r['Kode Wilayah']!.startsWith('34.02.15.'))).toBe(true);
      const own = csvRecords((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv', headers: asOfficer() })).body);
      expect(own.map((r) => r['Kode Wilayah']).sort()).toEqual(kabupaten.map((r) => r['Kode Wilayah']).sort());

      const adminKabupaten = csvRecords((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=34.02', headers: admin })).body);
      expect(adminKabupaten.map((r) => r['Nama Kelompok/WKSBM'])).toContain('Karang Taruna Sidomulyo');
      const everything = csvRecords((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv', headers: admin })).body);
      expect(everything.map((r) => r['Nama Kelompok/WKSBM'])).toEqual(expect.arrayContaining(['Karang Taruna Sidomulyo', 'PKK Caturtunggal']));
    });

    it('answers 404 naming the code for a prefix that is no region, in every export (was an empty file with headers only)', async () => {
      for (const url of ['/api/export/groups.csv?prefix=34.04.99', '/api/export/activities.xlsx?prefix=99', '/api/export/areas.csv?prefix=34.02.15.2999']) {
        const res = await t.app.inject({ method: 'GET', url, headers: admin });
        expect(res.statusCode, url).toBe(404);
        expect(res.json(), url).toMatchObject({ error: 'not_found', message: expect.stringContaining('No region with the code') });
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=34.02.15.2999', headers: asOfficer() })).statusCode).toBe(404);
    });

    it('refuses bad queries with 400 and missing or wrong tokens with 401', async () => {
      const cases: Array<[string, RegExp]> = [
        ['/api/export/groups.csv?prefix=34.2', /prefix/],
        ['/api/export/groups.csv?prefix=34.02.15.20', /prefix/],
        ['/api/export/groups.xlsx?prefx=34', /prefx|Unrecognized|unrecognized/],
        ['/api/export/groups.csv?delimiter=tab', /delimiter/],
        ['/api/export/activities.csv?from=2026-02-30', /from: is not a real calendar date/],
        ['/api/export/activities.csv?to=30-11-2026', /to: must be a date as YYYY-MM-DD/],
        ['/api/export/activities.csv?from=2026-11-01&to=2026-10-01', /"from" must not be after "to"/],
      ];
      for (const [url, message] of cases) {
        const res = await t.app.inject({ method: 'GET', url, headers: admin });
        expect(res.statusCode, url).toBe(400);
        expect(res.json(), url).toMatchObject({ error: 'bad_request', message: expect.stringMatching(message) });
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv', headers: { authorization: 'Bearer wksbm_nope' } })).statusCode).toBe(401);
    });

    it('reads every row once across batches, same names included', async () => {
      for (let i = 0; i < 23; i++) await seedGroup(t.db.prisma, { villageCode: PENDOWOHARJO, name: i % 2 === 0 ? 'Dasa Wisma' : `Dasa Wisma ${i}`, leader: null });
      const records = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PENDOWOHARJO}`, headers: admin })).body);
      expect(records).toHaveLength(23);
      expect(records.map((r) => r['No'])).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
      expect(records.filter((r) => r['Nama Kelompok/WKSBM'] === 'Dasa Wisma')).toHaveLength(12);
    });
  });

  describe('audit', () => {
    it('records who exported what, before the first byte and when the response closed', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${PANGGUNGHARJO}`, headers: asOfficer() });
      expect(res.statusCode).toBe(200);
      const { started, closing } = await latestAudit(t, 'export.groups', officer.personId);
      expect(started).toMatchObject({
        actorKind: 'officer',
        actorId: officer.personId,
        action: 'export.groups',
        via: 'api',
        targetType: 'export',
        details: { prefix: PANGGUNGHARJO, scope: [PANGGUNGHARJO], format: 'csv', status: 'started' },
      });
      expect(closing).toMatchObject({
        actorKind: 'officer',
        actorId: officer.personId,
        action: 'export.groups',
        via: 'api',
        targetType: 'export',
        details: { prefix: PANGGUNGHARJO, scope: [PANGGUNGHARJO], format: 'csv', status: 'completed', rows: 3 },
      });
      expect(closing.at.getTime()).toBeGreaterThanOrEqual(started.at.getTime());
      // No names or phone numbers in the log.
      expect(JSON.stringify([started, closing])).not.toMatch(/Melati|Sri|6281/);
    });

    it('records the admin token holder as the admin, with the filters of an activities export', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/export/activities.xlsx?prefix=35&from=2026-01-01', headers: admin });
      expect(res.statusCode).toBe(200);
      const { started, closing } = await latestAudit(t, 'export.activities', null);
      expect(started).toMatchObject({ actorKind: 'admin', details: { prefix: '35', scope: ['35'], format: 'xlsx', from: '2026-01-01', to: null, status: 'started' } });
      expect(closing).toMatchObject({ actorKind: 'admin', details: { prefix: '35', format: 'xlsx', from: '2026-01-01', to: null, status: 'completed', rows: 0 } });
    });

    it('finishes writing the closing entry before the app closes', async () => {
      // A slow audit log (as under load): the closing write is still running when close() is called.
      const second = await buildExportApp(t.db.prisma, {
        observe: (source) => ({
          ...source,
          audit: async (entry, at) => {
            await new Promise((resolve) => setTimeout(resolve, 300));
            await source.audit(entry, at);
          },
        }),
      });
      const res = await second.inject({ method: 'GET', url: `/api/export/areas.csv?prefix=${PANGGUNGHARJO}`, headers: admin });
      expect(res.statusCode).toBe(200);
      await second.close();
      const started = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'export.areas', actorKind: 'admin' }, orderBy: { at: 'desc' } });
      const entries = await t.db.prisma.auditLog.findMany({ where: { targetId: started.targetId } });
      expect(entries.map((entry) => (entry.details as { status: string }).status).sort()).toEqual(['completed', 'started']);
    });

    it('writes no audit entry and no data for a refused export', async () => {
      const before = await t.db.prisma.auditLog.count();
      expect((await t.app.inject({ method: 'GET', url: '/api/export/groups.csv?prefix=35', headers: asOfficer() })).statusCode).toBe(403);
      expect(await t.db.prisma.auditLog.count()).toBe(before);
    });
  });

  describe('groups XLSX', () => {
    it('parses back with exceljs: bold frozen header, typed cells, text kept as written', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.xlsx?prefix=${PANGGUNGHARJO}`, headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="wksbm-groups-${PANGGUNGHARJO}-2026-11-30.xlsx"`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Kelompok')!;
      expect(sheet).toBeDefined();
      expect(sheet.rowCount).toBe(4);
      const header = sheet.getRow(1);
      expect((header.values as unknown[]).slice(1)).toEqual(GROUP_HEADERS);
      expect(header.getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });

      const rows = [2, 3, 4].map((n) => sheet.getRow(n));
      const byName = (name: string) => rows.find((row) => row.getCell(2).value === name)!;
      const melati = byName('Arisan "Melati", RT 3');
      expect(melati.getCell(9).value).toBe(3); // RW as a number
      expect(melati.getCell(13).value).toBe('+6281234567890'); // typed text: no formula guard needed
      expect(melati.getCell(14).value).toBe(12);
      expect(melati.getCell(19).value).toEqual(new Date('2026-01-10T00:00:00.000Z'));
      expect(melati.getCell(19).numFmt).toBe('yyyy-mm-dd');
      const evil = byName('=HYPERLINK("http://evil.example","klik")');
      expect(evil.getCell(2).type).toBe(ExcelJS.ValueType.String); // a string, not a formula
      // XML turns a stored CR LF into LF when read (XML 1.0 line-end handling); the break stays.
      expect(evil.getCell(16).value).toMatch(/^Minggu pagi\r?\nsetelah subuh$/);
      expect(evil.getCell(15).value).toBeNull();

      const forOfficer = await t.app.inject({ method: 'GET', url: `/api/export/groups.xlsx?prefix=${PANGGUNGHARJO}`, headers: asOfficer() });
      const officerBook = new ExcelJS.Workbook();
      await officerBook.xlsx.load(forOfficer.rawPayload as unknown as ArrayBuffer);
      const phones = [2, 3, 4].map((n) => officerBook.getWorksheet('Kelompok')!.getRow(n).getCell(13).value);
      expect(phones).toContain('+6281234567890');
    });

    it('drops characters XML cannot hold instead of writing a file Excel cannot open', async () => {
      await seedGroup(t.db.prisma, { villageCode: SIDOMULYO_BANTUL, name: 'Paguyuban\u0001 Bel\u000bl', type: 'arisan' });
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.xlsx?prefix=${SIDOMULYO_BANTUL}`, headers: admin });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const names = [2, 3].map((n) => workbook.getWorksheet(1)!.getRow(n).getCell(2).value);
      expect(names).toContain('Paguyuban Bell');
    });
  });

  describe('activities', () => {
    let a: string;
    let b: string;
    let c: string;
    beforeAll(async () => {
      a = await seedGroup(t.db.prisma, { villageCode: TIMBULHARJO, name: 'Arisan Mawar' });
      b = await seedGroup(t.db.prisma, { villageCode: TIMBULHARJO, name: 'Karang Taruna Tunas', type: 'karang_taruna' });
      c = await seedGroup(t.db.prisma, { villageCode: TIMBULHARJO, name: 'Posyandu Melati', type: 'posyandu' });
      const d = await seedGroup(t.db.prisma, { villageCode: TIMBULHARJO, name: 'PKK Timbul', type: 'pkk' });
      const sembako = await seedActivity(t.db.prisma, TIMBULHARJO, '2026-10-01', { [a]: 'confirmed', [b]: 'confirmed', [c]: 'pending', [d]: 'declined' }, {
        beneficiaries: { 24: 30, 8: 15 },
        category: 'bantuan_lansia',
        description: 'Sembako untuk lansia',
        createdAt: new Date('2026-10-01T18:00:00Z'),
      });
      // Two evidence photos, stored as the chat stores them: the export counts them.
      const sender = await t.db.prisma.person.create({ data: { displayName: 'Bu Ani' } });
      const photos = createPhotoStore(t.db.prisma);
      const ids: string[] = [];
      for (const width of [640, 800]) {
        const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, width % 256, 0x4a, 0x46, 0x49, 0x46]);
        ids.push((await photos.addDraft(sender.id, { bytes, mime: 'image/jpeg', width, height: 480, gps: null }, false, NOW)).id);
      }
      expect((await photos.attach(sembako, sender.id, ids, 3)).attached).toBe(2);
      await seedActivity(t.db.prisma, TIMBULHARJO, '2026-06-01', { [a]: 'confirmed' }, {
        description: '+ bantuan "beras", 10 kg',
        category: 'lainnya',
        verification: 'pending',
      });
      await seedActivity(t.db.prisma, TIMBULHARJO, '2025-12-01', { [a]: 'confirmed', [b]: 'confirmed' });
    });

    it('writes each activity with its confirmed groups and PMKS beneficiaries, within the dates asked', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/export/activities.csv?prefix=${TIMBULHARJO}&from=2026-01-01&to=2026-11-30`,
        headers: asOfficer(),
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="wksbm-activities-${TIMBULHARJO}-2026-11-30.csv"`);
      expect(csvHeader(res.body)).toEqual(ACTIVITY_HEADERS);
      const records = csvRecords(res.body);
      expect(records).toEqual([
        {
          No: '1',
          'Tanggal Kegiatan': '2026-06-01',
          'Jenis Kegiatan': 'Lainnya',
          'Uraian Kegiatan': `'+ bantuan "beras", 10 kg`,
          'Kelompok Penyelenggara': 'Arisan Mawar',
          'Jumlah Kelompok': '1',
          'Sasaran PMKS': '',
          'Jumlah Penerima Manfaat': '0',
          'Jumlah Foto': '0',
          'Desa/Kelurahan': 'Timbulharjo',
          Kecamatan: 'Sewon',
          'Kabupaten/Kota': 'Kabupaten Bantul',
          Provinsi: 'Daerah Istimewa Yogyakarta',
          'Kode Wilayah': TIMBULHARJO,
          'Status Verifikasi': 'Menunggu Verifikasi',
          'Tanggal Lapor': '2026-06-01',
          'Peran Verifikator': '',
          'Nama Verifikator': '',
          'Alasan Penolakan': '',
        },
        {
          No: '2',
          'Tanggal Kegiatan': '2026-10-01',
          'Jenis Kegiatan': 'Bantuan Lansia',
          'Uraian Kegiatan': 'Sembako untuk lansia',
          'Kelompok Penyelenggara': 'Arisan Mawar; Karang Taruna Tunas',
          'Jumlah Kelompok': '2',
          'Sasaran PMKS': 'Lanjut Usia Terlantar: 15; Fakir Miskin: 30',
          'Jumlah Penerima Manfaat': '45',
          'Jumlah Foto': '2',
          'Desa/Kelurahan': 'Timbulharjo',
          Kecamatan: 'Sewon',
          'Kabupaten/Kota': 'Kabupaten Bantul',
          Provinsi: 'Daerah Istimewa Yogyakarta',
          'Kode Wilayah': TIMBULHARJO,
          'Status Verifikasi': 'Terverifikasi',
          'Tanggal Lapor': '2026-10-02', // 18:00 UTC is the next morning in Jakarta
          'Peran Verifikator': '',
          'Nama Verifikator': '',
          'Alasan Penolakan': '',
        },
      ]);
      const all = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${TIMBULHARJO}`, headers: admin })).body);
      expect(all.map((r) => r['Tanggal Kegiatan'])).toEqual(['2025-12-01', '2026-06-01', '2026-10-01']);
      const single = csvRecords(
        (await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${TIMBULHARJO}&from=2026-10-01&to=2026-10-01`, headers: admin })).body,
      );
      expect(single.map((r) => r['Tanggal Kegiatan'])).toEqual(['2026-10-01']);
    });

    it('writes the same activities as XLSX', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/activities.xlsx?prefix=${TIMBULHARJO}&from=2026-10-01`, headers: admin });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Kegiatan')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ACTIVITY_HEADERS);
      expect(sheet.rowCount).toBe(2);
      const row = sheet.getRow(2);
      expect(row.getCell(2).value).toEqual(new Date('2026-10-01T00:00:00.000Z'));
      expect(row.getCell(5).value).toBe('Arisan Mawar; Karang Taruna Tunas');
      expect(row.getCell(8).value).toBe(45);
      // The photo count, as a number; the images themselves never go into a file.
      expect(row.getCell(9).value).toBe(2);
      expect(workbook.model.media).toEqual([]);
      expect(sheet.getImages()).toEqual([]);
    });
  });

  describe('areas', () => {
    beforeAll(async () => {
      // Bangunharjo: three active groups of two types, two confirmed ties, two joint activities, one for PMKS → Aktif.
      const old = new Date(NOW.getTime() - 200 * DAY);
      const g = [
        await seedGroup(t.db.prisma, { villageCode: BANGUNHARJO, name: 'Arisan Satu', createdAt: old }),
        await seedGroup(t.db.prisma, { villageCode: BANGUNHARJO, name: 'Arisan Dua', createdAt: old }),
        await seedGroup(t.db.prisma, { villageCode: BANGUNHARJO, name: 'Majelis Taklim', type: 'majelis_taklim', createdAt: old, verification: 'pending' }),
        await seedGroup(t.db.prisma, { villageCode: BANGUNHARJO, name: 'Tani Makmur', type: 'kelompok_tani', createdAt: old, verification: 'rejected' }),
      ];
      await t.db.prisma.groupRelation.create({ data: { groupAId: g[0]!, groupBId: g[1]!, kind: 'formal_mou', status: 'confirmed' } });
      await t.db.prisma.groupRelation.create({ data: { groupAId: g[1]!, groupBId: g[2]!, kind: 'shared_meetings', status: 'pending' } });
      await seedActivity(t.db.prisma, BANGUNHARJO, '2026-09-01', { [g[0]!]: 'confirmed', [g[2]!]: 'confirmed' }, { beneficiaries: { 2: 10 } });
      await seedActivity(t.db.prisma, BANGUNHARJO, '2026-10-15', { [g[1]!]: 'confirmed', [g[2]!]: 'confirmed' });
      // A joint activity with a group of another desa: each desa sees only its own groups.
      await seedActivity(t.db.prisma, BANGUNHARJO, '2026-11-01', { [g[0]!]: 'confirmed' });
      await t.db.prisma.areaLevelHistory.create({ data: { villageCode: BANGUNHARJO, rw: 0, level: 'rintisan', at: new Date('2026-08-01T03:00:00Z') } });
      // Pendowoharjo (groups seeded above, all registered in January, no activities): Belum Ada, with an officer's override.
      await t.db.prisma.areaLevelOverride.create({
        data: { villageCode: PENDOWOHARJO, level: 'tumbuh', reason: 'cek lapangan', officerId: (await t.db.prisma.officer.findFirstOrThrow()).id },
      });
      // Sidorejo (Sleman): nothing but a recorded level, once Aktif.
      await t.db.prisma.areaLevelHistory.create({ data: { villageCode: '34.04.02.2001', rw: 0, level: 'aktif', at: new Date('2025-01-05T03:00:00Z') } });
      // Cross-desa records, to check the batch loader splits them as a one-desa load does.
      const here = await seedGroup(t.db.prisma, { villageCode: '34.04.07.2002', name: 'Remaja Masjid Maguwo' });
      const there = await seedGroup(t.db.prisma, { villageCode: '34.04.07.2003', name: 'PKK Condongcatur', type: 'pkk' });
      await t.db.prisma.groupRelation.create({ data: { groupAId: here, groupBId: there, kind: 'formal_sk', status: 'confirmed' } });
      await seedActivity(t.db.prisma, '34.04.07.2002', '2026-11-20', { [here]: 'confirmed', [there]: 'confirmed' }, { beneficiaries: { 21: 4 } });
      await seedActivity(t.db.prisma, '34.04.07.2003', '2026-11-21', { [here]: 'pending', [there]: 'confirmed' });
    });

    it('computes each desa\'s level with the domain rules, from the same facts the status repository loads', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/export/areas.csv', headers: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="wksbm-areas-semua-2026-11-30.csv"');
      expect(csvHeader(res.body)).toEqual(AREA_HEADERS);
      const records = csvRecords(res.body);
      const codes = records.map((r) => r['Kode Wilayah']!);
      expect(codes).toEqual([...codes].sort());
      // Every desa with a group, a recorded level or an override, and no other.
      const known = new Set([
        ...(await t.db.prisma.group.findMany({ select: { villageCode: true } })).map((row) => row.villageCode),
        '34.04.02.2001',
      ]);
      expect(new Set(codes)).toEqual(known);

      const since = factsSince(NOW);
      for (const record of records) {
        const code = record['Kode Wilayah']!;
        const facts = await t.db.prisma.$transaction((tx) => createStatusRepository(tx).loadFacts({ villageCode: code }, since));
        const status = computeStatus(facts, NOW);
        expect(record['Jumlah Kelompok Aktif'], code).toBe(String(status.criteria.c1.activeGroups));
        expect(record['Jumlah Jenis Kelompok'], code).toBe(String(status.criteria.c1.types));
        expect(record['Jumlah Relasi Terkonfirmasi'], code).toBe(String(status.criteria.c2.relations));
        // The two added columns split the old one: they always add up to it.
        expect(Number(record['Relasi Tercatat Terkonfirmasi']) + Number(record['Pasangan Terhubung Lewat Kegiatan Bersama']), code).toBe(status.criteria.c2.relations);
        expect(record['Kegiatan Bersama (12 bulan)'], code).toBe(String(status.criteria.c3.jointActivities));
        expect(record['Kegiatan Bersama PMKS'], code).toBe(String(status.criteria.c3.pmksJointActivities));
      }

      const bangunharjo = records.find((r) => r['Kode Wilayah'] === BANGUNHARJO);
      expect(bangunharjo).toEqual({
        Provinsi: 'Daerah Istimewa Yogyakarta',
        'Kabupaten/Kota': 'Kabupaten Bantul',
        Kecamatan: 'Sewon',
        'Desa/Kelurahan': 'Bangunharjo',
        'Kode Wilayah': BANGUNHARJO,
        'Jumlah Kelompok Aktif': '3',
        'Jumlah Jenis Kelompok': '2',
        'Jumlah Relasi Terkonfirmasi': '3',
        'Kegiatan Bersama (12 bulan)': '2',
        'Kegiatan Bersama PMKS': '1',
        'Tingkat WKSBM': 'Aktif',
        Sementara: 'Ya', // the majelis taklim is not verified yet
        'Tingkat Ditetapkan Petugas': '',
        'Tanggal Perubahan Terakhir': '2026-08-01',
        // Of the 3 pairs: Arisan Satu–Dua by their confirmed relation, the two others only by joint activities.
        'Relasi Tercatat Terkonfirmasi': '1',
        'Pasangan Terhubung Lewat Kegiatan Bersama': '2',
      });
      expect(records.find((r) => r['Kode Wilayah'] === PENDOWOHARJO)).toMatchObject({
        'Jumlah Kelompok Aktif': '0',
        'Tingkat WKSBM': 'Belum Ada',
        'Tingkat Ditetapkan Petugas': 'Tumbuh',
        'Tanggal Perubahan Terakhir': '',
      });
      // Once Aktif, no joint activity for 180 days: Dorman.
      expect(records.find((r) => r['Kode Wilayah'] === '34.04.02.2001')).toMatchObject({
        'Desa/Kelurahan': 'Sidorejo',
        'Tingkat WKSBM': 'Dorman',
        'Tanggal Perubahan Terakhir': '2025-01-05',
      });
      expect(records.find((r) => r['Kode Wilayah'] === '34.04.07.2002')).toMatchObject({ 'Jumlah Relasi Terkonfirmasi': '0' });
      // Computing the export wrote no level history.
      expect(await t.db.prisma.areaLevelHistory.count()).toBe(2);
    });

    it('loads the same facts for a batch of desa as the status repository loads one by one', async () => {
      const codes = [BANGUNHARJO, PENDOWOHARJO, PANGGUNGHARJO, TIMBULHARJO, '34.04.07.2002', '34.04.07.2003', '34.04.02.2001', '35.79.01.1001'];
      const since = new Date('2025-12-01T00:00:00Z');
      const batch = await loadVillageFacts(t.db.prisma, codes, since);
      for (const code of codes) {
        const single = await t.db.prisma.$transaction((tx) => createStatusRepository(tx).loadFacts({ villageCode: code }, since));
        expect(sortedFacts(batch.get(code)!), code).toEqual(sortedFacts(single));
      }
      expect(batch.get('34.04.07.2003')!.activities.map((a) => a.confirmedGroupIds.length).sort()).toEqual([1, 1]);
    });

    it('limits officers to their areas and writes XLSX too', async () => {
      const records = csvRecords((await t.app.inject({ method: 'GET', url: '/api/export/areas.csv', headers: asOfficer() })).body);
      expect(records.length).toBeGreaterThan(0);
      expect(records.every((r) => r['Kode Wilayah']!.startsWith('34.02.15.'))).toBe(true);

      const res = await t.app.inject({ method: 'GET', url: `/api/export/areas.xlsx?prefix=${BANGUNHARJO}`, headers: asOfficer() });
      expect(res.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Wilayah')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(AREA_HEADERS);
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getRow(2).getCell(11).value).toBe('Aktif');
      expect(sheet.getRow(2).getCell(6).value).toBe(3);
      expect(sheet.getRow(2).getCell(14).value).toEqual(new Date('2026-08-01T00:00:00.000Z'));
    });
  });

  describe('who decided (added columns)', () => {
    const at = (day: number) => new Date(NOW.getTime() - (30 - day) * DAY);
    beforeAll(async () => {
      const kadis = await t.db.prisma.person.create({ data: { displayName: 'Bu Kadis' } });
      const byOfficer = { kind: 'officer', personId: officer.personId } as const;
      const byAdminToken = { kind: 'admin', personId: null } as const;
      const byAdminPerson = { kind: 'admin', personId: kadis.id } as const;

      // Rejected by the admin first, verified by the officer later: the latest verdict names the decider.
      const verified = await seedGroup(t.db.prisma, { villageCode: MULYODADI, name: 'Arisan Terverifikasi', verification: 'verified' });
      await seedVerdict(t.db.prisma, { type: 'group', id: verified }, 'reject', byAdminToken, at(1));
      await seedVerdict(t.db.prisma, { type: 'group', id: verified }, 'verify', byOfficer, at(2));
      // A reason an officer typed may start like a formula and hold the delimiter: it is guarded and quoted as any free text.
      const rejected = await seedGroup(t.db.prisma, { villageCode: MULYODADI, name: 'Arisan Ditolak', verification: 'rejected', rejectionReason: '=RT salah, cek lagi' });
      await seedVerdict(t.db.prisma, { type: 'group', id: rejected }, 'reject', byAdminToken, at(3));
      // Verified once, then edited by its leader: pending again, so nobody has decided what it says now.
      const again = await seedGroup(t.db.prisma, { villageCode: MULYODADI, name: 'Arisan Menunggu', verification: 'pending' });
      await seedVerdict(t.db.prisma, { type: 'group', id: again }, 'verify', byOfficer, at(3));

      const g = { [verified]: 'confirmed' } as const;
      const rejectedActivity = await seedActivity(t.db.prisma, MULYODADI, '2026-11-02', g, { description: 'Ditolak admin', verification: 'rejected', rejectionReason: '-foto tidak jelas' });
      await seedVerdict(t.db.prisma, { type: 'activity', id: rejectedActivity }, 'reject', byAdminPerson, at(4));
      const verifiedActivity = await seedActivity(t.db.prisma, MULYODADI, '2026-11-03', g, { description: 'Diverifikasi petugas' });
      await seedVerdict(t.db.prisma, { type: 'activity', id: verifiedActivity }, 'verify', byOfficer, at(5));
      await seedActivity(t.db.prisma, MULYODADI, '2026-11-04', g, { description: 'Menunggu', verification: 'pending' });
    });

    const deciders = (records: Array<Record<string, string>>, key: string) =>
      Object.fromEntries(records.map((r) => [r[key], [r['Status Verifikasi'], r['Peran Verifikator'], r['Nama Verifikator']]]));

    it('writes each group\'s decider after the old columns, empty while pending', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${MULYODADI}`, headers: admin });
      expect(res.statusCode).toBe(200);
      const header = csvHeader(res.body);
      expect(header.slice(0, GROUP_HEADERS_FIRST.length)).toEqual(GROUP_HEADERS_FIRST);
      expect(header.slice(GROUP_HEADERS_FIRST.length, GROUP_HEADERS_FIRST.length + 2)).toEqual(DECIDER_HEADERS);
      expect(deciders(csvRecords(res.body), 'Nama Kelompok/WKSBM')).toEqual({
        'Arisan Terverifikasi': ['Terverifikasi', 'Petugas', 'Petugas Uji'],
        // The ADMIN_TOKEN holder has no name: the role alone.
        'Arisan Ditolak': ['Ditolak', 'Admin', ''],
        'Arisan Menunggu': ['Menunggu Verifikasi', '', ''],
      });
    });

    it('writes each activity\'s decider after the old columns, empty while pending', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${MULYODADI}`, headers: admin });
      expect(res.statusCode).toBe(200);
      const header = csvHeader(res.body);
      expect(header.slice(0, ACTIVITY_HEADERS_FIRST.length)).toEqual(ACTIVITY_HEADERS_FIRST);
      expect(header.slice(ACTIVITY_HEADERS_FIRST.length, ACTIVITY_HEADERS_FIRST.length + 2)).toEqual(DECIDER_HEADERS);
      expect(deciders(csvRecords(res.body), 'Uraian Kegiatan')).toEqual({
        'Ditolak admin': ['Ditolak', 'Admin', 'Bu Kadis'],
        'Diverifikasi petugas': ['Terverifikasi', 'Petugas', 'Petugas Uji'],
        Menunggu: ['Menunggu Verifikasi', '', ''],
      });
    });

    // The deciders were the last two columns until the rejection reason was added after them.
    it('writes the same deciders in the XLSX files, right after the old columns', async () => {
      const sheetOf = async (url: string, name: string) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await t.app.inject({ method: 'GET', url, headers: admin })).rawPayload as unknown as ArrayBuffer);
        return workbook.getWorksheet(name)!;
      };
      const deciderCells = (sheet: ExcelJS.Worksheet, keyColumn: number, firstColumns: number) =>
        Object.fromEntries(
          Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).map((row) => [
            row.getCell(keyColumn).value,
            [row.getCell(firstColumns + 1).value, row.getCell(firstColumns + 2).value],
          ]),
        );
      const groups = await sheetOf(`/api/export/groups.xlsx?prefix=${MULYODADI}`, 'Kelompok');
      expect((groups.getRow(1).values as unknown[]).slice(1)).toEqual(GROUP_HEADERS);
      expect(deciderCells(groups, 2, GROUP_HEADERS_FIRST.length)).toEqual({
        'Arisan Terverifikasi': ['Petugas', 'Petugas Uji'],
        'Arisan Ditolak': ['Admin', null],
        'Arisan Menunggu': [null, null],
      });
      const activities = await sheetOf(`/api/export/activities.xlsx?prefix=${MULYODADI}`, 'Kegiatan');
      expect((activities.getRow(1).values as unknown[]).slice(1)).toEqual(ACTIVITY_HEADERS);
      expect(deciderCells(activities, 4, ACTIVITY_HEADERS_FIRST.length)).toEqual({
        'Ditolak admin': ['Admin', 'Bu Kadis'],
        'Diverifikasi petugas': ['Petugas', 'Petugas Uji'],
        Menunggu: [null, null],
      });
    });

    it('ends the groups and activities exports with the rejection reason, guarded as free text, empty unless rejected', async () => {
      const reasons = (records: Array<Record<string, string>>, key: string) => Object.fromEntries(records.map((r) => [r[key], r[REJECTION_HEADER]]));
      const groups = await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${MULYODADI}`, headers: admin });
      expect(csvHeader(groups.body)).toEqual(GROUP_HEADERS);
      // Before, a Dinas Sosial saw only "Ditolak" and who decided, never why.
      expect(reasons(csvRecords(groups.body), 'Nama Kelompok/WKSBM')).toEqual({
        'Arisan Terverifikasi': '',
        'Arisan Ditolak': "'=RT salah, cek lagi",
        'Arisan Menunggu': '',
      });
      expect(groups.body).toContain(`"'=RT salah, cek lagi"`);
      const activities = await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${MULYODADI}`, headers: admin });
      expect(csvHeader(activities.body)).toEqual(ACTIVITY_HEADERS);
      expect(reasons(csvRecords(activities.body), 'Uraian Kegiatan')).toEqual({ 'Ditolak admin': "'-foto tidak jelas", 'Diverifikasi petugas': '', Menunggu: '' });

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await t.app.inject({ method: 'GET', url: `/api/export/activities.xlsx?prefix=${MULYODADI}`, headers: admin })).rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Kegiatan')!;
      expect(sheet.getRow(1).getCell(sheet.columnCount).value).toBe(REJECTION_HEADER);
      const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).map((row) => [row.getCell(4).value, row.getCell(sheet.columnCount).value]);
      // A text cell in XLSX is never run as a formula: the reason is kept as typed.
      expect(Object.fromEntries(cells)).toEqual({ 'Ditolak admin': '-foto tidak jelas', 'Diverifikasi petugas': null, Menunggu: null });
    });

    it('writes the rejection reason the admin API answers', async () => {
      const page = { page: 1, pageSize: 50 };
      const fromApi = (await listGroups(t.db.prisma, { scope: [MULYODADI] }, page)).items.map((g) => [g.name, g.rejectionReason ?? '']);
      const exported = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${MULYODADI}`, headers: admin })).body);
      const unguarded = (text: string) => text.replace(/^'/, '');
      expect(Object.fromEntries(exported.map((r) => [r['Nama Kelompok/WKSBM'], unguarded(r[REJECTION_HEADER]!)]))).toEqual(Object.fromEntries(fromApi));
      const activitiesFromApi = (await listActivities(t.db.prisma, { scope: [MULYODADI] }, page)).items.map((a) => [a.description, a.rejectionReason ?? '']);
      const exportedActivities = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${MULYODADI}`, headers: admin })).body);
      expect(Object.fromEntries(exportedActivities.map((r) => [r['Uraian Kegiatan'], unguarded(r[REJECTION_HEADER]!)]))).toEqual(Object.fromEntries(activitiesFromApi));
    });

    it('agrees with the admin API\'s decidedBy', async () => {
      const page = { page: 1, pageSize: 50 };
      const label = (by: { kind: string; name: string | null } | null) => (by === null ? ['', ''] : [by.kind === 'officer' ? 'Petugas' : 'Admin', by.name ?? '']);
      const fromApi = (await listGroups(t.db.prisma, { scope: [MULYODADI] }, page)).items.map((g) => [g.name, label(g.decidedBy)]);
      const exported = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/groups.csv?prefix=${MULYODADI}`, headers: admin })).body);
      expect(Object.fromEntries(exported.map((r) => [r['Nama Kelompok/WKSBM'], [r['Peran Verifikator'], r['Nama Verifikator']]]))).toEqual(Object.fromEntries(fromApi));
      const activitiesFromApi = (await listActivities(t.db.prisma, { scope: [MULYODADI] }, page)).items.map((a) => [a.description, label(a.decidedBy)]);
      const exportedActivities = csvRecords((await t.app.inject({ method: 'GET', url: `/api/export/activities.csv?prefix=${MULYODADI}`, headers: admin })).body);
      expect(Object.fromEntries(exportedActivities.map((r) => [r['Uraian Kegiatan'], [r['Peran Verifikator'], r['Nama Verifikator']]]))).toEqual(
        Object.fromEntries(activitiesFromApi),
      );
    });
  });
});
