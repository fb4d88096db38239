// Exactly once (恰好一次): 1,000 outpatient settlements through the SDK's `settle` helper against the mock, with
// faults on well over 30 % of the calls (commit-then-fail, commit-then-stall past the attempt timeout, 503 with
// Retry-After, connection resets before and after the commit; pre-settlement, which is not idempotent, is
// repeated by the helper itself). The verdict is the platform's own day-end
// reconciliation (3201) against the hospital's message ledger: every scope balances, with as many settlements as
// the ledger holds — no duplicate, none lost.
import { describe, expect, it } from 'vitest';
import { defineScenario } from '@zhongyuan/mock-server';
import { InMemoryMessageLedger, settle, type LedgerEntry, type SettleResult } from '@zhongyuan/sdk/medical-settlement';
import { seededPersonNo } from '@zhongyuan/mock-server/medical-settlement';
import { createWorld, TODAY } from './support/world.js';

const SETTLEMENTS = 1_000;
const CONCURRENCY = 8;
// Insured places outside Henan whose retirees (310) and residents (390) hold effective filings for Zhengzhou.
const INSURED = [
  { city: '371700', pool: '371799' },
  { city: '371500', pool: '371599' },
  { city: '130400', pool: '130499' },
  { city: '140500', pool: '140599' },
  { city: '341600', pool: '341699' },
];

const faults = defineScenario({
  name: 'flaky-day',
  seed: 20261102,
  faults: {
    settle: [
      { kind: 'commit-then-fail', status: 500, probability: 0.12 },
      { kind: 'commit-then-stall', ms: 800, probability: 0.1 },
      { kind: 'error', status: 503, retryAfter: 1, probability: 0.12 },
      { kind: 'reset', afterCommit: true, probability: 0.06 },
      { kind: 'reset', probability: 0.06 },
    ],
    createReversal: [
      { kind: 'commit-then-fail', status: 500, probability: 0.15 },
      { kind: 'error', status: 503, retryAfter: 1, probability: 0.15 },
      { kind: 'reset', afterCommit: true, probability: 0.1 },
    ],
    preSettle: [
      { kind: 'error', status: 503, retryAfter: 1, probability: 0.2 },
      { kind: 'reset', probability: 0.1 },
    ],
    registerOutpatientEncounter: [
      { kind: 'error', status: 503, retryAfter: 1, probability: 0.25 },
      { kind: 'reset', afterCommit: true, probability: 0.1 },
    ],
    uploadFeeLines: [
      { kind: 'commit-then-fail', status: 503, probability: 0.2 },
      { kind: 'reset', probability: 0.15 },
    ],
  },
});

describe('exactly-once settlement under faults', () => {
  it(`settles ${SETTLEMENTS} encounters once each, proven by the day's reconciliation`, { timeout: 120_000 }, async () => {
    const w = createWorld({
      seed: 11,
      // Enough retries that a run of injected faults on one call (each ≤ 35 %) cannot plausibly outlast them.
      client: { timeout: 60_000, attemptTimeout: 600, retry: { limit: 24, baseDelay: 1, maxDelay: 4, maxRetryAfter: 5 } },
    });
    w.mock.use(faults);
    const ledger = new InMemoryMessageLedger();
    const results: SettleResult[] = [];
    let next = 0;
    const one = async (i: number): Promise<void> => {
      const place = INSURED[i % INSURED.length]!;
      const resident = i % 3 === 0;
      const personNo = seededPersonNo(place.city, resident ? 2 : 1);
      const insuranceType = resident ? '390' : '310';
      const credential = { type: 'ecToken' as const, token: `ec:${personNo}` };
      const envelope = () => ({ ...w.envelope(place.pool) });
      const registrationId = w.nextMessageId();
      const encounter = await w.client.registerOutpatientEncounter(
        {
          body: {
            envelope: { ...envelope(), messageId: registrationId },
            personNo,
            insuranceType,
            medicalType: '11',
            credential,
            startedAt: '2026-11-02T01:10:00Z',
            visitNo: `MZ${i}`,
            departmentCode: 'A02',
            departmentName: '内科',
          },
        },
        { idempotencyKey: registrationId },
      );
      const uploadId = w.nextMessageId();
      await w.client.uploadFeeLines(
        {
          encounterId: encounter.encounterId,
          body: {
            envelope: { ...envelope(), messageId: uploadId },
            lines: [
              { ...w.line('XA02BCA211A001010104171', 10_000 + (i % 7) * 10_000, 19_800_000 + i * 1_000), lineNo: 'L1' },
              { ...w.line('ZA12BAX0215010102107', 20_000, 28_650_000), lineNo: 'L2' },
            ],
          },
        },
        { idempotencyKey: uploadId },
      );
      // Pre-settlement is not idempotent, so the SDK does not retry it: each of its faults (30 %) costs the helper a
      // round. 16 rounds make a run of them ending a settlement negligible (0.3^16 per settlement, a few in a million for the
      // day) even when a loaded machine turns slow answers into attempt timeouts as well.
      results[i] = await settle(
        w.client,
        { encounterId: encounter.encounterId, personNo, envelope: envelope(), insuranceType, medicalType: '11', credential, useAccount: !resident },
        { ledger, nextMessageId: w.nextMessageId, maxRounds: 16, maxReversalCalls: 10, now: () => w.mock.clock.now() },
      );
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < SETTLEMENTS; i = next++) await one(i);
      }),
    );

    // Faults hit at least 30 % of all calls.
    const log = w.mock.requests();
    const faulted = log.filter((r) => r.outcome?.includes('fault:') === true).length;
    expect(faulted / log.length).toBeGreaterThanOrEqual(0.3);

    // Every helper call ended definitely; the lost answers were reversed by message id and retried.
    const byStatus = (s: SettleResult['status']) => results.filter((r) => r.status === s).length;
    const failures = results.filter((r) => r.status === 'failed').map((r) => (r.status === 'failed' ? r.reason : ''));
    expect(failures, 'reasons of settlements that ended failed').toEqual([]);
    expect(byStatus('reversed-and-retried')).toBeGreaterThan(50);
    expect(byStatus('settled') + byStatus('reversed-and-retried')).toBe(SETTLEMENTS);

    // The verdict: the day's reconciliation per scope, local totals from the hospital's ledger.
    w.mock.use();
    const scopes = new Map<string, LedgerEntry[]>();
    for await (const e of ledger.entries()) {
      if (e.operation !== 'settle') continue;
      expect(['settled', 'reversed', 'failed']).toContain(e.state); // nothing left pending or unknown
      if (e.state !== 'settled') continue;
      const key = `${e.insuranceType}|${e.clearingType}|${e.settlementAgency}`;
      scopes.set(key, [...(scopes.get(key) ?? []), e]);
    }
    let counted = 0;
    for (const [key, entries] of scopes) {
      const [insuranceType, clearingType, settlementAgency] = key.split('|') as [string, string, string];
      const totals = {
        medicalFeeTotalFen: entries.reduce((s, e) => s + e.amounts!.medicalFeeTotalFen, 0),
        fundPaySumFen: entries.reduce((s, e) => s + e.amounts!.fundPaySumFen, 0),
        accountPayFen: entries.reduce((s, e) => s + e.amounts!.accountPayFen, 0),
        settlementCount: entries.length,
      };
      for (const includesRefunds of [false, true]) {
        const run = await w.client.reconcileTotals({
          body: { envelope: w.plainEnvelope(), insuranceType, clearingType, settlementAgency, statementFrom: TODAY, statementTo: TODAY, includesRefunds, totals },
        });
        expect(run.totalsResult, `${key} includesRefunds=${includesRefunds}`).toBe('balanced');
        expect(run.remoteTotals).toEqual(totals);
      }
      counted += entries.length;
    }
    expect(counted).toBe(SETTLEMENTS);
    expect(w.mock.violations).toHaveLength(0);
  });
});
