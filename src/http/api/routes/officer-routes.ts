/**
 * Officers: the list, invites and personal tokens. The admin invites for any area; an
 * officer may invite only for areas inside their own (a TKSK bringing in the PSM of their
 * kecamatan), so nobody widens their own reach. Tokens are issued by the admin only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { phoneFor, principalCovers } from '../../../domain/access/principal.js';
import { OFFICER_INVITE_DEEP_LINK } from '../../../domain/officers/enroll-flow.js';
import { normalizeInviteCode } from '../../../domain/officers/invite-code.js';
import { createOfficerInvite, InviteRequestError } from '../../../domain/officers/invites.js';
import { mayInviteKind, OFFICER_KINDS } from '../../../domain/model/officers.js';
import { officerKind } from '../../../storage/officers/area-names.js';
import { activeOfficerPerson, listOfficers } from '../../../storage/admin/officer-queries.js';
import { issueToken } from '../../../storage/tokens/api-tokens.js';
import { BadRequestError, ForbiddenError, NotFoundError } from '../../errors.js';
import { auditActor, requireAdmin } from '../access.js';
import type { ApiContext } from '../context.js';
import { knownListScope } from '../known-region.js';
import { idParams, pageParams, prefixParam, REGION_CODE } from '../schemas.js';
import { issuedTokenResponse, tokenBody, tokenTtlMs } from './token-body.js';

const listQuery = z.strictObject({ prefix: prefixParam, ...pageParams });
const inviteBody = z.strictObject({
  kind: z.enum(OFFICER_KINDS),
  areaPrefixes: z
    .array(z.string().regex(REGION_CODE, 'must be a kabupaten/kota, kecamatan or desa code like 34.02, 34.02.15 or 34.02.15.2004'))
    .min(1)
    .max(50),
  ttlDays: z.number().int().min(1).max(90).optional().describe('days the code stays valid (default 7)'),
});

/** The 201 answer of an invite, so /docs says 201 and its shape; loose, so no key is ever dropped. */
const inviteResponse = {
  201: z
    .looseObject({
      code: z.string().describe('the code the officer sends to the bot, e.g. ABCD-EFGH'),
      kind: z.enum(OFFICER_KINDS),
      expiresAt: z.string(),
      areas: z.array(z.looseObject({ code: z.string(), name: z.string(), level: z.string() })),
      telegramLink: z.string().optional().describe('a t.me link that enrols in one tap, while the Telegram channel runs'),
    })
    .describe('Created'),
};

/** The officer routes. */
export const officerRoutes: FastifyPluginAsyncZod<ApiContext> = async (scope, ctx) => {
  scope.get('/officers', { schema: { tags: ['officers'], summary: 'Officers whose areas overlap the filter', querystring: listQuery } }, async (request) => {
    const { prefix, page, pageSize } = request.query;
    const result = await listOfficers(ctx.prisma, await knownListScope(ctx.prisma, request.principal, prefix), { page, pageSize });
    return { ...result, items: result.items.map((officer) => ({ ...officer, phone: phoneFor(request.principal, officer.phone) })) };
  });

  scope.post(
    '/officers/invites',
    { schema: { tags: ['officers'], summary: 'Create an invite code an officer redeems in the chat', body: inviteBody, response: inviteResponse } },
    async (request, reply) => {
      const principal = request.principal;
      const outside = request.body.areaPrefixes.filter((code) => !principalCovers(principal, code));
      if (outside.length > 0) throw new ForbiddenError(`You may invite only inside your areas; outside: ${outside.join(', ')}.`);
      if (principal.kind === 'officer') {
        // Nor a kind above one's own: a PSM's invite for "dinsos" would sign verdicts as the Dinas Sosial.
        const own = await officerKind(ctx.prisma, principal.officerId);
        if (own === null || !mayInviteKind(own, request.body.kind)) {
          throw new ForbiddenError(`An officer of kind ${own ?? 'unknown'} may invite only officers of the same or a lower kind, not ${request.body.kind}.`);
        }
      }
      const now = ctx.clock();
      const invite = await ctx.transactions.transaction(async (tx) => {
        let created;
        try {
          created = await createOfficerInvite(
            { kind: request.body.kind, areas: request.body.areaPrefixes, ...(request.body.ttlDays ? { expiresInMs: request.body.ttlDays * 86_400_000 } : {}) },
            tx.app,
            now,
          );
        } catch (error) {
          if (error instanceof InviteRequestError) throw new BadRequestError(`Invalid request body. areaPrefixes: ${error.problems.join('; ')}`);
          throw error;
        }
        // The code itself is a secret until redeemed: the audit keeps what it grants, not the code.
        await tx.app.audit.record(
          {
            ...auditActor(principal),
            action: 'officer.invite',
            targetType: 'invite',
            details: { kind: created.kind, areaPrefixes: created.areas.map((area) => area.code), expiresAt: created.expiresAt.toISOString() },
            via: 'api',
          },
          now,
        );
        return created;
      });
      // On Telegram the officer taps the link and Start instead of typing the code (the same
      // link `npm run invite` prints); only while the bot's Telegram channel runs.
      const telegramLink = ctx.telegramStartLink?.(OFFICER_INVITE_DEEP_LINK, normalizeInviteCode(invite.code) ?? invite.code);
      return reply.status(201).send({
        code: invite.code,
        kind: invite.kind,
        expiresAt: invite.expiresAt.toISOString(),
        areas: invite.areas.map((area) => ({ code: area.code, name: area.name, level: area.level })),
        ...(telegramLink !== undefined && { telegramLink }),
      });
    },
  );

  scope.post(
    '/officers/:id/tokens',
    { schema: { tags: ['tokens'], summary: 'Issue a personal token for an officer (admin; shown once)', params: idParams, body: tokenBody, response: issuedTokenResponse } },
    async (request, reply) => {
      requireAdmin(request.principal);
      const now = ctx.clock();
      const issued = await ctx.transactions.transaction(async (tx) => {
        const personId = await activeOfficerPerson(tx.db, request.params.id);
        if (!personId) throw new NotFoundError('No active officer with this id.');
        const token = await issueToken(tx.db, personId, { label: request.body?.label ?? 'api', now, ttlMs: tokenTtlMs(request.body) });
        await tx.app.audit.record(
          { ...auditActor(request.principal), action: 'token.issue', targetType: 'person', targetId: personId, details: { tokenId: token.id, officerId: request.params.id }, via: 'api' },
          now,
        );
        return token;
      });
      return reply.status(201).send({ id: issued.id, token: issued.token, expiresAt: issued.expiresAt?.toISOString() ?? null });
    },
  );
};
