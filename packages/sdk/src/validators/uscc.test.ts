import {
  cities,
  isUscc,
  parseUscc,
  syntheticUscc,
  USCC_CHARSET,
  usccAuthorities,
  usccCheckCharacter,
} from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const warn = { mode: 'warn' } as const;
const codes = (input: unknown, options?: { mode: 'strict' | 'warn' }): string[] =>
  parseUscc(input, options).issues.map((i) => i.code);

/** Weights recomputed from their definition `3^(i−1) mod 31` (W_18 = 3^17 mod 31 is not used: W_18 = 1). */
const WEIGHTS = Array.from({ length: 17 }, (_, k) => 3 ** k % 31);
/** The full-code test of GB 32100: Σ value(c_i) × W_i ≡ 0 (mod 31) with W_18 = 1. */
const fullCodeTest = (code: string): boolean =>
  [...code].reduce((sum, c, k) => sum + USCC_CHARSET.indexOf(c) * (k < 17 ? (WEIGHTS[k] ?? 0) : 1), 0) % 31 === 0;

describe('DOMAIN.md §7.1 worked examples', () => {
  it('the weights are 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28', () => {
    expect(WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it('91410100MA3X000109 is valid: enterprise registered in 郑州, org code MA3X00010', () => {
    expect(usccCheckCharacter('91410100MA3X00010')).toBe('9');
    expect(fullCodeTest('91410100MA3X000109')).toBe(true);
    const r = parseUscc('91410100MA3X000109');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([]);
    expect(r.value).toMatchObject({
      code: '91410100MA3X000109',
      registrationAuthority: { code: '9', nameZh: '工商（市场监管）' },
      category: { code: '1', nameZh: '企业', nameEn: 'Enterprise' },
      regionCode: '410100',
      orgCode: 'MA3X00010',
      checkCharacter: '9',
    });
    expect(r.value.city?.nameZh).toBe('郑州市');
  });

  it('52419001MJY00001XR is valid: 民办非企业单位 registered in 济源, org code MJY00001X', () => {
    expect(usccCheckCharacter('52419001MJY00001X')).toBe('R');
    expect(fullCodeTest('52419001MJY00001XR')).toBe(true);
    const r = parseUscc('52419001MJY00001XR');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.registrationAuthority).toEqual({ code: '5', nameZh: '民政', nameEn: 'Civil affairs' });
    expect(r.value.category).toEqual({ code: '2', nameZh: '民办非企业单位', nameEn: 'Private non-enterprise unit' });
    expect(r.value.regionCode).toBe('419001');
    expect(r.value.orgCode).toBe('MJY00001X');
    expect(r.value.city?.nameEn).toBe('Jiyuan');
  });
});

describe('structure', () => {
  it('rejects non-strings with TYPE and wrong lengths with LENGTH', () => {
    expect(codes(91410100)).toEqual(['TYPE']);
    expect(codes(null)).toEqual(['TYPE']);
    expect(codes('91410100MA3X00010')).toEqual(['LENGTH']);
    expect(codes('91410100MA3X0001099')).toEqual(['LENGTH']);
  });

  it('rejects I, O, S, V, Z, lower case and non-digits at positions 3–8 with CHARSET, in both modes', () => {
    for (const bad of ['91410100MI3X000109', '91410100MO3X000109', '91410100MS3X000109', '91410100MV3X000109', '91410100MZ3X000109', '91410100ma3x000109', '914101A0MA3X000109', '9141010０MA3X000109']) {
      expect(codes(bad)).toEqual(['CHARSET']);
      expect(codes(bad, warn)).toEqual(['CHARSET']);
    }
    expect(parseUscc('91410100ma3x000109').issues[0]?.message).toContain('upper case');
  });

  it('accepts unknown authority and category codes, without names', () => {
    const first17 = 'B7410100MA3X00010';
    const r = parseUscc(first17 + (usccCheckCharacter(first17) ?? ''));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.registrationAuthority).toEqual({ code: 'B' });
    expect(r.value.category).toEqual({ code: '7' });
  });

  it('does not look up the region code (central registrations use 100000)', () => {
    const first17 = '11100000MA3X00010';
    const r = parseUscc(first17 + (usccCheckCharacter(first17) ?? ''));
    expect(r.ok && r.value.regionCode).toBe('100000');
    expect(r.ok && r.value.city).toBeUndefined();
  });

  it('knows every authority and category of DOMAIN.md §5.5', () => {
    const table = Object.fromEntries(Object.entries(usccAuthorities).map(([k, v]) => [k, Object.keys(v.categories).join('')]));
    expect(table).toEqual({ '1': '1239', '2': '19', '3': '123459', '4': '19', '5': '1239', '6': '129', '7': '129', '8': '19', '9': '123', A: '19', N: '1239', Y: '1' });
  });
});

describe('check characters and modes', () => {
  it('strict: a wrong MOD 31 check character is CHECK_DIGIT', () => {
    expect(codes('91410100MA3X000108')).toEqual(['CHECK_DIGIT']);
  });

  it('strict: a failed embedded organisation-code check is ORG_CODE_CHECK_DIGIT even when MOD 31 holds', () => {
    const first17 = '91410100MA3X00011'; // org code MA3X0001 should end in 0
    const code = first17 + (usccCheckCharacter(first17) ?? '');
    expect(codes(code)).toEqual(['ORG_CODE_CHECK_DIGIT']);
    // position 17 can never be an org-code check character when it is a letter other than X
    const letter = '91410100MA3X0001A';
    expect(codes(letter + (usccCheckCharacter(letter) ?? ''))).toEqual(['ORG_CODE_CHECK_DIGIT']);
  });

  it('warn: accepts both failures, reporting them as warnings', () => {
    const r = parseUscc('91410100MA3X000108', warn);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['CHECK_DIGIT', 'warning']]);
    const both = parseUscc('91410100MA3X000118', warn);
    expect(both.ok).toBe(true);
    expect(both.issues.map((i) => i.code).sort()).toEqual(['CHECK_DIGIT', 'ORG_CODE_CHECK_DIGIT']);
  });

  it('messages never contain the input', () => {
    for (const input of ['91410100MA3X000108', '91410100MA3X000118', '91410100ma3x000109']) {
      for (const issue of parseUscc(input, warn).issues) {
        expect(issue.message).not.toContain('MA3X');
        expect(issue.messageZh ?? '').not.toContain('MA3X');
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const validUsccArb = fc
  .record({
    authority: fc.constantFrom(...USCC_CHARSET),
    category: fc.constantFrom(...USCC_CHARSET),
    region: fc.oneof(fc.stringMatching(/^[0-9]{6}$/), fc.constantFrom(...cities.map((c) => c.code))),
    seed: fc.integer(),
  })
  .map(({ seed, ...o }) => syntheticUscc(o, seededFromFc(seed)));

/** A tiny deterministic source derived from a fast-check integer, so shrinking stays meaningful. */
function seededFromFc(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const substituteArb = fc.oneof(
  fc.constantFrom(...USCC_CHARSET),
  fc.constantFrom(...'IOSVZabcxyz -'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

describe('properties', () => {
  it('soundness: every generated USCC is accepted with no issue and satisfies the full-code test', () => {
    fc.assert(
      fc.property(validUsccArb, (code) => {
        expect(fullCodeTest(code)).toBe(true);
        expect(parseUscc(code)).toMatchObject({ ok: true, issues: [] });
      }),
    );
  });

  it('any single-character change is rejected in strict mode', () => {
    fc.assert(
      fc.property(validUsccArb, fc.integer({ min: 0, max: 17 }), substituteArb, (code, i, c) => {
        fc.pre(code.charAt(i) !== c);
        expect(isUscc(code.slice(0, i) + c + code.slice(i + 1))).toBe(false);
      }),
    );
  });

  it('any transposition of two adjacent, different characters is rejected in strict mode', () => {
    fc.assert(
      fc.property(validUsccArb, fc.integer({ min: 0, max: 16 }), (code, i) => {
        const a = code.charAt(i);
        const b = code.charAt(i + 1);
        fc.pre(a !== b);
        expect(isUscc(code.slice(0, i) + b + a + code.slice(i + 2))).toBe(false);
      }),
    );
  });

  it('warn mode accepts any wrong check character with exactly a CHECK_DIGIT warning', () => {
    fc.assert(
      fc.property(validUsccArb, fc.constantFrom(...USCC_CHARSET), (code, c) => {
        fc.pre(code.charAt(17) !== c);
        const r = parseUscc(code.slice(0, 17) + c, warn);
        expect(r.ok).toBe(true);
        expect(r.issues.map((i) => i.code)).toEqual(['CHECK_DIGIT']);
      }),
    );
  });

  it('warn mode still rejects a structural fault', () => {
    fc.assert(
      fc.property(validUsccArb, fc.integer({ min: 2, max: 7 }), fc.constantFrom(...'ABHXY'), (code, i, c) => {
        expect(parseUscc(code.slice(0, i) + c + code.slice(i + 1), warn).ok).toBe(false);
      }),
    );
  });

  it('issue messages never echo the input: no run of six characters of the code in any message', () => {
    fc.assert(
      fc.property(validUsccArb, fc.integer({ min: 0, max: 17 }), substituteArb, (code, i, c) => {
        const mutated = code.slice(0, i) + c + code.slice(i + 1);
        for (const issue of parseUscc(mutated, warn).issues) {
          for (let k = 0; k + 6 <= mutated.length; k++) {
            expect(issue.message).not.toContain(mutated.slice(k, k + 6));
            expect(issue.messageZh ?? '').not.toContain(mutated.slice(k, k + 6));
          }
        }
      }),
    );
  });

  it('totality: arbitrary input never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', minLength: 18, maxLength: 18 })), (input) => {
        expect(typeof isUscc(input)).toBe('boolean');
        expect(typeof isUscc(input, warn)).toBe('boolean');
      }),
    );
    expect(isUscc('9'.repeat(10_000_000))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Proof that MOD 31 detects every single substitution and every adjacent transposition.
//
// The check character is a bijection of S mod 31 and S is linear in each character's value, so detection of
// a change at position i from a to b depends only on (i, a, b): checking it on one background proves it for
// every code. 31 is prime and every weight is non-zero, so it holds; the loops below verify it rather than
// assume it, over every pair of characters each position admits (digits only at positions 3–8). A swap of
// positions 17 and 18 depends on the character at 17 and S mod 31 of positions 1–16, all enumerated.

describe('MOD 31 error detection, by exhaustion', () => {
  const zeros = '0'.repeat(17);
  const put = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);
  const allowed = (i: number): string => (i >= 2 && i <= 7 ? '0123456789' : USCC_CHARSET);

  it('detects every substitution at positions 1–17', () => {
    for (let i = 0; i < 17; i++) {
      for (const a of allowed(i)) {
        for (const b of allowed(i)) {
          if (a !== b) expect(usccCheckCharacter(put(zeros, i, a))).not.toBe(usccCheckCharacter(put(zeros, i, b)));
        }
      }
    }
  });

  it('detects every transposition of two different adjacent characters within positions 1–17', () => {
    for (let i = 0; i < 16; i++) {
      const both = [...allowed(i)].filter((c) => allowed(i + 1).includes(c));
      for (const a of both) {
        for (const b of both) {
          if (a === b) continue;
          const ab = put(put(zeros, i, a), i + 1, b);
          const ba = put(put(zeros, i, b), i + 1, a);
          expect(usccCheckCharacter(ab)).not.toBe(usccCheckCharacter(ba));
        }
      }
    }
  });

  it('detects every transposition of positions 17 and 18', () => {
    // Position 16 has weight 30, invertible mod 31, so its 31 characters reach every residue of S mod 31.
    for (const c16 of USCC_CHARSET) {
      const background = `${'0'.repeat(15)}${c16}`;
      for (const a of USCC_CHARSET) {
        const check = usccCheckCharacter(background + a) ?? '';
        if (check === a) continue; // swapping equal characters changes nothing
        expect(usccCheckCharacter(background + check)).not.toBe(a);
      }
    }
  });
});
