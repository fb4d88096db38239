import { describe, expect, it } from 'vitest';
import { isValidIdentifier } from '@zhongyuan/sdk/validators';

describe('isValidIdentifier', () => {
  it('checks each known kind with its own algorithm', () => {
    expect(isValidIdentifier('citizen-id', '11010519491231002X')).toBe(true);
    expect(isValidIdentifier('citizen-id', '110105194912310021')).toBe(false);
    expect(isValidIdentifier('uscc', '91410100MA3X000109')).toBe(true);
    expect(isValidIdentifier('uscc', '91410100MA3X000108')).toBe(false);
    expect(isValidIdentifier('org-code', 'MA3X00010')).toBe(true);
    expect(isValidIdentifier('region-code', '419001')).toBe(true);
    expect(isValidIdentifier('region-code', '999999')).toBe(false);
  });

  it('accepts a wrong check digit only in warn mode', () => {
    expect(isValidIdentifier('citizen-id', '110105194912310021', 'warn')).toBe(true);
    expect(isValidIdentifier('citizen-id', '130402199002294562', 'warn')).toBe(false);
  });

  it('leaves kinds it does not know to the schema pattern', () => {
    expect(isValidIdentifier('certificate-number', 'anything')).toBe(true);
  });
});
