// Insured-place policy (参保地政策) of each of the 30 cities and the fund split it produces, in integer fen. The
// figures are synthetic but shaped like real ones: a deductible (起付线) per encounter type, pool ratios (支付比例)
// by person type, a cap (封顶线) above which the large-amount fund (大额) pays a share, and a lower ratio for
// temporary treatment outside the insured province.
import { cities, type City } from '@zhongyuan/sdk/validators';
import type { SettlementAmounts } from './store.js';

/** One city's policy, amounts in fen, ratios in basis points (万分之一). */
export interface InsuredPlacePolicy {
  /** The city (参保地). */
  readonly city: City;
  /** The city's medical-insurance pool code (`xxxx99`; 济源 `419001`): the settlement agency. */
  readonly agency: string;
  readonly outpatientDeductibleFen: number;
  readonly inpatientDeductibleFen: number;
  /** Pool ratio for retirees (`21`), in-service employees (`11`) and residents (`31`). */
  readonly ratioBp: Readonly<Record<'21' | '11' | '31', number>>;
  /** Reduction of the ratio for temporary treatment (referral, other temporary, emergency). */
  readonly temporaryReductionBp: number;
  /** Largest pool-fund payment of one encounter. */
  readonly poolCapFen: number;
  /** Share of the in-policy amount above the cap paid by the large-amount / critical-illness fund. */
  readonly largeAmountRatioBp: number;
}

/** The city of a region code in any accepted form (`xxxx00`, pool `xxxx99`, county `xxxxDD`; 济源 `419001`/`419099`). */
export function cityOfRegion(region: string): City | undefined {
  const key = region.startsWith('4190') ? '419001' : `${region.slice(0, 4)}00`;
  return cities.find((c) => c.code === key);
}

/** Whether two region codes lie in different provinces (跨省). */
export function crossProvince(a: string, b: string): boolean {
  return a.slice(0, 2) !== b.slice(0, 2);
}

/** Whether two region codes name the same insured place (both forms accepted). */
export function sameInsuredPlace(a: string, b: string): boolean {
  const ca = cityOfRegion(a);
  return ca !== undefined && ca.code === cityOfRegion(b)?.code;
}

const policies: ReadonlyMap<string, InsuredPlacePolicy> = new Map(
  cities.map((city, i) => [
    city.code,
    {
      city,
      agency: city.medicalPoolCode,
      outpatientDeductibleFen: 20_000 + (i % 5) * 5_000,
      inpatientDeductibleFen: 60_000 + (i % 6) * 10_000,
      ratioBp: { '21': 9_000 - (i % 3) * 200, '11': 8_500 - (i % 3) * 200, '31': 6_500 - (i % 4) * 250 },
      temporaryReductionBp: 1_000,
      poolCapFen: 30_000_000 + (i % 4) * 5_000_000,
      largeAmountRatioBp: 8_000,
    },
  ]),
);

/** The policy of the insured place `region` (any accepted form), or `undefined` outside the 30 cities. */
export function policyFor(region: string): InsuredPlacePolicy | undefined {
  const city = cityOfRegion(region);
  return city === undefined ? undefined : policies.get(city.code);
}

/** Every city's policy (for inspection and tests). */
export function allPolicies(): readonly InsuredPlacePolicy[] {
  return [...policies.values()];
}

/** What the split is computed from. */
export interface SplitInput {
  readonly policy: InsuredPlacePolicy;
  readonly encounterType: 'outpatient' | 'inpatient';
  readonly insuranceType: string;
  readonly personType: string;
  readonly temporary: boolean;
  /** Sums over the lines being settled. */
  readonly fullOwnPayFen: number;
  readonly overLimitSelfPayFen: number;
  readonly preSelfPayFen: number;
  readonly inPolicyFen: number;
  /** Deductible already applied by earlier (interim) settlements of the encounter. */
  readonly deductibleUsedFen: number;
  /** Pool fund already paid by earlier settlements of the encounter. */
  readonly poolPaidFen: number;
  readonly useAccount: boolean;
  readonly accountBalanceFen: number;
}

/** `a × bp / 10000`, rounded down (a fund never pays a fraction of a fen more than its ratio). */
function share(a: number, bp: number): number {
  return Number((BigInt(a) * BigInt(bp)) / 10_000n);
}

/** The split of one settlement. Identities 1–3 of `SettlementAmounts` hold by construction. */
export function computeSplit(input: SplitInput): SettlementAmounts {
  const { policy } = input;
  const total = input.fullOwnPayFen + input.overLimitSelfPayFen + input.preSelfPayFen + input.inPolicyFen;
  const deductibleLimit = input.encounterType === 'inpatient' ? policy.inpatientDeductibleFen : policy.outpatientDeductibleFen;
  const deductibleFen = Math.min(input.inPolicyFen, Math.max(0, deductibleLimit - input.deductibleUsedFen));
  const personKey = input.personType === '21' || input.personType === '11' ? input.personType : '31';
  const ratio = Math.max(0, policy.ratioBp[personKey] - (input.temporary ? policy.temporaryReductionBp : 0));
  const payable = input.inPolicyFen - deductibleFen;
  const uncapped = share(payable, ratio);
  const capLeft = Math.max(0, policy.poolCapFen - input.poolPaidFen);
  const poolFundPayFen = Math.min(uncapped, capLeft);
  const aboveCap = uncapped - poolFundPayFen;
  const largeAmount = share(aboveCap, policy.largeAmountRatioBp);
  const employee = input.insuranceType === '310';
  const fundPaySumFen = poolFundPayFen + largeAmount;
  const hospitalPartFen = 0;
  const personalPartFen = total - fundPaySumFen - hospitalPartFen;
  // Residents have no personal account; an employee's account pays at most its balance.
  const accountPayFen = input.useAccount && employee ? Math.min(personalPartFen, input.accountBalanceFen) : 0;
  return {
    medicalFeeTotalFen: total,
    fullOwnPayFen: input.fullOwnPayFen,
    overLimitSelfPayFen: input.overLimitSelfPayFen,
    preSelfPayFen: input.preSelfPayFen,
    inPolicyFen: input.inPolicyFen,
    deductibleFen,
    poolFundPayFen,
    poolFundRatioBp: ratio,
    civilServantPayFen: 0,
    enterpriseSupplementPayFen: 0,
    residentCriticalIllnessPayFen: employee ? 0 : largeAmount,
    employeeLargeAmountPayFen: employee ? largeAmount : 0,
    medicalAssistancePayFen: 0,
    otherPayFen: 0,
    fundPaySumFen,
    personalPartFen,
    accountPayFen,
    accountMutualAidPayFen: 0,
    cashPayFen: personalPartFen - accountPayFen,
    hospitalPartFen,
  };
}

/** Which of the enforced identities (1–3 of `SettlementAmounts`) `a` violates, as JSON Pointers of the totals. */
export function identityViolations(a: SettlementAmounts): string[] {
  const out: string[] = [];
  const funds =
    a.poolFundPayFen +
    a.civilServantPayFen +
    a.enterpriseSupplementPayFen +
    a.residentCriticalIllnessPayFen +
    a.employeeLargeAmountPayFen +
    a.medicalAssistancePayFen +
    a.otherPayFen;
  if (funds !== a.fundPaySumFen) out.push('/fundPaySumFen');
  if (a.accountPayFen + a.accountMutualAidPayFen + a.cashPayFen !== a.personalPartFen) out.push('/personalPartFen');
  if (a.fundPaySumFen + a.personalPartFen + a.hospitalPartFen !== a.medicalFeeTotalFen) out.push('/medicalFeeTotalFen');
  return out;
}

/** The classification of a fee line under the treatment-place catalogue (就医地目录). */
export interface LineClassification {
  readonly itemLevel: '01' | '02' | '03';
  readonly selfPayRatioBp?: number;
  readonly fullOwnPayFen: number;
  readonly overLimitFen: number;
  readonly preSelfPayFen: number;
  readonly inPolicyFen: number;
}

/**
 * Classify a line by its national catalogue code: `X…`/`F…` (Western drugs, services) 甲类, fully in policy;
 * `Z…` (Chinese patent drugs) 乙类 with 10 % paid first by the patient (先行自付); anything else 丙类 (outside the
 * catalogue), fully self-paid.
 */
export function classifyLine(nationalListCode: string, lineTotalFen: number): LineClassification {
  const head = nationalListCode.charAt(0).toUpperCase();
  if (head === 'X' || head === 'F') {
    return { itemLevel: '01', selfPayRatioBp: 0, fullOwnPayFen: 0, overLimitFen: 0, preSelfPayFen: 0, inPolicyFen: lineTotalFen };
  }
  if (head === 'Z') {
    const pre = Number((BigInt(lineTotalFen) * 1_000n + 5_000n) / 10_000n);
    return { itemLevel: '02', selfPayRatioBp: 1_000, fullOwnPayFen: 0, overLimitFen: 0, preSelfPayFen: pre, inPolicyFen: lineTotalFen - pre };
  }
  return { itemLevel: '03', fullOwnPayFen: lineTotalFen, overLimitFen: 0, preSelfPayFen: 0, inPolicyFen: 0 };
}

/** `quantity × unit price / 10^8` rounded half up to the fen (the identity a line total must satisfy). */
export function lineTotalOf(quantityTenThousandths: number, unitPriceMicroYuan: number): number {
  const product = BigInt(quantityTenThousandths) * BigInt(unitPriceMicroYuan);
  return Number((product + 50_000_000n) / 100_000_000n);
}
