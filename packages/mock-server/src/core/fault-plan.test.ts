import { describe, expect, it } from 'vitest';
import { activate, planFaults, sleep } from './fault-plan.js';
import { defineScenario } from './scenario.js';

describe('planFaults', () => {
  it('fails the first n requests, then lets them through', () => {
    const a = activate(defineScenario({ name: 'x', faults: { op: [{ kind: 'error', status: 503, times: 2 }] } }), 1);
    expect([1, 2, 3, 4].map(() => planFaults([a], 'op').error?.status)).toEqual([503, 503, undefined, undefined]);
    expect(planFaults([a], 'other').error).toBeUndefined();
  });

  it('skips the first `after` requests', () => {
    const a = activate(defineScenario({ name: 'x', faults: { '*': [{ kind: 'reset', after: 1, times: 1 }] } }), 1);
    expect([1, 2, 3].map(() => planFaults([a], 'op').resetBefore !== undefined)).toEqual([false, true, false]);
  });

  it('draws latency and probability from the scenario seed, reproducibly', () => {
    const scenario = defineScenario({
      name: 'x',
      seed: 5,
      faults: { op: [{ kind: 'latency', minMs: 10, maxMs: 1000 }, { kind: 'error', status: 500, probability: 0.5 }] },
    });
    const run = () => {
      const a = activate(scenario, 1);
      return Array.from({ length: 20 }, () => {
        const p = planFaults([a], 'op');
        return [p.latencyMs, p.error?.status ?? 0];
      });
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first.map(([ms]) => ms)).size).toBeGreaterThan(10);
    expect(first.some(([, s]) => s === 500) && first.some(([, s]) => s === 0)).toBe(true);
  });

  it('separates faults before and after the effect', () => {
    const a = activate(
      defineScenario({ name: 'x', faults: { op: [{ kind: 'reset', afterCommit: true }, { kind: 'commit-then-fail' }] } }),
      1,
    );
    const p = planFaults([a], 'op');
    expect(p.resetBefore).toBeUndefined();
    expect(p.after?.kind).toBe('reset');
  });
});

describe('defineScenario', () => {
  it('refuses malformed data at definition', () => {
    expect(() => defineScenario({ name: 'Bad Name' })).toThrow(TypeError);
    expect(() => defineScenario({ name: 'x', faults: { op: [{ kind: 'latency', minMs: 5, maxMs: 1 }] } })).toThrow(RangeError);
    expect(() => defineScenario({ name: 'x', faults: { op: [{ kind: 'error', status: 503, times: -1 }] } })).toThrow(RangeError);
    expect(() => defineScenario({ name: 'x', faults: { op: [{ kind: 'truncate', fraction: 1 }] } })).toThrow(RangeError);
  });
});

describe('sleep', () => {
  it('ends early when the signal aborts', async () => {
    const controller = new AbortController();
    const t = Date.now();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    expect(await pending).toBe(false);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
