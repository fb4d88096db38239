// A test world for the pension-transfer exchange: the in-process mock with auth on, one SDK client per city
// (each with its TEST-ONLY key), seeded workers, request bodies built from their ledgers, and the spec's
// `x-state-machines.transferCase` read from the YAML so that expectations follow the spec.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMock, testClient, testClientAuth, type Mock, type MockClient } from '@zhongyuan/mock-server';
import { isApiError } from '@zhongyuan/sdk';
import { createPensionTransferClient, type Operations, type PensionTransferClient } from '@zhongyuan/sdk/pension-transfer';
import { parse } from 'yaml';
import {
  composeInformationForm,
  createPensionTransferExchange,
  DEFAULT_TRANSFER_RULES,
  type InformationFormInput,
  type TransferRulesConfig,
  type WorkerRecord,
} from '@zhongyuan/mock-server/pension-transfer';

export const BASE_URL = 'https://exchange.zhongyuan.test/pension-transfer/v1';
export const START = new Date('2026-03-02T01:30:00Z');
export const DAY = 24 * 3600_000;

type Body<K extends keyof Operations> = Operations[K] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** A transition of the spec's machine. */
export interface SpecTransition {
  readonly from: readonly string[];
  readonly to: string;
  readonly action: string;
  readonly operationId: string;
  readonly role: 'newPlace' | 'oldPlace' | 'exchange';
  readonly automatic?: boolean;
}

/** The spec's `x-state-machines.transferCase`. */
export interface SpecMachine {
  readonly states: ReadonlyArray<{ readonly name: string }>;
  readonly initial: readonly string[];
  readonly terminal: readonly string[];
  readonly transitions: readonly SpecTransition[];
  readonly hops: ReadonlyArray<{ hop: string; awaitedRole: string; startsOn: string[]; endsOn: string[]; targetWorkingDays: number }>;
}

const specPath = fileURLToPath(new URL('../../../specs/pension-transfer/openapi.yaml', import.meta.url));
const examplesPath = fileURLToPath(new URL('../../../specs/pension-transfer/examples.yaml', import.meta.url));

/** The machine as the spec declares it. */
export const machine = (parse(readFileSync(specPath, 'utf8')) as { 'x-state-machines': { transferCase: SpecMachine } })['x-state-machines'].transferCase;

/** The spec's examples (request bodies are valid for validation; amounts belong to the worked case). */
export const examples = parse(readFileSync(examplesPath, 'utf8')) as Record<string, { value: unknown }>;

/** The transitions a party performs (not the automatic ones). */
export const actionTransitions = machine.transitions.filter((t) => t.role !== 'exchange' && t.from.length > 0);

/** What the spec says `role` may do in `state`, in the spec's order. */
export function specAllowed(state: string, role: 'newPlace' | 'oldPlace'): string[] {
  const out: string[] = [];
  for (const t of actionTransitions) if (t.role === role && t.from.includes(state) && !out.includes(t.action)) out.push(t.action);
  return out;
}

/** The outcome of one call: the body on success, the problem on refusal. */
export interface Outcome {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/** A test world. */
export interface World {
  readonly mock: Mock<readonly [ReturnType<typeof createPensionTransferExchange>]>;
  client(city: string): Promise<PensionTransferClient>;
  agency(city: string): MockClient;
  /** Call `operationId` as `city` with `params`, returning status and body (problems included). */
  call(city: string, operationId: keyof Operations & string, params: Record<string, unknown>): Promise<Outcome>;
  workers(city: string): WorkerRecord[];
}

/** A fresh world. */
export function createWorld(options: { rules?: Partial<TransferRulesConfig>; seed?: number; auth?: boolean } = {}): World {
  const auth = options.auth ?? true;
  const mock = createMock({
    exchanges: [createPensionTransferExchange(options.rules !== undefined ? { rules: options.rules } : {})] as const,
    seed: options.seed ?? 7,
    ...(auth ? {} : { auth: false as const }),
    clock: { start: START, frozen: true },
    onContractViolation: (violation) => {
      throw violation;
    },
  });
  const clients = new Map<string, Promise<PensionTransferClient>>();
  const client = (city: string): Promise<PensionTransferClient> => {
    let c = clients.get(city);
    if (c === undefined) {
      c = auth
        ? testClientAuth(city).then((signing) => createPensionTransferClient({ baseUrl: BASE_URL, fetch: mock.fetch, auth: signing, retry: { limit: 0 } }))
        : Promise.resolve(createPensionTransferClient({ baseUrl: BASE_URL, fetch: mock.fetch, headers: { 'x-client-id': testClient(city).id }, retry: { limit: 0 } }));
      clients.set(city, c);
    }
    return c;
  };
  return {
    mock,
    client,
    agency: (city) => testClient(city),
    async call(city, operationId, params) {
      const c = (await client(city)) as unknown as Record<string, (p: unknown) => PromiseLike<unknown>>;
      try {
        const body = (await c[operationId]!(params)) as Record<string, unknown>;
        return { status: 200, body };
      } catch (error) {
        if (isApiError(error)) return { status: error.status, body: { ...(error.problem ?? {}) } };
        throw error;
      }
    },
    workers: (city) => mock.state('pension-transfer').workers.list(testClient(city).id),
  };
}

/** Eligible general-account workers of `city` (contributions suspended, no arrears, no pension). */
export function eligible(world: World, city: string): WorkerRecord[] {
  return world.workers(city).filter((w) => w.accountType === 'general' && w.contributionsSuspended && !w.arrearsOutstanding && !w.receivingPension);
}

/** The application the new place records for `worker` of the old place `oldCity`. */
export function applicationBody(world: World, worker: WorkerRecord, oldCity: string, contactLetterNo: string): Body<'createTransferCase'> {
  const old = world.agency(oldCity);
  return {
    contactLetterNo,
    scheme: 'enterpriseEmployee',
    person: { citizenId: worker.citizenId, name: worker.name, gender: worker.gender },
    oldPlaceAgency: { uscc: old.uscc, regionCode: old.region, name: `${old.city.nameZh}社会保险中心` },
    application: { transferType: 'crossRegion', channel: 'counter', oldPlaceName: old.city.nameZh, newPlaceContributionStartMonth: '202603' },
    contributionCertificate: {
      content: {
        certificateNo: `C${worker.personNo}`,
        issuedOn: '2026-02-27',
        oldPersonNo: worker.personNo,
        accountType: worker.accountType,
        contributionStartMonth: worker.contributionStartMonth,
        contributionEndMonth: worker.contributionEndMonth,
        contributionMonths: worker.contributionMonths,
        contributionsSuspended: worker.contributionsSuspended,
        arrearsOutstanding: worker.arrearsOutstanding,
      },
      issuingClerk: 'OLD-001',
      issuedAt: '2026-02-27T08:10:00Z',
    },
    clerk: 'NEW-001',
  };
}

/** The information form the old place composes for `worker`. */
export function formContent(worker: WorkerRecord, rules: TransferRulesConfig = DEFAULT_TRANSFER_RULES): InformationFormInput {
  return composeInformationForm(
    { ledger: worker.ledger, accountType: worker.accountType, regionCode: worker.regionCode, employerName: worker.employerName, transferDate: '2026-03-06' },
    rules,
  );
}

const account = { bankCode: '102493000012', accountName: '转入地社会保险中心', accountNo: '1705020129200012345' };
const payer = { bankCode: '105127000019', accountName: '转出地社会保险中心', accountNo: '13050164000000000218' };

/** Request bodies of every action, for a case of `worker` whose form total is `total`. */
export function bodies(worker: WorkerRecord, form: InformationFormInput = formContent(worker)) {
  return {
    issueContactLetter: (): Body<'issueContactLetter'> => ({
      content: { newPlacePersonNo: '4103002026000871', receivingAccount: { bankName: '示例银行', ...{ bankCode: account.bankCode, accountName: account.accountName, accountNo: account.accountNo } }, agencyAddress: '示例路1号', agencyPostcode: '471000', agencyPhone: '0379-12345678' },
      clerk: 'NEW-001',
    }),
    rejectContactLetter: (): Body<'rejectContactLetter'> => ({ content: { reasonCode: 'ARREARS', note: '欠费未缴' }, clerk: 'OLD-001' }),
    amendTransferApplication: (): Body<'amendTransferApplication'> => ({
      application: { transferType: 'crossRegion', channel: 'counter', oldPlaceName: '原参保地', newPlaceContributionStartMonth: '202603' },
      clerk: 'NEW-001',
      note: '补缴后重新受理',
    }),
    rejectTransferApplication: (): Body<'rejectTransferApplication'> => ({ reasonCode: 'IDENTITY_NOT_VERIFIED', clerk: 'NEW-001' }),
    withdrawTransferCase: (): Body<'withdrawTransferCase'> => ({ reasonCode: 'APPLICANT_REQUEST', clerk: 'NEW-001' }),
    issueInformationForm: (): Body<'issueInformationForm'> => ({ content: form, clerk: 'OLD-001', reviewed: true, uploadedToNationalSystem: true }),
    recordFundPayment: (amountFen = form.totalTransferFen): Body<'recordFundPayment'> => ({
      content: { amountFen, voucherNo: 'PAY-0001', payerAccount: payer, payeeAccount: account, valueDate: '2026-03-09' },
      clerk: 'OLD-CW1',
    }),
    recordReturnedRemittance: (amountFen = form.totalTransferFen): Body<'recordReturnedRemittance'> => ({
      content: { amountFen, voucherNo: 'RET-0001', returnedOn: '2026-03-10', reasonCode: 'WRONG_ACCOUNT' },
      clerk: 'OLD-CW1',
    }),
    resendFundTransfer: (amountFen = form.totalTransferFen): Body<'resendFundTransfer'> => ({
      content: { amountFen, voucherNo: 'PAY-0002', payerAccount: payer, payeeAccount: account, valueDate: '2026-03-12' },
      clerk: 'OLD-CW1',
    }),
    recordFundArrival: (arrivedFen = form.totalTransferFen): Body<'recordFundArrival'> => ({
      content: { bookingId: 'BK-0001', arrivedFen, voucherNo: 'RCV-0001', payerAccount: payer, arrivedOn: '2026-03-11' },
      clerk: 'NEW-CW1',
    }),
    resolveAmountMismatch: (adjustmentFen: number): Body<'resolveAmountMismatch'> => ({
      content: { kind: adjustmentFen > 0 ? 'TOP_UP_RECEIVED' : 'EXCESS_REFUNDED', adjustmentFen, voucherNo: 'ADJ-0001', valueDate: '2026-03-13' },
      clerk: 'NEW-CW1',
    }),
    completeContinuation: (overrides: Partial<Body<'completeContinuation'>['content']> = {}): Body<'completeContinuation'> => ({
      content: {
        continuedOn: '2026-03-16',
        mergedMonths: form.localContributionMonths,
        individualAccountBookedFen: form.individualAccountTransferFen,
        pooledFundBookedFen: form.pooledFundTransferFen,
        totalBookedFen: form.totalTransferFen,
        personNotifiedAt: '2026-03-16T02:00:00Z',
        ...overrides,
      },
      clerk: 'NEW-001',
    }),
  };
}

/** The cities of the plan by code, for picking old/new pairs. */
export const CITY_PAIRS: ReadonlyArray<readonly [oldCity: string, newCity: string]> = [
  ['邯郸', '洛阳'],
  ['郑州', '长治'],
  ['开封', '聊城'],
  ['晋城', '许昌'],
  ['蚌埠', '南阳'],
  ['菏泽', '商丘'],
  ['运城', '信阳'],
  ['邢台', '周口'],
  ['亳州', '驻马店'],
  ['宿州', '平顶山'],
];
