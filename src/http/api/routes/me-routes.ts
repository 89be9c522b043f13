/** GET /api/me: who the token signs in, with their areas' names. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { seesPhoneNumbers } from '../../../domain/access/principal.js';
import { describeAreas, officerKind } from '../../../storage/officers/area-names.js';
import type { ApiContext } from '../context.js';

/** The "who am I" route. */
export const meRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/me', { schema: { tags: ['me'], summary: 'The signed-in caller: admin or officer, with areas' } }, async (request) => {
    const principal = request.principal;
    if (principal.kind === 'admin') return { kind: 'admin', personId: principal.personId, seesPhones: seesPhoneNumbers(principal) };
    const kind = await officerKind(ctx.prisma, principal.officerId);
    const areas = await describeAreas(ctx.prisma, principal.areaPrefixes);
    return {
      kind: 'officer',
      personId: principal.personId,
      officerId: principal.officerId,
      officerKind: kind,
      areaPrefixes: principal.areaPrefixes,
      areas: areas.map((area) => ({
        code: area.code,
        name: area.name,
        level: area.level,
        // The kabupaten and kecamatan the area is in, or is: a whole kabupaten is its own (was '').
        regencyName: area.level === 'regency' ? area.name : area.regencyName,
        districtName: area.level === 'district' ? area.name : area.districtName,
      })),
      seesPhones: seesPhoneNumbers(principal),
    };
  });
};
