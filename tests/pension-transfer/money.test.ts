// Money identities on generated ledgers (fast-check): the form composed from any ledger satisfies every
// identity and is accepted; breaking any one amount is refused with that identity named; the pooled part is
// computed per year at the configured rate (12 % by default) and rounded half up per year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeInformationForm,
  DEFAULT_TRANSFER_RULES,
  generateLedger,
  informationFormViolations,
  ratioHalfUp,
  type TransferRulesConfig,
  type WorkerLedgerYear,
} from '@zhongyuan/mock-server/pension-transfer';
import { applicationBody, bodies, createWorld, eligible } from './support/world.js';

const month = fc.integer({ min: 1, max: 12 });

/** A ledger from the seed's generator: start between 1990 and 2025, ending in a month of 2026. */
const ledgerArb = fc
  .record({ seed: fc.integer(), startYear: fc.integer({ min: 1990, max: 2025 }), startMonth: month, endMonth: fc.integer({ min: 1, max: 2 }) })
  .map(({ seed, startYear, startMonth, endMonth }) => {
    let state = seed >>> 0;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 4294967296;
    };
    return generateLedger(random, `${startYear}${String(startMonth).padStart(2, '0')}`, `2026${String(endMonth).padStart(2, '0')}`);
  });

/** A hand-made ledger with arbitrary bases (up to 99 999 999.99 元 a month) and months. */
const wildLedgerArb = fc
  .array(fc.record({ base: fc.integer({ min: 0, max: 9_999_999_999 }), months: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 40 })
  .map((rows): WorkerLedgerYear[] => {
    let balance = 0;
    return rows.map((r, i) => {
      const year = 2026 - rows.length + 1 + i;
      const credited = ratioHalfUp(r.base * r.months, 800);
      balance += credited;
      return {
        year,
        startMonth: `${year}01`,
        endMonth: `${year}${String(r.months).padStart(2, '0')}`,
        months: r.months,
        monthlyBaseFen: r.base,
        employerRateBasisPoints: 1600,
        accountRateBasisPoints: 800,
        personalRateBasisPoints: 800,
        creditedFen: credited,
        creditedPersonalFen: credited,
        interestFen: 0,
        interestPersonalFen: 0,
        yearEndBalanceFen: balance,
        yearEndPersonalBalanceFen: balance,
      };
    });
  });

const ratesArb = fc.record({ pooledRateBasisPoints: fc.integer({ min: 0, max: 2000 }), pooledFromYear: fc.integer({ min: 1990, max: 2010 }) });

function compose(ledger: readonly WorkerLedgerYear[], rules: TransferRulesConfig, accountType: 'general' | 'temporary' = 'general') {
  return composeInformationForm({ ledger, accountType, regionCode: '130400', employerName: '示例有限公司', transferDate: '2026-03-06' }, rules);
}

describe('information-form identities', () => {
  it('a composed form satisfies every identity, for any ledger and configured rate', () => {
    fc.assert(
      fc.property(fc.oneof(ledgerArb, wildLedgerArb), ratesArb, (ledger, r) => {
        const rules = { ...DEFAULT_TRANSFER_RULES, ...r };
        const form = compose(ledger, rules);
        expect(informationFormViolations(form, rules)).toEqual([]);
        // individual = its three parts; total = individual + pooled; pooled = Σ per-year, each rounded half up
        expect(form.individualAccountTransferFen).toBe(form.preReformPersonalBalanceFen + form.accumulatedBalanceFen + form.currentYearPrincipalFen);
        expect(form.totalTransferFen).toBe(form.individualAccountTransferFen + form.pooledFundTransferFen);
        expect(form.pooledFundTransferFen).toBe(form.ledger.reduce((s, y) => s + y.pooledTransferFen, 0));
        for (const y of form.ledger) {
          expect(y.pooledEligible).toBe(y.year >= rules.pooledFromYear);
          expect(y.pooledBaseFen).toBe(y.pooledEligible ? y.monthlyBaseFen * y.months : 0);
          // Half up: the rounded value is within (-0.5, +0.5] fen of the exact product.
          const error = BigInt(y.pooledTransferFen) * 10000n - BigInt(y.pooledBaseFen) * BigInt(rules.pooledRateBasisPoints);
          expect(error).toBeGreaterThan(-5000n);
          expect(error).toBeLessThanOrEqual(5000n);
          expect(Number.isSafeInteger(y.pooledTransferFen)).toBe(true);
        }
        // The individual account moves whole: it is the ledger's last balance when the transfer year has no interest.
        expect(form.individualAccountTransferFen).toBe(ledger.at(-1)!.yearEndBalanceFen);
      }),
      { numRuns: 300 },
    );
  });

  it('a temporary account moves the individual account only', () => {
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const form = compose(ledger, DEFAULT_TRANSFER_RULES, 'temporary');
        expect(form.pooledFundTransferFen).toBe(0);
        expect(form.totalTransferFen).toBe(form.individualAccountTransferFen);
        expect(informationFormViolations(form, DEFAULT_TRANSFER_RULES)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  const members = [
    ['preReformPersonalBalanceFen', 'individual-account-transfer'],
    ['accumulatedBalanceFen', 'individual-account-transfer'],
    ['currentYearPrincipalFen', 'individual-account-transfer'],
    ['individualAccountTransferFen', 'individual-account-transfer'],
    ['pooledFundTransferFen', 'pooled-fund-sum'],
    ['totalTransferFen', 'total-transfer'],
  ] as const;

  it('changing any one amount by any non-zero fen breaks exactly the identities it takes part in', () => {
    fc.assert(
      fc.property(ledgerArb, fc.constantFrom(...members), fc.integer({ min: -100_000, max: 100_000 }).filter((d) => d !== 0), (ledger, [member, identity], delta) => {
        const form = compose(ledger, DEFAULT_TRANSFER_RULES);
        const broken = { ...form, [member]: form[member] + delta };
        const ids = informationFormViolations(broken, DEFAULT_TRANSFER_RULES).map((v) => v.id);
        expect(ids).toContain(identity);
        if (member === 'individualAccountTransferFen') expect(ids).toEqual(['individual-account-transfer', 'total-transfer']);
        if (member === 'pooledFundTransferFen') expect(ids).toEqual(['pooled-fund-sum', 'total-transfer']);
      }),
      { numRuns: 300 },
    );
  });

  it('a per-year pooled amount off by one fen, or a base not equal to base × months, is named', () => {
    fc.assert(
      fc.property(ledgerArb, fc.nat(), fc.constantFrom(1, -1), (ledger, pick, delta) => {
        const form = compose(ledger, DEFAULT_TRANSFER_RULES);
        const eligibleRows = form.ledger.map((y, i) => [y, i] as const).filter(([y]) => y.pooledEligible);
        const [, i] = eligibleRows[pick % eligibleRows.length]!;
        const ledgerA = form.ledger.map((y, j) => (j === i ? { ...y, pooledTransferFen: y.pooledTransferFen + delta } : y));
        const a = informationFormViolations({ ...form, ledger: ledgerA }, DEFAULT_TRANSFER_RULES);
        expect(a.map((v) => v.pointer)).toContain(`/content/ledger/${i}/pooledTransferFen`);
        const ledgerB = form.ledger.map((y, j) => (j === i ? { ...y, pooledBaseFen: y.pooledBaseFen + 100 } : y));
        const b = informationFormViolations({ ...form, ledger: ledgerB }, DEFAULT_TRANSFER_RULES);
        expect(b.map((v) => v.pointer)).toContain(`/content/ledger/${i}/pooledBaseFen`);
      }),
      { numRuns: 200 },
    );
  });

  it('rounds half up per year, then sums (not rounding the sum)', () => {
    expect(ratioHalfUp(2_700_000, 1200)).toBe(324_000);
    expect(ratioHalfUp(6_148_140, 1200)).toBe(737_777); // 737 776.8
    expect(ratioHalfUp(1_060_166, 1200)).toBe(127_220); // 127 219.92
    expect(ratioHalfUp(125, 1200)).toBe(15); // 15.0
    expect(ratioHalfUp(1_250_000_000_005, 1200)).toBe(150_000_000_001); // exact beyond 2^53 intermediates
  });
});

describe('through the mock', () => {
  it('the seeded workers\' forms are accepted and paid in full; the configured rate is enforced', async () => {
    const world = createWorld({ rules: { pooledRateBasisPoints: 1000 } });
    const rules = await (await world.client('洛阳')).getTransferRules();
    expect(rules.pooledRateBasisPoints).toBe(1000);
    let n = 0;
    for (const [oldCity, newCity] of [['菏泽', '商丘'], ['长治', '安阳'], ['阜阳', '信阳']] as const) {
      for (const worker of eligible(world, oldCity)) {
        const contactLetterNo = `4100002026${String(5000 + ++n).padStart(8, '0')}`;
        const atTwelve = compose(worker.ledger, DEFAULT_TRANSFER_RULES);
        const atTen = compose(worker.ledger, { ...DEFAULT_TRANSFER_RULES, pooledRateBasisPoints: 1000 });
        const b = bodies(worker, atTen);
        expect((await world.call(newCity, 'createTransferCase', { body: applicationBody(world, worker, oldCity, contactLetterNo) })).status).toBe(200);
        expect((await world.call(newCity, 'issueContactLetter', { contactLetterNo, body: b.issueContactLetter() })).status).toBe(200);
        const wrongRate = await world.call(oldCity, 'issueInformationForm', { contactLetterNo, body: { content: atTwelve, clerk: 'X-1' } });
        expect(wrongRate.body['violatedIdentities']).toEqual(['pooled-rate-configured']);
        const form = await world.call(oldCity, 'issueInformationForm', { contactLetterNo, body: b.issueInformationForm() });
        expect(form.body['status']).toBe('infoFormIssued');
        const documents = form.body['documents'] as { informationForm: { content: { ledger: unknown[] }; pooledRounding: string } };
        expect(documents.informationForm.content.ledger).toEqual(atTen.ledger); // the per-year computation is kept
        expect(documents.informationForm.pooledRounding).toBe('halfUpPerYear');
        expect((await world.call(oldCity, 'recordFundPayment', { contactLetterNo, body: b.recordFundPayment() })).body['status']).toBe('fundsSent');
      }
    }
  });
});
