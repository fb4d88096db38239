// Bad inputs get the precise problem type and change nothing (the mock's dump is identical before and after).
import { describe, expect, it } from 'vitest';
import { applicationBody, bodies, createWorld, eligible, formContent, type World } from './support/world.js';

async function unchanged(world: World, act: () => Promise<void>): Promise<void> {
  const before = JSON.stringify(world.mock.dump());
  await act();
  expect(JSON.stringify(world.mock.dump())).toBe(before);
}

/** A case between 邯郸 (old) and 洛阳 (new), driven to `until`. */
async function caseUntil(world: World, until: 'applied' | 'letterIssued' | 'infoFormIssued' | 'fundsSent' | 'completed', workerIndex = 0) {
  const worker = eligible(world, '邯郸')[workerIndex]!;
  const form = formContent(worker);
  const b = bodies(worker, form);
  const contactLetterNo = `41030020260000${String(1000 + workerIndex)}`;
  const no = { contactLetterNo };
  const steps: Array<[string, string, unknown]> = [
    ['洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', contactLetterNo) }],
    ['洛阳', 'issueContactLetter', { ...no, body: b.issueContactLetter() }],
    ['邯郸', 'issueInformationForm', { ...no, body: b.issueInformationForm() }],
    ['邯郸', 'recordFundPayment', { ...no, body: b.recordFundPayment() }],
    ['洛阳', 'recordFundArrival', { ...no, body: b.recordFundArrival() }],
    ['洛阳', 'completeContinuation', { ...no, body: b.completeContinuation() }],
  ];
  const stopAfter = { applied: 1, letterIssued: 2, infoFormIssued: 3, fundsSent: 4, completed: 6 }[until];
  for (const [city, op, params] of steps.slice(0, stopAfter)) {
    const r = await world.call(city, op as never, params as Record<string, unknown>);
    expect(r.status, `${op}: ${JSON.stringify(r.body)}`).toBe(200);
  }
  return { worker, form, b, contactLetterNo };
}

describe('bad inputs: precise problem, nothing stored', () => {
  it('a letter for a person with arrears → ARREARS_OUTSTANDING', async () => {
    const world = createWorld();
    const worker = world.workers('邯郸').find((w) => w.arrearsOutstanding)!;
    const contactLetterNo = '410300202600002001';
    const created = await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', contactLetterNo) });
    expect(created.status).toBe(200);
    await unchanged(world, async () => {
      const r = await world.call('洛阳', 'issueContactLetter', { contactLetterNo, body: bodies(worker).issueContactLetter() });
      expect([r.status, r.body['code']]).toEqual([422, 'ARREARS_OUTSTANDING']);
    });
  });

  it('a letter for a person still contributing → STILL_CONTRIBUTING; a pensioner cannot even apply', async () => {
    const world = createWorld();
    const still = world.workers('邯郸').find((w) => !w.contributionsSuspended)!;
    await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, still, '邯郸', '410300202600002002') });
    await unchanged(world, async () => {
      const r = await world.call('洛阳', 'issueContactLetter', { contactLetterNo: '410300202600002002', body: bodies(still).issueContactLetter() });
      expect([r.status, r.body['code']]).toEqual([422, 'STILL_CONTRIBUTING']);
      const pensioner = world.workers('邯郸').find((w) => w.receivingPension)!;
      const p = await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, pensioner, '邯郸', '410300202600002003') });
      expect([p.status, p.body['code']]).toEqual([422, 'ALREADY_RECEIVING_PENSION']);
    });
  });

  it('overlapping months, same region, a second open case, a reused number', async () => {
    const world = createWorld();
    const [first, second] = eligible(world, '邯郸');
    await unchanged(world, async () => {
      const body = applicationBody(world, first!, '邯郸', '410300202600002004');
      const overlapping = await world.call('洛阳', 'createTransferCase', { body: { ...body, application: { ...body.application, newPlaceContributionStartMonth: '202601' } } });
      expect([overlapping.status, overlapping.body['code']]).toEqual([422, 'OVERLAPPING_CONTRIBUTION_MONTHS']);
      expect(overlapping.body['overlappingPeriods']).toEqual([{ fromMonth: '202601', toMonth: '202602' }]);
      const same = await world.call('邯郸', 'createTransferCase', { body });
      expect([same.status, same.body['code']]).toEqual([422, 'NOT_CROSS_REGION']);
    });
    expect((await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, first!, '邯郸', '410300202600002004') })).status).toBe(200);
    await unchanged(world, async () => {
      const again = await world.call('郑州', 'createTransferCase', { body: applicationBody(world, first!, '邯郸', '410100202600002005') });
      expect([again.status, again.body['code']]).toEqual([409, 'OPEN_CASE_EXISTS']);
      expect(again.body['existingContactLetterNo']).toBeUndefined(); // 郑州 is not a party
      const taken = await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, second!, '邯郸', '410300202600002004') });
      expect([taken.status, taken.body['code']]).toEqual([409, 'CONTACT_LETTER_NO_TAKEN']);
    });
  });

  it('a form whose parts do not add up → AMOUNT_IDENTITY_VIOLATED naming each identity', async () => {
    const world = createWorld();
    const { form, contactLetterNo } = await caseUntil(world, 'letterIssued');
    await unchanged(world, async () => {
      const badTotal = { ...form, totalTransferFen: form.totalTransferFen + 1 };
      const r = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: badTotal, clerk: 'HD-1' } });
      expect([r.status, r.body['code']]).toEqual([422, 'AMOUNT_IDENTITY_VIOLATED']);
      expect(r.body['violatedIdentities']).toEqual(['total-transfer']);
      expect(r.body['errors']).toEqual([expect.objectContaining({ pointer: '/content/totalTransferFen', code: 'TOTAL_MISMATCH' })]);

      const badParts = { ...form, accumulatedBalanceFen: form.accumulatedBalanceFen - 100 };
      const p = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: badParts, clerk: 'HD-1' } });
      expect(p.body['violatedIdentities']).toEqual(['individual-account-transfer']);

      const ledger = form.ledger.map((y, i) => (i === form.ledger.length - 1 ? { ...y, pooledTransferFen: y.pooledTransferFen + 1 } : y));
      const y = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: { ...form, ledger }, clerk: 'HD-1' } });
      expect(y.body['violatedIdentities']).toEqual(['pooled-fund-per-year', 'pooled-fund-sum']);

      const rate = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: { ...form, pooledRateBasisPoints: 1000 }, clerk: 'HD-1' } });
      expect(rate.body['violatedIdentities']).toContain('pooled-rate-configured');
    });
  });

  it('a payment that is not the form total → AMOUNT_IDENTITY_VIOLATED (no partial payments)', async () => {
    const world = createWorld();
    const { b, form, contactLetterNo } = await caseUntil(world, 'infoFormIssued');
    await unchanged(world, async () => {
      const r = await world.call('邯郸', 'recordFundPayment', { contactLetterNo, body: b.recordFundPayment(form.totalTransferFen - 1) });
      expect([r.status, r.body['code']]).toEqual([422, 'AMOUNT_IDENTITY_VIOLATED']);
      expect(r.body['violatedIdentities']).toEqual(['payment-equals-form-total']);
    });
  });

  it('a booking by the wrong agency → 403 WRONG_CASE_ROLE; by a stranger → 404', async () => {
    const world = createWorld();
    const { b, contactLetterNo } = await caseUntil(world, 'fundsSent');
    await unchanged(world, async () => {
      const wrong = await world.call('邯郸', 'recordFundArrival', { contactLetterNo, body: b.recordFundArrival() });
      expect([wrong.status, wrong.body['code'], wrong.body['callerRole']]).toEqual([403, 'WRONG_CASE_ROLE', 'oldPlace']);
      expect(wrong.body['allowedActions']).toEqual(['recordReturnedRemittance']);
      const stranger = await world.call('郑州', 'recordFundArrival', { contactLetterNo, body: b.recordFundArrival() });
      expect([stranger.status, stranger.body['code']]).toEqual([404, 'NOT_FOUND']);
      const peek = await world.call('郑州', 'getTransferCase', { contactLetterNo });
      expect(peek.status).toBe(404);
    });
  });

  it('a second completion → CASE_ALREADY_COMPLETED; booked amounts must equal the form', async () => {
    const world = createWorld();
    const first = await caseUntil(world, 'fundsSent', 1);
    await world.call('洛阳', 'recordFundArrival', { contactLetterNo: first.contactLetterNo, body: first.b.recordFundArrival() });
    await unchanged(world, async () => {
      const r = await world.call('洛阳', 'completeContinuation', {
        contactLetterNo: first.contactLetterNo,
        body: first.b.completeContinuation({ pooledFundBookedFen: first.form.pooledFundTransferFen - 1, totalBookedFen: first.form.totalTransferFen - 1 }),
      });
      expect([r.status, r.body['code']]).toEqual([422, 'AMOUNT_IDENTITY_VIOLATED']);
      expect(r.body['violatedIdentities']).toEqual(['continuation-pooled-equals-form']);
    });
    expect((await world.call('洛阳', 'completeContinuation', { contactLetterNo: first.contactLetterNo, body: first.b.completeContinuation() })).status).toBe(200);
    await unchanged(world, async () => {
      const again = await world.call('洛阳', 'completeContinuation', { contactLetterNo: first.contactLetterNo, body: first.b.completeContinuation() });
      expect([again.status, again.body['code'], again.body['currentState']]).toEqual([409, 'CASE_ALREADY_COMPLETED', 'completed']);
      expect(again.body['allowedActions']).toEqual([]);
    });
  });

  it('a temporary account with a pooled part → TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY; individual only is accepted', async () => {
    const world = createWorld();
    const worker = world.workers('邯郸').find((w) => w.accountType === 'temporary')!;
    const contactLetterNo = '410300202600002010';
    const b = bodies(worker);
    await world.call('洛阳', 'createTransferCase', { body: applicationBody(world, worker, '邯郸', contactLetterNo) });
    await world.call('洛阳', 'issueContactLetter', { contactLetterNo, body: b.issueContactLetter() });
    const asGeneral = formContent({ ...worker, accountType: 'general' });
    await unchanged(world, async () => {
      const r = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: asGeneral, clerk: 'HD-1' } });
      expect([r.status, r.body['code']]).toEqual([422, 'TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY']);
    });
    const individualOnly = formContent(worker);
    expect(individualOnly.pooledFundTransferFen).toBe(0);
    expect(individualOnly.totalTransferFen).toBe(individualOnly.individualAccountTransferFen);
    const ok = await world.call('邯郸', 'issueInformationForm', { contactLetterNo, body: { content: individualOnly, clerk: 'HD-1' } });
    expect([ok.status, ok.body['status']]).toEqual([200, 'infoFormIssued']);
  });

  it('a resolution that does not close the difference → AMOUNT_MISMATCH_UNRESOLVED', async () => {
    const world = createWorld();
    const { b, form, contactLetterNo } = await caseUntil(world, 'fundsSent');
    const arrival = await world.call('洛阳', 'recordFundArrival', { contactLetterNo, body: b.recordFundArrival(form.totalTransferFen - 2000) });
    expect(arrival.body['status']).toBe('amountMismatch');
    await unchanged(world, async () => {
      const r = await world.call('洛阳', 'resolveAmountMismatch', { contactLetterNo, body: b.resolveAmountMismatch(1000) });
      expect([r.status, r.body['code'], r.body['differenceFen']]).toEqual([422, 'AMOUNT_MISMATCH_UNRESOLVED', -1000]);
    });
  });
});
