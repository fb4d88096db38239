/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999) with the ISO 7064 MOD 11-2 check.
 *
 * @module
 */
import { cityForRegionCode, type City } from './cities.js';
import {
  invalidModeIssue,
  lengthDraft,
  readMode,
  reject,
  settle,
  typeDraft,
  type IssueDraft,
  type ValidationIssue,
  type ValidationOptions,
  type ValidationResult,
} from './result.js';

/** Sex as encoded by the parity of the sequence code: odd = male, even = female. */
export type CitizenSex = 'male' | 'female';

/** A parsed citizen ID. */
export interface CitizenId {
  /** The 18 characters, with the check character upper-cased. Personal data: mask before logging. */
  readonly number: string;
  /** Address code (地址码), positions 1–6; may be a historic GB/T 2260 code. */
  readonly regionCode: string;
  /** Birth date (出生日期码), ISO `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Sequence code (顺序码), positions 15–17. */
  readonly sequence: string;
  /** From the parity of position 17. */
  readonly sex: CitizenSex;
  /** Check character (校验码), `0`–`9` or `X`. */
  readonly checkCharacter: string;
  /** The city of the plan whose code prefix the address code falls in, when there is one. */
  readonly city?: City;
}

/** Options of the citizen-ID validators. */
export interface CitizenIdOptions extends ValidationOptions {
  /**
   * The reference instant for the "not in the future" rule. It is read as a calendar date in China
   * Standard Time (UTC+8), where birth dates are recorded.
   *
   * @default new Date()
   */
  readonly today?: Date | undefined;
}

/** Weights `2^(18−i) mod 11` for positions 1–17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by `S mod 11`. */
const CHECK_CHARACTERS = '10X98765432';
// The standard's own second example is born in 1880; nobody holding an ID number was born before 1800.
const EARLIEST_BIRTH_DATE = '1800-01-01';
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * The MOD 11-2 check character for the first 17 digits of a citizen ID.
 *
 * @param first17 - Exactly 17 ASCII digits.
 * @returns `'0'`–`'9'` or `'X'`, or `undefined` when `first17` is not 17 digits.
 * @example
 * ```ts
 * citizenIdCheckCharacter('11010519491231002'); // 'X'
 * ```
 */
export function citizenIdCheckCharacter(first17: string): string | undefined {
  if (typeof first17 !== 'string' || !/^[0-9]{17}$/u.test(first17)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11];
}

/**
 * Parses and validates an 18-character citizen ID (公民身份号码 / 居民身份证号码).
 *
 * Checks, in order: string type; length 18; 17 digits then a digit or `X`; a real birth date between
 * 1800-01-01 and `today`; the MOD 11-2 check character; upper-case `X`. The address code is never rejected
 * for not being current (people keep the code of the place and time of registration).
 *
 * In `warn` mode a wrong check character and a lowercase `x` are accepted with a `CHECK_DIGIT` /
 * `LOWERCASE_CHECK_CHARACTER` warning; structural faults and date faults reject in both modes.
 *
 * @example
 * ```ts
 * const r = parseCitizenId('410105198001011239');
 * if (r.ok) {
 *   r.value.birthDate;   // '1980-01-01'
 *   r.value.sex;         // 'male'
 *   r.value.city?.nameZh // '郑州市'
 * }
 * parseCitizenId('130402199002294562'); // ok: false, BIRTH_DATE_INVALID (1990-02-29)
 * parseCitizenId('410105198001011238', { mode: 'warn' }); // ok: true, one CHECK_DIGIT warning
 * ```
 */
export function parseCitizenId(input: unknown, options?: CitizenIdOptions): ValidationResult<CitizenId> {
  const mode = readMode(options);
  if (mode === undefined) return { ok: false, issues: [invalidModeIssue] };
  const today = readToday(options);
  if (today === undefined) return { ok: false, issues: [invalidTodayIssue] };
  if (typeof input !== 'string') return reject([typeDraft('citizen ID', '公民身份号码')]);
  if (input.length !== 18) {
    const hint = input.length === 15 ? ' A 15-digit first-generation number can be upgraded with upgradeCitizenId.' : '';
    const draft = lengthDraft('citizen ID', '公民身份号码', '18', input.length);
    return reject([{ ...draft, message: draft.message + hint }]);
  }
  const charset = charsetDraft(input);
  if (charset !== undefined) return reject([charset]);

  const drafts: IssueDraft[] = [];
  const birthDate = `${input.slice(6, 10)}-${input.slice(10, 12)}-${input.slice(12, 14)}`;
  const dateDraft = birthDateDraft(birthDate, today);
  if (dateDraft !== undefined) drafts.push(dateDraft);

  const given = input.charAt(17);
  const upper = given === 'x' ? 'X' : given;
  if (citizenIdCheckCharacter(input.slice(0, 17)) !== upper) {
    drafts.push({
      code: 'CHECK_DIGIT',
      message:
        'The check character (position 18) does not match the first 17 digits (ISO 7064 MOD 11-2); a digit is probably mistyped or two are swapped.',
      messageZh: '校验码（第 18 位）与前 17 位不符（ISO 7064 MOD 11-2），可能有数字录错或相邻两位颠倒。',
      tolerable: true,
    });
  }
  if (given === 'x') {
    drafts.push({
      code: 'LOWERCASE_CHECK_CHARACTER',
      message: 'The check character must be an upper-case X, not a lower-case x.',
      messageZh: '校验码应为大写 X，不能是小写 x。',
      tolerable: true,
    });
  }

  return settle(mode, drafts, (): CitizenId => {
    const regionCode = input.slice(0, 6);
    const sequence = input.slice(14, 17);
    const base = {
      number: input.slice(0, 17) + upper,
      regionCode,
      birthDate,
      sequence,
      sex: (input.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
      checkCharacter: upper,
    } as const;
    const city = cityForRegionCode(regionCode);
    return city === undefined ? base : { ...base, city };
  });
}

/**
 * Whether the input is a valid citizen ID (see {@link parseCitizenId}).
 *
 * @example
 * ```ts
 * isCitizenId('11010519491231002X'); // true
 * isCitizenId('11010519491231002x'); // false (lower-case x)
 * isCitizenId('11010519491231002x', { mode: 'warn' }); // true
 * ```
 */
export function isCitizenId(input: unknown, options?: CitizenIdOptions): boolean {
  return parseCitizenId(input, options).ok;
}

/**
 * Upgrades a 15-digit first-generation number (第一代身份证号码: address code, `YYMMDD`, 3-digit sequence,
 * no check character) to 18 characters by inserting `19` before the year and appending the MOD 11-2 check
 * character, then validates the result (the birth date must be real and not in the future).
 *
 * @example
 * ```ts
 * const r = upgradeCitizenId('410105800101123');
 * if (r.ok) r.value.number; // '410105198001011239'
 * ```
 */
export function upgradeCitizenId(input: unknown, options?: CitizenIdOptions): ValidationResult<CitizenId> {
  const mode = readMode(options);
  if (mode === undefined) return { ok: false, issues: [invalidModeIssue] };
  if (typeof input !== 'string') return reject([typeDraft('first-generation citizen ID', '第一代身份证号码')]);
  if (input.length !== 15) {
    return reject([lengthDraft('first-generation citizen ID', '第一代身份证号码', '15', input.length)]);
  }
  if (!/^[0-9]{15}$/u.test(input)) {
    return reject([
      {
        code: 'CHARSET',
        message: 'A first-generation citizen ID is 15 ASCII digits.',
        messageZh: '第一代身份证号码应为 15 位数字。',
      },
    ]);
  }
  const first17 = `${input.slice(0, 6)}19${input.slice(6)}`;
  // first17 is 17 digits, so the check character is defined.
  return parseCitizenId(first17 + (citizenIdCheckCharacter(first17) ?? ''), options);
}

const invalidTodayIssue: ValidationIssue = {
  code: 'INVALID_OPTION',
  severity: 'error',
  message: 'Option `today` must be a valid Date.',
  messageZh: '选项 today 必须是有效日期。',
};

/** Today's date in China (`YYYY-MM-DD`), or `undefined` when the option is unusable. */
function readToday(options: unknown): string | undefined {
  let today: unknown = undefined;
  if (options !== null && typeof options === 'object') {
    try {
      today = (options as { today?: unknown }).today;
    } catch {
      return undefined;
    }
  }
  if (today === undefined) today = new Date();
  // Works across realms (a Date from an iframe or VM context is not `instanceof Date` here).
  if (Object.prototype.toString.call(today) !== '[object Date]') return undefined;
  let ms: number;
  try {
    ms = Date.prototype.getTime.call(today as Date);
  } catch {
    return undefined; // an object that only pretends to be a Date via Symbol.toStringTag
  }
  if (!Number.isFinite(ms)) return undefined;
  const shifted = new Date(ms + CHINA_OFFSET_MS);
  if (!Number.isFinite(shifted.getTime())) return undefined;
  const y = shifted.getUTCFullYear();
  if (y < 0 || y > 9999) return undefined;
  return `${String(y).padStart(4, '0')}-${pad2(shifted.getUTCMonth() + 1)}-${pad2(shifted.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function charsetDraft(input: string): IssueDraft | undefined {
  for (let i = 0; i < 17; i++) {
    const c = input.charCodeAt(i);
    if (c < 48 || c > 57) {
      return {
        code: 'CHARSET',
        message: `Position ${i + 1} of a citizen ID must be a digit 0–9 (only position 18 may be X).`,
        messageZh: `公民身份号码第 ${i + 1} 位应为数字 0–9（只有第 18 位可以是 X）。`,
      };
    }
  }
  const last = input.charAt(17);
  if (!/^[0-9Xx]$/u.test(last)) {
    return {
      code: 'CHARSET',
      message: 'Position 18 of a citizen ID must be a digit 0–9 or X.',
      messageZh: '公民身份号码第 18 位应为数字 0–9 或 X。',
    };
  }
  return undefined;
}

function birthDateDraft(isoDate: string, today: string): IssueDraft | undefined {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return {
      code: 'BIRTH_DATE_INVALID',
      message: 'Positions 7–14 must be a real calendar birth date YYYYMMDD (check month, day and leap years).',
      messageZh: '第 7–14 位应为真实存在的出生日期 YYYYMMDD（请检查月、日及闰年）。',
    };
  }
  if (isoDate < EARLIEST_BIRTH_DATE) {
    return {
      code: 'BIRTH_DATE_TOO_EARLY',
      message: 'The birth date (positions 7–14) is before 1800-01-01; check the year.',
      messageZh: '出生日期（第 7–14 位）早于 1800-01-01，请检查年份。',
    };
  }
  if (isoDate > today) {
    return {
      code: 'BIRTH_DATE_IN_FUTURE',
      message: 'The birth date (positions 7–14) is after today (China time); check the year.',
      messageZh: '出生日期（第 7–14 位）晚于今天（北京时间），请检查年份。',
    };
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
