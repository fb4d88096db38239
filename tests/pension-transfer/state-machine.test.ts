// Every legal path of `x-state-machines.transferCase` walked through the SDK, and every illegal action tried
// by each party (and by an agency that is not a party) in every state. Expectations come from the spec's YAML.
import { describe, expect, it } from 'vitest';
import { HOPS, TRANSITIONS } from '@zhongyuan/mock-server/pension-transfer';
import {
  actionTransitions,
  applicationBody,
  bodies,
  CITY_PAIRS,
  createWorld,
  eligible,
  formContent,
  machine,
  specAllowed,
  type SpecTransition,
  type World,
} from './support/world.js';

/** One step of a walk: a party's action, and for the arrival whether the amount matches. */
interface Step {
  readonly t: SpecTransition;
  readonly mismatch?: boolean;
}

const terminal = new Set(machine.terminal);

/** Every path from `applied` to a terminal state using each transition at most twice. */
function legalPaths(): Step[][] {
  const out: Step[][] = [];
  const walk = (state: string, path: Step[], used: Map<string, number>): void => {
    if (terminal.has(state)) {
      out.push(path);
      return;
    }
    for (const t of actionTransitions.filter((x) => x.from.includes(state))) {
      const n = used.get(t.action) ?? 0;
      if (n >= 2) continue;
      const next = new Map(used).set(t.action, n + 1);
      if (t.action === 'recordFundArrival') {
        walk(t.to, [...path, { t }], next);
        const resolve = actionTransitions.find((x) => x.action === 'resolveAmountMismatch')!;
        walk(resolve.to, [...path, { t, mismatch: true }, { t: resolve }], next);
      } else {
        walk(t.to, [...path, { t }], next);
      }
    }
  };
  walk(machine.initial[0]!, [], new Map());
  return out;
}

const paths = legalPaths();
let counter = 0;

/** Open a case for an eligible worker moving between a pair of cities; returns what a walk needs. */
async function openCase(world: World, index: number) {
  // Both directions of each pair, then the next eligible worker of each city: one open case per person.
  const [a, b] = CITY_PAIRS[index % CITY_PAIRS.length]!;
  const [oldCity, newCity] = Math.floor(index / CITY_PAIRS.length) % 2 === 0 ? [a, b] : [b, a];
  const worker = eligible(world, oldCity)[Math.floor(index / (2 * CITY_PAIRS.length))]!;
  const form = formContent(worker);
  const contactLetterNo = `4100002026${String(++counter).padStart(8, '0')}`;
  const created = await world.call(newCity, 'createTransferCase', { body: applicationBody(world, worker, oldCity, contactLetterNo) });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  expect(created.body['status']).toBe('applied');
  expect(created.body['allowedActions']).toEqual(specAllowed('applied', 'newPlace'));
  return { oldCity, newCity, worker, form, contactLetterNo, b: bodies(worker, form) };
}

type Opened = Awaited<ReturnType<typeof openCase>>;

/** Perform one step of a walk and check the outcome against the spec. */
async function perform(world: World, c: Opened, step: Step): Promise<string> {
  const { t } = step;
  const city = t.role === 'newPlace' ? c.newCity : c.oldCity;
  const body =
    t.action === 'recordFundArrival' ? c.b.recordFundArrival(c.form.totalTransferFen - (step.mismatch === true ? 1500 : 0))
    : t.action === 'resolveAmountMismatch' ? c.b.resolveAmountMismatch(1500)
    : (c.b[t.operationId as keyof Opened['b']] as () => unknown)();
  const r = await world.call(city, t.operationId as never, { contactLetterNo: c.contactLetterNo, body });
  expect(r.status, `${t.operationId}: ${JSON.stringify(r.body)}`).toBe(200);
  const expected = step.mismatch === true ? machine.transitions.find((x) => x.automatic === true)!.to : t.to;
  expect(r.body['status']).toBe(expected);
  expect(r.body['callerRole']).toBe(t.role);
  expect(r.body['allowedActions']).toEqual(specAllowed(expected, t.role as 'newPlace' | 'oldPlace'));
  const other = t.role === 'newPlace' ? c.oldCity : c.newCity;
  const seen = await world.call(other, 'getTransferCase', { contactLetterNo: c.contactLetterNo });
  expect(seen.body['allowedActions']).toEqual(specAllowed(expected, t.role === 'newPlace' ? 'oldPlace' : 'newPlace'));
  const history = r.body['history'] as Array<{ action: string; role: string }>;
  expect(history.at(step.mismatch === true ? -2 : -1)).toMatchObject({ action: t.action, role: t.role });
  if (step.mismatch === true) expect(history.at(-1)).toMatchObject({ action: 'detectAmountMismatch', role: 'exchange' });
  return expected;
}

describe('transferCase machine of the mock mirrors the spec', () => {
  it('has the same transitions, roles and hops', () => {
    expect(TRANSITIONS.map((t) => ({ from: [...t.from], to: t.to, action: t.action, role: t.role }))).toEqual(
      machine.transitions.map((t) => ({ from: [...t.from], to: t.to, action: t.action, role: t.role })),
    );
    expect(HOPS.map((h) => ({ ...h, startsOn: [...h.startsOn], endsOn: [...h.endsOn] }))).toEqual(
      machine.hops.map(({ hop, awaitedRole, startsOn, endsOn }) => ({ hop, awaitedRole, startsOn, endsOn })),
    );
  });

  it('enumerates the legal paths (each transition at most twice per path)', () => {
    expect(paths.length).toBeGreaterThan(20);
    const covered = new Set(paths.flatMap((p) => p.map((s) => s.t.action)));
    expect([...covered].sort()).toEqual(actionTransitions.map((t) => t.action).filter((a, i, all) => all.indexOf(a) === i).sort());
  });
});

describe('every legal path', () => {
  it(`walks all ${paths.length} paths to their terminal state`, async () => {
    const world = createWorld({ auth: false });
    let index = 0;
    for (const path of paths) {
      const c = await openCase(world, index++);
      let state = 'applied';
      for (const step of path) state = await perform(world, c, step);
      expect(terminal.has(state)).toBe(true);
      const final = await world.call(c.newCity, 'getTransferCase', { contactLetterNo: c.contactLetterNo });
      expect(final.body['allowedActions']).toEqual([]);
      expect(final.body['currentHop']).toBeUndefined();
    }
    expect(world.mock.violations).toEqual([]);
  });
});

/** The shortest prefix of a legal path reaching each state. */
function reachState(state: string): Step[] {
  if (state === 'applied') return [];
  const candidates = paths
    .flatMap((p) => p.map((_, i) => p.slice(0, i + 1)))
    .filter((prefix) => {
      const last = prefix.at(-1)!;
      const reached = last.mismatch === true ? 'amountMismatch' : last.t.to;
      return reached === state;
    })
    .sort((a, b) => a.length - b.length);
  return candidates[0]!;
}

describe('every illegal action, for each party and for a stranger', () => {
  const operations = actionTransitions.map((t) => t.operationId).filter((o, i, all) => all.indexOf(o) === i);

  for (const state of machine.states.map((s) => s.name)) {
    it(`in ${state}: refused with the precise problem and nothing changes`, async () => {
      const world = createWorld({ auth: false });
      const c = await openCase(world, 0);
      for (const step of reachState(state)) await perform(world, c, step);
      const before = JSON.stringify(world.mock.dump());
      const stranger = '郑州' === c.oldCity || '郑州' === c.newCity ? '焦作' : '郑州';
      for (const operationId of operations) {
        const t = actionTransitions.find((x) => x.operationId === operationId)!;
        const body = (c.b[operationId as keyof Opened['b']] as (n?: number) => unknown)(operationId === 'resolveAmountMismatch' ? 1500 : undefined);
        const params = { contactLetterNo: c.contactLetterNo, body };
        const foreign = await world.call(stranger, operationId as never, params);
        expect(foreign.status, `${operationId} by a stranger`).toBe(404);
        expect(foreign.body['code']).toBe('NOT_FOUND');
        expect(foreign.body['allowedActions']).toBeUndefined();
        for (const role of ['newPlace', 'oldPlace'] as const) {
          const allowed = specAllowed(state, role);
          const legal = t.role === role && t.from.includes(state);
          if (legal) continue; // walked above
          const r = await world.call(role === 'newPlace' ? c.newCity : c.oldCity, operationId as never, params);
          const label = `${operationId} by ${role} in ${state}`;
          if (state === 'completed') {
            expect([r.status, r.body['code']], label).toEqual([409, 'CASE_ALREADY_COMPLETED']);
          } else if (terminal.has(state)) {
            expect([r.status, r.body['code']], label).toEqual([409, 'CASE_CLOSED']);
          } else if (t.role !== role) {
            expect([r.status, r.body['code']], label).toEqual([403, 'WRONG_CASE_ROLE']);
            expect(r.body['callerRole']).toBe(role);
          } else if (operationId === 'completeContinuation' && state === 'amountMismatch') {
            expect([r.status, r.body['code']], label).toEqual([409, 'AMOUNT_MISMATCH']);
            expect(r.body['differenceFen']).toBe(-1500);
          } else {
            expect([r.status, r.body['code']], label).toEqual([409, 'ILLEGAL_TRANSITION']);
          }
          expect(r.body['allowedActions'], label).toEqual(allowed);
          if (r.status === 409) expect(r.body['currentState'], label).toBe(state);
        }
      }
      expect(JSON.stringify(world.mock.dump())).toBe(before);
    });
  }
});
