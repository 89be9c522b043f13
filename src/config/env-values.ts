/**
 * The kinds of value the environment holds, each refused with a message a person can act on
 * (loadConfig puts the variable's name and the value given in front of it).
 */
import { z } from 'zod';

/** A whole number in a range; anything else reads "expected a whole number from 1 to 20". */
export const wholeNumber = (min: number, max: number) => {
  const error = `expected a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

/**
 * One of a few words, in any case (LOG_LEVEL=INFO, DEFAULT_LOCALE=EN); anything else reads
 * "expected one of id, en" (zod's own said `Invalid option: expected one of "id"|"en"`).
 */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.enum(values, { error: `expected one of ${values.join(', ')}` }));

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off', '']);

/** A yes/no switch, in any case. Not z.coerce.boolean(): that reads the string "false" as true. */
export const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      const word = value.trim().toLowerCase();
      if (TRUE.has(word)) return true;
      if (FALSE.has(word)) return false;
      ctx.addIssue({ code: 'custom', message: 'expected true or false' });
      return z.NEVER;
    });

/**
 * The environment without its blank variables: `PORT=` in a compose `.env` file means unset,
 * the default, not the number 0 (a random port) or a refusal.
 */
export function withoutBlankValues(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value === undefined || value.trim() !== ''));
}
