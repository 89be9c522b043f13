/**
 * Areas: a desa's (or RW's) computed WKSBM status with criteria, next steps, an officer's
 * override and the history; and the drill-down summary of a region's children. The status
 * comes from the domain's rules (computeStatus on the storage's facts), read-only: a GET
 * records nothing in the history. A desa's status is read in one SQL statement.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Text } from '../../../core/text.js';
import { principalCovers, scopePrefixes } from '../../../domain/access/principal.js';
import type { AreaRef } from '../../../domain/model/status.js';
import { criterionNumbers } from '../../../domain/status/status-message.js';
import { computeStatus, factsSince, type AreaStatus } from '../../../domain/status/status.js';
import { areaFigures, childRegions, latestLevels, overridesInForce, regionsByCodes, type RegionRow } from '../../../storage/admin/area-summary.js';
import { loadAreaStatusView } from '../../../storage/status/area-status-view.js';
import { ForbiddenError, NotFoundError } from '../../errors.js';
import type { ApiContext, ApiTx } from '../context.js';
import { unknownRegion } from '../known-region.js';
import { prefixParam, VILLAGE_CODE, wholeNumberParam } from '../schemas.js';

const statusParams = z.object({ desaCode: z.string().regex(VILLAGE_CODE, 'must be a desa/kelurahan code like 34.02.15.2004') });
const statusQuery = z.strictObject({
  rw: wholeNumberParam(1, 999).optional().describe('one RW of the desa'),
  lang: z.enum(['id', 'en']).default('id').describe('language of the criteria’s and next steps’ text'),
});
const summaryQuery = z.strictObject({ prefix: prefixParam });

/** How many history rows the status answer carries. */
const HISTORY_LIMIT = 50;

/** The area routes. */
export const areaRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  /** Computes an area's status from fresh facts, without recording it. */
  async function liveStatus(tx: ApiTx, area: AreaRef, now: Date): Promise<AreaStatus> {
    const facts = await tx.app.status.loadFacts(area, factsSince(now, ctx.thresholds));
    return computeStatus(facts, now, ctx.thresholds);
  }

  function stepOf(step: Text, lang: string) {
    return { key: step.key, params: step.params ?? {}, ...(ctx.renderText ? { text: ctx.renderText(step, lang) } : {}) };
  }

  /** Each criterion's numbers in the chat reply's words ("3 dari 5 kelompok sudah terhubung (perlu 60 %)"). */
  function criteriaText(status: AreaStatus, lang: string): Record<string, string> | undefined {
    const render = ctx.renderText;
    if (!render) return undefined;
    return Object.fromEntries(Object.entries(criterionNumbers(status.criteria)).map(([name, text]) => [name, render(text, lang)]));
  }

  scope.get(
    '/areas/:desaCode/status',
    { schema: { tags: ['areas'], summary: 'WKSBM status of a desa or one RW: level, criteria, next steps, override, history', params: statusParams, querystring: statusQuery } },
    async (request) => {
      const { desaCode } = request.params;
      const { rw, lang } = request.query;
      if (!principalCovers(request.principal, desaCode)) throw new NotFoundError('No desa with this code in your areas.');
      const area: AreaRef = rw === undefined ? { villageCode: desaCode } : { villageCode: desaCode, rw };
      const now = ctx.clock();
      // One statement reads everything (the desa, its facts, the override, the history).
      const view = await loadAreaStatusView(ctx.prisma, area, factsSince(now, ctx.thresholds), HISTORY_LIMIT);
      if (!view) throw new NotFoundError('No desa with this code.');
      const status = computeStatus(view.facts, now, ctx.thresholds);
      const { village, override, history } = view;
      return {
        villageCode: desaCode,
        villageName: village.name,
        districtName: village.districtName,
        regencyName: village.regencyName,
        rw: rw ?? null,
        level: status.level,
        provisional: status.provisional,
        criteria: status.criteria,
        // Absent when the API renders no texts (keys only, see ApiContext.renderText).
        criteriaText: criteriaText(status, lang),
        nextSteps: status.nextSteps.map((step) => stepOf(step, lang)),
        override,
        effectiveLevel: override?.level ?? status.level,
        history,
      };
    },
  );

  scope.get(
    '/areas/summary',
    { schema: { tags: ['areas'], summary: 'Figures of the children of a region (drill-down); desa children with their live level', querystring: summaryQuery } },
    async (request) => {
      const { prefix } = request.query;
      const principal = request.principal;
      let parent: RegionRow | null = null;
      if (prefix !== undefined) {
        parent = (await regionsByCodes(ctx.prisma, [prefix]))[0] ?? null;
        if (!parent) throw unknownRegion(prefix);
      }
      let children: RegionRow[];
      if (principal.kind === 'admin' || (prefix !== undefined && principalCovers(principal, prefix))) {
        children = await childRegions(ctx.prisma, prefix ?? null);
      } else {
        // An officer above their areas sees their own areas under the prefix as the children.
        const roots = scopePrefixes(principal, prefix);
        if (roots === 'all' || roots.length === 0) throw new ForbiddenError(`The area ${prefix ?? ''} is outside your areas.`);
        children = await regionsByCodes(ctx.prisma, roots);
      }
      const figures = await areaFigures(ctx.prisma, children.map((child) => child.code));
      const items = children.map((child) => ({ code: child.code, name: child.name, level: child.level, ...figures.get(child.code)! }));
      const villages = items.filter((item) => item.level === 'village');
      if (villages.length === 0) return { prefix: prefix ?? null, parent, items };

      const now = ctx.clock();
      const villageCodes = villages.map((village) => village.code);
      const recorded = await latestLevels(ctx.prisma, villageCodes);
      const overrides = await overridesInForce(ctx.prisma, villageCodes);
      const statuses = await ctx.transactions.transaction(async (tx) => {
        const result = new Map<string, AreaStatus>();
        for (const village of villages) {
          // A desa without groups or history is Belum Ada: the rules on empty facts say why.
          const empty = village.groups === 0 && !recorded.has(village.code);
          const status = empty
            ? computeStatus({ groups: [], relations: [], activities: [], everAktif: false }, now, ctx.thresholds)
            : await liveStatus(tx, { villageCode: village.code }, now);
          result.set(village.code, status);
        }
        return result;
      });
      return {
        prefix: prefix ?? null,
        parent,
        items: items.map((item) => {
          const status = statuses.get(item.code);
          if (!status) return item;
          // As the status route: the computed level, and beside it the officer's where one is in force.
          const override = overrides.get(item.code) ?? null;
          return { ...item, wksbmLevel: status.level, provisional: status.provisional, criteria: status.criteria, override, effectiveLevel: override?.level ?? status.level };
        }),
      };
    },
  );
};
