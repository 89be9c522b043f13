/** The query strings of the export routes, validated with zod (400 with a clear message otherwise). */
import { z } from 'zod';
import { dateParam, withDateRange } from '../schemas.js';

/** A Kemendagri code prefix: provinsi "34", kabupaten/kota "34.02", kecamatan "34.02.15", desa "34.02.15.2004". */
export const REGION_PREFIX = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

const prefix = z
  .string()
  .trim()
  .regex(REGION_PREFIX, 'must be a Kemendagri code: provinsi "34", kabupaten/kota "34.02", kecamatan "34.02.15" or desa "34.02.15.2004"')
  .optional();

/** "comma" (RFC 4180, the default) or "semicolon" (what Excel expects in Indonesian regional settings). */
const delimiter = z.enum(['comma', 'semicolon'], 'must be "comma" or "semicolon"').default('comma');

/** The API's one date check, so the export and the activities list answer a bad date alike. */
const calendarDate = dateParam.optional();

/** `?prefix=&delimiter=` of the groups and areas exports; unknown parameters are refused. */
export const regionQuery = z.strictObject({ prefix, delimiter });

/** `?prefix=&from=&to=&delimiter=` of the activities export (dates inclusive, activity dates). */
export const activityQuery = withDateRange(z.strictObject({ prefix, delimiter, from: calendarDate, to: calendarDate }));

export type RegionQuery = z.infer<typeof regionQuery>;
export type ActivityQuery = z.infer<typeof activityQuery>;
