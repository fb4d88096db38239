/**
 * Organisation codes (组织机构代码, GB 11714-1997): an 8-character body and a MOD 11 check character.
 *
 * @module
 */
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

/** A parsed organisation code. */
export interface OrgCode {
  /** The nine characters without the optional hyphen, e.g. `MA3X00010`. */
  readonly code: string;
  /** The 8-character body (本体代码). */
  readonly body: string;
  /** The check character (校验码), `0`–`9` or `X`. */
  readonly checkCharacter: string;
}

/** Options of the organisation-code validators. */
export type OrgCodeOptions = ValidationOptions;

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY = /^[0-9A-Z]{8}$/u;

/** Character value in GB 11714: digits as themselves, `A`=10 … `Z`=35 (not the USCC table). */
function valueOf(code: number): number {
  return code <= 57 ? code - 48 : code - 55;
}

/**
 * The GB 11714 check character for an 8-character body (digits and upper-case letters).
 *
 * @returns `'0'`–`'9'` or `'X'`, or `undefined` when `body` is not 8 characters of `[0-9A-Z]`.
 * @example
 * ```ts
 * orgCodeCheckCharacter('MA3X0001'); // '0'
 * orgCodeCheckCharacter('MJY00001'); // 'X'
 * ```
 */
export function orgCodeCheckCharacter(body: string): string | undefined {
  if (typeof body !== 'string' || !BODY.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += valueOf(body.charCodeAt(i)) * (WEIGHTS[i] ?? 0);
  const r = 11 - (sum % 11);
  return r === 11 ? '0' : r === 10 ? 'X' : String(r);
}

/**
 * Checks the structure of a 9-character organisation code and returns the check issue separately, so that
 * the USCC validator can report it as `ORG_CODE_CHECK_DIGIT` at its own positions.
 *
 * @internal
 */
export function orgCodeCheckDraft(code: string, where: string, whereZh: string): IssueDraft | undefined {
  const given = code.charAt(8);
  if (orgCodeCheckCharacter(code.slice(0, 8)) === given) return undefined;
  return {
    code: 'ORG_CODE_CHECK_DIGIT',
    message: `The organisation-code check character (${where}) does not match its body (GB 11714 MOD 11); a character is probably mistyped.`,
    messageZh: `组织机构代码校验码（${whereZh}）与本体代码不符（GB 11714），可能有字符录错。`,
    tolerable: true,
  };
}

/**
 * Parses an organisation code (组织机构代码, GB 11714): 8 digits or upper-case letters, then a check
 * character `0`–`9` or `X`. The printed form with a hyphen before the check character (`MA3X0001-0`) is
 * accepted and normalised to nine characters.
 *
 * In `warn` mode a wrong check character is accepted with an `ORG_CODE_CHECK_DIGIT` warning.
 *
 * @example
 * ```ts
 * const r = parseOrgCode('MJY00001-X');
 * if (r.ok) r.value.code; // 'MJY00001X'
 * isOrgCode('MA3X00011'); // false (check character should be 0)
 * ```
 */
export function parseOrgCode(input: unknown, options?: OrgCodeOptions): ValidationResult<OrgCode> {
  const mode = readMode(options);
  if (mode === undefined) return { ok: false, issues: [invalidModeIssue] };
  if (typeof input !== 'string') return reject([typeDraft('organisation code', '组织机构代码')]);
  if (input.length !== 9 && !(input.length === 10 && input.charAt(8) === '-')) {
    return reject([lengthDraft('organisation code', '组织机构代码', '9 (or 10 with a hyphen)', input.length)]);
  }
  const code = input.length === 10 ? input.slice(0, 8) + input.slice(9) : input;
  if (!BODY.test(code.slice(0, 8))) {
    return reject([
      {
        code: 'CHARSET',
        message: 'Positions 1–8 of an organisation code must be digits or upper-case letters A–Z.',
        messageZh: '组织机构代码第 1–8 位应为数字或大写字母 A–Z。',
      },
    ]);
  }
  if (!/^[0-9X]$/u.test(code.charAt(8))) {
    return reject([
      {
        code: 'CHARSET',
        message: 'The check character of an organisation code must be a digit 0–9 or an upper-case X.',
        messageZh: '组织机构代码校验码应为数字 0–9 或大写 X。',
      },
    ]);
  }
  const drafts: IssueDraft[] = [];
  const check = orgCodeCheckDraft(code, 'position 9', '第 9 位');
  if (check !== undefined) drafts.push(check);
  return settle(mode, drafts, (): OrgCode => ({ code, body: code.slice(0, 8), checkCharacter: code.charAt(8) }));
}

/**
 * Whether the input is a valid organisation code (see {@link parseOrgCode}).
 *
 * @example
 * ```ts
 * isOrgCode('MA3X00010'); // true
 * ```
 */
export function isOrgCode(input: unknown, options?: OrgCodeOptions): boolean {
  return parseOrgCode(input, options).ok;
}
