/**
 * The result model shared by every validator: a discriminated union carrying issues with stable codes.
 *
 * @module
 */

/**
 * How strictly a validator treats check characters.
 *
 * - `'strict'`: any failed check (check digit, embedded organisation-code check, lowercase `x`) rejects.
 * - `'warn'`: those check failures are accepted and reported as `warning` issues, because real registries
 *   hold legacy identifiers that fail their check. Structural faults (length, character set, impossible or
 *   future dates) are rejected in both modes.
 */
export type ValidationMode = 'strict' | 'warn';

/** Options accepted by every validator. */
export interface ValidationOptions {
  /**
   * Whether a failed check character rejects the input (`'strict'`) or is reported as a warning (`'warn'`).
   *
   * @default 'strict'
   */
  readonly mode?: ValidationMode | undefined;
}

/**
 * Stable, machine-readable issue codes. Switch on these, never on message text.
 *
 * - `TYPE` — the input is not a string.
 * - `LENGTH` — wrong number of characters.
 * - `CHARSET` — a character is not allowed at its position.
 * - `CHECK_DIGIT` — the identifier's own check character does not match.
 * - `LOWERCASE_CHECK_CHARACTER` — a citizen ID ends in `x` instead of `X`.
 * - `ORG_CODE_CHECK_DIGIT` — the 组织机构代码 check character does not match (also inside a USCC).
 * - `BIRTH_DATE_INVALID` — the birth date in a citizen ID is not a calendar date.
 * - `BIRTH_DATE_IN_FUTURE` — the birth date is after `today`.
 * - `BIRTH_DATE_TOO_EARLY` — the birth date is before 1800-01-01.
 * - `REGION_PROVINCE_UNKNOWN` — the first two digits are not a GB/T 2260 province-level code.
 * - `REGION_STRUCTURE` — the digits do not form a province, city, county or pool code.
 * - `INVALID_OPTION` — an option has an unusable value (e.g. an invalid `today` date).
 */
export type ValidationIssueCode =
  | 'TYPE'
  | 'LENGTH'
  | 'CHARSET'
  | 'CHECK_DIGIT'
  | 'LOWERCASE_CHECK_CHARACTER'
  | 'ORG_CODE_CHECK_DIGIT'
  | 'BIRTH_DATE_INVALID'
  | 'BIRTH_DATE_IN_FUTURE'
  | 'BIRTH_DATE_TOO_EARLY'
  | 'REGION_PROVINCE_UNKNOWN'
  | 'REGION_STRUCTURE'
  | 'INVALID_OPTION';

/** Whether an issue rejected the input (`error`) or was tolerated in `warn` mode (`warning`). */
export type ValidationIssueSeverity = 'error' | 'warning';

/**
 * One finding of a validator. Messages never contain the input (identifiers are personal data); they name
 * positions and expectations only.
 */
export interface ValidationIssue {
  /** Stable code; see {@link ValidationIssueCode}. */
  readonly code: ValidationIssueCode;
  /** `error` when the issue rejected the input; `warning` when `warn` mode tolerated it. */
  readonly severity: ValidationIssueSeverity;
  /** English, actionable, free of personal data. */
  readonly message: string;
  /** The same message in Chinese. */
  readonly messageZh?: string;
}

/**
 * The outcome of a `parse*` validator: `{ ok: true, value, issues }` (issues are warnings, empty in strict
 * mode) or `{ ok: false, issues }` (at least one issue has severity `error`).
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly ValidationIssue[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** An issue before the mode has decided its severity. */
export interface IssueDraft {
  readonly code: ValidationIssueCode;
  readonly message: string;
  readonly messageZh: string;
  /** A check failure that `warn` mode tolerates. */
  readonly tolerable?: boolean;
}

/** Reads the mode from untrusted options; `undefined` when the value is not a known mode. */
export function readMode(options: unknown): ValidationMode | undefined {
  if (options === null || typeof options !== 'object') return 'strict';
  let mode: unknown;
  try {
    mode = (options as { mode?: unknown }).mode;
  } catch {
    return undefined; // a throwing getter or proxy: treat as an unusable option, never throw
  }
  if (mode === undefined) return 'strict';
  return mode === 'strict' || mode === 'warn' ? mode : undefined;
}

/** The issue reported when `mode` is not `'strict'` or `'warn'`. */
export const invalidModeIssue: ValidationIssue = {
  code: 'INVALID_OPTION',
  severity: 'error',
  message: "Option `mode` must be 'strict' or 'warn'.",
  messageZh: "选项 mode 只能是 'strict' 或 'warn'。",
};

/** Builds a rejection from drafts, every one an error. */
export function reject(drafts: readonly IssueDraft[]): { readonly ok: false; readonly issues: readonly ValidationIssue[] } {
  return { ok: false, issues: drafts.map((d) => toIssue(d, 'error')) };
}

/**
 * Decides the outcome: structural drafts always reject; tolerable drafts reject in strict mode and become
 * warnings in warn mode (they stay warnings even when a structural fault rejects the input).
 */
export function settle<T>(mode: ValidationMode, drafts: readonly IssueDraft[], value: () => T): ValidationResult<T> {
  const severityOf = (d: IssueDraft): ValidationIssueSeverity =>
    d.tolerable === true && mode === 'warn' ? 'warning' : 'error';
  const issues = drafts.map((d) => toIssue(d, severityOf(d)));
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, value: value(), issues };
}

function toIssue(draft: IssueDraft, severity: ValidationIssueSeverity): ValidationIssue {
  return { code: draft.code, severity, message: draft.message, messageZh: draft.messageZh };
}

/** The `TYPE` draft for a non-string input. */
export function typeDraft(what: string, whatZh: string): IssueDraft {
  return {
    code: 'TYPE',
    message: `Expected the ${what} as a string.`,
    messageZh: `${whatZh}必须是字符串。`,
  };
}

/** The `LENGTH` draft; the actual length is metadata, not the value, so it may be named. */
export function lengthDraft(what: string, whatZh: string, expected: string, actual: number): IssueDraft {
  return {
    code: 'LENGTH',
    message: `A ${what} has ${expected} characters; got ${actual}. Remove spaces or separators and check for missing characters.`,
    messageZh: `${whatZh}应为 ${expected} 位，实际为 ${actual} 位。请去除空格或分隔符并检查是否缺位。`,
  };
}
