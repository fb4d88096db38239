/**
 * A worker moves from 邯郸 (Handan, Hebei) to 洛阳 (Luoyang, Henan) and takes her pension rights with her
 * (养老保险关系转移接续): she applies in Luoyang; Luoyang's system sends the contact letter (联系函); Handan's
 * system, back after an outage that makes its hop overdue, picks the letter up from its inbox (待办箱) and answers
 * with the information form (信息表) and the fund payment; Luoyang books the arrival — 20.00 元 short, held as an
 * amount mismatch until the top-up arrives — and completes the continuation (接续). Two agencies, two SDK clients,
 * two TEST-ONLY keys, the in-process mock with request signing on.
 *
 *   pnpm exec tsx --conditions=@zhongyuan/source examples/pension-transfer/main.ts
 *
 * @module
 */
import { createMock, testClient, testClientAuth } from '@zhongyuan/mock-server';
import {
  createPensionTransferClient,
  followInbox,
  MemoryCursorStore,
  type InboxEvent,
  type PensionTransferClient,
} from '@zhongyuan/sdk/pension-transfer';
import { maskCitizenId } from '@zhongyuan/sdk/validators';
import {
  composeInformationForm,
  pensionTransfer,
  type TransferRulesConfig,
} from '@zhongyuan/mock-server/pension-transfer';

const BASE_URL = 'https://exchange.zhongyuan.test/pension-transfer/v1';
const DAY = 24 * 3600_000;

function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')} 元`;
}

function beijingDate(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
}

function describe(event: InboxEvent): string {
  const due = event.dueAt !== undefined ? `, due ${beijingDate(event.dueAt)}` : '';
  const hop = event.hop !== undefined ? ` (${event.hop})` : '';
  return `#${event.sequence} ${event.type}${hop} on ${event.contactLetterNo} → ${event.caseStatus}${due}`;
}

/** Runs the story, printing each step through `print`. */
export async function run(print: (line: string) => void): Promise<void> {
  const mock = createMock({
    exchanges: [pensionTransfer],
    seed: 42,
    clock: { start: new Date('2026-03-02T01:30:00Z'), frozen: true }, // Monday 09:30 in Luoyang
  });
  const luoyangAgency = testClient('洛阳');
  const handanAgency = testClient('邯郸');
  const luoyang: PensionTransferClient = createPensionTransferClient({ baseUrl: BASE_URL, fetch: mock.fetch, auth: await testClientAuth('洛阳') });
  const handan: PensionTransferClient = createPensionTransferClient({ baseUrl: BASE_URL, fetch: mock.fetch, auth: await testClientAuth('邯郸') });

  // Handan's own records (the mock seeds every city's agency with synthetic workers and ledgers).
  const worker = mock
    .state('pension-transfer')
    .workers.list(handanAgency.id)
    .find((w) => w.accountType === 'general' && w.contributionsSuspended && !w.arrearsOutstanding && !w.receivingPension && w.gender === 'female');
  if (worker === undefined) throw new Error('no eligible worker seeded in Handan');
  const who = `${worker.name.charAt(0)}* (${maskCitizenId(worker.citizenId)})`;
  print(`${who} contributed in 邯郸 Handan from ${worker.contributionStartMonth} to ${worker.contributionEndMonth} (${worker.contributionMonths} months) and now works in 洛阳 Luoyang.`);

  // 1. She applies at the new place (转入申请) with the contribution certificate (参保缴费凭证) Handan gave her.
  const contactLetterNo = '410300202600001234';
  const applied = await luoyang.createTransferCase({
    body: {
      contactLetterNo,
      scheme: 'enterpriseEmployee',
      person: { citizenId: worker.citizenId, name: worker.name, gender: worker.gender },
      oldPlaceAgency: { uscc: handanAgency.uscc, regionCode: handanAgency.region, name: '邯郸市社会保险中心' },
      application: { transferType: 'crossRegion', channel: 'nationalPlatform', oldPlaceName: '河北省邯郸市', newPlaceContributionStartMonth: '202603' },
      contributionCertificate: {
        content: {
          certificateNo: 'HD20260227000458',
          issuedOn: '2026-02-27',
          oldPersonNo: worker.personNo,
          accountType: worker.accountType,
          contributionStartMonth: worker.contributionStartMonth,
          contributionEndMonth: worker.contributionEndMonth,
          contributionMonths: worker.contributionMonths,
          contributionsSuspended: true,
          arrearsOutstanding: false,
        },
        issuingClerk: 'HD-0457',
        issuedAt: '2026-02-27T08:10:00Z',
      },
      clerk: 'LY-1023',
    },
  });
  print(`Luoyang records her application online (转入申请): case ${applied.contactLetterNo} ${applied.status}; letter due ${beijingDate(applied.dueAt ?? '')}.`);

  // 2. Luoyang's system issues the contact letter the next day.
  mock.clock.advance(DAY);
  const issued = await luoyang.issueContactLetter({
    contactLetterNo,
    body: {
      content: {
        newPlacePersonNo: '4103002026000871',
        receivingAccount: { bankName: '中国工商银行洛阳分行营业部', bankCode: '102493000012', accountName: '洛阳市社会保险中心', accountNo: '1705020129200012345' },
        agencyAddress: '河南省洛阳市洛龙区示例大道1号',
        agencyPostcode: '471000',
        agencyPhone: '0379-12345678',
      },
      clerk: 'LY-1023',
      reviewed: true,
    },
  });
  print(`Luoyang sends the contact letter (联系函) → ${issued.status}; Handan must answer by ${beijingDate(issued.dueAt ?? '')} (15 working days).`);

  // 3. Handan's system is down for four weeks: the hop runs past its target. Nothing is cancelled.
  mock.clock.advance(28 * DAY);
  const overdueCases = await luoyang.listTransferCases({ overdue: true });
  print(`Four weeks later (${beijingDate(mock.clock.date().toISOString())}) Luoyang lists its overdue cases: ${overdueCases.items
    .map((c) => `${c.contactLetterNo} awaiting ${c.currentHop?.awaitedAgency.name ?? '?'} since ${beijingDate(c.currentHop?.startedAt ?? '')}`)
    .join('; ')}.`);

  // 4. Handan's system comes back and follows its inbox from its stored position.
  const handanPosition = new MemoryCursorStore();
  const handanSeen: InboxEvent[] = [];
  for await (const event of followInbox(handan, { store: handanPosition, untilCaughtUp: true })) {
    handanSeen.push(event);
    print(`  Handan inbox ${describe(event)}`);
  }
  const received = handanSeen.find((e) => e.type === 'contactLetterReceived');
  if (received === undefined) throw new Error('Handan did not receive the letter');
  const seenByHandan = await handan.getTransferCase({ contactLetterNo: received.contactLetterNo });
  print(`Handan opens the case as ${seenByHandan.callerRole}: may ${seenByHandan.allowedActions.join(' or ')}; overdue: ${seenByHandan.overdue}.`);

  // 5. Handan composes the information form from its ledger with the exchange's configured rules.
  const rules = await handan.getTransferRules();
  const config: TransferRulesConfig = {
    pooledRateBasisPoints: rules.pooledRateBasisPoints,
    pooledFromYear: rules.pooledFromYear,
    temporaryAccountTransfersPooledFund: rules.temporaryAccountTransfersPooledFund,
    hopTargetWorkingDays: rules.hopTargetWorkingDays,
    inboxRetentionDays: rules.inboxRetentionDays,
    holidays: [],
    adjustedWorkingDays: [],
    workingDayCalendar: rules.workingDayCalendar,
  };
  const content = composeInformationForm(
    { ledger: worker.ledger, accountType: seenByHandan.accountType, regionCode: handanAgency.region, employerName: worker.employerName, transferDate: beijingDate(mock.clock.date().toISOString()) },
    config,
  );
  const formed = await handan.issueInformationForm({ contactLetterNo, body: { content, clerk: 'HD-0457', reviewed: true, uploadedToNationalSystem: true } });
  const eligibleYears = content.ledger.filter((y) => y.pooledEligible);
  print(`Handan uploads the information form (信息表), ${content.ledger.length} ledger years, pooled part at ${rules.pooledRateBasisPoints / 100} % from ${rules.pooledFromYear} (${eligibleYears.length} years, each rounded half up):`);
  for (const y of eligibleYears.slice(-3)) {
    print(`    ${y.year}: ${yuan(y.monthlyBaseFen)} × ${y.months} months = ${yuan(y.pooledBaseFen)} → ${yuan(y.pooledTransferFen)}`);
  }
  print(`  individual account (aic083) ${yuan(content.individualAccountTransferFen)} = ${yuan(content.preReformPersonalBalanceFen)} + ${yuan(content.accumulatedBalanceFen)} + ${yuan(content.currentYearPrincipalFen)}`);
  print(`  pooled fund (aic084) ${yuan(content.pooledFundTransferFen)}; total (aic102) ${yuan(content.totalTransferFen)} → case ${formed.status}`);

  const paid = await handan.recordFundPayment({
    contactLetterNo,
    body: {
      content: {
        amountFen: content.totalTransferFen,
        voucherNo: 'HD-ZF-20260331-0007',
        payerAccount: { bankCode: '105127000019', accountName: '邯郸市社会保险中心', accountNo: '13050164000000000218' },
        payeeAccount: { bankCode: '102493000012', accountName: '洛阳市社会保险中心', accountNo: '1705020129200012345' },
        valueDate: beijingDate(mock.clock.date().toISOString()),
      },
      clerk: 'HD-CW-012',
    },
  });
  const answeredHop = paid.hops.find((h) => h.hop === 'informationFormAndPayment');
  print(`Handan pays ${yuan(content.totalTransferFen)} (基金划转) → ${paid.status}; its hop ended ${beijingDate(answeredHop?.completedAt ?? '')}, overdue: ${answeredHop?.overdue ?? false}.`);

  // 6. Luoyang follows its own inbox; the money arrives two days later, 20.00 元 short (a bank charge).
  mock.clock.advance(2 * DAY);
  const luoyangPosition = new MemoryCursorStore();
  for await (const event of followInbox(luoyang, { store: luoyangPosition, untilCaughtUp: true })) print(`  Luoyang inbox ${describe(event)}`);
  const arrivedFen = content.totalTransferFen - 2000;
  const arrival = await luoyang.recordFundArrival({
    contactLetterNo,
    body: {
      content: {
        bookingId: 'LY-DZ-20260402-0031',
        arrivedFen,
        voucherNo: 'LY-SS-20260402-0112',
        payerAccount: { bankCode: '105127000019', accountName: '邯郸市社会保险中心', accountNo: '13050164000000000218' },
        arrivedOn: beijingDate(mock.clock.date().toISOString()),
      },
      clerk: 'LY-CW-008',
    },
  });
  const matching = arrival.documents.arrivalBooking?.matching;
  print(`Luoyang books the arrival of ${yuan(arrivedFen)} → ${arrival.status} (到账金额不符): difference ${yuan(matching?.differenceFen ?? 0)}, nothing booked.`);
  // The continuation (接续) Luoyang books: today's date, the months merged and the amounts as transferred.
  const continuation = () => ({
    content: {
      continuedOn: beijingDate(mock.clock.date().toISOString()),
      mergedMonths: content.localContributionMonths,
      individualAccountBookedFen: content.individualAccountTransferFen,
      pooledFundBookedFen: content.pooledFundTransferFen,
      totalBookedFen: content.totalTransferFen,
      personNotifiedAt: mock.clock.date().toISOString(),
    },
    clerk: 'LY-1023',
  });
  try {
    await luoyang.completeContinuation({ contactLetterNo, body: continuation() });
    throw new Error('completion with a mismatch was accepted');
  } catch (error) {
    if (!luoyang.isError(error) || error.code !== 'AMOUNT_MISMATCH') throw error;
    print(`Completing now is refused: ${error.status} ${error.code} — never a partial booking.`);
  }

  mock.clock.advance(DAY);
  const resolved = await luoyang.resolveAmountMismatch({
    contactLetterNo,
    body: {
      content: { kind: 'TOP_UP_RECEIVED', adjustmentFen: 2000, voucherNo: 'LY-SS-20260403-0140', valueDate: beijingDate(mock.clock.date().toISOString()), note: '转出地补汇银行手续费' },
      clerk: 'LY-CW-008',
    },
  });
  print(`Handan sends the missing ${yuan(2000)}; Luoyang records the top-up (差额处理) → ${resolved.status}, matched: ${resolved.documents.arrivalBooking?.matching.matched ?? false}.`);

  const completed = await luoyang.completeContinuation({ contactLetterNo, body: { ...continuation(), reviewed: true } });
  print(`Luoyang merges the record (接续) → ${completed.status}: ${content.localContributionMonths} months and ${yuan(content.totalTransferFen)} continued.`);

  // 7. Handan's follower restarts from its stored position: only what is new.
  for await (const event of followInbox(handan, { store: handanPosition, untilCaughtUp: true })) print(`  Handan inbox (after restart) ${describe(event)}`);

  // 8. The person's view (转移进度查询).
  const progress = await luoyang.getTransferProgress({ contactLetterNo });
  print(`Her progress: ${progress.steps.map((s) => `${s.step} ${s.state}${s.completedAt !== undefined ? ` ${beijingDate(s.completedAt)}` : ''}`).join(' · ')}.`);
  print(`Every call was signed: Luoyang as ${luoyangAgency.id}, Handan as ${handanAgency.id} (TEST-ONLY keys).`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run((line) => console.log(line));
}
