import {
  cities,
  createSeededRandom,
  isOrgCode,
  isUscc,
  parseCitizenId,
  parseUscc,
  syntheticCitizenId,
  syntheticOrgCode,
  syntheticUscc,
} from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('createSeededRandom', () => {
  it('is reproducible and stays in [0, 1)', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(createSeededRandom(43)()).not.toBe(createSeededRandom(42)());
  });

  it('accepts any number as a seed', () => {
    for (const seed of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 40]) {
      const x = createSeededRandom(seed)();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('syntheticCitizenId (test data only)', () => {
  it('honours every option', () => {
    expect(syntheticCitizenId({ region: '410105', birthDate: '1980-01-01', sequence: 123 })).toBe('410105198001011239');
    const r = parseCitizenId(syntheticCitizenId({ region: '济源', sex: 'female', birthDate: '2001-09-30' }, createSeededRandom(1)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ regionCode: '419001', sex: 'female', birthDate: '2001-09-30' });
    const z = parseCitizenId(syntheticCitizenId({ region: 'Zhengzhou' }, createSeededRandom(2)));
    expect(z.ok && z.value.city?.nameZh).toBe('郑州市');
  });

  it('is reproducible with a seeded source', () => {
    const run = (): string[] => {
      const random = createSeededRandom(2026);
      return Array.from({ length: 20 }, () => syntheticCitizenId({}, random));
    };
    expect(run()).toEqual(run());
  });

  it('throws RangeError on malformed options', () => {
    expect(() => syntheticCitizenId({ region: '4101' })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ region: '苏州' })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ birthDate: '1990-02-29' })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ birthDate: '1899-12-31' })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ birthDate: '9999-01-01' })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ sequence: 1000 })).toThrow(RangeError);
    expect(() => syntheticCitizenId({ sequence: 2, sex: 'male' })).toThrow(RangeError);
  });

  it('always generates valid IDs, whatever the random source returns', () => {
    const weird = fc.constantFrom(0, 0.999999999, 1, -5, Number.NaN, 7);
    fc.assert(
      fc.property(fc.array(weird, { minLength: 1, maxLength: 8 }), fc.constantFrom('male', 'female', undefined), (values, sex) => {
        let k = 0;
        const random = (): number => values[k++ % values.length] ?? 0;
        const r = parseCitizenId(syntheticCitizenId(sex === undefined ? {} : { sex }, random));
        expect(r.ok).toBe(true);
        if (sex !== undefined) expect(r.ok && r.value.sex).toBe(sex);
      }),
    );
  });

  it('draws default regions from the 30 cities', () => {
    const random = createSeededRandom(5);
    for (let n = 0; n < 200; n++) {
      const r = parseCitizenId(syntheticCitizenId({}, random));
      expect(r.ok && r.value.city !== undefined).toBe(true);
    }
  });
});

describe('syntheticUscc and syntheticOrgCode (test data only)', () => {
  it('honours authority, category and region (name or code)', () => {
    const r = parseUscc(syntheticUscc({ authority: '5', category: '2', region: '济源' }, createSeededRandom(1)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.code.slice(0, 8)).toBe('52419001');
    expect(r.value.category.nameZh).toBe('民办非企业单位');
    expect(syntheticUscc({ region: '130400' }, createSeededRandom(1)).slice(2, 8)).toBe('130400');
  });

  it('picks a known category of the authority by default', () => {
    const random = createSeededRandom(9);
    for (let n = 0; n < 100; n++) {
      const r = parseUscc(syntheticUscc({ authority: 'N' }, random));
      expect(r.ok && r.value.category.nameZh !== undefined).toBe(true);
    }
  });

  it('throws RangeError on malformed options', () => {
    expect(() => syntheticUscc({ authority: 'I' })).toThrow(RangeError);
    expect(() => syntheticUscc({ category: '12' })).toThrow(RangeError);
    expect(() => syntheticUscc({ region: 'Atlantis' })).toThrow(RangeError);
    expect(() => syntheticOrgCode({ body: 'ma3x0001' })).toThrow(RangeError);
  });

  it('always generates valid codes, with every authority and any city', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom('1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y'), fc.constantFrom(...cities), (seed, authority, city) => {
        const random = createSeededRandom(seed);
        expect(isUscc(syntheticUscc({ authority, region: city.nameZh }, random))).toBe(true);
        expect(isOrgCode(syntheticOrgCode({}, random))).toBe(true);
      }),
    );
  });
});
