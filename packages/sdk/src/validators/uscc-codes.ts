/**
 * The registration-authority (登记管理部门代码, USCC position 1) and category (机构类别代码, position 2)
 * tables of GB 32100 as amended, with English names.
 *
 * @module
 */

/** A coded value with its names, when the code is known. */
export interface UsccCodeName {
  /** The code character(s) as they appear in the USCC. */
  readonly code: string;
  /** Chinese name, absent for codes not in the table. */
  readonly nameZh?: string;
  /** English name, absent for codes not in the table. */
  readonly nameEn?: string;
}

/** A registration authority (登记管理部门) and the categories (机构类别) it registers. */
export interface UsccAuthority {
  /** Chinese name. */
  readonly nameZh: string;
  /** English name. */
  readonly nameEn: string;
  /** Category character (position 2) → [Chinese name, English name]. */
  readonly categories: Readonly<Record<string, readonly [string, string]>>;
}

const OTHER: readonly [string, string] = ['其他', 'Other'];

/** Registration authorities (position 1) and their categories (position 2). */
export const usccAuthorities: Readonly<Record<string, UsccAuthority>> = {
  '1': {
    nameZh: '机构编制',
    nameEn: 'Institutional establishment administration',
    categories: {
      '1': ['机关', 'Government organ'],
      '2': ['事业单位', 'Public institution'],
      '3': ['中央编办直接管理机构编制的群众团体', 'Mass organisation under the central establishment office'],
      '9': OTHER,
    },
  },
  '2': {
    nameZh: '外交',
    nameEn: 'Foreign affairs',
    categories: { '1': ['外国常驻新闻机构', 'Resident office of a foreign news agency'], '9': OTHER },
  },
  '3': {
    nameZh: '司法行政',
    nameEn: 'Judicial administration',
    categories: {
      '1': ['律师执业机构', 'Law firm'],
      '2': ['公证处', 'Notary office'],
      '3': ['基层法律服务所', 'Grassroots legal service office'],
      '4': ['司法鉴定机构', 'Forensic appraisal institution'],
      '5': ['仲裁委员会', 'Arbitration commission'],
      '9': OTHER,
    },
  },
  '4': {
    nameZh: '文化',
    nameEn: 'Culture',
    categories: { '1': ['外国在华文化中心', 'Foreign cultural centre in China'], '9': OTHER },
  },
  '5': {
    nameZh: '民政',
    nameEn: 'Civil affairs',
    categories: {
      '1': ['社会团体', 'Social organisation'],
      '2': ['民办非企业单位', 'Private non-enterprise unit'],
      '3': ['基金会', 'Foundation'],
      '9': OTHER,
    },
  },
  '6': {
    nameZh: '旅游',
    nameEn: 'Tourism',
    categories: {
      '1': ['外国旅游部门常驻代表机构', 'Resident office of a foreign tourism authority'],
      '2': [
        '港澳台地区旅游部门常驻内地（大陆）代表机构',
        'Resident office of a Hong Kong, Macao or Taiwan tourism authority',
      ],
      '9': OTHER,
    },
  },
  '7': {
    nameZh: '宗教',
    nameEn: 'Religious affairs',
    categories: {
      '1': ['宗教活动场所', 'Venue for religious activities'],
      '2': ['宗教院校', 'Religious college'],
      '9': OTHER,
    },
  },
  '8': {
    nameZh: '工会',
    nameEn: 'Trade unions',
    categories: { '1': ['基层工会', 'Grassroots trade union'], '9': OTHER },
  },
  '9': {
    nameZh: '工商（市场监管）',
    nameEn: 'Market regulation (formerly industry and commerce)',
    categories: {
      '1': ['企业', 'Enterprise'],
      '2': ['个体工商户', 'Individual business'],
      '3': ['农民专业合作社', "Farmers' specialised cooperative"],
    },
  },
  A: {
    nameZh: '中央军委改革和编制办公室',
    nameEn: 'Reform and Establishment Office of the Central Military Commission',
    categories: { '1': ['军队事业单位', 'Military public institution'], '9': OTHER },
  },
  N: {
    nameZh: '农业',
    nameEn: 'Agriculture (rural collective economic organisations)',
    categories: {
      '1': ['组级集体经济组织', 'Group-level collective economic organisation'],
      '2': ['村级集体经济组织', 'Village-level collective economic organisation'],
      '3': ['乡镇级集体经济组织', 'Township-level collective economic organisation'],
      '9': OTHER,
    },
  },
  Y: {
    nameZh: '其他',
    nameEn: 'Other',
    categories: { '1': OTHER },
  },
};

/** The named registration authority for a position-1 character (names absent when unknown). */
export function authorityName(code: string): UsccCodeName {
  const entry = Object.hasOwn(usccAuthorities, code) ? usccAuthorities[code] : undefined;
  return entry === undefined ? { code } : { code, nameZh: entry.nameZh, nameEn: entry.nameEn };
}

/** The named category for positions 1–2 (names absent when the pair is unknown). */
export function categoryName(authority: string, category: string): UsccCodeName {
  const entry = Object.hasOwn(usccAuthorities, authority) ? usccAuthorities[authority] : undefined;
  const names = entry !== undefined && Object.hasOwn(entry.categories, category) ? entry.categories[category] : undefined;
  return names === undefined ? { code: category } : { code: category, nameZh: names[0], nameEn: names[1] };
}
