/**
 * Targets on the mock's medical-settlement exchange for the token-rule table: registering an outpatient encounter
 * (门诊挂号, a write that creates a record) and reading one back. Each registration is fresh: its own message id,
 * visit number and idempotency key, so that one accepted request creates exactly one encounter.
 */
import { seededPersonNo } from '@zhongyuan/mock-server/medical-settlement';
import { createMessageIdGenerator } from '@zhongyuan/sdk/medical-settlement';
import type { Target } from './token-requests.js';

const BASE_PATH = '/medical-settlement/v1';
const FACILITY = 'H41010500017';
/** A retiree insured in 菏泽, treated in 郑州 (seeded by the mock). */
const PERSON = seededPersonNo('371700', 1);

/** A registration target and the message id its body carries. */
export interface RegistrationTarget extends Target {
  readonly messageId: string;
}

/** Builds targets addressed at `origin`, for a receiver accepting `audience` whose token clock reads `now`. */
export interface EncounterTargets {
  /** `POST /encounters/outpatient` with a fresh body and idempotency key. */
  register(): RegistrationTarget;
  /** `GET /encounters/{encounterId}`. */
  read(encounterId: string): Target;
}

/** Targets on `origin`; `businessNow` is the mock's (frozen) business clock, which the message ids carry. */
export function encounterTargets(origin: string, audience: string, now: number, businessNow: number): EncounterTargets {
  const nextMessageId = createMessageIdGenerator({ facilityCode: FACILITY, now: () => businessNow });
  let visits = 0;
  return {
    register() {
      const messageId = nextMessageId();
      const body = {
        envelope: {
          messageId,
          facilityCode: FACILITY,
          treatmentRegion: '410105',
          insuredRegion: '371799',
          operator: { operatorId: 'CLERK-01', operatorType: 'clerk' },
        },
        personNo: PERSON,
        insuranceType: '310',
        medicalType: '11',
        credential: { type: 'ecToken', token: `ec:${PERSON}` },
        startedAt: '2026-11-02T01:10:00Z',
        visitNo: `MZ${++visits}`,
        departmentCode: 'A02',
        departmentName: '内科',
        // Emergency treatment counts as filed: the caller need not hold a filing for the person.
        emergency: true,
      };
      return {
        url: new URL(`${BASE_PATH}/encounters/outpatient`, origin),
        audience,
        now,
        method: 'POST',
        body: new TextEncoder().encode(JSON.stringify(body)),
        headers: { 'content-type': 'application/json', 'idempotency-key': `key-${crypto.randomUUID()}` },
        messageId,
      };
    },
    read(encounterId) {
      return { url: new URL(`${BASE_PATH}/encounters/${encounterId}`, origin), audience, now, method: 'GET', body: new Uint8Array() };
    },
  };
}
