/**
 * Domain identifier checks (check digits, real birth dates, region structure) for the fields an operation marks
 * with `x-identifier`, using the SDK's validators. Birth dates are judged against the mock's clock.
 */
import { parseCitizenId, parseOrgCode, parseRegionCode, parseUscc } from '@zhongyuan/sdk/validators';
import type { FieldError } from './problem.js';

type Result = { readonly ok: boolean; readonly issues: readonly { readonly code: string; readonly message: string }[] };

/** Check one identifier value of `kind`; returns the field errors (empty when valid or the kind is unknown). */
export function checkIdentifier(
  kind: string,
  value: unknown,
  location: FieldError['in'],
  pointer: string,
  today: Date,
): FieldError[] {
  let result: Result;
  switch (kind) {
    case 'citizen-id':
      result = parseCitizenId(value, { today });
      break;
    case 'uscc':
      result = parseUscc(value);
      break;
    case 'org-code':
      result = parseOrgCode(value);
      break;
    case 'region-code':
      result = parseRegionCode(value);
      break;
    default:
      return [];
  }
  if (result.ok) return [];
  return result.issues.map((issue) => ({ in: location, pointer, code: issue.code, message: issue.message }));
}
