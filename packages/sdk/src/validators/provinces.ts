/**
 * The 34 province-level divisions (省级行政区) of GB/T 2260, keyed by their two-digit prefix.
 *
 * @module
 */

/** A province-level division (省级行政区). */
export interface Province {
  /** Six-digit GB/T 2260 code, `xx0000`. */
  readonly code: string;
  /** Chinese name, e.g. `河南省`. */
  readonly nameZh: string;
  /** English name, e.g. `Henan`. */
  readonly nameEn: string;
}

function province(prefix: string, nameZh: string, nameEn: string): Province {
  return { code: `${prefix}0000`, nameZh, nameEn };
}

/** Every GB/T 2260 province-level division, in code order. */
export const provinces: readonly Province[] = [
  province('11', '北京市', 'Beijing'),
  province('12', '天津市', 'Tianjin'),
  province('13', '河北省', 'Hebei'),
  province('14', '山西省', 'Shanxi'),
  province('15', '内蒙古自治区', 'Inner Mongolia'),
  province('21', '辽宁省', 'Liaoning'),
  province('22', '吉林省', 'Jilin'),
  province('23', '黑龙江省', 'Heilongjiang'),
  province('31', '上海市', 'Shanghai'),
  province('32', '江苏省', 'Jiangsu'),
  province('33', '浙江省', 'Zhejiang'),
  province('34', '安徽省', 'Anhui'),
  province('35', '福建省', 'Fujian'),
  province('36', '江西省', 'Jiangxi'),
  province('37', '山东省', 'Shandong'),
  province('41', '河南省', 'Henan'),
  province('42', '湖北省', 'Hubei'),
  province('43', '湖南省', 'Hunan'),
  province('44', '广东省', 'Guangdong'),
  province('45', '广西壮族自治区', 'Guangxi'),
  province('46', '海南省', 'Hainan'),
  province('50', '重庆市', 'Chongqing'),
  province('51', '四川省', 'Sichuan'),
  province('52', '贵州省', 'Guizhou'),
  province('53', '云南省', 'Yunnan'),
  province('54', '西藏自治区', 'Xizang'),
  province('61', '陕西省', 'Shaanxi'),
  province('62', '甘肃省', 'Gansu'),
  province('63', '青海省', 'Qinghai'),
  province('64', '宁夏回族自治区', 'Ningxia'),
  province('65', '新疆维吾尔自治区', 'Xinjiang'),
  province('71', '台湾省', 'Taiwan'),
  province('81', '香港特别行政区', 'Hong Kong'),
  province('82', '澳门特别行政区', 'Macao'),
];

const byPrefix: ReadonlyMap<string, Province> = new Map(provinces.map((p) => [p.code.slice(0, 2), p]));

/** The province for a two-digit prefix, or `undefined`. */
export function provinceByPrefix(prefix: string): Province | undefined {
  return byPrefix.get(prefix);
}
