import {
  parseCitizenId,
  parseUscc,
  type CitizenId,
  type ValidationIssue,
  type ValidationIssueCode,
  type ValidationResult,
} from '@zhongyuan/sdk/validators';
import { describe, expectTypeOf, it } from 'vitest';

describe('ValidationResult', () => {
  it('exposes the value only after narrowing on ok', () => {
    const r = parseCitizenId('410105198001011239');
    expectTypeOf(r).toEqualTypeOf<ValidationResult<CitizenId>>();
    // @ts-expect-error value is not available before narrowing
    void r.value;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<CitizenId>();
    expectTypeOf(r.issues).toEqualTypeOf<readonly ValidationIssue[]>();
  });

  it('lets a switch over issue codes be exhaustive', () => {
    const describeCode = (code: ValidationIssueCode): string => {
      switch (code) {
        case 'TYPE':
        case 'LENGTH':
        case 'CHARSET':
        case 'REGION_PROVINCE_UNKNOWN':
        case 'REGION_STRUCTURE':
          return 'structure';
        case 'CHECK_DIGIT':
        case 'LOWERCASE_CHECK_CHARACTER':
        case 'ORG_CODE_CHECK_DIGIT':
          return 'check';
        case 'BIRTH_DATE_INVALID':
        case 'BIRTH_DATE_IN_FUTURE':
        case 'BIRTH_DATE_TOO_EARLY':
          return 'date';
        case 'INVALID_OPTION':
          return 'option';
        default: {
          const unreachable: never = code;
          return unreachable;
        }
      }
    };
    expectTypeOf(describeCode).returns.toEqualTypeOf<string>();
  });

  it('rejects unknown modes at compile time', () => {
    // @ts-expect-error 'lenient' is not a mode
    parseUscc('91410100MA3X000109', { mode: 'lenient' });
  });
});
