/**
 * Cross-province direct settlement (跨省异地就医直接结算), end to end against the in-process mock with signed
 * requests: a retiree insured in 菏泽 (Heze, Shandong) who lives in 郑州 (Zhengzhou, Henan) is admitted, her fees
 * are uploaded, she is discharged and settled; a second settlement's response is lost, so it is reversed by its
 * message id (冲正, 2601) and settled again; then the hospital reconciles the day (对总账, 3201).
 *
 *   pnpm exec tsx --conditions=@zhongyuan/source examples/medical-settlement/main.ts
 *
 * @module
 */
import { pathToFileURL } from 'node:url';
import { createMock, defineScenario, testClientAuth, type Mock } from '@zhongyuan/mock-server';
import {
  createMedicalSettlementClient,
  createMessageIdGenerator,
  InMemoryMessageLedger,
  settle,
  type LedgerEntry,
  type SettleResult,
} from '@zhongyuan/sdk/medical-settlement';
import { maskCitizenId } from '@zhongyuan/sdk/validators';
import { medicalSettlement, seededPersonNo } from '@zhongyuan/mock-server/medical-settlement';

/** The hospital: a synthetic facility in 郑州市金水区 (410105). */
export const FACILITY = 'H41010500017';
const BASE_URL = 'https://exchange.zhongyuan.test/medical-settlement/v1';
const START = new Date('2026-11-02T01:00:00Z'); // 09:00 Beijing time

/** What the story ends with, for the test. */
export interface StoryOutcome {
  readonly first: SettleResult;
  readonly second: SettleResult;
  readonly reconciliations: ReadonlyArray<{ readonly scope: string; readonly result: string; readonly count: number }>;
  readonly mock: StoryMock;
  readonly ledger: InMemoryMessageLedger;
}

/** The story's mock: the medical-settlement exchange, signed requests, a frozen clock. */
type StoryMock = Mock<readonly [typeof medicalSettlement]>;

function createStoryMock(): StoryMock {
  return createMock({ exchanges: [medicalSettlement], seed: 6, clock: { start: START, frozen: true } });
}

const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;
const maskName = (name: string): string => name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1));

/** Runs the story and returns its outcome. */
export async function runStory(print: (line: string) => void): Promise<StoryOutcome> {
  const mock = createStoryMock();
  const client = createMedicalSettlementClient({
    baseUrl: BASE_URL,
    fetch: mock.fetch,
    auth: await testClientAuth('郑州'), // TEST-ONLY key of Zhengzhou's exchange gateway
    timeout: 5_000,
    retry: { limit: 2, baseDelay: 5, maxRetryAfter: 50 },
  });
  const nextMessageId = createMessageIdGenerator({ facilityCode: FACILITY, now: () => mock.clock.now() });
  const ledger = new InMemoryMessageLedger();
  const operator = { operatorId: 'NURSE-07', operatorType: 'clerk' as const };
  const lookupEnvelope = () => ({ messageId: nextMessageId(), facilityCode: FACILITY, treatmentRegion: '410105', operator });

  // 1. 人员信息获取 (1101): the patient shows her 医保电子凭证 QR code.
  const retireeNo = seededPersonNo('371700', 1);
  const credential = { type: 'ecToken' as const, token: `ec:${retireeNo}` };
  const found = await client.lookupPerson({ body: { envelope: lookupEnvelope(), credential } });
  const insurance = found.insurances.find((i) => i.insuranceType === '310')!;
  print(`1. Person lookup (人员信息获取 1101): ${maskName(found.person.name)}, ID ${maskCitizenId(found.person.citizenId)}, ` +
    `employee basic insurance (职工基本医疗保险 310), retired, insured place ${insurance.insuredRegion} (菏泽市本级), account balance ${yuan(insurance.accountBalanceFen)}`);
  const envelope = (insuredRegion: string) => ({ ...lookupEnvelope(), insuredRegion });

  // 2. 异地就医备案: a resettled retiree (异地安置退休) has an effective filing for Henan.
  const filing = await client.checkFiling({
    body: { envelope: envelope('371799'), personNo: retireeNo, insuranceType: '310', onDate: '2026-11-02' },
  });
  print(`2. Filing check (异地就医备案查询): covered=${filing.covered}, category ${filing.filing?.category ?? 'none'} (异地安置退休), status ${filing.filing?.status ?? 'none'}`);

  // 3. 入院办理 (2401). The envelope may name the insured place in its city form (371700) or its pool form (371799).
  const admitted = await client.admitInpatient({
    body: {
      envelope: envelope('371700'),
      personNo: retireeNo,
      insuranceType: '310',
      medicalType: '21',
      credential,
      admittedAt: '2026-11-02T01:30:00Z',
      admissionNo: 'ZY2026110200031',
      departmentCode: 'A03.01',
      departmentName: '心血管内科',
      bed: '12-03',
      admissionDiagnosisDescription: '冠状动脉粥样硬化性心脏病',
      diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'I25.103', name: '冠状动脉粥样硬化性心脏病', main: true }],
    },
  });
  print(`3. Admission (入院办理 2401): encounter ${admitted.encounterId} (就诊ID), filing basis ${admitted.filingBasis}, status ${admitted.status}`);

  // 4. 住院费用明细上传 (2301): line totals are quantity × unit price, rounded half up to the fen.
  const fee = (lineNo: string, code: string, name: string, quantity: number, unitPriceMicroYuan: number, total: number) => ({
    lineNo,
    chargeBatchNo: 'B20261102001',
    occurredAt: '2026-11-02T03:00:00Z',
    nationalListCode: code,
    hospitalListCode: name,
    lineTotalFen: total,
    quantityTenThousandths: quantity,
    unitPriceMicroYuan,
  });
  const uploaded = await client.uploadFeeLines({
    encounterId: admitted.encounterId,
    body: {
      envelope: envelope('371799'),
      lines: [
        fee('L0001', 'XB01ACA056A001010100483', '阿司匹林肠溶片', 300_000, 5_200_000, 15_600), // 30 × ¥5.20
        fee('L0002', 'ZA12BAX0215010102107', '复方丹参滴丸', 20_000, 28_650_000, 5_730), // 2 × ¥28.65
        fee('L0003', 'F001100000000', '冠状动脉造影术', 10_000, 4_800_000_000, 480_000), // 1 × ¥4,800.00
        fee('L0004', 'Q-OWN-PAY-001', '单人病房升级', 30_000, 150_000_000, 45_000), // 3 days × ¥150.00
      ],
    },
  });
  const levels = uploaded.items.map((l) => `${l.lineNo} level ${l.classification.itemLevel}`).join(', ');
  print(`4. Fee upload (住院费用明细上传 2301): ${uploaded.items.length} lines classified under the Zhengzhou catalogue (就医地目录): ${levels}`);

  // 5. 出院办理 (2402).
  const discharged = await client.dischargeInpatient({
    encounterId: admitted.encounterId,
    body: {
      envelope: envelope('371799'),
      dischargedAt: '2026-11-02T08:00:00Z',
      dischargeWay: '1',
      diagnoses: [{ diagnosisType: '1', sequence: 1, code: 'I25.103', name: '冠状动脉粥样硬化性心脏病', main: true }],
    },
  });
  print(`5. Discharge (出院办理 2402): status ${discharged.status}`);

  // 6. 住院结算 (2303 pre-settlement, then 2304), exactly once through the settle helper.
  const first = await settle(
    client,
    { encounterId: admitted.encounterId, personNo: retireeNo, envelope: envelope('371799'), insuranceType: '310', medicalType: '21', credential, useAccount: true },
    { ledger, nextMessageId, now: () => mock.clock.now() },
  );
  if (first.status === 'failed') throw new Error(`settlement failed: ${first.reason}`);
  const a = first.settlement.amounts;
  print(`6. Settlement (住院结算 2304): ${first.status}, settlement ${first.settlement.settlementId} (结算ID), message id ${first.messageId}`);
  print(`   total ${yuan(a.medicalFeeTotalFen)} = funds ${yuan(a.fundPaySumFen)} (统筹 ${yuan(a.poolFundPayFen)} at ${(a.poolFundRatioBp ?? 0) / 100} %, after deductible 起付线 ${yuan(a.deductibleFen)})` +
    ` + personal ${yuan(a.personalPartFen)} (account 个人账户 ${yuan(a.accountPayFen)} + cash 现金 ${yuan(a.cashPayFen)})`);

  // 7. A second patient, an outpatient visit; the settlement's response is lost after the platform committed it.
  const residentNo = seededPersonNo('371700', 2);
  const residentCredential = { type: 'ecToken' as const, token: `ec:${residentNo}` };
  const visit = await client.registerOutpatientEncounter({
    body: {
      envelope: envelope('371799'),
      personNo: residentNo,
      insuranceType: '390',
      medicalType: '11',
      credential: residentCredential,
      startedAt: '2026-11-02T02:00:00Z',
      visitNo: 'MZ2026110200418',
      departmentCode: 'A02',
      departmentName: '内科',
    },
  });
  await client.uploadFeeLines({
    encounterId: visit.encounterId,
    body: { envelope: envelope('371799'), lines: [fee('M0001', 'XA02BCA211A001010104171', '奥美拉唑肠溶胶囊', 20_000, 19_800_000, 3_960)] },
  });
  mock.use(defineScenario({ name: 'lost-settlement-response', faults: { settle: [{ kind: 'commit-then-fail', status: 500, times: 1 }] } }));
  const second = await settle(
    client,
    { encounterId: visit.encounterId, personNo: residentNo, envelope: envelope('371799'), insuranceType: '390', medicalType: '11', credential: residentCredential, useAccount: false },
    { ledger, nextMessageId, now: () => mock.clock.now() },
  );
  if (second.status === 'failed') throw new Error(`settlement failed: ${second.reason}`);
  const lost = second.reversals[0];
  print(`7. Outpatient settlement (门诊结算 2207) for a resident (城乡居民 390): the platform committed message ${lost?.originalMessageId ?? '?'} but the answer was lost (500).`);
  print(`   Reversal by message id (冲正 2601, omsgid): ${lost?.outcome ?? 'none'}; then settled again under ${second.messageId}: ` +
    `settlement ${second.settlement.settlementId}, cash ${yuan(second.settlement.amounts.cashPayFen)} — outcome ${second.status}`);

  // 8. 对总账 (3201): one run per (insurance type, clearing type, settlement agency), totals from the hospital's ledger.
  const scopes = new Map<string, LedgerEntry[]>();
  for await (const e of ledger.entries()) {
    if (e.state !== 'settled' || e.amounts === undefined) continue;
    const key = `${e.insuranceType}|${e.clearingType}|${e.settlementAgency}`;
    scopes.set(key, [...(scopes.get(key) ?? []), e]);
  }
  const reconciliations: Array<{ scope: string; result: string; count: number }> = [];
  for (const [key, entries] of scopes) {
    const [insuranceType, clearingType, settlementAgency] = key.split('|') as [string, string, string];
    const run = await client.reconcileTotals({
      body: {
        envelope: lookupEnvelope(),
        insuranceType,
        clearingType,
        settlementAgency,
        statementFrom: '2026-11-02',
        statementTo: '2026-11-02',
        includesRefunds: true,
        totals: {
          medicalFeeTotalFen: entries.reduce((s, e) => s + e.amounts!.medicalFeeTotalFen, 0),
          fundPaySumFen: entries.reduce((s, e) => s + e.amounts!.fundPaySumFen, 0),
          accountPayFen: entries.reduce((s, e) => s + e.amounts!.accountPayFen, 0),
          settlementCount: entries.length,
        },
      },
    });
    reconciliations.push({ scope: key, result: run.totalsResult, count: run.remoteTotals.settlementCount });
    print(`8. Day-end reconciliation (对总账 3201) insurance ${insuranceType}, clearing type ${clearingType}, agency ${settlementAgency}: ` +
      `${run.totalsResult} — ${run.remoteTotals.settlementCount} settlement(s), funds ${yuan(run.remoteTotals.fundPaySumFen)}`);
  }
  print('   The reversed call counts as never having happened: no duplicate, nothing lost.');
  return { first, second, reconciliations, mock, ledger };
}

/** Runs the story, printing each step through `print`. */
export async function run(print: (line: string) => void): Promise<void> {
  await runStory(print);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run((line) => console.log(line));
}
