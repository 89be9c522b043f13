/**
 * What a group is made of, as the flows ask for it and the effect handlers check it: one
 * schema, so a value the flow accepts is never refused by the handler (or the other way
 * round). The limits are the ones a person is told in the questions.
 */
import { z } from 'zod';
import { GROUP_TYPES } from '../model/group-types.js';
import { VILLAGE_CODE } from '../model/regions.js';

/** Members a group may have: fewer than two is no group; more is a typo. */
export const MEMBER_COUNT = { min: 2, max: 100_000 } as const;

/** A Kemendagri desa code "PP.KK.CC.DDDD". */
export const villageCodeSchema = z.string().regex(VILLAGE_CODE);

/** A phone number in E.164, as the phone questions store it. */
export const phoneSchema = z.string().regex(/^\+\d{8,15}$/);

/** RT/RW or dusun; all zero and empty for the whole desa. */
export const areaUnitSchema = z.object({
  rw: z.number().int().min(0).max(999),
  rt: z.number().int().min(0).max(999),
  dusun: z.string().max(80),
});

/** Every field of a group a leader gives (registration) or changes ("Kelompok saya"). */
export const groupFieldsSchema = z.object({
  type: z.enum(GROUP_TYPES),
  typeOther: z.string().max(60).nullable(),
  name: z.string().min(1).max(80),
  villageCode: villageCodeSchema,
  unit: areaUnitSchema,
  memberCount: z.number().int().min(MEMBER_COUNT.min).max(MEMBER_COUNT.max),
  foundedYear: z.number().int().nullable(),
  meetingSchedule: z.string().max(120).nullable(),
  ketuaName: z.string().min(1).max(80),
  ketuaPhone: phoneSchema.nullable(),
});
