/**
 * The 30 cities of the Central Plains Urban Agglomeration plan (中原城市群发展规划, 国函〔2016〕210号).
 *
 * @module
 */
import { provinceByPrefix } from './provinces.js';

/**
 * Where a city sits in the plan: `core` = 核心发展区 (14 cities); `linked` = 联动辐射区 (the 6 other Henan
 * cities); `outer` = 外围扩展区 (the 10 cities of Hebei, Shanxi, Anhui and Shandong outside the core). Some
 * sources count the `outer` cities as part of 联动辐射区 too.
 */
export type CityTier = 'core' | 'linked' | 'outer';

/** One of the 30 cities (地级市) of the plan. */
export interface City {
  /** GB/T 2260 code of the city, e.g. `410100`; for 济源 the county-level code `419001`. */
  readonly code: string;
  /** Chinese name with its suffix, e.g. `郑州市`. */
  readonly nameZh: string;
  /** English (pinyin) name, e.g. `Zhengzhou`. */
  readonly nameEn: string;
  /** GB/T 2260 code of the province, e.g. `410000`. */
  readonly provinceCode: string;
  /** Chinese name of the province, e.g. `河南省`. */
  readonly provinceNameZh: string;
  /** English name of the province, e.g. `Henan`. */
  readonly provinceNameEn: string;
  /** Where the city sits in the plan. */
  readonly tier: CityTier;
  /**
   * The medical-insurance 市本级 pool code (医保区划), `xxxx99`, e.g. `410199`.
   *
   * 济源 is a single county-level unit coded `419001` directly under the province (4190 省直辖县级行政区划);
   * it has no districts below it and there is no `419000` city code, so its pool is its own code `419001`.
   * A mechanically derived `419099` is still recognised as 济源 by {@link findCity} and `parseRegionCode`.
   * Whether each city sends `xxxx00` or `xxxx99` in a message must be confirmed with its province.
   */
  readonly medicalPoolCode: string;
}

function city(code: string, nameZh: string, nameEn: string, tier: CityTier): City {
  const province = provinceByPrefix(code.slice(0, 2));
  // The table below only uses the five provinces of the plan, all present in the province table.
  const provinceNameZh = province?.nameZh ?? '';
  const provinceNameEn = province?.nameEn ?? '';
  const medicalPoolCode = code === JIYUAN_CODE ? JIYUAN_CODE : `${code.slice(0, 4)}99`;
  return {
    code,
    nameZh,
    nameEn,
    provinceCode: `${code.slice(0, 2)}0000`,
    provinceNameZh,
    provinceNameEn,
    tier,
    medicalPoolCode,
  };
}

const JIYUAN_CODE = '419001';
/** A pool form some systems derive mechanically for 济源; accepted as an alias. */
const JIYUAN_POOL_ALIAS = '419099';

/** The 30 cities of the plan, in the plan's order (core first). */
export const cities: readonly City[] = [
  city('410100', '郑州市', 'Zhengzhou', 'core'),
  city('410200', '开封市', 'Kaifeng', 'core'),
  city('410300', '洛阳市', 'Luoyang', 'core'),
  city('410400', '平顶山市', 'Pingdingshan', 'core'),
  city('410700', '新乡市', 'Xinxiang', 'core'),
  city('410800', '焦作市', 'Jiaozuo', 'core'),
  city('411000', '许昌市', 'Xuchang', 'core'),
  city('411100', '漯河市', 'Luohe', 'core'),
  city(JIYUAN_CODE, '济源市', 'Jiyuan', 'core'),
  city('410600', '鹤壁市', 'Hebi', 'core'),
  city('411400', '商丘市', 'Shangqiu', 'core'),
  city('411600', '周口市', 'Zhoukou', 'core'),
  city('140500', '晋城市', 'Jincheng', 'core'),
  city('341600', '亳州市', 'Bozhou', 'core'),
  city('410500', '安阳市', 'Anyang', 'linked'),
  city('410900', '濮阳市', 'Puyang', 'linked'),
  city('411200', '三门峡市', 'Sanmenxia', 'linked'),
  city('411300', '南阳市', 'Nanyang', 'linked'),
  city('411500', '信阳市', 'Xinyang', 'linked'),
  city('411700', '驻马店市', 'Zhumadian', 'linked'),
  city('130400', '邯郸市', 'Handan', 'outer'),
  city('130500', '邢台市', 'Xingtai', 'outer'),
  city('140400', '长治市', 'Changzhi', 'outer'),
  city('140800', '运城市', 'Yuncheng', 'outer'),
  // 宿州 (Anhui, 341300), not 苏州 (Jiangsu, 320500), which is not in the plan.
  city('341300', '宿州市', 'Suzhou', 'outer'),
  city('341200', '阜阳市', 'Fuyang', 'outer'),
  city('340600', '淮北市', 'Huaibei', 'outer'),
  city('340300', '蚌埠市', 'Bengbu', 'outer'),
  city('371500', '聊城市', 'Liaocheng', 'outer'),
  city('371700', '菏泽市', 'Heze', 'outer'),
];

const byKey: ReadonlyMap<string, City> = (() => {
  const map = new Map<string, City>();
  for (const c of cities) {
    map.set(c.nameZh, c);
    map.set(c.nameZh.replace(/市$/u, ''), c);
    map.set(c.nameEn.toLowerCase(), c);
    map.set(c.code, c);
    map.set(c.medicalPoolCode, c);
    if (c.code === JIYUAN_CODE) map.set(JIYUAN_POOL_ALIAS, c);
  }
  return map;
})();

/** Longest key a lookup can match; anything longer is rejected before any work. */
const MAX_KEY_LENGTH = 32;

/**
 * Finds one of the 30 cities by Chinese name (with or without `市`), English name (case-insensitive) or one
 * of its codes (`xxxx00` city code, `xxxx99` pool code; for 济源 `419001`, also `419099`). Surrounding
 * whitespace is ignored. County codes are not city keys: use `parseRegionCode(code).value.city` for those.
 *
 * English names are ambiguous outside the plan: `'Suzhou'` finds 宿州 (Anhui), the only Suzhou of the 30.
 *
 * @returns The city, or `undefined` when nothing matches (including for non-string input).
 * @example
 * ```ts
 * findCity('郑州')?.code;        // '410100'
 * findCity('zhengzhou')?.nameZh; // '郑州市'
 * findCity('410199')?.nameEn;    // 'Zhengzhou'
 * findCity('419001')?.medicalPoolCode; // '419001' (济源)
 * ```
 */
export function findCity(nameOrCode: unknown): City | undefined {
  if (typeof nameOrCode !== 'string' || nameOrCode.length > MAX_KEY_LENGTH) return undefined;
  const key = nameOrCode.trim();
  return byKey.get(key) ?? byKey.get(key.toLowerCase());
}

/**
 * The city a six-digit region code falls in (its own code, pool code or a county below it), or `undefined`.
 * Expects six ASCII digits; does not validate.
 */
export function cityForRegionCode(code: string): City | undefined {
  if (code === JIYUAN_CODE || code === JIYUAN_POOL_ALIAS) return byKey.get(JIYUAN_CODE);
  // Other 4190xx codes (Henan's directly administered county-level units) find nothing: there is no 419000.
  return byKey.get(`${code.slice(0, 4)}00`);
}
