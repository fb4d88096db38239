// Hop deadlines on the virtual clock (15 working days, configurable calendar), the overdue flag and events
// without automatic cancellation, the insured person's progress view, and deterministic seed data.
import { describe, expect, it } from 'vitest';
import { createMock } from '@zhongyuan/mock-server';
import { createPensionTransferExchange, hopDueAt, DEFAULT_TRANSFER_RULES } from '@zhongyuan/mock-server/pension-transfer';
import { applicationBody, bodies, createWorld, DAY, eligible, START } from './support/world.js';

describe('hop deadlines', () => {
  it('is the end (Beijing time) of the 15th working day after the start day', () => {
    expect(hopDueAt('2026-03-02T01:30:00Z', DEFAULT_TRANSFER_RULES)).toBe('2026-03-23T15:59:59Z');
    expect(hopDueAt('2026-03-03T02:15:00Z', DEFAULT_TRANSFER_RULES)).toBe('2026-03-24T15:59:59Z'); // the spec's worked example
    expect(hopDueAt('2026-03-02T17:00:00Z', DEFAULT_TRANSFER_RULES)).toBe('2026-03-24T15:59:59Z'); // already Tuesday in Beijing
    expect(hopDueAt('2026-03-02T01:30:00Z', { ...DEFAULT_TRANSFER_RULES, holidays: ['2026-03-05'] })).toBe('2026-03-24T15:59:59Z');
    expect(hopDueAt('2026-03-02T01:30:00Z', { ...DEFAULT_TRANSFER_RULES, adjustedWorkingDays: ['2026-03-07'] })).toBe('2026-03-20T15:59:59Z');
  });

  it('an overdue hop is flagged and announced once to both parties; nothing is cancelled', async () => {
    const world = createWorld();
    const worker = eligible(world, '邯郸')[0]!;
    const contactLetterNo = '410300202600004001';
    const created = await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', contactLetterNo) });
    expect([created.body['dueAt'], created.body['overdue']]).toEqual(['2026-03-23T15:59:59Z', false]);
    await world.call('洛阳', 'issueContactLetter', { contactLetterNo, body: bodies(worker).issueContactLetter() });
    world.mock.clock.advance(21 * DAY); // 2026-03-23 09:30 Beijing: still due today
    expect((await world.call('邯郸', 'getTransferCase', { contactLetterNo })).body['overdue']).toBe(false);
    world.mock.clock.advance(DAY);
    const late = await world.call('邯郸', 'getTransferCase', { contactLetterNo });
    expect([late.body['status'], late.body['overdue']]).toEqual(['letterIssued', true]);
    expect(late.body['currentHop']).toMatchObject({ hop: 'informationFormAndPayment', awaitedRole: 'oldPlace', overdue: true });
    world.mock.clock.advance(60 * DAY);
    const luoyang = await world.client('洛阳');
    const overdue = await luoyang.listTransferCases({ overdue: true });
    expect(overdue.items.map((c) => [c.contactLetterNo, c.status])).toEqual([[contactLetterNo, 'letterIssued']]);
    expect((await luoyang.listTransferCases({ overdue: false })).items).toEqual([]);
    for (const city of ['洛阳', '邯郸']) {
      const page = await (await world.client(city)).listInboxEvents({ limit: 200 });
      const overdueEvents = page.items.filter((e) => e.type === 'hopOverdue');
      expect(overdueEvents).toHaveLength(1);
      expect(overdueEvents[0]).toMatchObject({ hop: 'informationFormAndPayment', dueAt: '2026-03-23T15:59:59Z', caseStatus: 'letterIssued' });
    }
    // Answered late: the hop ends, stays overdue in the record, and the case moves on.
    const form = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: bodies(worker).issueInformationForm() });
    expect(form.body['status']).toBe('infoFormIssued');
  });
});

describe('progress (转移进度)', () => {
  it('shows steps, what is awaited, from whom and by when; a person look-up needs the matching name', async () => {
    const world = createWorld();
    const worker = eligible(world, '邯郸')[0]!;
    const contactLetterNo = '410300202600004002';
    await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', contactLetterNo) });
    world.mock.clock.advance(DAY);
    await world.call('洛阳', 'issueContactLetter', { contactLetterNo, body: bodies(worker).issueContactLetter() });
    const progress = await (await world.client('邯郸')).getTransferProgress({ contactLetterNo });
    expect(progress.steps.map((s) => [s.step, s.state])).toEqual([
      ['application', 'done'],
      ['contactLetter', 'done'],
      ['informationForm', 'inProgress'],
      ['fundTransfer', 'notStarted'],
      ['fundArrival', 'notStarted'],
      ['continuation', 'notStarted'],
    ]);
    expect(progress.awaiting).toMatchObject({ action: 'issueInformationForm', fromRole: 'oldPlace', dueAt: '2026-03-24T15:59:59Z', overdue: false });
    expect(JSON.stringify(progress)).not.toContain(worker.citizenId);
    const consent = { method: 'essc' as const, reference: 'essc-auth-1' };
    const luoyang = await world.client('洛阳');
    const mine = await luoyang.queryTransferProgress({ body: { citizenId: worker.citizenId, name: worker.name, consent } });
    expect(mine.items.map((i) => i.contactLetterNo)).toEqual([contactLetterNo]);
    const wrongName = await luoyang.queryTransferProgress({ body: { citizenId: worker.citizenId, name: '某某', consent } });
    expect(wrongName.items).toEqual([]);
    const stranger = await (await world.client('郑州')).queryTransferProgress({ body: { citizenId: worker.citizenId, name: worker.name, consent } });
    expect(stranger.items).toEqual([]);
  });
});

describe('seed data', () => {
  it('is the same for the same seed and differs for another', () => {
    const make = (seed: number) => createMock({ exchanges: [createPensionTransferExchange()], seed, clock: { start: START, frozen: true }, auth: false });
    const a = make(1).dump();
    expect(make(1).dump()).toEqual(a);
    expect(make(2).dump()).not.toEqual(a);
    const workers = make(1).state('pension-transfer').workers.list();
    expect(workers).toHaveLength(30 * 6);
    for (const w of workers) {
      expect(w.ledger.reduce((s, y) => s + y.months, 0)).toBe(w.contributionMonths);
      expect(w.ledger.at(-1)!.yearEndBalanceFen).toBeGreaterThan(0);
    }
  });
});
