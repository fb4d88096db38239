import { describe, expect, it } from 'vitest';
import { runStory } from './main.js';

describe('the medical-settlement story', () => {
  it('settles the retiree, reverses the lost settlement and retries it, and reconciles the day balanced', async () => {
    const lines: string[] = [];
    const { first, second, reconciliations, mock, ledger } = await runStory((line) => lines.push(line));
    const text = lines.join('\n');

    expect(first.status).toBe('settled');
    if (first.status === 'failed') throw new Error('unreachable');
    const a = first.settlement.amounts;
    expect(a.fundPaySumFen + a.personalPartFen + a.hospitalPartFen).toBe(a.medicalFeeTotalFen);
    expect(a.accountPayFen + a.accountMutualAidPayFen + a.cashPayFen).toBe(a.personalPartFen);
    expect(first.settlement.insuredRegion.startsWith('3717')).toBe(true);

    expect(second.status).toBe('reversed-and-retried');
    if (second.status === 'failed') throw new Error('unreachable');
    expect(second.reversals).toHaveLength(1);
    expect(second.reversals[0]!.outcome).toBe('reversed');
    const store = mock.state('medical-settlement');
    const lost = store.settlements.list().find((s) => s.messageId === second.reversals[0]!.originalMessageId);
    expect(lost?.status).toBe('reversed');
    // Exactly one live settlement per encounter, each counted by the day's balanced reconciliation.
    for (const encounterId of [first.settlement.encounterId, second.settlement.encounterId]) {
      const live = store.settlements.list().filter((s) => s.encounterId === encounterId && s.status !== 'reversed');
      expect(live.map((s) => s.status)).toEqual(['reconciled']);
    }
    expect(reconciliations).toEqual([
      { scope: '310|21|371799', result: 'balanced', count: 1 },
      { scope: '390|11|371799', result: 'balanced', count: 1 },
    ]);
    expect((await ledger.get(second.reversals[0]!.originalMessageId))?.state).toBe('reversed');

    expect(text).toContain('Reversal by message id (冲正 2601, omsgid): reversed');
    expect(text).toMatch(/balanced — 1 settlement/);
    for (const p of store.persons.list()) {
      expect(text).not.toContain(p.citizenId);
      expect(text).not.toContain(p.name);
    }
  });
});
