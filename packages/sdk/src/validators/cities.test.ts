import { cities, findCity, isRegionCode, parseRegionCode } from '@zhongyuan/sdk/validators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('cities', () => {
  it('lists the 30 cities of the plan with the GB/T 2260 codes of DOMAIN.md §1', () => {
    expect(cities.map((c) => `${c.code} ${c.nameZh}`)).toEqual([
      '410100 郑州市', '410200 开封市', '410300 洛阳市', '410400 平顶山市', '410700 新乡市', '410800 焦作市',
      '411000 许昌市', '411100 漯河市', '419001 济源市', '410600 鹤壁市', '411400 商丘市', '411600 周口市',
      '140500 晋城市', '341600 亳州市', '410500 安阳市', '410900 濮阳市', '411200 三门峡市', '411300 南阳市',
      '411500 信阳市', '411700 驻马店市', '130400 邯郸市', '130500 邢台市', '140400 长治市', '140800 运城市',
      '341300 宿州市', '341200 阜阳市', '340600 淮北市', '340300 蚌埠市', '371500 聊城市', '371700 菏泽市',
    ]);
  });

  it('has 14 core, 6 linked and 10 outer cities', () => {
    const count = (tier: string): number => cities.filter((c) => c.tier === tier).length;
    expect([count('core'), count('linked'), count('outer')]).toEqual([14, 6, 10]);
    expect(cities.filter((c) => c.tier === 'linked').every((c) => c.provinceCode === '410000')).toBe(true);
    expect(cities.filter((c) => c.tier === 'outer').every((c) => c.provinceCode !== '410000')).toBe(true);
  });

  it('spans five provinces, with province names', () => {
    const provinces = new Set(cities.map((c) => `${c.provinceCode} ${c.provinceNameZh} ${c.provinceNameEn}`));
    expect([...provinces].sort()).toEqual([
      '130000 河北省 Hebei', '140000 山西省 Shanxi', '340000 安徽省 Anhui', '370000 山东省 Shandong', '410000 河南省 Henan',
    ]);
  });

  it('gives each city an xxxx99 medical pool code, except 济源 whose pool is its own code 419001', () => {
    for (const c of cities) {
      expect(c.medicalPoolCode).toBe(c.code === '419001' ? '419001' : `${c.code.slice(0, 4)}99`);
      expect(isRegionCode(c.code)).toBe(true);
      expect(isRegionCode(c.medicalPoolCode)).toBe(true);
    }
  });

  it('every city code, pool code and county code below it maps back to the city', () => {
    for (const c of cities) {
      for (const code of [c.code, c.medicalPoolCode, ...(c.code.endsWith('00') ? [`${c.code.slice(0, 4)}02`] : [])]) {
        const r = parseRegionCode(code);
        expect(r.ok && r.value.city).toBe(c);
      }
    }
  });
});

describe('findCity', () => {
  it('finds by Chinese name with or without 市', () => {
    expect(findCity('郑州市')?.code).toBe('410100');
    expect(findCity('郑州')?.code).toBe('410100');
    expect(findCity('驻马店')?.code).toBe('411700');
    expect(findCity(' 济源 ')?.code).toBe('419001');
  });

  it('finds by English name, case-insensitively', () => {
    expect(findCity('Zhengzhou')?.nameZh).toBe('郑州市');
    expect(findCity('PINGDINGSHAN')?.nameZh).toBe('平顶山市');
    expect(findCity('suzhou')?.code).toBe('341300'); // 宿州 (Anhui), the only Suzhou of the plan
  });

  it('finds by city code and pool code, and 济源 also by 419099', () => {
    expect(findCity('371700')?.nameEn).toBe('Heze');
    expect(findCity('371799')?.nameEn).toBe('Heze');
    expect(findCity('419001')?.nameEn).toBe('Jiyuan');
    expect(findCity('419099')?.nameEn).toBe('Jiyuan');
  });

  it('returns undefined for anything else', () => {
    for (const key of ['苏州', '320500', '410105', '419000', '', '市', 'Zheng zhou', undefined, 410100, null]) {
      expect(findCity(key)).toBeUndefined();
    }
  });

  it('finds every city by each of its keys', () => {
    for (const c of cities) {
      for (const key of [c.nameZh, c.nameZh.slice(0, -1), c.nameEn, c.nameEn.toUpperCase(), c.code, c.medicalPoolCode]) {
        expect(findCity(key)).toBe(c);
      }
    }
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' })), (key) => {
        const c = findCity(key);
        expect(c === undefined || cities.includes(c)).toBe(true);
      }),
    );
  });
});
