/**
 * The case flow (业务流程) of machine `transferCase`: which party performs each action, the hops and their
 * deadlines, what the calling agency may do now, the inbox events each step raises, and the answered views of
 * a case (per caller and per clock reading).
 */
import type { schemas } from '@zhongyuan/sdk/pension-transfer';
import type { output } from 'zod';
import type { MockClock } from '../../core/index.js';
import { hopDueAt, type TransferRulesConfig } from './rules.js';
import type {
  AgencyRef,
  CaseAction,
  CaseRole,
  CaseStatus,
  HopName,
  InboxEvent,
  PensionTransferStore,
  StoredCase,
  StoredEvent,
  StoredHop,
  TransferCase,
} from './store.js';

/** A transition of `x-state-machines.transferCase` with the party that performs it. */
export interface FlowTransition {
  readonly from: readonly CaseStatus[];
  readonly to: CaseStatus;
  readonly action: CaseAction | 'apply';
  readonly role: CaseRole | 'exchange';
}

/** The transitions of the spec's `x-state-machines.transferCase`, in the spec's order. */
export const TRANSITIONS: readonly FlowTransition[] = [
  { from: [], to: 'applied', action: 'apply', role: 'newPlace' },
  { from: ['applied'], to: 'letterIssued', action: 'issueContactLetter', role: 'newPlace' },
  { from: ['applied', 'letterRejected'], to: 'rejected', action: 'rejectApplication', role: 'newPlace' },
  { from: ['applied', 'letterRejected'], to: 'withdrawn', action: 'withdraw', role: 'newPlace' },
  { from: ['letterIssued'], to: 'letterRejected', action: 'rejectContactLetter', role: 'oldPlace' },
  { from: ['letterRejected'], to: 'applied', action: 'amendApplication', role: 'newPlace' },
  { from: ['letterIssued'], to: 'infoFormIssued', action: 'issueInformationForm', role: 'oldPlace' },
  { from: ['infoFormIssued'], to: 'fundsSent', action: 'recordFundPayment', role: 'oldPlace' },
  { from: ['fundsSent'], to: 'fundsReturned', action: 'recordReturnedRemittance', role: 'oldPlace' },
  { from: ['fundsReturned'], to: 'fundsSent', action: 'resendFundTransfer', role: 'oldPlace' },
  { from: ['fundsSent'], to: 'fundsReceived', action: 'recordFundArrival', role: 'newPlace' },
  { from: ['fundsReceived'], to: 'amountMismatch', action: 'detectAmountMismatch', role: 'exchange' },
  { from: ['amountMismatch'], to: 'fundsReceived', action: 'resolveAmountMismatch', role: 'newPlace' },
  { from: ['fundsReceived'], to: 'completed', action: 'completeContinuation', role: 'newPlace' },
];

/** Terminal states. */
export const TERMINAL: readonly CaseStatus[] = ['completed', 'rejected', 'withdrawn'];

/** A hop of the spec's `x-state-machines.transferCase.hops`. */
export interface FlowHop {
  readonly hop: HopName;
  readonly awaitedRole: CaseRole;
  readonly startsOn: readonly CaseStatus[];
  readonly endsOn: readonly CaseStatus[];
}

/** The hops with a service target. */
export const HOPS: readonly FlowHop[] = [
  { hop: 'contactLetter', awaitedRole: 'newPlace', startsOn: ['applied'], endsOn: ['letterIssued', 'rejected', 'withdrawn'] },
  { hop: 'informationFormAndPayment', awaitedRole: 'oldPlace', startsOn: ['letterIssued'], endsOn: ['fundsSent', 'letterRejected'] },
  { hop: 'resend', awaitedRole: 'oldPlace', startsOn: ['fundsReturned'], endsOn: ['fundsSent'] },
  { hop: 'continuation', awaitedRole: 'newPlace', startsOn: ['fundsReceived'], endsOn: ['completed'] },
];

/** The role of `clientId` on `c`, or `undefined` when it is not a party. */
export function roleOf(c: Pick<StoredCase, 'newPlaceClientId' | 'oldPlaceClientId'>, clientId: string): CaseRole | undefined {
  if (c.newPlaceClientId === clientId) return 'newPlace';
  if (c.oldPlaceClientId === clientId) return 'oldPlace';
  return undefined;
}

/** The actions `role` may perform on a case in `status`, in the spec's order. */
export function actionsFor(status: CaseStatus, role: CaseRole): CaseAction[] {
  const out: CaseAction[] = [];
  for (const t of TRANSITIONS) {
    if (t.role === role && t.action !== 'apply' && t.from.includes(status) && !out.includes(t.action)) out.push(t.action);
  }
  return out;
}

/** The party performing `action`. */
export function roleOfAction(action: string): CaseRole | 'exchange' | undefined {
  return TRANSITIONS.find((t) => t.action === action)?.role;
}

/** The agency of `role` on `c`. */
export function agencyOf(c: StoredCase, role: CaseRole): AgencyRef {
  return role === 'newPlace' ? c.newPlaceAgency : c.oldPlaceAgency;
}

/** The client id of `role` on `c`. */
export function clientOf(c: StoredCase, role: CaseRole): string {
  return role === 'newPlace' ? c.newPlaceClientId : c.oldPlaceClientId;
}

/** The hops after moving to `status` at `at`: hops ending on it are closed, a hop starting on it is opened. */
export function nextHops(hops: readonly StoredHop[], status: CaseStatus, at: string, rules: TransferRulesConfig): StoredHop[] {
  const out = hops.map((h) => {
    const def = HOPS.find((d) => d.hop === h.hop);
    return h.completedAt === undefined && def !== undefined && def.endsOn.includes(status) ? { ...h, completedAt: at } : h;
  });
  for (const def of HOPS) {
    if (def.startsOn.includes(status) && !out.some((h) => h.hop === def.hop && h.completedAt === undefined)) {
      out.push({ hop: def.hop, awaitedRole: def.awaitedRole, startedAt: at, dueAt: hopDueAt(at, rules), overdueNotified: false });
    }
  }
  return out;
}

/** The open hop of a case, if any. */
export function openHop(c: Pick<StoredCase, 'hops'>): StoredHop | undefined {
  return c.hops.find((h) => h.completedAt === undefined);
}

/** Whether `hop` is overdue at `now`: open after its due time, or ended after it. */
export function isOverdue(hop: StoredHop, now: number): boolean {
  const due = Date.parse(hop.dueAt);
  return hop.completedAt === undefined ? now > due : Date.parse(hop.completedAt) > due;
}

type CaseHopView = output<typeof schemas.zCaseHop>;

function hopView(c: StoredCase, h: StoredHop, now: number): CaseHopView {
  return {
    hop: h.hop,
    awaitedRole: h.awaitedRole,
    awaitedAgency: agencyOf(c, h.awaitedRole),
    startedAt: h.startedAt,
    dueAt: h.dueAt,
    ...(h.completedAt !== undefined ? { completedAt: h.completedAt } : {}),
    overdue: isOverdue(h, now),
  };
}

/** The case as answered to `clientId` (a party) at the clock's time. */
export function caseView(c: StoredCase, clientId: string, now: number): TransferCase {
  const role = roleOf(c, clientId) ?? 'newPlace';
  const open = openHop(c);
  const current = open !== undefined ? hopView(c, open, now) : undefined;
  return {
    contactLetterNo: c.contactLetterNo,
    scheme: c.scheme,
    accountType: c.accountType,
    person: c.person,
    newPlaceAgency: c.newPlaceAgency,
    oldPlaceAgency: c.oldPlaceAgency,
    status: c.status,
    callerRole: role,
    allowedActions: actionsFor(c.status, role),
    ...(current !== undefined ? { currentHop: current, dueAt: current.dueAt } : {}),
    overdue: current?.overdue ?? false,
    hops: c.hops.map((h) => hopView(c, h, now)),
    documents: c.documents,
    documentHistory: [...c.documentHistory],
    history: [...c.history],
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** The case summary (no personal data, no documents) as answered to `clientId`. */
export function summaryView(c: StoredCase, clientId: string, now: number): output<typeof schemas.zTransferCaseSummary> {
  const v = caseView(c, clientId, now);
  return {
    contactLetterNo: v.contactLetterNo,
    newPlaceAgency: v.newPlaceAgency,
    oldPlaceAgency: v.oldPlaceAgency,
    status: v.status,
    callerRole: v.callerRole,
    allowedActions: v.allowedActions,
    ...(v.currentHop !== undefined ? { currentHop: v.currentHop, dueAt: v.currentHop.dueAt } : {}),
    overdue: v.overdue,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

/** The base64url inbox cursor after `sequence` in the inbox of the agency in `region`. */
export function encodeCursor(region: string, sequence: number): string {
  return btoa(`inbx:${region}:seq:${sequence}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The sequence a cursor points after, or `undefined` when it is not a cursor of the agency in `region`. */
export function decodeCursor(cursor: string, region: string): number | undefined {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const m = /^inbx:([0-9]{6}):seq:(0|[1-9][0-9]{0,15})$/.exec(text);
  if (m === null || m[1] !== region) return undefined;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** What an event is about. */
export interface EventInput {
  readonly type: InboxEvent['type'];
  readonly to: CaseRole;
  readonly from: CaseRole;
  readonly documentId?: string;
  readonly documentVersion?: number;
  readonly hop?: HopName;
  readonly dueAt?: string;
  readonly occurredAt?: string;
}

/** Append an event to the inbox of the party `input.to` of `c` (sequence = one after that inbox's last). */
export function emitEvent(
  store: PensionTransferStore,
  c: StoredCase,
  input: EventInput,
  newId: (prefix: string) => string,
  at: string,
): void {
  const recipient = clientOf(c, input.to);
  const sequence = store.events.list(recipient).length + 1;
  const awaited = openHop(c);
  const dueAt = input.dueAt ?? (awaited !== undefined && awaited.awaitedRole === input.to ? awaited.dueAt : undefined);
  const eventId = newId('evt_');
  const event: StoredEvent = {
    recipient,
    eventId,
    sequence,
    type: input.type,
    occurredAt: input.occurredAt ?? at,
    contactLetterNo: c.contactLetterNo,
    caseStatus: c.status,
    fromAgency: agencyOf(c, input.from),
    ...(input.documentId !== undefined ? { documentId: input.documentId } : {}),
    ...(input.documentVersion !== undefined ? { documentVersion: input.documentVersion } : {}),
    ...(input.hop !== undefined ? { hop: input.hop } : {}),
    ...(dueAt !== undefined ? { dueAt } : {}),
  };
  store.events.insert(eventId, recipient, event);
}

/** The event as answered (without the stored recipient). */
export function eventView(e: StoredEvent): InboxEvent {
  const { recipient: _recipient, ...event } = e;
  return event;
}

/**
 * Raise `hopOverdue` for both parties of every case whose open hop passed its due time on the clock and was
 * not yet announced. Runs at the start of every request, so the inbox reflects the virtual clock; nothing is
 * ever cancelled.
 */
export function sweepOverdue(store: PensionTransferStore, clock: MockClock, newId: (prefix: string) => string): void {
  const now = clock.now();
  for (const c of store.cases.list()) {
    const hop = openHop(c);
    if (hop === undefined || hop.overdueNotified || now <= Date.parse(hop.dueAt)) continue;
    const updated = store.cases.update(c.contactLetterNo, (x) => ({
      ...x,
      hops: x.hops.map((h) => (h === hop || (h.hop === hop.hop && h.startedAt === hop.startedAt) ? { ...h, overdueNotified: true } : h)),
    }));
    const occurredAt = new Date(Date.parse(hop.dueAt) + 1000).toISOString();
    for (const to of ['oldPlace', 'newPlace'] as const) {
      emitEvent(store, updated, { type: 'hopOverdue', to, from: hop.awaitedRole, hop: hop.hop, dueAt: hop.dueAt, occurredAt }, newId, occurredAt);
    }
  }
}
