// The flows around settlement: the interim-settlement path, reversal by message id with definite outcomes,
// reversal after day-end reconciliation (a refund row the next day), the NDJSON detail comparison, the
// insured-place policy of all 30 cities, and a model-based check of the settlement ledger.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineScenario } from '@zhongyuan/mock-server';
import { isApiError } from '@zhongyuan/sdk';
import { cities } from '@zhongyuan/sdk/validators';
import { allPolicies, computeSplit, identityViolations, policyFor } from '@zhongyuan/mock-server/medical-settlement';
import { collect, createWorld, failure, RETIREE } from './support/world.js';

const DAY = 24 * 3600_000;

describe('settlement flows', () => {
  const w = createWorld();
  afterEach(() => w.mock.reset());

  it('interim settlement, more fees, discharge and the final settlement: the deductible applies once, identities hold', async () => {
    const stay = await w.admit();
    await w.upload(stay.encounterId, [w.line('F001100000000', 10_000, 3_000_000_000)]); // ¥3,000
    const interim = await w.settleNow(stay.encounterId, RETIREE, true);
    expect(interim).toMatchObject({ interim: true, status: 'settled' });
    expect(interim.amounts.deductibleFen).toBeGreaterThan(0);
    await w.upload(stay.encounterId, [w.line('XB01ACA056A001010100483', 10_000, 2_000_000_000)]); // ¥2,000 more
    await w.discharge(stay.encounterId);
    const final = await w.settleNow(stay.encounterId);
    expect(final.interim).toBe(false);
    expect(final.amounts.deductibleFen).toBe(0);
    expect(final.amounts.medicalFeeTotalFen).toBe(200_000);
    for (const s of [interim, final]) expect(identityViolations(s.amounts)).toEqual([]);
    expect((await w.client.getEncounter({ encounterId: stay.encounterId })).status).toBe('settled');
  });

  it('a filing registered before discharge settlement lets a not-filed admission settle', async () => {
    const unfiled = '3717000000000004';
    const stay = await w.admit(unfiled);
    expect(stay.filingBasis).toBe('notFiled');
    await w.upload(stay.encounterId);
    await w.discharge(stay.encounterId);
    const refused = await failure(w.preSettle(stay.encounterId, unfiled));
    expect(isApiError(refused) && refused.code).toBe('NOT_FILED');
    await w.client.registerFiling({ body: { envelope: w.envelope(), personNo: unfiled, insuranceType: '310', category: 'otherTemporary', encounterId: stay.encounterId, validFrom: '2026-11-02' } });
    const s = await w.settleNow(stay.encounterId, unfiled);
    expect(s.status).toBe('settled');
  });

  it('reversal of a call that never arrived is definite: 422 UNKNOWN_ORIGINAL_MESSAGE, and a late arrival is refused', async () => {
    const e = await w.registerOutpatient();
    await w.upload(e.encounterId);
    const pre = await w.preSettle(e.encounterId);
    const messageId = w.nextMessageId();
    const unknown = await failure(w.reverse(messageId));
    expect(isApiError(unknown) && unknown.code).toBe('UNKNOWN_ORIGINAL_MESSAGE');
    const late = await failure(w.client.settle({ encounterId: e.encounterId, body: w.settleBody(pre.amounts, RETIREE, messageId) }, { idempotencyKey: messageId }));
    expect(isApiError(late) && late.code).toBe('MESSAGE_ALREADY_REVERSED');
    expect(w.store().settlements.size).toBe(0);
  });

  it('a replay with the same key and body answers the stored settlement; reversing it twice is refused', async () => {
    const e = await w.registerOutpatient();
    await w.upload(e.encounterId);
    const pre = await w.preSettle(e.encounterId);
    const messageId = w.nextMessageId();
    const body = w.settleBody(pre.amounts, RETIREE, messageId);
    const first = await w.client.settle({ encounterId: e.encounterId, body }, { idempotencyKey: messageId });
    const again = await w.client.settle({ encounterId: e.encounterId, body }, { idempotencyKey: messageId }).withResponse();
    expect(again.data).toEqual(first);
    expect(again.response.idempotentReplayed).toBe(true);
    await w.reverse(messageId);
    const twice = await failure(w.reverse(messageId));
    expect(isApiError(twice) && twice.code).toBe('SETTLEMENT_ALREADY_REVERSED');
  });

  it('a settlement reversed after its day was reconciled appears as a refund row in the next reconciliation', async () => {
    const stay = await w.inpatientIn('settled');
    const s = (await w.client.listSettlements({ encounterId: stay.encounterId })).items[0]!;
    const totals = { medicalFeeTotalFen: s.amounts.medicalFeeTotalFen, fundPaySumFen: s.amounts.fundPaySumFen, accountPayFen: s.amounts.accountPayFen, settlementCount: 1 };
    expect((await w.reconcile(totals)).totalsResult).toBe('balanced');
    w.mock.clock.advance(DAY);
    await w.reverse(s.messageId);
    const nextDay = '2026-11-03';
    const run = await w.client.reconcileTotals({
      body: { envelope: w.plainEnvelope(), insuranceType: '310', clearingType: '21', settlementAgency: '371700', statementFrom: nextDay, statementTo: nextDay, includesRefunds: true, totals: { medicalFeeTotalFen: 0, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 0 } },
    });
    expect(run.totalsResult).toBe('unbalanced');
    const refund = { medicalFeeTotalFen: -totals.medicalFeeTotalFen || 0, fundPaySumFen: -totals.fundPaySumFen || 0, accountPayFen: -totals.accountPayFen || 0, settlementCount: 1 };
    expect(run.remoteTotals).toEqual(refund);
    // With the refund row in the hospital's ledger too, the next day balances; the original day is untouched.
    const rerun = await w.client.reconcileTotals({
      body: { envelope: w.plainEnvelope(), insuranceType: '310', clearingType: '21', settlementAgency: '371799', statementFrom: nextDay, statementTo: nextDay, includesRefunds: true, totals: refund },
    });
    expect(rerun.totalsResult).toBe('balanced');
    expect((await w.reconcile(totals, { includesRefunds: false })).totalsResult).toBe('balanced');
  });

  it('compares the detail as NDJSON: local-only, remote-only and amount-mismatch in settlementId order, summary last', async () => {
    const settled: Array<Awaited<ReturnType<typeof w.settleNow>>> = [];
    for (let i = 0; i < 3; i++) {
      const e = await w.registerOutpatient();
      await w.upload(e.encounterId);
      settled.push(await w.settleNow(e.encounterId));
    }
    const row = (s: (typeof settled)[number]) => ({ settlementId: s.settlementId, encounterId: s.encounterId, personNo: s.personNo, medicalFeeTotalFen: s.amounts.medicalFeeTotalFen, fundPaySumFen: s.amounts.fundPaySumFen, accountPayFen: s.amounts.accountPayFen, refund: false });
    const [a, b, c] = settled as [(typeof settled)[number], (typeof settled)[number], (typeof settled)[number]];
    // Local ledger: a as is, b with a wrong amount, c missing, and a row the platform never had.
    const local = [row(a), { ...row(b), medicalFeeTotalFen: row(b).medicalFeeTotalFen + 1 }, { ...row(a), settlementId: 'A371799261102ZZZZZZ' }];
    const totals = { medicalFeeTotalFen: local.reduce((x, r) => x + r.medicalFeeTotalFen, 0), fundPaySumFen: local.reduce((x, r) => x + r.fundPaySumFen, 0), accountPayFen: local.reduce((x, r) => x + r.accountPayFen, 0), settlementCount: 3 };
    const run = await w.reconcile(totals, { clearingType: '11' });
    expect(run.totalsResult).toBe('unbalanced');
    async function* rows() {
      for (const r of local) yield await Promise.resolve(r);
    }
    const lines = await collect(await w.client.compareReconciliationDetail({ reconciliationId: run.reconciliationId, body: rows() }));
    expect(lines.map((l) => [l.kind, 'settlementId' in l ? l.settlementId : ''])).toEqual([
      ['amountMismatch', b.settlementId],
      ['remoteOnly', c.settlementId],
      ['localOnly', 'A371799261102ZZZZZZ'],
      ['summary', ''],
    ]);
    expect(lines.at(-1)).toEqual({ kind: 'summary', localRows: 3, remoteRows: 3, matchedRows: 1, localOnly: 1, remoteOnly: 1, amountMismatch: 1 });
    expect(await collect(await w.client.getReconciliationDifferences({ reconciliationId: run.reconciliationId }))).toEqual(lines);
    expect((await w.client.getSettlement({ settlementId: a.settlementId })).status).toBe('reconciled');
    expect((await w.client.getReconciliation({ reconciliationId: run.reconciliationId })).detailSummary?.amountMismatch).toBe(1);
  });

  it('the settle helper reports failed with the reason on a definite refusal, with nothing settled', async () => {
    const { settle, InMemoryMessageLedger } = await import('@zhongyuan/sdk/medical-settlement');
    const e = await w.registerOutpatient();
    const ledger = new InMemoryMessageLedger();
    const result = await settle(w.client, { encounterId: e.encounterId, personNo: RETIREE, envelope: w.envelope(), insuranceType: '310', medicalType: '11', credential: w.credentialOf(RETIREE), useAccount: true }, { ledger, nextMessageId: w.nextMessageId });
    expect(result).toMatchObject({ status: 'failed', reason: 'ILLEGAL_TRANSITION' });
    expect(w.store().settlements.size).toBe(0);
  });

  it('the settle helper reverses a settlement whose answer stalled past every retry, then settles once', async () => {
    const { settle, InMemoryMessageLedger } = await import('@zhongyuan/sdk/medical-settlement');
    const e = await w.registerOutpatient();
    await w.upload(e.encounterId);
    w.mock.use(defineScenario({ name: 'stall', faults: { settle: [{ kind: 'commit-then-stall', ms: 1_000, times: 2 }] } }));
    const ledger = new InMemoryMessageLedger();
    const client = w.client.withOptions({ attemptTimeout: 30, timeout: 2_000, retry: { limit: 1, baseDelay: 1 } });
    const result = await settle(client, { encounterId: e.encounterId, personNo: RETIREE, envelope: w.envelope(), insuranceType: '310', medicalType: '11', credential: w.credentialOf(RETIREE), useAccount: true }, { ledger, nextMessageId: w.nextMessageId });
    expect(result.status).toBe('reversed-and-retried');
    const live = w.store().settlements.list().filter((s) => s.status === 'settled');
    expect(live).toHaveLength(1);
    expect(w.store().settlements.list().filter((s) => s.status === 'reversed')).toHaveLength(1);
  });
});

describe('insured-place policy (参保地政策)', () => {
  it('is seeded for all 30 cities and accepts both region forms', () => {
    expect(allPolicies()).toHaveLength(30);
    for (const city of cities) {
      const byCity = policyFor(city.code);
      expect(byCity?.city.code).toBe(city.code);
      expect(policyFor(city.medicalPoolCode)).toBe(byCity);
      expect(policyFor(`${city.code.slice(0, 4)}99`)).toBe(byCity);
    }
  });

  it('splits any amounts so that the identities hold exactly, in integer fen', () => {
    const fen = fc.integer({ min: 0, max: 50_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...allPolicies()),
        fc.record({ fullOwnPayFen: fen, overLimitSelfPayFen: fen, preSelfPayFen: fen, inPolicyFen: fen, deductibleUsedFen: fen, poolPaidFen: fen, accountBalanceFen: fen }),
        fc.constantFrom('outpatient', 'inpatient'),
        fc.constantFrom('310', '390'),
        fc.constantFrom('11', '21', '31'),
        fc.boolean(),
        fc.boolean(),
        (policy, amounts, encounterType, insuranceType, personType, temporary, useAccount) => {
          const a = computeSplit({ policy, encounterType, insuranceType, personType, temporary, useAccount, ...amounts });
          expect(identityViolations(a)).toEqual([]);
          for (const v of Object.values(a)) expect(Number.isSafeInteger(v) && (v ?? 0) >= 0).toBe(true);
          expect(a.medicalFeeTotalFen).toBe(a.fullOwnPayFen + a.overLimitSelfPayFen + a.preSelfPayFen + a.inPolicyFen);
          expect(a.accountPayFen).toBeLessThanOrEqual(amounts.accountBalanceFen);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('settlement ledger model (fast-check)', () => {
  const command = fc.oneof(
    fc.record({ kind: fc.constant('settle' as const), enc: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('replay' as const), enc: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('reverse' as const), enc: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ kind: fc.constant('reverseAgain' as const), enc: fc.integer({ min: 0, max: 2 }) }),
  );

  it('keeps at most one live settlement per encounter, at most one reversal per message, and replays equal originals', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
        const m = createWorld({ seed: 3 });
        const encounters: string[] = [];
        for (let i = 0; i < 3; i++) {
          const e = await m.registerOutpatient();
          await m.upload(e.encounterId);
          encounters.push(e.encounterId);
        }
        // The model: per encounter, the last settle message (with its body and answer) and whether it is live.
        const last = new Map<number, { messageId: string; body: ReturnType<typeof m.settleBody>; answer: unknown; reversed: boolean }>();
        let reversalsMade = 0;
        for (const c of commands) {
          const encounterId = encounters[c.enc]!;
          const known = last.get(c.enc);
          if (c.kind === 'settle') {
            const live = known !== undefined && !known.reversed;
            const pre = await m.preSettle(encounterId).catch((e: unknown) => e);
            if (live) {
              expect(isApiError(pre) && pre.status).toBe(409);
              continue;
            }
            if (isApiError(pre)) throw pre;
            const messageId = m.nextMessageId();
            const body = m.settleBody((pre as Awaited<ReturnType<typeof m.preSettle>>).amounts, RETIREE, messageId);
            const answer = await m.client.settle({ encounterId, body }, { idempotencyKey: messageId });
            last.set(c.enc, { messageId, body, answer, reversed: false });
          } else if (c.kind === 'replay' && known !== undefined) {
            const again = await m.client.settle({ encounterId, body: known.body }, { idempotencyKey: known.messageId }).catch((e: unknown) => e);
            // A replay of the same key and body answers the original (even after a reversal: it is the stored answer).
            expect(again).toEqual(known.answer);
          } else if ((c.kind === 'reverse' || c.kind === 'reverseAgain') && known !== undefined) {
            const result = await m.reverse(known.messageId).catch((e: unknown) => e);
            if (known.reversed) expect(isApiError(result) && result.code).toBe('SETTLEMENT_ALREADY_REVERSED');
            else {
              expect(isApiError(result)).toBe(false);
              reversalsMade += 1;
            }
            known.reversed = true;
          }
          const store = m.store();
          for (const [i, id] of encounters.entries()) {
            const live = store.settlements.list().filter((s) => s.encounterId === id && s.status === 'settled');
            expect(live.length).toBe(last.get(i) !== undefined && !last.get(i)!.reversed ? 1 : 0);
          }
          expect(store.reversals.size).toBe(reversalsMade);
        }
      }),
      { numRuns: 25 },
    );
  });
});
