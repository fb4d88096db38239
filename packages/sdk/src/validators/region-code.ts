/**
 * Administrative-division codes (行政区划代码, GB/T 2260) and the medical-insurance pool forms (医保区划).
 *
 * @module
 */
import { cityForRegionCode, type City } from './cities.js';
import { provinceByPrefix, type Province } from './provinces.js';
import {
  invalidModeIssue,
  lengthDraft,
  readMode,
  reject,
  settle,
  typeDraft,
  type IssueDraft,
  type ValidationOptions,
  type ValidationResult,
} from './result.js';

/**
 * What a six-digit code designates:
 * - `province` — `xx0000`, a province-level division;
 * - `city` — `xxxx00`, a prefecture-level division;
 * - `county` — any other GB/T 2260 code, e.g. `410105`, and county-level cities such as 济源 `419001`;
 * - `city-pool` — `xxxx99`, the medical-insurance 市本级 pool of a city;
 * - `province-pool` — `xx9900`, the medical-insurance 省本级 pool of a province.
 */
export type RegionCodeKind = 'province' | 'city' | 'county' | 'city-pool' | 'province-pool';

/** A parsed region code. */
export interface RegionCode {
  /** The six digits. */
  readonly code: string;
  /** What the code designates. */
  readonly kind: RegionCodeKind;
  /** The province's code, `xx0000`. */
  readonly provinceCode: string;
  /** The city of the plan the code falls in (its own code, its pool or one of its counties), if any. */
  readonly city?: City;
}

/** Options of {@link parseRegionCode}. Region codes have no check digit, so `mode` changes nothing. */
export type RegionCodeOptions = ValidationOptions;

const SIX_DIGITS = /^[0-9]{6}$/u;

/**
 * Parses a six-digit administrative-division code (行政区划代码, GB/T 2260) or a medical-insurance pool
 * code (`xxxx99` city pool, `xx9900` province pool).
 *
 * The check is structural: the first two digits must be a province-level code, and a county part needs a
 * city part (`xx00yy` with `yy` ≠ `00` is rejected, as is `xx99yy` with `yy` ≠ `00`). The code is not
 * looked up in a list of current codes, because codes change and historic ones stay in use.
 *
 * @example
 * ```ts
 * const r = parseRegionCode('410199');
 * if (r.ok) r.value; // { code: '410199', kind: 'city-pool', provinceCode: '410000', city: { nameZh: '郑州市', … } }
 * parseRegionCode('419001'); // ok, kind 'county', city 济源市
 * parseRegionCode('4101');   // { ok: false, issues: [{ code: 'LENGTH', … }] }
 * ```
 */
export function parseRegionCode(input: unknown, options?: RegionCodeOptions): ValidationResult<RegionCode> {
  const mode = readMode(options);
  if (mode === undefined) return { ok: false, issues: [invalidModeIssue] };
  if (typeof input !== 'string') return reject([typeDraft('region code', '行政区划代码')]);
  if (input.length !== 6) return reject([lengthDraft('region code', '行政区划代码', '6', input.length)]);
  if (!SIX_DIGITS.test(input)) {
    return reject([
      {
        code: 'CHARSET',
        message: 'A region code is six ASCII digits (0–9).',
        messageZh: '行政区划代码应为 6 位数字。',
      },
    ]);
  }
  const drafts: IssueDraft[] = [];
  const prefix = input.slice(0, 2);
  if (provinceByPrefix(prefix) === undefined) {
    drafts.push({
      code: 'REGION_PROVINCE_UNKNOWN',
      message: 'The first two digits of a region code must be a GB/T 2260 province-level code (11–82).',
      messageZh: '行政区划代码前两位应为 GB/T 2260 省级代码。',
    });
  }
  const kind = kindOf(input);
  if (kind === undefined) {
    drafts.push({
      code: 'REGION_STRUCTURE',
      message:
        'Digits 3–4 of a region code must name a city (01–98) when digits 5–6 are not 00; use xxxx00, xxxx99, xx9900 or a county code.',
      messageZh: '行政区划代码第 5–6 位非 00 时第 3–4 位应为 01–98；请使用 xxxx00、xxxx99、xx9900 或县级代码。',
    });
  }
  return settle(mode, drafts, (): RegionCode => {
    const base = { code: input, kind: kind ?? 'county', provinceCode: `${prefix}0000` } as const;
    const city = cityForRegionCode(input);
    return city === undefined ? base : { ...base, city };
  });
}

function kindOf(code: string): RegionCodeKind | undefined {
  const cityPart = code.slice(2, 4);
  const countyPart = code.slice(4, 6);
  if (cityPart === '00') return countyPart === '00' ? 'province' : undefined;
  if (cityPart === '99') return countyPart === '00' ? 'province-pool' : undefined;
  if (countyPart === '00') return 'city';
  if (countyPart === '99') return 'city-pool';
  return 'county';
}

/**
 * Whether the input is a structurally valid region code (see {@link parseRegionCode}).
 *
 * @example
 * ```ts
 * isRegionCode('410100'); // true
 * isRegionCode('419900'); // true (河南 省本级 pool)
 * isRegionCode('410');    // false
 * ```
 */
export function isRegionCode(input: unknown, options?: RegionCodeOptions): boolean {
  return parseRegionCode(input, options).ok;
}

/**
 * The province-level division (省级行政区) a region code belongs to, for any valid region code (including
 * `xxxx99` and `xx9900` pool forms).
 *
 * @returns The province, or `undefined` when the input is not a valid region code.
 * @example
 * ```ts
 * provinceOf('341300')?.nameZh; // '安徽省'
 * provinceOf('419900')?.code;   // '410000'
 * ```
 */
export function provinceOf(code: unknown): Province | undefined {
  const parsed = parseRegionCode(code);
  return parsed.ok ? provinceByPrefix(parsed.value.code.slice(0, 2)) : undefined;
}

/**
 * Whether two region codes lie in different provinces (their first two digits differ) — the test that makes a
 * medical settlement 跨省 (cross-province) between 参保地 `insuplc_admdvs` and 就医地 `mdtrtarea_admvs`.
 * Accepts plain GB/T 2260 codes and the `xxxx99` / `xx9900` pool forms.
 *
 * @returns `false` when the two are in the same province, and also when either is not a valid region code:
 * validate both first if an invalid code must not be treated as local.
 * @example
 * ```ts
 * isCrossProvince('410199', '130400'); // true  (郑州 pool → 邯郸)
 * isCrossProvince('410100', '419001'); // false (both Henan)
 * ```
 */
export function isCrossProvince(a: unknown, b: unknown): boolean {
  const pa = parseRegionCode(a);
  const pb = parseRegionCode(b);
  return pa.ok && pb.ok && pa.value.provinceCode !== pb.value.provinceCode;
}
