/**
 * Unified social credit codes (统一社会信用代码, USCC, GB 32100-2015) with the MOD 31 check and the check of
 * the embedded organisation code (组织机构代码, GB 11714).
 *
 * @module
 */
import { cityForRegionCode, type City } from './cities.js';
import { orgCodeCheckDraft } from './org-code.js';
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
import { authorityName, categoryName, type UsccCodeName } from './uscc-codes.js';

/** A parsed USCC. */
export interface Uscc {
  /** The 18 characters. */
  readonly code: string;
  /** Position 1, 登记管理部门代码, e.g. `9` 工商/市场监管; names present when the code is known. */
  readonly registrationAuthority: UsccCodeName;
  /** Position 2, 机构类别代码, e.g. `1` 企业 under authority `9`; names present when the pair is known. */
  readonly category: UsccCodeName;
  /** Positions 3–8, 登记管理机关行政区划码 (GB/T 2260; `100000` for central registrations). */
  readonly regionCode: string;
  /** The city of the plan the region code falls in, when there is one. */
  readonly city?: City;
  /** Positions 9–17, 主体标识码 = the 组织机构代码 including its own check character. */
  readonly orgCode: string;
  /** Position 18, the MOD 31 check character. */
  readonly checkCharacter: string;
}

/** Options of the USCC validators. */
export type UsccOptions = ValidationOptions;

/** The 31 characters of GB 32100; a character's value is its index (`I O S V Z` are excluded). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weights `3^(i−1) mod 31` for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/u;
const BODY_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{9}$/u;

/**
 * The GB 32100 MOD 31 check character for the first 17 characters of a USCC.
 *
 * @returns One of {@link USCC_CHARSET}, or `undefined` when `first17` does not have the USCC shape.
 * @example
 * ```ts
 * usccCheckCharacter('91410100MA3X00010'); // '9'
 * ```
 */
export function usccCheckCharacter(first17: string): string | undefined {
  if (typeof first17 !== 'string' || !BODY_PATTERN.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Parses and validates a unified social credit code (统一社会信用代码, GB 32100).
 *
 * Checks: string type; length 18; positions 1–2 and 9–18 from the 31-character set
 * `0123456789ABCDEFGHJKLMNPQRTUWXY` (upper case; no `I O S V Z`) and positions 3–8 digits; the MOD 31 check
 * character; the GB 11714 check of the embedded organisation code (positions 9–17). Registration-authority
 * and category codes outside the known table are accepted (returned without names); the region code is not
 * looked up.
 *
 * In `warn` mode a wrong check character (`CHECK_DIGIT`) and a failed organisation-code check
 * (`ORG_CODE_CHECK_DIGIT`) are accepted as warnings.
 *
 * @example
 * ```ts
 * const r = parseUscc('91410100MA3X000109');
 * if (r.ok) {
 *   r.value.registrationAuthority; // { code: '9', nameZh: '工商（市场监管）', nameEn: 'Market regulation …' }
 *   r.value.category.nameZh;       // '企业'
 *   r.value.regionCode;            // '410100'
 *   r.value.orgCode;               // 'MA3X00010'
 * }
 * ```
 */
export function parseUscc(input: unknown, options?: UsccOptions): ValidationResult<Uscc> {
  const mode = readMode(options);
  if (mode === undefined) return { ok: false, issues: [invalidModeIssue] };
  if (typeof input !== 'string') return reject([typeDraft('unified social credit code', '统一社会信用代码')]);
  if (input.length !== 18) {
    return reject([lengthDraft('unified social credit code', '统一社会信用代码', '18', input.length)]);
  }
  if (!PATTERN.test(input)) {
    const lower = /[a-z]/u.test(input) ? ' Letters must be upper case.' : '';
    const lowerZh = /[a-z]/u.test(input) ? '字母须大写。' : '';
    return reject([
      {
        code: 'CHARSET',
        message: `A unified social credit code has digits at positions 3–8 and characters of 0-9 A-H J-N P Q R T U W X Y elsewhere (no I, O, S, V, Z).${lower}`,
        messageZh: `统一社会信用代码第 3–8 位为数字，其余位为 0-9 及 A-H、J-N、P、Q、R、T、U、W、X、Y（不含 I、O、S、V、Z）。${lowerZh}`,
      },
    ]);
  }
  const drafts: IssueDraft[] = [];
  if (usccCheckCharacter(input.slice(0, 17)) !== input.charAt(17)) {
    drafts.push({
      code: 'CHECK_DIGIT',
      message:
        'The check character (position 18) does not match the first 17 characters (GB 32100 MOD 31); a character is probably mistyped or two are swapped.',
      messageZh: '校验码（第 18 位）与前 17 位不符（GB 32100 MOD 31），可能有字符录错或相邻两位颠倒。',
      tolerable: true,
    });
  }
  const orgCode = input.slice(8, 17);
  const orgDraft = orgCodeCheckDraft(orgCode, 'position 17', '第 17 位');
  if (orgDraft !== undefined) drafts.push(orgDraft);

  return settle(mode, drafts, (): Uscc => {
    const authority = input.charAt(0);
    const regionCode = input.slice(2, 8);
    const base = {
      code: input,
      registrationAuthority: authorityName(authority),
      category: categoryName(authority, input.charAt(1)),
      regionCode,
      orgCode,
      checkCharacter: input.charAt(17),
    };
    const city = cityForRegionCode(regionCode);
    return city === undefined ? base : { ...base, city };
  });
}

/**
 * Whether the input is a valid unified social credit code (see {@link parseUscc}).
 *
 * @example
 * ```ts
 * isUscc('52419001MJY00001XR'); // true
 * isUscc('52419001MJY00001XA'); // false (check character should be R)
 * ```
 */
export function isUscc(input: unknown, options?: UsccOptions): boolean {
  return parseUscc(input, options).ok;
}
