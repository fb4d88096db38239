// Seed data (种子数据): eight synthetic persons insured in each of the 30 cities, and, for every city's facilities,
// the filings those persons hold for treatment there (effective for the first three; applied, rejected, expired
// and revoked examples for two insured cities). Citizen IDs are synthetic and pass their check digits.
import { cities, syntheticCitizenId, type City } from '@zhongyuan/sdk/validators';
import type { SeedContext } from '../../core/index.js';
import { crossProvince } from './policy.js';
import { NATIONAL, type Enrolment, type Filing, type MedicalSettlementStore, type Person } from './store.js';

const NAMES = ['王秀英', '李建国', '张丽', '刘志强', '陈桂兰', '杨军', '赵淑珍', '黄海'];

/** The person number of seeded person `n` (1–8) insured in `city` (a city code such as `371700`). */
export function seededPersonNo(city: string, n: number): string {
  return `${city}${String(n).padStart(10, '0')}`;
}

/** The id of the seeded filing of person `n` of `insuredCity` for treatment in `treatmentCity`. */
export function seededFilingId(treatmentCity: string, insuredCity: string, n: number): string {
  return `F${treatmentCity}${insuredCity}${n}`;
}

/**
 * What each seeded person number stands for: 1 retiree (310, 退休, account balance), 2 urban-rural resident
 * (390), 3 employee whose insurance is suspended, 4 employee without any filing, 5–8 employees whose filing is
 * applied, rejected, expired, revoked.
 */
export const SEEDED_PERSONS = {
  retiree: 1,
  resident: 2,
  suspended: 3,
  unfiled: 4,
  applied: 5,
  rejected: 6,
  expired: 7,
  revoked: 8,
} as const;

function person(city: City, n: number, random: SeedContext['random']): Person {
  const personNo = seededPersonNo(city.code, n);
  const female = n % 2 === 1;
  const birthDate = n === 1 ? '1958-03-12' : `${1960 + n * 3}-0${(n % 9) + 1}-1${n % 9}`;
  const citizenId = syntheticCitizenId({ region: city.code, birthDate, sex: female ? 'female' : 'male' }, random);
  const pool = city.medicalPoolCode;
  const base = { insuredSince: '2000-01-01', insuredRegion: pool } as const;
  let enrolment: Enrolment;
  if (n === 1) enrolment = { ...base, insuranceType: '310', personType: '21', insuranceStatus: '1', accountBalanceFen: 800_000, employerName: '退休人员' };
  else if (n === 2) enrolment = { ...base, insuranceType: '390', personType: '31', insuranceStatus: '1', accountBalanceFen: 0 };
  else if (n === 3) enrolment = { ...base, insuranceType: '310', personType: '11', insuranceStatus: '2', suspendedSince: '2026-01-01', accountBalanceFen: 120_000 };
  else enrolment = { ...base, insuranceType: '310', personType: '11', insuranceStatus: '1', accountBalanceFen: 300_000 };
  return {
    personNo,
    citizenId,
    name: n === 1 && city.code === '371700' ? '王秀英' : NAMES[(n + Number(city.code.slice(2, 4))) % NAMES.length]!,
    gender: female ? '2' : '1',
    birthDate,
    ecToken: `ec:${personNo}`,
    cardNo: `K${personNo}`,
    insurances: [enrolment],
  };
}

/** Fill a fresh store. */
export function seedStore(store: MedicalSettlementStore, { random, clock, clients }: SeedContext): void {
  const at = clock.date().toISOString();
  for (const city of cities) for (let n = 1; n <= 8; n++) store.persons.insert(seededPersonNo(city.code, n), NATIONAL, person(city, n, random));
  for (const client of clients) {
    const treatment = client.city;
    const others = cities.filter((c) => crossProvince(c.code, treatment.code));
    const showcase = new Set([others[0]?.code, others.find((c) => c.code === '371700')?.code ?? others[1]?.code]);
    for (const insured of others) {
      const filing = (n: number, status: Filing['status'], extra: Partial<Filing> = {}): void => {
        const filingId = seededFilingId(treatment.code, insured.code, n);
        store.filings.insert(filingId, client.id, {
          filingId,
          personNo: seededPersonNo(insured.code, n),
          insuranceType: n === 2 ? '390' : '310',
          category: n === 1 ? 'resettledRetiree' : n === 2 ? 'longTermResident' : 'postedWorker',
          emergency: false,
          insuredRegion: insured.medicalPoolCode,
          treatmentRegion: treatment.code,
          validFrom: '2024-01-01',
          status,
          createdAt: at,
          updatedAt: at,
          ...extra,
        });
      };
      filing(1, 'effective');
      filing(2, 'effective');
      filing(3, 'effective');
      if (showcase.has(insured.code)) {
        filing(5, 'applied');
        filing(6, 'rejected');
        filing(7, 'expired', { validFrom: '2024-01-01', validTo: '2025-12-31' });
        filing(8, 'revoked');
      }
    }
  }
}
