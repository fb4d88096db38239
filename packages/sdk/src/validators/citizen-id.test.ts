import {
  citizenIdCheckCharacter,
  cities,
  isCitizenId,
  parseCitizenId,
  syntheticCitizenId,
  upgradeCitizenId,
  type CitizenIdOptions,
} from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** A fixed "today" so that the tests do not depend on the clock. */
const TODAY = new Date('2025-06-30T12:00:00+08:00');
const strict: CitizenIdOptions = { today: TODAY };
const warn: CitizenIdOptions = { mode: 'warn', today: TODAY };

function codes(input: unknown, options: CitizenIdOptions = strict): string[] {
  return parseCitizenId(input, options).issues.map((i) => i.code);
}

/** Weights recomputed from their definition `2^(18−i) mod 11`, independently of the implementation. */
const WEIGHTS = Array.from({ length: 18 }, (_, k) => 2 ** (17 - k) % 11);
const charValue = (c: string): number => (c === 'X' ? 10 : Number(c));
/** The full-number test of ISO 7064 MOD 11-2: Σ a_i × W_i ≡ 1 (mod 11), with W_18 = 1. */
const fullNumberTest = (id: string): boolean =>
  [...id].reduce((sum, c, k) => sum + charValue(c) * (WEIGHTS[k] ?? 0), 0) % 11 === 1;

describe('DOMAIN.md §7.2 worked examples', () => {
  it.each([
    ['11010519491231002X', '11010519491231002', 'X'],
    ['440524188001010014', '44052418800101001', '4'],
    ['410105198001011239', '41010519800101123', '9'],
    ['41090219751231002X', '41090219751231002', 'X'],
    ['341602200001010018', '34160220000101001', '8'],
    ['130402199202294567', '13040219920229456', '7'],
    ['130402199002294562', '13040219900229456', '2'],
  ])('%s has check character %s', (id, first17, check) => {
    expect(citizenIdCheckCharacter(first17)).toBe(check);
    expect(fullNumberTest(id)).toBe(true);
  });

  it('accepts 11010519491231002X (the standard example: Beijing, female, 1949-12-31)', () => {
    const r = parseCitizenId('11010519491231002X', strict);
    expect(r).toEqual({
      ok: true,
      issues: [],
      value: {
        number: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        sequence: '002',
        sex: 'female',
        checkCharacter: 'X',
      },
    });
  });

  it('accepts 410105198001011239 (郑州金水区, male) and names the city', () => {
    const r = parseCitizenId('410105198001011239', strict);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ regionCode: '410105', birthDate: '1980-01-01', sequence: '123', sex: 'male' });
    expect(r.value.city?.nameZh).toBe('郑州市');
  });

  it('accepts 41090219751231002X (濮阳, female)', () => {
    const r = parseCitizenId('41090219751231002X', strict);
    expect(r.ok && r.value.sex).toBe('female');
    expect(r.ok && r.value.city?.nameEn).toBe('Puyang');
  });

  it('accepts 341602200001010018 (亳州, born 2000-01-01)', () => {
    const r = parseCitizenId('341602200001010018', strict);
    expect(r.ok && r.value.birthDate).toBe('2000-01-01');
    expect(r.ok && r.value.city?.nameZh).toBe('亳州市');
  });

  it('accepts the leap day 1992-02-29 in 130402199202294567 (邯郸)', () => {
    const r = parseCitizenId('130402199202294567', strict);
    expect(r.ok && r.value.birthDate).toBe('1992-02-29');
    expect(r.ok && r.value.city?.nameZh).toBe('邯郸市');
  });

  it('rejects 130402199002294562 for its impossible date (1990-02-29) although its checksum is right', () => {
    expect(codes('130402199002294562')).toEqual(['BIRTH_DATE_INVALID']);
    expect(parseCitizenId('130402199002294562', warn).ok).toBe(false);
  });

  it('accepts 440524188001010014, the standard\'s second example (born 1880)', () => {
    const r = parseCitizenId('440524188001010014', strict);
    expect(r.ok && r.value.birthDate).toBe('1880-01-01');
    expect(r.ok && r.value.sex).toBe('male');
  });

  it('rejects a birth date before 1800-01-01 in both modes', () => {
    const id = `4405241799123100${'1'}`;
    const full = `${id}${citizenIdCheckCharacter(id)}`;
    expect(codes(full)).toEqual(['BIRTH_DATE_TOO_EARLY']);
    expect(codes(full, warn)).toEqual(['BIRTH_DATE_TOO_EARLY']);
  });
});

describe('structure', () => {
  it('rejects non-strings with TYPE', () => {
    for (const input of [undefined, null, 410105198001, 41010519800101123n, {}, ['410105198001011239']]) {
      expect(codes(input)).toEqual(['TYPE']);
    }
  });

  it('rejects wrong lengths with LENGTH, hinting at upgradeCitizenId for 15 digits', () => {
    expect(codes('41010519800101123')).toEqual(['LENGTH']);
    expect(codes('4101051980010112390')).toEqual(['LENGTH']);
    expect(codes('')).toEqual(['LENGTH']);
    const r = parseCitizenId('410105800101123', strict);
    expect(r.issues[0]?.message).toContain('upgradeCitizenId');
  });

  it('rejects letters or symbols among the first 17 positions, and X anywhere but last, with CHARSET', () => {
    expect(codes('41010519800101123X'.replace('4', 'A'))).toEqual(['CHARSET']);
    expect(codes('4101051980010112X9')).toEqual(['CHARSET']);
    expect(codes(' 10105198001011239')).toEqual(['CHARSET']);
    expect(codes('410105198001011２39')).toEqual(['CHARSET']); // full-width digit
    expect(codes('41010519800101123Y')).toEqual(['CHARSET']);
  });

  it('rejects month 00, month 13, day 00, day 32, day 31 in a 30-day month and 1900-02-29 (not a leap year)', () => {
    for (const date of ['19800015', '19801301', '19800100', '19800132', '19800431', '19000229']) {
      const first17 = `410105${date}123`;
      const id = first17 + (citizenIdCheckCharacter(first17) ?? '');
      expect(codes(id)).toEqual(['BIRTH_DATE_INVALID']);
    }
  });

  it('accepts 2000-02-29 (divisible by 400) and 1900-01-01 (the floor)', () => {
    expect(isCitizenId(syntheticCitizenId({ region: '410105', birthDate: '2000-02-29', sequence: 1 }), strict)).toBe(true);
    expect(isCitizenId(syntheticCitizenId({ region: '410105', birthDate: '1900-01-01', sequence: 1 }), strict)).toBe(true);
  });

  it('rejects a birth date after today (China time) in both modes, and accepts today itself', () => {
    const first17 = '41010520250701123';
    const tomorrow = first17 + (citizenIdCheckCharacter(first17) ?? '');
    expect(codes(tomorrow)).toEqual(['BIRTH_DATE_IN_FUTURE']);
    expect(codes(tomorrow, warn)).toEqual(['BIRTH_DATE_IN_FUTURE']);
    const todayFirst17 = '41010520250630123';
    const today = todayFirst17 + (citizenIdCheckCharacter(todayFirst17) ?? '');
    expect(isCitizenId(today, strict)).toBe(true);
    // 2025-06-30T20:00Z is already 2025-07-01 in China.
    expect(isCitizenId(tomorrow, { today: new Date('2025-06-30T20:00:00Z') })).toBe(true);
  });

  it('keeps historic address codes: never rejects an ID because its region code is not current', () => {
    // 3422xx was 宿县地区 before 宿州市 (3413) was created; 000000 and 999999 are not codes at all.
    for (const region of ['342201', '000000', '999999']) {
      const id = syntheticCitizenId({ region, birthDate: '1970-05-05', sequence: 42 });
      const r = parseCitizenId(id, strict);
      expect(r.ok).toBe(true);
      expect(r.ok && r.value.city).toBeUndefined();
    }
  });

  it('derives sex from the parity of position 17', () => {
    const male = parseCitizenId(syntheticCitizenId({ region: '410105', birthDate: '1980-01-01', sequence: 7 }), strict);
    const female = parseCitizenId(syntheticCitizenId({ region: '410105', birthDate: '1980-01-01', sequence: 8 }), strict);
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });

  it('reports an invalid `today` or `mode` as INVALID_OPTION instead of throwing', () => {
    expect(codes('410105198001011239', { today: new Date(Number.NaN) })).toEqual(['INVALID_OPTION']);
    expect(codes('410105198001011239', { mode: 'lenient' as never })).toEqual(['INVALID_OPTION']);
  });
});

describe('check character and modes', () => {
  it('strict: rejects a wrong check character with CHECK_DIGIT', () => {
    expect(codes('410105198001011238')).toEqual(['CHECK_DIGIT']);
  });

  it('warn: accepts a wrong check character with one CHECK_DIGIT warning', () => {
    const r = parseCitizenId('410105198001011238', warn);
    expect(r.ok).toBe(true);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'CHECK_DIGIT', severity: 'warning' });
  });

  it('lowercase x: rejected in strict, accepted with a warning in warn and normalised to X', () => {
    expect(codes('11010519491231002x')).toEqual(['LOWERCASE_CHECK_CHARACTER']);
    const r = parseCitizenId('11010519491231002x', warn);
    expect(r.ok && r.value.number).toBe('11010519491231002X');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['LOWERCASE_CHECK_CHARACTER', 'warning']]);
  });

  it('lowercase x that is also the wrong check character reports both', () => {
    expect(codes('41010519800101123x', warn)).toEqual(['CHECK_DIGIT', 'LOWERCASE_CHECK_CHARACTER']);
  });

  it('warn mode still rejects structural faults, reporting a tolerable fault alongside as a warning', () => {
    expect(parseCitizenId('41010519800101123', warn).ok).toBe(false);
    expect(parseCitizenId('4101051980010112A9', warn).ok).toBe(false);
    // impossible date and a wrong check character
    const r = parseCitizenId('130402199002294563', warn);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['BIRTH_DATE_INVALID', 'error'],
      ['CHECK_DIGIT', 'warning'],
    ]);
  });

  it('messages never contain the input, in English or Chinese', () => {
    const inputs = ['410105198001011238', '11010519491231002x', '130402199002294562', '41010520990101123X', '4101051980010112'];
    for (const input of inputs) {
      for (const options of [strict, warn]) {
        for (const issue of parseCitizenId(input, options).issues) {
          expect(issue.message).not.toContain(input.slice(0, 6));
          expect(issue.messageZh ?? '').not.toContain(input.slice(0, 6));
          expect(issue.message).not.toContain(input.slice(6, 14));
        }
      }
    }
  });
});

describe('upgradeCitizenId (15 → 18 digits)', () => {
  it('inserts 19 and computes the check character', () => {
    const r = upgradeCitizenId('410105800101123', strict);
    expect(r.ok && r.value.number).toBe('410105198001011239');
  });

  it('rejects wrong lengths, non-digits and impossible dates', () => {
    expect(upgradeCitizenId('410105198001011239').issues.map((i) => i.code)).toEqual(['LENGTH']);
    expect(upgradeCitizenId('41010580010112X').issues.map((i) => i.code)).toEqual(['CHARSET']);
    expect(upgradeCitizenId('130402900229456').issues.map((i) => i.code)).toEqual(['BIRTH_DATE_INVALID']);
    expect(upgradeCitizenId(12345).issues.map((i) => i.code)).toEqual(['TYPE']);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const regionArb = fc.oneof(
  fc.stringMatching(/^[0-9]{6}$/),
  fc.tuple(fc.constantFrom(...cities), fc.integer({ min: 1, max: 99 })).map(([c, n]) =>
    c.code.endsWith('00') ? c.code.slice(0, 4) + String(n).padStart(2, '0') : c.code,
  ),
);
const dateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-06-29T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validIdArb = fc
  .record({ region: regionArb, birthDate: dateArb, sequence: fc.integer({ min: 0, max: 999 }) })
  .map((o) => syntheticCitizenId(o));

/** Every character a mutation may put in: all that the format allows, the lowercase x, and a few others. */
const substituteArb = fc.oneof(
  fc.constantFrom(...'0123456789Xx'),
  fc.constantFrom('A', ' ', '-', '０', '٣', '\u0000', '😀'),
  fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
);

describe('properties', () => {
  it('soundness: every ID built from a region, a date and a sequence is accepted, and parses back', () => {
    fc.assert(
      fc.property(fc.record({ region: regionArb, birthDate: dateArb, sequence: fc.integer({ min: 0, max: 999 }) }), (o) => {
        const id = syntheticCitizenId(o);
        expect(fullNumberTest(id)).toBe(true);
        const r = parseCitizenId(id, strict);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.regionCode).toBe(o.region);
        expect(r.value.birthDate).toBe(o.birthDate);
        expect(Number(r.value.sequence)).toBe(o.sequence);
        expect(r.value.sex).toBe(o.sequence % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('the check character agrees with the full-number test for any 17 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{17}$/), (first17) => {
        expect(fullNumberTest(first17 + (citizenIdCheckCharacter(first17) ?? '?'))).toBe(true);
      }),
    );
  });

  it('any single-character change of a valid ID is rejected in strict mode', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), substituteArb, (id, i, c) => {
        fc.pre(id.charAt(i) !== c);
        expect(isCitizenId(id.slice(0, i) + c + id.slice(i + 1), strict)).toBe(false);
      }),
    );
  });

  it('any transposition of two adjacent, different characters of a valid ID is rejected in strict mode', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 16 }), (id, i) => {
        const a = id.charAt(i);
        const b = id.charAt(i + 1);
        fc.pre(a !== b); // swapping equal characters changes nothing
        expect(isCitizenId(id.slice(0, i) + b + a + id.slice(i + 2), strict)).toBe(false);
      }),
    );
  });

  it('warn mode accepts any wrong check character with a CHECK_DIGIT warning', () => {
    fc.assert(
      fc.property(validIdArb, fc.constantFrom(...'0123456789X'), (id, c) => {
        fc.pre(id.charAt(17) !== c);
        const r = parseCitizenId(id.slice(0, 17) + c, warn);
        expect(r.ok).toBe(true);
        expect(r.issues.map((i) => i.code)).toEqual(['CHECK_DIGIT']);
      }),
    );
  });

  it('warn mode rejects every structural fault: a non-digit among the first 17, or a wrong length', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 16 }), fc.constantFrom('X', 'x', 'A', ' ', '-', '０'), (id, i, c) => {
        expect(codes(id.slice(0, i) + c + id.slice(i + 1), warn)).toEqual(['CHARSET']);
      }),
    );
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), (id, i) => {
        expect(codes(id.slice(0, i) + id.slice(i + 1), warn)).toEqual(['LENGTH']);
        expect(codes(id.slice(0, i) + '0' + id.slice(i), warn)).toEqual(['LENGTH']);
      }),
    );
  });

  it('issue messages never echo the input: no run of six digits in any message', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), substituteArb, (id, i, c) => {
        const mutated = id.slice(0, i) + c + id.slice(i + 1);
        for (const options of [strict, warn]) {
          for (const issue of parseCitizenId(mutated, options).issues) {
            expect(issue.message).not.toMatch(/[0-9]{6}/);
            expect(issue.messageZh ?? '').not.toMatch(/[0-9]{6}/);
          }
        }
      }),
    );
  });

  it('totality: arbitrary input never throws, in either mode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', minLength: 18, maxLength: 18 })), (input) => {
        for (const options of [strict, warn, undefined]) {
          const r = parseCitizenId(input, options);
          expect(typeof r.ok).toBe('boolean');
          expect(r.ok || r.issues.some((i) => i.severity === 'error')).toBe(true);
          expect(typeof isCitizenId(input, options)).toBe('boolean');
          expect(typeof upgradeCitizenId(input, options).ok).toBe('boolean');
        }
      }),
    );
    expect(isCitizenId('4'.repeat(10_000_000))).toBe(false);
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(parseCitizenId('410105198001011239', hostile as CitizenIdOptions).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Proof that MOD 11-2 detects every single substitution and every adjacent transposition.
//
// S mod 11 changes linearly with each digit, and the check character is a bijection of S mod 11
// ('10X98765432' has 11 distinct characters). So whether changing position i from a to b changes the check
// character depends only on (i, a, b), not on the other digits: checking it on one background (all zeros)
// proves it for every ID. The same holds for swapping positions i and i+1 (1 ≤ i ≤ 16). A swap of positions
// 17 and 18 depends on a (position 17) and S mod 11 of positions 1–16 only, so all 10 × 11 cases are
// enumerated. Any change of position 18 alone changes the check character itself (x for X is the separate
// LOWERCASE_CHECK_CHARACTER issue), and non-digits fail the character set.

describe('MOD 11-2 error detection, by exhaustion', () => {
  const zeros = '0'.repeat(17);
  const put = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);

  it('detects every substitution of one digit by another at positions 1–17', () => {
    for (let i = 0; i < 17; i++) {
      for (let a = 0; a <= 9; a++) {
        for (let b = 0; b <= 9; b++) {
          if (a === b) continue;
          expect(citizenIdCheckCharacter(put(zeros, i, String(a)))).not.toBe(citizenIdCheckCharacter(put(zeros, i, String(b))));
        }
      }
    }
  });

  it('detects every transposition of two different adjacent digits within positions 1–17', () => {
    for (let i = 0; i < 16; i++) {
      for (let a = 0; a <= 9; a++) {
        for (let b = 0; b <= 9; b++) {
          if (a === b) continue;
          const ab = put(put(zeros, i, String(a)), i + 1, String(b));
          const ba = put(put(zeros, i, String(b)), i + 1, String(a));
          expect(citizenIdCheckCharacter(ab)).not.toBe(citizenIdCheckCharacter(ba));
        }
      }
    }
  });

  it('detects every transposition of positions 17 and 18', () => {
    // Valid backgrounds for positions 1–16 (a real region and date, then two sequence digits) reaching every
    // residue of S mod 11: positions 15 and 16 have weights 8 and 4.
    const backgrounds = new Map<number, string>();
    for (let d15 = 0; d15 <= 9; d15++) {
      for (let d16 = 0; d16 <= 9; d16++) {
        backgrounds.set((d15 * 8 + d16 * 4) % 11, `41010519800101${d15}${d16}`);
      }
    }
    expect(backgrounds.size).toBe(11);
    for (const background of backgrounds.values()) {
      for (let a = 0; a <= 9; a++) {
        const id = `${background}${a}${citizenIdCheckCharacter(`${background}${a}`) ?? ''}`;
        expect(isCitizenId(id, strict)).toBe(true);
        if (id.charAt(17) === String(a)) continue; // swapping equal characters changes nothing
        expect(isCitizenId(`${background}${id.charAt(17)}${a}`, strict)).toBe(false);
      }
    }
  });
});
