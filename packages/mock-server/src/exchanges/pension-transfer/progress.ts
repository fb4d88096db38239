/**
 * The insured person's view of a case (转移进度): six steps with their dates, what is awaited now, from which
 * agency and by when. No personal data.
 */
import type { schemas } from '@zhongyuan/sdk/pension-transfer';
import type { output } from 'zod';
import { agencyOf, isOverdue, openHop } from './flow.js';
import type { CaseAction, CaseRole, CaseStatus, StoredCase } from './store.js';

type TransferProgress = output<typeof schemas.zTransferProgress>;
type ProgressStep = output<typeof schemas.zProgressStep>;
type StepName = ProgressStep['step'];

const STEPS: ReadonlyArray<{ readonly step: StepName; readonly role: CaseRole; readonly doneBy: readonly string[] }> = [
  { step: 'application', role: 'newPlace', doneBy: ['apply'] },
  { step: 'contactLetter', role: 'newPlace', doneBy: ['issueContactLetter'] },
  { step: 'informationForm', role: 'oldPlace', doneBy: ['issueInformationForm'] },
  { step: 'fundTransfer', role: 'oldPlace', doneBy: ['recordFundPayment', 'resendFundTransfer'] },
  { step: 'fundArrival', role: 'newPlace', doneBy: ['recordFundArrival', 'resolveAmountMismatch'] },
  { step: 'continuation', role: 'newPlace', doneBy: ['completeContinuation'] },
];

/** How many steps are done in each state, and the state of the next one. */
const POSITION: Readonly<Record<CaseStatus, { readonly done: number; readonly next: ProgressStep['state'] }>> = {
  applied: { done: 1, next: 'inProgress' },
  letterIssued: { done: 2, next: 'inProgress' },
  letterRejected: { done: 1, next: 'returned' },
  infoFormIssued: { done: 3, next: 'inProgress' },
  fundsSent: { done: 4, next: 'inProgress' },
  fundsReturned: { done: 3, next: 'returned' },
  fundsReceived: { done: 5, next: 'inProgress' },
  amountMismatch: { done: 4, next: 'inProgress' },
  completed: { done: 6, next: 'notStarted' },
  rejected: { done: 1, next: 'stopped' },
  withdrawn: { done: 1, next: 'stopped' },
};

const AWAITING: Readonly<Partial<Record<CaseStatus, { readonly role: CaseRole; readonly action: CaseAction; readonly text: string }>>> = {
  applied: { role: 'newPlace', action: 'issueContactLetter', text: '等待转入地经办机构发出联系函' },
  letterIssued: { role: 'oldPlace', action: 'issueInformationForm', text: '等待转出地经办机构上传信息表并划转基金' },
  letterRejected: { role: 'newPlace', action: 'amendApplication', text: '联系函被退回，等待转入地经办机构处理' },
  infoFormIssued: { role: 'oldPlace', action: 'recordFundPayment', text: '信息表已上传，等待转出地经办机构划转基金' },
  fundsSent: { role: 'newPlace', action: 'recordFundArrival', text: '基金已由转出地划出，等待到账' },
  fundsReturned: { role: 'oldPlace', action: 'resendFundTransfer', text: '划款被退回，等待转出地经办机构重新划款' },
  fundsReceived: { role: 'newPlace', action: 'completeContinuation', text: '基金已到账，等待转入地经办机构办结接续' },
  amountMismatch: { role: 'newPlace', action: 'resolveAmountMismatch', text: '到账金额与信息表不符，等待处理差额' },
};

/** The progress of `c` at `now`. */
export function progressView(c: StoredCase, now: number): TransferProgress {
  const position = POSITION[c.status];
  const hop = openHop(c);
  const lastAt = (actions: readonly string[]): string | undefined =>
    c.history.filter((t) => actions.includes(t.action)).at(-1)?.at;
  const steps = STEPS.map((s, i) => {
    const base = { step: s.step, agencyRole: s.role, agencyName: agencyOf(c, s.role).name };
    if (i < position.done) {
      const completedAt = lastAt(s.doneBy);
      return { ...base, state: 'done', ...(completedAt !== undefined ? { completedAt } : {}) };
    }
    if (i === position.done && position.next !== 'notStarted') {
      const withDue = position.next === 'inProgress' && hop !== undefined && hop.awaitedRole === s.role;
      return { ...base, state: position.next, ...(withDue ? { dueAt: hop.dueAt, overdue: isOverdue(hop, now) } : {}) };
    }
    return { ...base, state: 'notStarted' };
  }) as TransferProgress['steps']; // six entries, one per step of STEPS
  const awaited = AWAITING[c.status];
  return {
    contactLetterNo: c.contactLetterNo,
    status: c.status,
    oldPlaceAgency: c.oldPlaceAgency,
    newPlaceAgency: c.newPlaceAgency,
    steps,
    ...(awaited !== undefined
      ? {
          awaiting: {
            action: awaited.action,
            descriptionZh: awaited.text,
            fromRole: awaited.role,
            fromAgency: agencyOf(c, awaited.role),
            since: c.updatedAt,
            ...(hop !== undefined && hop.awaitedRole === awaited.role ? { dueAt: hop.dueAt, overdue: isOverdue(hop, now) } : {}),
          },
        }
      : {}),
    appliedAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
