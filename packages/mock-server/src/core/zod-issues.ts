/**
 * Turns zod issues into problem field errors: a JSON Pointer and a stable code per issue, with messages that
 * name expectations only and never repeat the submitted value.
 */
import type { ZodError } from 'zod';
import { toPointer } from './json-pointer.js';
import type { FieldError } from './problem.js';

/** Map a zod error; `locate` tells where the top-level member travelled (for parameters). */
export function fieldErrorsFromZod(
  error: ZodError,
  input: unknown,
  locate: (path: readonly PropertyKey[]) => FieldError['in'],
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const where = locate(issue.path);
    const pointer = toPointer(issue.path);
    const raw = issue as unknown as Record<string, unknown>;
    switch (issue.code) {
      case 'invalid_type': {
        const missing = valueAt(input, issue.path) === undefined;
        out.push({
          in: where,
          pointer,
          code: missing ? 'REQUIRED' : 'TYPE',
          message: missing ? 'This member is required.' : `Expected ${String(raw['expected'])}.`,
        });
        break;
      }
      case 'too_small':
        out.push({ in: where, pointer, code: 'TOO_SMALL', message: `Must be at least ${String(raw['minimum'])} (${String(raw['origin'])}).` });
        break;
      case 'too_big':
        out.push({ in: where, pointer, code: 'TOO_BIG', message: `Must be at most ${String(raw['maximum'])} (${String(raw['origin'])}).` });
        break;
      case 'invalid_format':
        out.push({ in: where, pointer, code: 'FORMAT', message: `Does not match the required ${String(raw['format'])} format.` });
        break;
      case 'invalid_value':
        out.push({ in: where, pointer, code: 'NOT_ALLOWED', message: 'Not one of the allowed values.' });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ in: where, pointer: toPointer([...issue.path, key]), code: 'UNKNOWN_PROPERTY', message: 'This member is not allowed here.' });
        }
        break;
      case 'not_multiple_of':
        out.push({ in: where, pointer, code: 'NOT_MULTIPLE', message: `Must be a multiple of ${String(raw['divisor'])}.` });
        break;
      default:
        out.push({ in: where, pointer, code: 'INVALID', message: 'Invalid value.' });
    }
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || typeof key === 'symbol') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
