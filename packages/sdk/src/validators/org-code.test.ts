import { isOrgCode, orgCodeCheckCharacter, parseOrgCode, syntheticOrgCode } from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const warn = { mode: 'warn' } as const;
const codes = (input: unknown, options?: { mode: 'strict' | 'warn' }): string[] =>
  parseOrgCode(input, options).issues.map((i) => i.code);

/** GB 11714 character values, recomputed here: digits as themselves, A=10 … Z=35. */
const value = (c: string): number => parseInt(c, 36);
const BODY_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('DOMAIN.md §7.3 worked examples', () => {
  it('MA3X0001 → check 0 (Σ 495, 495 mod 11 = 0, r = 11 → 0)', () => {
    expect(orgCodeCheckCharacter('MA3X0001')).toBe('0');
    expect(parseOrgCode('MA3X00010')).toEqual({
      ok: true,
      issues: [],
      value: { code: 'MA3X00010', body: 'MA3X0001', checkCharacter: '0' },
    });
  });

  it('MJY00001 → check X (Σ 507, mod 11 = 1, r = 10 → X)', () => {
    expect(orgCodeCheckCharacter('MJY00001')).toBe('X');
    expect(isOrgCode('MJY00001X')).toBe(true);
  });

  it('uses A=10 … Z=35 (X = 33), not the USCC table (X = 29)', () => {
    expect([3, 7, 9, 10, 5, 8, 4, 2].reduce((s, w, k) => s + w * value('MA3X0001'.charAt(k)), 0)).toBe(495);
    expect([3, 7, 9, 10, 5, 8, 4, 2].reduce((s, w, k) => s + w * value('MJY00001'.charAt(k)), 0)).toBe(507);
  });
});

describe('structure and modes', () => {
  it('accepts the printed form with a hyphen and normalises it', () => {
    const r = parseOrgCode('MJY00001-X');
    expect(r.ok && r.value.code).toBe('MJY00001X');
  });

  it('rejects wrong types, lengths and characters in both modes', () => {
    expect(codes(123456789)).toEqual(['TYPE']);
    expect(codes('MA3X0001')).toEqual(['LENGTH']);
    expect(codes('MA3X00010-')).toEqual(['LENGTH']);
    expect(codes('MA3X-00010')).toEqual(['LENGTH']);
    expect(codes('ma3x00010')).toEqual(['CHARSET']);
    expect(codes('MA3X0001A', warn)).toEqual(['CHARSET']);
    expect(codes('MA3X0001x', warn)).toEqual(['CHARSET']);
  });

  it('strict rejects a wrong check character; warn accepts it with ORG_CODE_CHECK_DIGIT', () => {
    expect(codes('MA3X00011')).toEqual(['ORG_CODE_CHECK_DIGIT']);
    const r = parseOrgCode('MA3X00011', warn);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['ORG_CODE_CHECK_DIGIT', 'warning']]);
    expect(r.issues[0]?.message).not.toContain('MA3X');
  });
});

// ---------------------------------------------------------------------------------------------------------
// What GB 11714 can and cannot detect.
//
// Body characters take 36 values but the check works mod 11, so two characters whose values are congruent
// mod 11 (e.g. 1, C=12, N=23, Y=34) are indistinguishable at any body position: substituting one for the
// other, or swapping two such adjacent characters, leaves the check unchanged. The same arithmetic makes a
// swap of position 8 and the check character undetectable for exactly the pair {1, X}: X is worth 33 in the
// body and 10 as a check, and 2·(33−1) + (1−10) = 55 ≡ 0. These classes are proved below by exhaustion and
// are the only exclusions from the mutation properties. (Inside a USCC the MOD 31 check still catches them.)

/** Whether replacing a by b at body position i (0-based) is invisible to the check. */
const undetectableSubstitution = (i: number, a: string, b: string): boolean =>
  i < 8 && BODY_CHARS.includes(a) && BODY_CHARS.includes(b) && (value(a) - value(b)) % 11 === 0;
/** Whether swapping positions i and i+1 of a valid code is invisible to the check. */
const undetectableTransposition = (i: number, a: string, b: string): boolean =>
  i < 7 ? (value(a) - value(b)) % 11 === 0 : [a, b].sort().join('') === '1X';

describe('GB 11714 error detection, by exhaustion', () => {
  const zeros = '00000000';
  const put = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);

  it('detects a body substitution exactly when the two values differ mod 11', () => {
    for (let i = 0; i < 8; i++) {
      for (const a of BODY_CHARS) {
        for (const b of BODY_CHARS) {
          if (a === b) continue;
          const same = orgCodeCheckCharacter(put(zeros, i, a)) === orgCodeCheckCharacter(put(zeros, i, b));
          expect(same).toBe(undetectableSubstitution(i, a, b));
        }
      }
    }
    expect(isOrgCode('MA3X000C0')).toBe(true); // 1 → C at position 8 of MA3X00010 goes unnoticed
  });

  it('detects a body transposition exactly when the two values differ mod 11', () => {
    for (let i = 0; i < 7; i++) {
      for (const a of BODY_CHARS) {
        for (const b of BODY_CHARS) {
          if (a === b) continue;
          const ab = put(put(zeros, i, a), i + 1, b);
          const ba = put(put(zeros, i, b), i + 1, a);
          expect(orgCodeCheckCharacter(ab) === orgCodeCheckCharacter(ba)).toBe(undetectableTransposition(i, a, b));
        }
      }
    }
  });

  it('detects a swap of position 8 and the check character except for the pair {1, X}', () => {
    const missed = new Set<string>();
    // Position 7 has weight 4 and takes 36 values, reaching every residue mod 11.
    for (const c7 of BODY_CHARS) {
      for (const a of BODY_CHARS) {
        const body = `000000${c7}${a}`;
        const code = body + (orgCodeCheckCharacter(body) ?? '');
        const check = code.charAt(8);
        if (check === a) continue;
        const swapped = `000000${c7}${check}${a}`;
        if (isOrgCode(swapped)) missed.add(`${a}${check}`);
      }
    }
    expect([...missed].sort()).toEqual(['1X', 'X1']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const validOrgCodeArb = fc.integer().map((seed) => {
  let s = seed >>> 0;
  return syntheticOrgCode({}, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  });
});

describe('properties', () => {
  it('soundness: every generated organisation code is accepted', () => {
    fc.assert(
      fc.property(validOrgCodeArb, (code) => {
        expect(isOrgCode(code)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{8}$/), (body) => {
        expect(syntheticOrgCode({ body })).toBe(body + (orgCodeCheckCharacter(body) ?? ''));
        expect(isOrgCode(syntheticOrgCode({ body }))).toBe(true);
      }),
    );
  });

  it('any single-character change outside the undetectable class is rejected in strict mode', () => {
    fc.assert(
      fc.property(
        validOrgCodeArb,
        fc.integer({ min: 0, max: 8 }),
        fc.oneof(fc.constantFrom(...BODY_CHARS, 'x', 'a', '-'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
        (code, i, c) => {
          const a = code.charAt(i);
          fc.pre(a !== c && !undetectableSubstitution(i, a, c));
          expect(isOrgCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
        },
      ),
    );
  });

  it('any adjacent transposition outside the undetectable class is rejected in strict mode', () => {
    fc.assert(
      fc.property(validOrgCodeArb, fc.integer({ min: 0, max: 7 }), (code, i) => {
        const a = code.charAt(i);
        const b = code.charAt(i + 1);
        fc.pre(a !== b && !undetectableTransposition(i, a, b));
        expect(isOrgCode(code.slice(0, i) + b + a + code.slice(i + 2))).toBe(false);
      }),
    );
  });

  it('totality: arbitrary input never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', minLength: 9, maxLength: 10 })), (input) => {
        expect(typeof isOrgCode(input)).toBe('boolean');
        expect(typeof isOrgCode(input, warn)).toBe('boolean');
      }),
    );
  });
});
