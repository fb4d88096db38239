/**
 * Transfer rules (转移规则参数) and money (金额): the configurable pooled-fund rate and its per-year half-up
 * rounding, the temporary-account rule, the working-day calendar of the 15-working-day hop targets, the
 * information form's amount identities, and how an old place composes a form from its ledger. All amounts are
 * integer fen; products are taken in `bigint` so no intermediate loses precision.
 */
import type { AccountType, InformationFormContent, InformationFormInput, LedgerYear, WorkerLedgerYear } from './store.js';

/** The rule parameters a deployment applies. Several are unverified and therefore configuration. */
export interface TransferRulesConfig {
  /** Pooled-fund rate on each year's contribution base, in basis points. Unverified. @default 1200 (12 %) */
  readonly pooledRateBasisPoints: number;
  /** First year whose contributions carry a pooled-fund transfer. Unverified. @default 1998 */
  readonly pooledFromYear: number;
  /** Whether a temporary contribution account also transfers a pooled part. Unverified. @default false */
  readonly temporaryAccountTransfersPooledFund: boolean;
  /** Service target per hop, in working days. @default 15 */
  readonly hopTargetWorkingDays: number;
  /** How long inbox events and cursors are kept, in days. @default 90 */
  readonly inboxRetentionDays: number;
  /** Public holidays (`YYYY-MM-DD`, Beijing dates) that are not working days. @default [] */
  readonly holidays: readonly string[];
  /** Weekend days worked instead (调休, `YYYY-MM-DD`). @default [] */
  readonly adjustedWorkingDays: readonly string[];
  /** Id of the calendar reported by `getTransferRules`. @default 'CN-MAINLAND' */
  readonly workingDayCalendar: string;
}

/** The default rules: 12 % from 1998, half up per year, temporary accounts individual only, 15 working days. */
export const DEFAULT_TRANSFER_RULES: TransferRulesConfig = {
  pooledRateBasisPoints: 1200,
  pooledFromYear: 1998,
  temporaryAccountTransfersPooledFund: false,
  hopTargetWorkingDays: 15,
  inboxRetentionDays: 90,
  holidays: [],
  adjustedWorkingDays: [],
  workingDayCalendar: 'CN-MAINLAND',
};

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

function isWorkingDay(day: Date, rules: TransferRulesConfig): boolean {
  const iso = day.toISOString().slice(0, 10);
  if (rules.adjustedWorkingDays.includes(iso)) return true;
  if (rules.holidays.includes(iso)) return false;
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The due time of a hop started at `startedAt`: the end (23:59:59 Beijing time) of the n-th working day after
 * the (Beijing) day the hop started.
 */
export function hopDueAt(startedAt: string, rules: TransferRulesConfig): string {
  const local = new Date(Date.parse(startedAt) + BEIJING_OFFSET_MS);
  let day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  let counted = 0;
  while (counted < rules.hopTargetWorkingDays) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day, rules)) counted += 1;
  }
  return new Date(day.getTime() + DAY_MS - 1000 - BEIJING_OFFSET_MS).toISOString().replace('.000Z', 'Z');
}

/** `floor((of × basisPoints + 5000) / 10000)`: a ratio rounded half up to the fen, exactly. */
export function ratioHalfUp(of: number, basisPoints: number): number {
  return Number((BigInt(of) * BigInt(basisPoints) + 5000n) / 10000n);
}

/** `a × b` exactly, or `undefined` beyond `Number.MAX_SAFE_INTEGER`. */
function safeProduct(a: number, b: number): number | undefined {
  const p = BigInt(a) * BigInt(b);
  return p > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(p);
}

/** One failing amount identity of a request. */
export interface IdentityViolation {
  /** The identity's `id` in the spec's `x-amount-identities`. */
  readonly id: string;
  /** JSON Pointer of the failing member in the request body. */
  readonly pointer: string;
  /** What the member must equal (never the submitted value). */
  readonly message: string;
}

/**
 * Check every identity of `InformationFormContent` (individual = its three parts, total = individual + pooled,
 * pooled = Σ per-year pooled, per-year base = monthly base × months when eligible, per-year pooled = base ×
 * configured rate rounded half up, rate = the configured one). Pointers are relative to `base` (the form
 * content's pointer in the request, e.g. `/content`).
 */
export function informationFormViolations(
  content: InformationFormContent,
  rules: TransferRulesConfig,
  base = '/content',
): IdentityViolation[] {
  const out: IdentityViolation[] = [];
  const add = (id: string, pointer: string, message: string): void => {
    out.push({ id, pointer: base + pointer, message });
  };
  if (content.pooledRateBasisPoints !== rules.pooledRateBasisPoints) {
    add('pooled-rate-configured', '/pooledRateBasisPoints', 'Must equal the configured pooled-fund rate (getTransferRules).');
  }
  content.ledger.forEach((row, i) => {
    const eligibleByYear = row.year >= rules.pooledFromYear;
    const expectedBase = row.pooledEligible ? safeProduct(row.monthlyBaseFen, row.months) : 0;
    if ((row.pooledEligible && !eligibleByYear) || expectedBase === undefined || row.pooledBaseFen !== expectedBase) {
      add('pooled-base-per-year', `/ledger/${i}/pooledBaseFen`, 'Must equal monthlyBaseFen × months (aae180 × aae202) when pooledEligible, else 0; years before pooledFromYear are not eligible.');
    }
    if (row.pooledTransferFen !== ratioHalfUp(row.pooledBaseFen, content.pooledRateBasisPoints)) {
      add('pooled-fund-per-year', `/ledger/${i}/pooledTransferFen`, 'Must equal pooledBaseFen × pooledRateBasisPoints / 10000, rounded half up to the fen.');
    }
  });
  const pooledSum = content.ledger.reduce((sum, row) => sum + row.pooledTransferFen, 0);
  if (content.pooledFundTransferFen !== pooledSum) {
    add('pooled-fund-sum', '/pooledFundTransferFen', 'Must equal the sum of the per-year pooledTransferFen (aic084).');
  }
  const individual = content.preReformPersonalBalanceFen + content.accumulatedBalanceFen + content.currentYearPrincipalFen;
  if (content.individualAccountTransferFen !== individual) {
    add('individual-account-transfer', '/individualAccountTransferFen', 'Must equal preReformPersonalBalanceFen + accumulatedBalanceFen + currentYearPrincipalFen (aic083 = aic093 + aic089 + aic082).');
  }
  if (content.totalTransferFen !== content.individualAccountTransferFen + content.pooledFundTransferFen) {
    add('total-transfer', '/totalTransferFen', 'Must equal individualAccountTransferFen + pooledFundTransferFen (aic102 = aic083 + aic084).');
  }
  return out;
}

/** The members of a temporary account's form that carry a pooled part (pointers relative to `base`). */
export function temporaryAccountViolations(
  content: InformationFormContent,
  accountType: AccountType,
  rules: TransferRulesConfig,
  base = '/content',
): IdentityViolation[] {
  if (accountType !== 'temporary' || rules.temporaryAccountTransfersPooledFund) return [];
  const out: IdentityViolation[] = [];
  const message = 'Must be 0 for a temporary contribution account.';
  if (content.pooledFundTransferFen !== 0) out.push({ id: 'temporary-account-individual-only', pointer: `${base}/pooledFundTransferFen`, message });
  content.ledger.forEach((row, i) => {
    if (row.pooledTransferFen !== 0) out.push({ id: 'temporary-account-individual-only', pointer: `${base}/ledger/${i}/pooledTransferFen`, message });
  });
  return out;
}

/** Inclusive number of months from `from` to `to` (`YYYYMM`), as `aae201` is computed. */
export function monthsBetween(from: string, to: string): number {
  const y1 = Number(from.slice(0, 4));
  const m1 = Number(from.slice(4));
  const y2 = Number(to.slice(0, 4));
  const m2 = Number(to.slice(4));
  return y2 * 12 + m2 - (y1 * 12 + m1) + 1;
}

/** What an old place needs to compose an information form beyond its ledger. */
export interface ComposeFormInput {
  /** The local ledger, oldest year first; the last row is the transfer year. */
  readonly ledger: readonly WorkerLedgerYear[];
  /** The case's account type. */
  readonly accountType: AccountType;
  /** Region code of the old place. */
  readonly regionCode: string;
  /** Last employer at the old place. */
  readonly employerName: string;
  /** Transfer date (`YYYY-MM-DD`); amounts are frozen at it. */
  readonly transferDate: string;
}

/**
 * Compose the information form's content from a ledger the way the exchange checks it: per-year pooled base
 * and pooled amount at the configured rate (rounded half up per year, zero before `pooledFromYear` and for a
 * temporary account), and the individual-account parts from the ledger's balances.
 *
 * @example
 * const content = composeInformationForm({ ledger, accountType: 'general', regionCode: '130400', employerName, transferDate: '2026-03-06' }, DEFAULT_TRANSFER_RULES);
 */
export function composeInformationForm(input: ComposeFormInput, rules: TransferRulesConfig): InformationFormInput {
  const { ledger } = input;
  const first = ledger[0];
  const last = ledger.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('a ledger needs at least one year');
  const pooledAllowed = input.accountType !== 'temporary' || rules.temporaryAccountTransfersPooledFund;
  const rows: LedgerYear[] = ledger.map((y) => {
    const pooledEligible = pooledAllowed && y.year >= rules.pooledFromYear;
    const pooledBaseFen = pooledEligible ? y.monthlyBaseFen * y.months : 0;
    return {
      regionCode: input.regionCode,
      year: y.year,
      startMonth: y.startMonth,
      endMonth: y.endMonth,
      months: y.months,
      monthlyBaseFen: y.monthlyBaseFen,
      employerRateBasisPoints: y.employerRateBasisPoints,
      accountRateBasisPoints: y.accountRateBasisPoints,
      personalRateBasisPoints: y.personalRateBasisPoints,
      creditedFen: y.creditedFen,
      creditedPersonalFen: y.creditedPersonalFen,
      interestFen: y.interestFen,
      interestPersonalFen: y.interestPersonalFen,
      yearEndBalanceFen: y.yearEndBalanceFen,
      yearEndPersonalBalanceFen: y.yearEndPersonalBalanceFen,
      pooledEligible,
      pooledBaseFen,
      pooledTransferFen: ratioHalfUp(pooledBaseFen, rules.pooledRateBasisPoints),
    };
  });
  const transferYear = Number(input.transferDate.slice(0, 4));
  const before = ledger.filter((y) => y.year < transferYear);
  const preReform = ledger.filter((y) => y.year < 1998).at(-1)?.yearEndPersonalBalanceFen ?? 0;
  const endOfPreviousYear = before.at(-1)?.yearEndBalanceFen ?? 0;
  const currentYearPrincipalFen = ledger.filter((y) => y.year >= transferYear).reduce((s, y) => s + y.creditedFen, 0);
  const accumulatedBalanceFen = endOfPreviousYear - preReform;
  const individualAccountTransferFen = preReform + accumulatedBalanceFen + currentYearPrincipalFen;
  const pooledFundTransferFen = rows.reduce((s, r) => s + r.pooledTransferFen, 0);
  return {
    employerName: input.employerName,
    workStartMonth: first.startMonth,
    firstContributionMonth: first.startMonth,
    accountEstablishedMonth: first.startMonth,
    localContributionStartMonth: first.startMonth,
    localContributionEndMonth: last.endMonth,
    localContributionMonths: ledger.reduce((s, y) => s + y.months, 0),
    transferDate: input.transferDate,
    preReformPersonalBalanceFen: preReform,
    accumulatedBalanceFen,
    currentYearPrincipalFen,
    individualAccountTransferFen,
    pooledFundTransferFen,
    totalTransferFen: individualAccountTransferFen + pooledFundTransferFen,
    pooledRateBasisPoints: rules.pooledRateBasisPoints,
    ledger: rows,
  };
}
