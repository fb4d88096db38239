/**
 * Dispatch by the spec's `x-identifier` kind, so the runtime and the mock can check any annotated field.
 */
import { isCitizenId } from './citizen-id.js';
import { isOrgCode } from './org-code.js';
import { isRegionCode } from './region-code.js';
import type { ValidationMode } from './result.js';
import { isUscc } from './uscc.js';

/** The `x-identifier` kinds the validators understand. */
export const IDENTIFIER_KINDS = ['citizen-id', 'uscc', 'org-code', 'region-code'] as const;

/** One of {@link IDENTIFIER_KINDS}. */
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * Whether `value` is a valid identifier of the spec's `x-identifier` kind. A kind this module does not know
 * (e.g. a certificate number, checked by its pattern alone) is accepted: the schema's pattern already applies.
 *
 * @param mode `strict` (default) refuses a wrong check digit; `warn` accepts legacy codes that fail it.
 * @example
 * isValidIdentifier('citizen-id', '11010519491231002X'); // true
 * isValidIdentifier('uscc', '91410100MA3X000108');        // false (check character)
 */
export function isValidIdentifier(kind: string, value: unknown, mode: ValidationMode = 'strict'): boolean {
  switch (kind) {
    case 'citizen-id':
      return isCitizenId(value, { mode });
    case 'uscc':
      return isUscc(value, { mode });
    case 'org-code':
      return isOrgCode(value, { mode });
    case 'region-code':
      return isRegionCode(value, { mode });
    default:
      return true;
  }
}
