import { isCrossProvince, isRegionCode, parseRegionCode, provinceOf, provinces } from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const codes = (input: unknown): string[] => parseRegionCode(input).issues.map((i) => i.code);

describe('parseRegionCode', () => {
  it.each([
    ['410000', 'province', '410000', undefined],
    ['410100', 'city', '410000', '郑州市'],
    ['410105', 'county', '410000', '郑州市'],
    ['410199', 'city-pool', '410000', '郑州市'],
    ['419900', 'province-pool', '410000', undefined],
    ['419001', 'county', '410000', '济源市'],
    ['419099', 'city-pool', '410000', '济源市'],
    ['330199', 'city-pool', '330000', undefined],
    ['339900', 'province-pool', '330000', undefined],
    ['341300', 'city', '340000', '宿州市'],
    ['320500', 'city', '320000', undefined], // 苏州 (Jiangsu) is not 宿州 and not in the plan
  ])('%s is a %s in %s (city %s)', (code, kind, provinceCode, city) => {
    const r = parseRegionCode(code);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ code, kind, provinceCode });
    expect(r.value.city?.nameZh).toBe(city);
  });

  it('does not attach 济源 to other 4190xx codes, nor to the non-existent 419000', () => {
    for (const code of ['419002', '419000']) {
      const r = parseRegionCode(code);
      expect(r.ok && r.value.city).toBeUndefined();
    }
  });

  it('rejects non-strings, wrong lengths and non-digits', () => {
    expect(codes(410100)).toEqual(['TYPE']);
    expect(codes('41010')).toEqual(['LENGTH']);
    expect(codes('4101000')).toEqual(['LENGTH']);
    expect(codes('41010A')).toEqual(['CHARSET']);
    expect(codes('４10100')).toEqual(['CHARSET']);
  });

  it('rejects unknown province prefixes and county parts without a city part', () => {
    expect(codes('000000')).toEqual(['REGION_PROVINCE_UNKNOWN']);
    expect(codes('990100')).toEqual(['REGION_PROVINCE_UNKNOWN']);
    expect(codes('100000')).toEqual(['REGION_PROVINCE_UNKNOWN']);
    expect(codes('410001')).toEqual(['REGION_STRUCTURE']);
    expect(codes('410099')).toEqual(['REGION_STRUCTURE']);
    expect(codes('419901')).toEqual(['REGION_STRUCTURE']);
    expect(codes('000001')).toEqual(['REGION_PROVINCE_UNKNOWN', 'REGION_STRUCTURE']);
  });

  it('accepts every province code of the table, and nothing else as a province prefix', () => {
    const prefixes = new Set(provinces.map((p) => p.code.slice(0, 2)));
    expect(prefixes.size).toBe(34);
    for (let n = 0; n < 100; n++) {
      const prefix = String(n).padStart(2, '0');
      expect(isRegionCode(`${prefix}0000`)).toBe(prefixes.has(prefix));
    }
  });

  it('totality: arbitrary input never throws; six digits with a known prefix are always classified', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' })), (input) => {
        expect(typeof isRegionCode(input)).toBe('boolean');
        expect(typeof isCrossProvince(input, '410100')).toBe('boolean');
        if (typeof input !== 'string') expect(provinceOf(input)).toBeUndefined();
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...provinces), fc.integer({ min: 1, max: 98 }), fc.integer({ min: 0, max: 99 }), (p, c, k) => {
        const code = p.code.slice(0, 2) + String(c).padStart(2, '0') + String(k).padStart(2, '0');
        const r = parseRegionCode(code);
        expect(r.ok).toBe(true);
        expect(r.ok && r.value.kind).toBe(k === 0 ? 'city' : k === 99 ? 'city-pool' : 'county');
      }),
    );
  });
});

describe('provinceOf and isCrossProvince', () => {
  it('names the province of any valid code, including pool forms', () => {
    expect(provinceOf('341300')).toEqual({ code: '340000', nameZh: '安徽省', nameEn: 'Anhui' });
    expect(provinceOf('419900')?.nameEn).toBe('Henan');
    expect(provinceOf('140499')?.nameZh).toBe('山西省');
    expect(provinceOf('4101')).toBeUndefined();
  });

  it('compares the first two digits, accepting xxxx00 and xxxx99 forms', () => {
    expect(isCrossProvince('410199', '130400')).toBe(true);
    expect(isCrossProvince('410100', '410199')).toBe(false);
    expect(isCrossProvince('410100', '419001')).toBe(false);
    expect(isCrossProvince('419900', '411700')).toBe(false);
    expect(isCrossProvince('371799', '341600')).toBe(true);
  });

  it('returns false when either code is invalid', () => {
    expect(isCrossProvince('41010', '130400')).toBe(false);
    expect(isCrossProvince('410100', undefined)).toBe(false);
  });

  it('is symmetric', () => {
    const code = fc
      .tuple(fc.constantFrom(...provinces), fc.integer({ min: 0, max: 98 }))
      .map(([p, c]) => p.code.slice(0, 2) + String(c).padStart(2, '0') + '00');
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(isCrossProvince(a, b)).toBe(isCrossProvince(b, a));
        expect(isCrossProvince(a, b)).toBe(a.slice(0, 2) !== b.slice(0, 2));
      }),
    );
  });
});
