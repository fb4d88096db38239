/**
 * Seed data (种子数据): every city's agency holds the contribution records of a handful of synthetic workers
 * with realistic per-year ledgers — rising contribution bases, the historical rates (account share 11 % before
 * 2006, 8 % after; employer 20 % before 2019, 16 % after), yearly interest — drawn from the mock's seeded
 * generator, so the same seed gives the same workers on every machine. Each city has an eligible worker with
 * pre-1998 years, a recent one, a temporary account, one in arrears, one still contributing and a pensioner.
 */
import { syntheticCitizenId } from '@zhongyuan/sdk/validators';
import type { MockClient, Random } from '../../core/index.js';
import { ratioHalfUp } from './rules.js';
import type { AccountType, PensionTransferStore, WorkerLedgerYear, WorkerRecord } from './store.js';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN_FEMALE = ['静', '芳', '敏', '丽', '娟', '霞', '燕', '婷'];
const GIVEN_MALE = ['伟', '强', '磊', '军', '勇', '涛', '明', '杰'];
const EMPLOYERS = ['机械制造有限公司', '纺织有限公司', '食品有限公司', '物流有限公司', '建筑工程有限公司', '电子科技有限公司'];

/** The kinds of seeded worker, one of each per city, in this order. */
export const WORKER_PROFILES = ['eligibleLong', 'eligibleRecent', 'temporaryAccount', 'arrears', 'stillContributing', 'pensioner'] as const;
/** A seeded worker's profile. */
export type WorkerProfile = (typeof WORKER_PROFILES)[number];

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function ym(year: number, month: number): string {
  return `${year}${String(month).padStart(2, '0')}`;
}

/**
 * A ledger from `startMonth` to `endMonth` (`YYYYMM`), one row per calendar year; interest is credited on the
 * previous balance for every year but the last (the transfer year).
 */
export function generateLedger(random: Random, startMonth: string, endMonth: string): WorkerLedgerYear[] {
  const y1 = Number(startMonth.slice(0, 4));
  const y2 = Number(endMonth.slice(0, 4));
  let base = between(random, 60_000, 180_000) * Math.max(1, Math.round((y1 - 1990) / 6));
  let balance = 0;
  let personalBalance = 0;
  const rows: WorkerLedgerYear[] = [];
  for (let year = y1; year <= y2; year++) {
    const m1 = year === y1 ? Number(startMonth.slice(4)) : 1;
    const m2 = year === y2 ? Number(endMonth.slice(4)) : 12;
    const months = m2 - m1 + 1;
    const accountRate = year < 2006 ? 1100 : 800;
    const employerRate = year < 2019 ? 2000 : 1600;
    const personalRate = 800;
    const creditedFen = ratioHalfUp(base * months, accountRate);
    const creditedPersonalFen = ratioHalfUp(base * months, personalRate);
    const interestRate = between(random, 250, 420);
    const interestFen = year === y2 ? 0 : ratioHalfUp(balance, interestRate);
    const interestPersonalFen = year === y2 ? 0 : ratioHalfUp(personalBalance, interestRate);
    balance += creditedFen + interestFen;
    personalBalance += creditedPersonalFen + interestPersonalFen;
    rows.push({
      year,
      startMonth: ym(year, m1),
      endMonth: ym(year, m2),
      months,
      monthlyBaseFen: base,
      employerRateBasisPoints: employerRate,
      accountRateBasisPoints: accountRate,
      personalRateBasisPoints: personalRate,
      creditedFen,
      creditedPersonalFen,
      interestFen,
      interestPersonalFen,
      yearEndBalanceFen: balance,
      yearEndPersonalBalanceFen: personalBalance,
    });
    base = Math.round((base * between(random, 1030, 1090)) / 1000);
  }
  return rows;
}

function endOfLastMonth(now: Date): { year: number; month: number } {
  const local = new Date(now.getTime() + 8 * 3600_000);
  const month = local.getUTCMonth(); // 0-based: the previous month, 1-based
  return month === 0 ? { year: local.getUTCFullYear() - 1, month: 12 } : { year: local.getUTCFullYear(), month };
}

/** Seed every city's agency with one worker of each profile. */
export function seedWorkers(store: PensionTransferStore, context: { random: Random; clock: { date(): Date }; clients: readonly MockClient[] }): void {
  const { random } = context;
  const last = endOfLastMonth(context.clock.date());
  const endMonth = ym(last.year, last.month);
  for (const client of context.clients) {
    WORKER_PROFILES.forEach((profile, i) => {
      const female = profile === 'eligibleLong' || i % 2 === 1;
      const birthYear = profile === 'pensioner' ? between(random, 1958, 1962) : profile === 'eligibleLong' ? between(random, 1970, 1976) : profile === 'temporaryAccount' ? between(random, 1968, 1974) : between(random, 1985, 1998);
      const birthDate = `${birthYear}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
      const citizenId = syntheticCitizenId({ region: client.region, birthDate, sex: female ? 'female' : 'male' }, random);
      const name = pick(random, SURNAMES) + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
      const start =
        profile === 'eligibleLong' ? ym(between(random, 1993, 1996), between(random, 1, 12))
        : profile === 'pensioner' ? ym(between(random, 1990, 1994), 1)
        : profile === 'temporaryAccount' ? ym(last.year - between(random, 4, 8), between(random, 1, 12))
        : ym(last.year - between(random, 2, 9), between(random, 1, 12));
      const end = profile === 'pensioner' ? ym(birthYear + 55, 12) : endMonth;
      const ledger = generateLedger(random, start, end);
      const accountType: AccountType = profile === 'temporaryAccount' ? 'temporary' : 'general';
      const record: WorkerRecord = {
        workerKey: `${client.region}:${citizenId}`,
        citizenId,
        name,
        gender: female ? 'female' : 'male',
        regionCode: client.region,
        personNo: `${client.region}${String(100_000 + between(random, 0, 899_999))}${i}`,
        accountType,
        employerName: `${client.city.nameZh}示例${pick(random, EMPLOYERS)}`,
        contributionStartMonth: start,
        contributionEndMonth: end,
        contributionMonths: ledger.reduce((s, y) => s + y.months, 0),
        contributionsSuspended: profile !== 'stillContributing',
        arrearsOutstanding: profile === 'arrears',
        receivingPension: profile === 'pensioner',
        ledger,
      };
      store.workers.insert(record.workerKey, client.id, record);
    });
  }
}
