/**
 * Plain-words messages for a refused request field, in place of zod's own ("Too big: expected
 * string to have <=100 characters", "Invalid UUID", 'Unrecognized key: "limit"'). One error
 * map for every edge (the admin API's route schemas and parseWith), so a person reading a 400
 * sees the same wording everywhere. A message a schema sets itself is kept: zod asks this map
 * only for checks without their own.
 */
import type { z } from 'zod';

/** What the map needs to know of the request: its part, and what an `id` in it names. */
export interface IssueContext {
  /** The part of the request: "body", "query", "params". */
  readonly what: string;
  /** What a UUID in it is the id of ("token", "group"); undefined says only "an id". */
  readonly idOf?: string | undefined;
}

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

/** A zod error map saying each problem as a person would (English, as the rest of the API). */
export function requestIssueMap(context: IssueContext): z.core.$ZodErrorMap {
  return (issue) => messageFor(issue as RawIssue & Record<string, unknown>, context);
}

function messageFor(issue: RawIssue & Record<string, unknown>, context: IssueContext): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      // A field not sent at all: zod says "expected string, received undefined", read as a wrong value.
      if (issue.input === undefined && (issue.path?.length ?? 0) > 0) return 'is required';
      return `must be ${TYPE_WORDS[String(issue.expected)] ?? String(issue.expected)}`;
    case 'too_big':
      return sizeMessage('at most', issue.origin, issue.maximum, issue.inclusive !== false ? '' : 'less than ');
    case 'too_small':
      if (Number(issue.minimum) === 1 && (issue.origin === 'string' || issue.origin === 'array')) return 'must not be empty';
      return sizeMessage('at least', issue.origin, issue.minimum, issue.inclusive !== false ? '' : 'more than ');
    case 'invalid_format':
      return formatMessage(String(issue.format), context);
    case 'invalid_value': {
      const values = (issue.values as readonly unknown[]).map(String);
      if (issue.input === undefined) return 'is required';
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'unrecognized_keys':
      return unknownKeysMessage(issue, context);
    default:
      return undefined;
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** "must be at most 100 characters", "must be at most 90", "must be at least 2 items"; as the schemas' own messages word it. */
function sizeMessage(bound: 'at most' | 'at least', origin: unknown, limit: unknown, strict: string): string {
  const n = String(limit);
  if (strict !== '') return `must be ${strict}${n}`;
  switch (origin) {
    case 'string':
      return `must be ${bound} ${n} characters`;
    case 'array':
    case 'set':
      return `must be ${bound} ${n} items`;
    default:
      return `must be ${bound} ${n}`;
  }
}

function formatMessage(format: string, context: IssueContext): string {
  switch (format) {
    case 'uuid':
    case 'guid':
      return context.idOf === undefined ? 'must be an id (UUID)' : `must be ${article(context.idOf)} ${context.idOf} id (UUID)`;
    case 'email':
      return 'must be an email address';
    case 'regex':
      return 'is not in the expected form';
    default:
      return `must be ${article(format)} ${format}`;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** An unknown key: says which ones the schema takes (and how a list is paged, the usual mix-up with limit/offset). */
function unknownKeysMessage(issue: RawIssue & Record<string, unknown>, context: IssueContext): string {
  const keys = issue.keys as readonly string[];
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  const known = shape === undefined ? [] : Object.keys(shape);
  const noun = context.what === 'body' ? 'field' : 'parameter';
  const is = keys.length === 1 ? `is not a ${noun} here` : `are not ${noun}s here`;
  if (known.length === 0) return `${is}; it takes no ${noun}s`;
  const paging = known.includes('page') && known.includes('pageSize') ? ' (page and pageSize page the list)' : '';
  return `${is}; it takes ${known.join(', ')}${paging}`;
}
