/**
 * The export routes: groups, activities and areas as CSV or XLSX, for the admin and for
 * officers (their areas only; phone numbers masked for everyone but the admin). Registered
 * inside the authenticated /api scope, so `request.principal` is set.
 *
 * Every export is streamed: rows are read in keyset-paginated batches and written as the
 * client takes them, so memory stays flat and there is no row cap.
 *
 * Every export is audited twice under the same target id: once before the first byte
 * (status "started": no personal data leaves without an audit row, even if the process
 * dies mid-download) and once when the response closes (status "completed", "aborted" or
 * "failed", with the number of rows read).
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../../core/ports.js';
import { jakartaDate } from '../../../core/time/wib.js';
import { scopePrefixes, type Principal } from '../../../domain/access/principal.js';
import type { AuditEntry } from '../../../domain/model/audit.js';
import { DEFAULT_STATUS_THRESHOLDS, factsSince, type StatusThresholds } from '../../../domain/status/status.js';
import type { ExportScope, ExportSource } from '../../../storage/export/export-source.js';
import type { PrismaTx } from '../../../storage/transaction-runner.js';
import { ForbiddenError } from '../../errors.js';
import { requireKnownRegion } from '../known-region.js';
import { validatorCompiler } from '../validator.js';
import { activityColumns } from './activity-columns.js';
import { areaColumns, withStatus } from './area-columns.js';
import { csvStream, type CsvDelimiter } from './csv-stream.js';
import { activityQuery, regionQuery } from './export-query.js';
import type { ExportTable } from './export-table.js';
import { groupColumns } from './group-columns.js';
import type { ExportLabels } from './labels.js';
import { xlsxStream } from './xlsx-stream.js';

/** What the export routes need. */
export interface ExportRouteOptions {
  /** Row batches and the audit log (src/storage/export/export-source.ts). */
  readonly source: ExportSource;
  readonly clock: Clock;
  /** The status thresholds of the configuration (for the areas export). */
  readonly thresholds?: StatusThresholds;
  /** The words written in the cells (levels, group types…), from locales/ (./labels.ts). */
  readonly labels: ExportLabels;
  /** Rows per database query; default 1,000 (areas: a fifth of it, in desa). */
  readonly batchSize?: number;
  /** The database the region list is read from: a `?prefix=` that is no region is 404 (it exported an empty file). */
  readonly db: PrismaTx;
}

type ExportKind = 'groups' | 'activities' | 'areas';
type ExportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const SHEET_NAMES: Readonly<Record<ExportKind, string>> = { groups: 'Kelompok', activities: 'Kegiatan', areas: 'Wilayah' };

/** Which export was asked for. */
interface ExportSpec {
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  readonly prefix: string | undefined;
  readonly delimiter: CsvDelimiter;
  /** Further filters, for the audit entry. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** Rows read so far, and whether reading failed. */
interface Progress {
  rows: number;
  failed: boolean;
}

/** Passes batches through, counting rows and noting a failure. */
async function* counted<Row>(batches: AsyncIterable<readonly Row[]>, progress: Progress): AsyncGenerator<readonly Row[]> {
  try {
    for await (const batch of batches) {
      progress.rows += batch.length;
      yield batch;
    }
  } catch (error) {
    progress.failed = true;
    throw error;
  }
}

function actorOf(principal: Principal): Pick<AuditEntry, 'actorKind' | 'actorId'> {
  return principal.kind === 'admin' ? { actorKind: 'admin', actorId: principal.personId } : { actorKind: 'officer', actorId: principal.personId };
}

/** The part of the country asked for, cut to what the caller may see; 403 when nothing is left. */
function scopeFor(principal: Principal, prefix: string | undefined): ExportScope {
  const scope = scopePrefixes(principal, prefix);
  if (scope !== 'all' && scope.length === 0) {
    throw new ForbiddenError(
      prefix === undefined ? 'You cover no areas, so there is nothing to export.' : `The area ${prefix} is outside the areas you cover.`,
    );
  }
  return scope;
}

/** The export routes; register inside the authenticated /api scope. */
export const exportRoutes: FastifyPluginAsync<ExportRouteOptions> = async (app, options) => {
  const thresholds = options.thresholds ?? DEFAULT_STATUS_THRESHOLDS;
  const batchSize = options.batchSize ?? 1_000;
  const areaBatchSize = Math.max(1, Math.floor(batchSize / 5));
  // Closing audit entries still being written: the app waits for them when it closes, so
  // that a shutdown right after a download does not close the database under them.
  const closingWrites = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.all([...closingWrites]);
  });

  /** Audits, sets the download headers and sends the table as a stream. */
  async function send<Row>(
    request: FastifyRequest,
    reply: FastifyReply,
    spec: ExportSpec,
    makeTable: (scope: ExportScope, now: Date) => Omit<ExportTable<Row>, 'sheetName'>,
  ): Promise<FastifyReply> {
    const { kind, format, prefix } = spec;
    const principal = request.principal;
    await requireKnownRegion(options.db, prefix);
    const scope = scopeFor(principal, prefix);
    const now = options.clock();
    const exportId = randomUUID();
    const entry = (details: Record<string, unknown>): AuditEntry => ({
      ...actorOf(principal),
      action: `export.${kind}`,
      targetType: 'export',
      targetId: exportId,
      details: { prefix: prefix ?? null, scope: scope === 'all' ? 'all' : [...scope], format, ...spec.details, ...details },
      via: 'api',
    });
    await options.source.audit(entry({ status: 'started' }), now);

    const progress: Progress = { rows: 0, failed: false };
    const made = makeTable(scope, now);
    const table: ExportTable<Row> = { sheetName: SHEET_NAMES[kind], columns: made.columns, batches: counted(made.batches, progress) };
    // 'finish' means the last byte was handed to the connection; a 'close' without it is a
    // client that went away (or a stream that failed).
    let finished = false;
    reply.raw.once('finish', () => {
      finished = true;
    });
    reply.raw.once('close', () => {
      const status = progress.failed ? 'failed' : finished ? 'completed' : 'aborted';
      const write = options.source
        .audit(entry({ status, rows: progress.rows }), options.clock())
        .catch((error: unknown) => {
          request.log.error({ err: error, exportId }, 'export: the closing audit entry could not be written');
        })
        .finally(() => closingWrites.delete(write));
      closingWrites.add(write);
    });

    const stream: Readable =
      format === 'csv'
        ? csvStream(table, spec.delimiter)
        : xlsxStream(table, (error) => request.log.error({ err: error, exportId }, 'export failed mid-stream'));
    const filename = `wksbm-${kind}-${prefix ?? 'semua'}-${jakartaDate(now)}.${format}`;
    return reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }

  // The query is checked by the API's validator, as every /api route's is (a 400 naming the
  // key); set here too, so the exports work in a scope of their own.
  app.setValidatorCompiler(validatorCompiler);
  const routes = app.withTypeProvider<ZodTypeProvider>();
  for (const format of ['csv', 'xlsx'] as const) {
    routes.get(`/export/groups.${format}`, { schema: { querystring: regionQuery } }, async (request, reply) => {
      const query = request.query;
      const delimiter: CsvDelimiter = query.delimiter === 'semicolon' ? ';' : ',';
      return send(request, reply, { kind: 'groups', format, prefix: query.prefix, delimiter, details: {} }, (scope) => ({
        columns: groupColumns(request.principal, options.labels),
        batches: options.source.groups(scope, batchSize),
      }));
    });

    routes.get(`/export/activities.${format}`, { schema: { querystring: activityQuery } }, async (request, reply) => {
      const query = request.query;
      const delimiter: CsvDelimiter = query.delimiter === 'semicolon' ? ';' : ',';
      const dates = { from: query.from ?? null, to: query.to ?? null };
      return send(request, reply, { kind: 'activities', format, prefix: query.prefix, delimiter, details: dates }, (scope) => ({
        columns: activityColumns(options.labels),
        batches: options.source.activities({ scope, from: query.from, to: query.to }, batchSize),
      }));
    });

    routes.get(`/export/areas.${format}`, { schema: { querystring: regionQuery } }, async (request, reply) => {
      const query = request.query;
      const delimiter: CsvDelimiter = query.delimiter === 'semicolon' ? ';' : ',';
      return send(request, reply, { kind: 'areas', format, prefix: query.prefix, delimiter, details: {} }, (scope, now) => ({
        columns: areaColumns(thresholds, options.labels),
        batches: withStatus(options.source.areas(scope, factsSince(now, thresholds), areaBatchSize), now, thresholds),
      }));
    });
  }
};
