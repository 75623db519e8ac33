import type { z } from 'zod';
import { plural } from '../text/plural';
import { recordPhrase } from './recordPhrase';

/** What a schema expected, as a person says it. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of named fields',
  null: 'empty (null)',
};

/** Patterns the library's schemas check, by field, as a person knows them. */
const FORMATS: Record<string, string> = {
  datetime: 'a date and time such as 2026-05-01T12:00:00Z',
  color: 'a colour such as #1f77b4',
  textSha256: 'a SHA-256 checksum (64 hexadecimal digits)',
};

/**
 * One zod issue as a sentence in a person's words, about what the path
 * names (recordPhrase): a missing field "has no X", a wrong type "X should
 * be text / a number …", an empty one "X is empty", a value outside a list
 * "X must be one of …", with the value found where that helps.
 */
export function zodIssueSentence(issue: z.core.$ZodIssue, path: readonly PropertyKey[], value: unknown): string {
  const { owner, field, whole } = recordPhrase(path);
  return capitalise(`${body(issue, path, value, owner, field, whole)}.`);
}

function body(
  issue: z.core.$ZodIssue,
  path: readonly PropertyKey[],
  value: unknown,
  owner: string,
  field: string | undefined,
  whole: string,
): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return field === undefined ? `${whole} is missing` : `${owner} has no ${field}`;
      return `${whole} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}`;
    case 'too_small':
      return tooSmall(issue, whole);
    case 'too_big':
      return tooBig(issue, whole);
    case 'invalid_value':
      return issue.values.length === 1
        ? `${whole} must be ${show(issue.values[0])}`
        : `${whole} must be one of ${orList(issue.values.map(show))}`;
    case 'invalid_format': {
      const name = path[path.length - 1];
      const known = FORMATS[issue.format] ?? (typeof name === 'string' ? FORMATS[name] : undefined);
      return `${whole} should be ${known ?? `in the form ${issue.format}`}${typeof value === 'string' && value.length <= 40 ? `, not “${value}”` : ''}`;
    }
    case 'unrecognized_keys':
      return `${whole} has ${issue.keys.length === 1 ? 'a field' : 'fields'} Quotemark does not know: ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_union':
      return value === undefined && field !== undefined
        ? `${owner} has no ${field}`
        : `${whole} is not in any form Quotemark reads`;
    default:
      return `${whole}: ${issue.message.replace(/[.!?]$/, '')}`;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, whole: string): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string')
    return min <= 1 ? `${whole} is empty` : `${whole} should be at least ${plural(min, 'character')} long`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${whole} should have at least ${plural(min, 'item')}`;
  if (min === 0 && issue.inclusive) return `${whole} should not be negative`;
  return `${whole} should be ${issue.inclusive ? 'at least' : 'more than'} ${min}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig, whole: string): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `${whole} is longer than the limit of ${plural(max, 'character')}`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return `${whole} has more than the limit of ${plural(max, 'item')}`;
  return `${whole} should be ${issue.inclusive ? 'at most' : 'less than'} ${max}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length <= 40 ? `“${value}”` : 'a long text';
  if (typeof value === 'number') return Number.isInteger(value) ? `${value}` : `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value === 'object' ? 'a group of fields' : typeof value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}

function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
