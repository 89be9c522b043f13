/** zod schemas shared by the API routes (queries, params, bodies). */
import { z } from 'zod';
import { tidyFreeText } from '../../domain/flow-kit.js';
import { REJECTION_REASON, rejectionReasonProblem } from '../../domain/model/officers.js';

/** A Kemendagri code of any level: "34", "34.02", "34.02.15", "34.02.15.2004". */
export const REGION_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

/** A desa/kelurahan code: the domain's one pattern. */
export { VILLAGE_CODE } from '../../domain/model/regions.js';

/**
 * `?q=`: words to search for. Empty (a search box cleared) is no search, as if `q` were not
 * sent; it was refused with zod's "Too small: expected string to have >=1 characters".
 */
export function searchParam(what: string) {
  return z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((q) => (q === '' ? undefined : q))
    .describe(what);
}

/** `?prefix=` filter. */
export const prefixParam = z
  .string()
  .regex(REGION_CODE, 'must be a region code like 34, 34.02, 34.02.15 or 34.02.15.2004')
  .optional()
  .describe('Kemendagri code prefix: provinsi 34, kabupaten 34.02, kecamatan 34.02.15, desa 34.02.15.2004');

/**
 * A whole number in the query string, with one message that says what is wanted for anything
 * else: "abc" was answered "Invalid input: expected number, received NaN", "1.5" "expected int,
 * received number".
 */
export function wholeNumberParam(min: number, max?: number) {
  const message = max === undefined ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`;
  const number = z.coerce.number({ error: message }).int({ error: message }).min(min, message);
  return max === undefined ? number : number.max(max, message);
}

/** Paging of a list. */
export const pageParams = {
  page: wholeNumberParam(1).default(1).describe('1-based page number'),
  pageSize: wholeNumberParam(1, 500).default(50).describe('items per page, at most 500'),
};

/** `{id}` in the path. */
export const idParams = z.object({ id: z.uuid() });

export const verificationState = z.enum(['pending', 'verified', 'rejected']);

/** `true`/`false` in a query string. */
export const booleanParam = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();

/**
 * A calendar date "YYYY-MM-DD", with the same two messages on every route that takes one (the
 * activities list said "Invalid ISO date" where the export said what was wanted).
 */
export const dateParam = z
  .string()
  .trim()
  // abort: a date of another shape is said once, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD', abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

/** What a reversed `?from=&to=` range is answered with (400), on every route that takes one. */
export const DATE_RANGE_MESSAGE = '"from" must not be after "to"';

/**
 * The one check of a `?from=&to=` range (dates as YYYY-MM-DD, so they compare as strings),
 * shared by every route that takes one (the activities list and the activities export): a
 * reversed range is the caller's mistake, answered 400 naming `from`, never an empty list
 * that looks like "no activities in that time".
 */
export function withDateRange<S extends z.ZodType<{ from?: string | undefined; to?: string | undefined }>>(schema: S): S {
  return schema.refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: DATE_RANGE_MESSAGE,
    path: ['from'],
  });
}

/** What a rejection's reason must be, as the 400s say it (the chat asks the same). */
const REASON_RULE = `a rejection needs a reason with at least ${REJECTION_REASON.minLetters} letters (digits, spaces and symbols do not count) and at most ${REJECTION_REASON.max} characters, told to the group’s leaders`;

/** Body of POST …/verification. */
export const verificationBody = z
  .strictObject({
    decision: z.enum(['verify', 'reject']),
    reason: z
      .string()
      // Tidied as the chat tidies a typed reason (bidi controls, runs of spaces and lines): the leaders read the same.
      .overwrite(tidyFreeText)
      // Said once: an empty reason is not also "too few letters".
      .min(1, { message: `must not be empty: ${REASON_RULE}`, abort: true })
      // Letters, not characters: "1234567" or "     x" tells the leaders nothing to fix (rejectionReasonProblem).
      .refine((reason) => rejectionReasonProblem(reason) !== 'fewLetters', `has too few letters: ${REASON_RULE}`)
      .max(REJECTION_REASON.max, `is too long: ${REASON_RULE}`)
      .optional()
      .describe('why it is rejected; told to the group’s leaders (required to reject, refused with verify)'),
  })
  .superRefine((body, ctx) => {
    // An empty reason is already refused above with its own message: said once, not twice.
    if (body.decision === 'reject' && body.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is required to reject' });
    // A verdict stores and tells a reason only with a rejection: one sent with verify would be
    // dropped without a word, so it is refused like any field the API does not take.
    if (body.decision === 'verify' && body.reason !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a reason is taken only to reject; send verify without one' });
    }
  });
