// Bad inputs get the precise problem type and change nothing (SECURITY.md): each request is sent raw to the mock
// (as a client that skips the SDK's own checks would), and the mock's state dump is compared before and after.
import { afterEach, describe, expect, it } from 'vitest';
import { seededPersonNo } from '@zhongyuan/mock-server/medical-settlement';
import { BASE_URL, createWorld, FACILITY, HEZE, HEZE_POOL, RETIREE, TREATMENT, UNFILED, type World } from './support/world.js';

interface Answer {
  readonly status: number;
  readonly body: { code?: string; errors?: Array<{ pointer: string; code: string }>; currentState?: string } & Record<string, unknown>;
}

async function raw(w: World, method: string, path: string, body: unknown, key?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== undefined) headers['idempotency-key'] = key;
  const response = await w.mock.fetch(new Request(`${BASE_URL}${path}`, { method, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }));
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

/** Sends `request`, expects `status`/`code`, and proves the state did not change. */
async function refused(w: World, request: () => Promise<Answer>, status: number, code: string, pointer?: string): Promise<Answer> {
  const before = JSON.stringify(w.mock.dump());
  const answer = await request();
  expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
  if (pointer !== undefined) expect(answer.body.errors?.map((e) => e.pointer)).toContain(pointer);
  expect(JSON.stringify(w.mock.dump())).toBe(before);
  expect(JSON.stringify(answer.body)).not.toContain(RETIREE); // no submitted value echoed
  return answer;
}

describe('bad inputs are refused precisely and change nothing', () => {
  const w = createWorld();
  afterEach(() => w.mock.reset());

  const settleBody = (amounts: Record<string, unknown>, messageId = w.nextMessageId()) => ({
    envelope: { ...w.envelope(), messageId },
    insuranceType: '310',
    medicalType: '11',
    credential: w.credentialOf(RETIREE),
    useAccount: true,
    ...amounts,
  });
  const outpatientReady = async () => {
    const e = await w.registerOutpatient();
    await w.upload(e.encounterId);
    const pre = await w.preSettle(e.encounterId);
    const { medicalFeeTotalFen, fullOwnPayFen, overLimitSelfPayFen, preSelfPayFen, inPolicyFen } = pre.amounts;
    return { e, totals: { medicalFeeTotalFen, fullOwnPayFen, overLimitSelfPayFen, preSelfPayFen, inPolicyFen } };
  };
  const settlePath = (id: string) => `/encounters/${id}/settlements`;

  it('a citizen ID with a wrong check digit: 400 CHECK_DIGIT at the credential', async () => {
    const body = { envelope: w.plainEnvelope(), credential: { type: 'citizenId', citizenId: '410105198001011238' } };
    const answer = await refused(w, () => raw(w, 'POST', '/person-lookups', body), 400, 'VALIDATION_FAILED', '/credential/citizenId');
    expect(answer.body.errors?.[0]?.code).toMatch(/CHECK_DIGIT/);
    expect(JSON.stringify(answer.body)).not.toContain('410105198001011238');
  });

  it.each([
    ['negative fen', -100],
    ['fractional fen', 12.5],
    ['an integer written with a fraction', '12.0'],
    ['beyond MAX_SAFE_INTEGER', '9007199254740993'],
  ])('%s: 400 at the amount', async (_name, value) => {
    const { e, totals } = await outpatientReady();
    const key = w.nextMessageId();
    const text = JSON.stringify(settleBody({ ...totals, inPolicyFen: 777_777 }, key)).replace('777777', String(value));
    await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), text, key), 400, 'VALIDATION_FAILED', '/inPolicyFen');
  });

  it('settlement totals that do not add up: 422 AMOUNTS_DO_NOT_ADD_UP', async () => {
    const { e, totals } = await outpatientReady();
    const key = w.nextMessageId();
    await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), settleBody({ ...totals, medicalFeeTotalFen: totals.medicalFeeTotalFen + 1 }, key), key), 422, 'AMOUNTS_DO_NOT_ADD_UP', '/medicalFeeTotalFen');
  });

  it('a fee line whose total is not quantity × price: 422 AMOUNTS_DO_NOT_ADD_UP at the line', async () => {
    const e = await w.registerOutpatient();
    const key = w.nextMessageId();
    const line = { ...w.line(), lineTotalFen: 1 };
    await refused(w, () => raw(w, 'POST', `/encounters/${e.encounterId}/fee-lines`, { envelope: { ...w.envelope(), messageId: key }, lines: [w.line(), line] }, key), 422, 'AMOUNTS_DO_NOT_ADD_UP', '/lines/1/lineTotalFen');
  });

  it('totals that add up but differ from the fee lines: 422 SETTLEMENT_TOTALS_MISMATCH', async () => {
    const { e, totals } = await outpatientReady();
    const key = w.nextMessageId();
    const changed = { ...totals, medicalFeeTotalFen: totals.medicalFeeTotalFen + 100, fullOwnPayFen: totals.fullOwnPayFen + 100 };
    await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), settleBody(changed, key), key), 422, 'SETTLEMENT_TOTALS_MISMATCH');
  });

  it('the same encounter settled twice under a new key: 409 DUPLICATE_SETTLEMENT', async () => {
    const { e, totals } = await outpatientReady();
    await w.settleNow(e.encounterId);
    const key = w.nextMessageId();
    const answer = await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), settleBody(totals, key), key), 409, 'DUPLICATE_SETTLEMENT');
    expect(answer.body.currentState).toBe('settled');
  });

  it('deleting a settled line: 409 FEE_LINE_SETTLED', async () => {
    const { e } = await outpatientReady();
    await w.settleNow(e.encounterId);
    const key = w.nextMessageId();
    await refused(w, () => raw(w, 'POST', `/encounters/${e.encounterId}/fee-line-deletions`, { envelope: { ...w.envelope(), messageId: key }, selection: { scope: 'allUnsettled' } }, key), 409, 'FEE_LINE_SETTLED');
  });

  it('deleting a settled line among unsettled ones after an interim settlement: 409 FEE_LINE_SETTLED, nothing deleted', async () => {
    const stay = await w.inpatientIn('interimSettled');
    const settledLine = w.store().feeLines.list().find((l) => l.encounterId === stay.encounterId)!.lineNo;
    const more = await w.upload(stay.encounterId);
    const key = w.nextMessageId();
    const body = { envelope: { ...w.envelope(), messageId: key }, selection: { scope: 'lines', lineNos: [more.items[0]!.lineNo, settledLine] } };
    await refused(w, () => raw(w, 'POST', `/encounters/${stay.encounterId}/fee-line-deletions`, body, key), 409, 'FEE_LINE_SETTLED', '/selection/lineNos/1');
  });

  it('reversing an already reversed settlement under a new key: 409 SETTLEMENT_ALREADY_REVERSED', async () => {
    const { e } = await outpatientReady();
    const s = await w.settleNow(e.encounterId);
    await w.reverse(s.messageId);
    const key = w.nextMessageId();
    const body = { envelope: { ...w.envelope(), messageId: key }, personNo: RETIREE, originalMessageId: s.messageId, originalOperation: 'settle' };
    await refused(w, () => raw(w, 'POST', '/reversals', body, key), 409, 'SETTLEMENT_ALREADY_REVERSED');
  });

  it('a message id reused under another key: 409 MESSAGE_ID_REUSED', async () => {
    const { e, totals } = await outpatientReady();
    const s = await w.settleNow(e.encounterId);
    const other = await w.registerOutpatient();
    await w.upload(other.encounterId);
    await refused(w, () => raw(w, 'POST', settlePath(other.encounterId), settleBody(totals, s.messageId), 'another-key-0000000001'), 409, 'MESSAGE_ID_REUSED');
  });

  it('a message id not starting with the facility code: 400 at the message id', async () => {
    const e = await w.registerOutpatient();
    const key = 'H99999999999202611020900009999';
    await refused(w, () => raw(w, 'PUT', `/encounters/${e.encounterId}/diagnoses`, { envelope: { ...w.envelope(), messageId: key }, diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'J18.900', name: '肺炎', main: true }] }, key), 400, 'VALIDATION_FAILED', '/envelope/messageId');
  });

  it.each([
    ['same-province regions', 'REGION_NOT_CROSS_PROVINCE', { insuredRegion: '410100' }, RETIREE],
    ['an insured region not the enrolment’s', 'INSURED_REGION_MISMATCH', { insuredRegion: '371599' }, RETIREE],
    ['suspended insurance', 'NOT_ELIGIBLE', {}, seededPersonNo(HEZE, 3)],
    ['no filing (not an emergency)', 'NOT_FILED', {}, UNFILED],
  ])('outpatient registration with %s: 422 %s', async (_name, code, envelopeChange, personNo) => {
    const key = w.nextMessageId();
    const body = {
      envelope: { messageId: key, facilityCode: FACILITY, treatmentRegion: TREATMENT, insuredRegion: HEZE_POOL, operator: { operatorId: 'C1', operatorType: 'clerk' }, ...envelopeChange },
      personNo,
      insuranceType: '310',
      medicalType: '11',
      credential: w.credentialOf(personNo),
      startedAt: '2026-11-02T01:10:00Z',
      visitNo: 'MZ1',
      departmentCode: 'A02',
      departmentName: '内科',
    };
    await refused(w, () => raw(w, 'POST', '/encounters/outpatient', body, key), 422, code);
  });

  it('a credential of another person: 422 CREDENTIAL_REJECTED', async () => {
    const { e, totals } = await outpatientReady();
    const key = w.nextMessageId();
    await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), { ...settleBody(totals, key), credential: w.credentialOf(UNFILED) }, key), 422, 'CREDENTIAL_REJECTED');
  });

  it('a mass-assigned status: 400 UNKNOWN_PROPERTY', async () => {
    const { e, totals } = await outpatientReady();
    const key = w.nextMessageId();
    const answer = await refused(w, () => raw(w, 'POST', settlePath(e.encounterId), { ...settleBody(totals, key), status: 'settled' }, key), 400, 'VALIDATION_FAILED', '/status');
    expect(answer.body.errors?.[0]?.code).toBe('UNKNOWN_PROPERTY');
  });

  it('detail rows that do not add up to the run’s totals: 422 AMOUNTS_DO_NOT_ADD_UP', async () => {
    const run = await w.reconcile({ medicalFeeTotalFen: 100, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 1 });
    const row = { settlementId: 'A1', encounterId: 'M1', personNo: RETIREE, medicalFeeTotalFen: 99, fundPaySumFen: 0, accountPayFen: 0, refund: false };
    const before = JSON.stringify(w.mock.dump());
    const response = await w.mock.fetch(
      new Request(`${BASE_URL}/reconciliations/${run.reconciliationId}/detail`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', 'idempotency-key': 'detail-key-000000001' },
        body: `${JSON.stringify(row)}\n`,
      }),
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as { code: string }).code).toBe('AMOUNTS_DO_NOT_ADD_UP');
    expect(JSON.stringify(w.mock.dump())).toBe(before);
  });

  it('an NDJSON row failing its schema: 400 pointing at the line and member', async () => {
    const run = await w.reconcile({ medicalFeeTotalFen: 100, fundPaySumFen: 0, accountPayFen: 0, settlementCount: 2 });
    const good = { settlementId: 'A1', encounterId: 'M1', personNo: RETIREE, medicalFeeTotalFen: 100, fundPaySumFen: 0, accountPayFen: 0, refund: false };
    const before = JSON.stringify(w.mock.dump());
    const response = await w.mock.fetch(
      new Request(`${BASE_URL}/reconciliations/${run.reconciliationId}/detail`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', 'idempotency-key': 'detail-key-000000002' },
        body: `${JSON.stringify(good)}\n${JSON.stringify({ ...good, settlementId: 'A2', accountPayFen: 0.5 })}\n`,
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as Answer['body'];
    expect(body.errors?.map((e) => e.pointer)).toEqual(['/1/accountPayFen']);
    expect(JSON.stringify(w.mock.dump())).toBe(before);
  });
});
