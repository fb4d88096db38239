/**
 * Handlers of the pension-transfer exchange (养老保险关系转移接续业务逻辑), one per operationId. The core has already
 * validated the request, authenticated the agency, checked visibility, closed cases, roles and the state
 * (see `index.ts`); these check eligibility and money, then change the store in one synchronous step.
 */
import type { operations, problemTypes } from '@zhongyuan/sdk/pension-transfer';
import type { HandlerContext, HandlerResult, MockClient, OperationHandler } from '../../core/index.js';
import {
  caseView,
  decodeCursor,
  emitEvent,
  encodeCursor,
  eventView,
  nextHops,
  roleOf,
  summaryView,
  sweepOverdue,
  TERMINAL,
  type EventInput,
} from './flow.js';
import { progressView } from './progress.js';
import { informationFormViolations, temporaryAccountViolations, type IdentityViolation } from './rules.js';
import { PENSION_TRANSFER_BASE_PATH } from './store.js';
import type {
  AgencyRef,
  CaseAction,
  CaseRole,
  CaseStatus,
  DocumentMeta,
  PensionTransferStore,
  StoredCase,
  TransferCase,
  WorkerRecord,
} from './store.js';

type Ops = typeof operations;
type Registry = typeof problemTypes;
type Ctx<K extends keyof Ops> = HandlerContext<Ops[K], PensionTransferStore, Registry>;
type AnyCtx = Ctx<keyof Ops>;

/** The handler map of the exchange. */
export type PensionTransferHandlers = { readonly [K in keyof Ops]: OperationHandler<Ops[K], PensionTransferStore, Registry> };

/** The agency name the mock gives a city's social-insurance agency. */
export function agencyName(client: MockClient): string {
  return `${client.city.nameZh}社会保险中心`;
}

/** The agency reference of a registered client. */
export function agencyRefOf(client: MockClient): AgencyRef {
  return { uscc: client.uscc, regionCode: client.region, name: agencyName(client) };
}

function isRegistered(client: AnyCtx['client']): client is MockClient {
  return 'uscc' in client;
}

/** Before every request: announce hops that became overdue on the virtual clock. */
function prelude(ctx: AnyCtx): void {
  sweepOverdue(ctx.store, ctx.clock, (p) => ctx.newId(p));
}

function identityProblem(ctx: AnyCtx, violations: readonly IdentityViolation[]): HandlerResult {
  const ids = [...new Set(violations.map((v) => v.id))];
  return ctx.problem('AMOUNT_IDENTITY_VIOLATED', `${ids.length} amount ${ids.length === 1 ? 'identity does' : 'identities do'} not hold.`, {
    violatedIdentities: ids,
    errors: violations.map((v) => ({ in: 'body' as const, pointer: v.pointer, code: 'TOTAL_MISMATCH', message: v.message })),
  });
}

function validation(ctx: AnyCtx, pointer: string, code: string, message: string): HandlerResult {
  return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'body', pointer, code, message }] });
}

function documentMeta(
  c: Pick<StoredCase, 'documentHistory'>,
  input: {
    type: DocumentMeta['documentType'];
    id: string;
    role: CaseRole;
    agency: AgencyRef;
    clerk: string;
    issuedAt: string;
    recordedAt: string;
    reviewed?: boolean | undefined;
    uploaded?: boolean | undefined;
    replaces?: boolean;
  },
): DocumentMeta {
  const earlier = c.documentHistory.filter((m) => m.documentType === input.type);
  const previous = earlier.at(-1);
  return {
    documentId: input.id,
    documentType: input.type,
    version: earlier.length + 1,
    ...(input.replaces === true && previous !== undefined ? { supersedes: previous.documentId } : {}),
    issuerRole: input.role,
    issuerAgency: input.agency,
    clerk: input.clerk,
    issuedAt: input.issuedAt,
    ...(input.reviewed !== undefined ? { reviewed: input.reviewed } : {}),
    ...(input.uploaded !== undefined ? { uploadedToNationalSystem: input.uploaded } : {}),
    recordedAt: input.recordedAt,
  };
}

interface Step {
  readonly action: CaseAction;
  readonly role: CaseRole;
  readonly to: CaseStatus;
  readonly clerk: string;
  readonly documents?: (documents: StoredCase['documents']) => StoredCase['documents'];
  readonly meta?: readonly DocumentMeta[];
  readonly then?: { readonly to: CaseStatus; readonly action: CaseAction };
}

/** Apply one action (and an automatic follow-up) to the stored case; returns the stored result. */
function applyStep(ctx: AnyCtx, c: StoredCase, step: Step): StoredCase {
  const at = ctx.timestamp();
  const documentId = step.meta?.at(-1)?.documentId;
  return ctx.store.cases.update(c.contactLetterNo, (x) => {
    let hops = nextHops(x.hops, step.to, at, ctx.store.rules);
    const history = [
      ...x.history,
      { action: step.action, from: x.status, to: step.to, at, role: step.role, clerk: step.clerk, ...(documentId !== undefined ? { documentId } : {}) },
    ];
    let status = step.to;
    if (step.then !== undefined) {
      hops = nextHops(hops, step.then.to, at, ctx.store.rules);
      history.push({ action: step.then.action, from: status, to: step.then.to, at, role: 'exchange' as const, ...(documentId !== undefined ? { documentId } : {}) });
      status = step.then.to;
    }
    return {
      ...x,
      status,
      hops,
      history,
      documents: step.documents !== undefined ? step.documents(x.documents) : x.documents,
      documentHistory: [...x.documentHistory, ...(step.meta ?? [])],
      updatedAt: at,
    };
  });
}

function notify(ctx: AnyCtx, c: StoredCase, events: readonly EventInput[]): void {
  for (const e of events) emitEvent(ctx.store, c, e, (p) => ctx.newId(p), ctx.timestamp());
}

function answer(ctx: AnyCtx, c: StoredCase): TransferCase {
  return caseView(c, ctx.client.id, ctx.clock.now());
}

/** The case named by the path, visible to the caller (the core has checked it for transition operations). */
function theCase(ctx: AnyCtx, contactLetterNo: string): StoredCase | undefined {
  const c = ctx.store.cases.get(contactLetterNo);
  return c !== undefined && roleOf(c, ctx.client.id) !== undefined ? c : undefined;
}

/** The old place's own record of the person, when the mock holds one. */
function oldPlaceRecord(store: PensionTransferStore, c: StoredCase): WorkerRecord | undefined {
  return store.workers.get(`${c.oldPlaceAgency.regionCode}:${c.person.citizenId}`);
}

function receivingPension(store: PensionTransferStore, citizenId: string): boolean {
  return store.workers.list().some((w) => w.citizenId === citizenId && w.receivingPension);
}

function overlap(newStart: string, oldStart: string, oldEnd: string): { fromMonth: string; toMonth: string } | undefined {
  if (newStart > oldEnd) return undefined;
  return { fromMonth: newStart < oldStart ? oldStart : newStart, toMonth: oldEnd };
}

function genderAgrees(citizenId: string, gender: 'male' | 'female'): boolean {
  return (Number(citizenId.charAt(16)) % 2 === 1 ? 'male' : 'female') === gender;
}

function lastPayment(c: StoredCase): { documentId: string; amountFen: number } | undefined {
  const t = c.documents.fundTransfers.filter((f) => f.kind !== 'returnedRemittance').at(-1);
  return t?.payment !== undefined ? { documentId: t.meta.documentId, amountFen: t.payment.amountFen } : undefined;
}

/** Build the handlers. */
export function createHandlers(): PensionTransferHandlers {
  return {
    getTransferRules: (ctx) => {
      prelude(ctx);
      const r = ctx.store.rules;
      return ctx.ok(200, {
        pooledRateBasisPoints: r.pooledRateBasisPoints,
        pooledFromYear: r.pooledFromYear,
        pooledRounding: 'halfUpPerYear',
        temporaryAccountTransfersPooledFund: r.temporaryAccountTransfersPooledFund,
        hopTargetWorkingDays: r.hopTargetWorkingDays,
        workingDayCalendar: r.workingDayCalendar,
        timeZone: 'Asia/Shanghai',
        inboxRetentionDays: r.inboxRetentionDays,
      });
    },

    listTransferCases: (ctx) => {
      prelude(ctx);
      const { role, status, overdue, cursor, limit } = ctx.params;
      const now = ctx.clock.now();
      const all = ctx.store.cases
        .list()
        .filter((c) => {
          const r = roleOf(c, ctx.client.id);
          return r !== undefined && (role === undefined || r === role) && (status === undefined || c.status === status);
        })
        .map((c) => summaryView(c, ctx.client.id, now))
        .filter((s) => overdue === undefined || s.overdue === overdue)
        .sort((a, b) => (a.updatedAt === b.updatedAt ? (a.contactLetterNo < b.contactLetterNo ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
      const start = cursor === undefined ? 0 : all.findIndex((s) => s.contactLetterNo === cursor) + 1;
      if (cursor !== undefined && start === 0) {
        return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'query', pointer: '/cursor', code: 'UNKNOWN_CURSOR', message: 'The cursor is not valid.' }] });
      }
      const items = all.slice(start, start + limit);
      const last = items.at(-1);
      return ctx.ok(200, { items, nextCursor: start + limit < all.length && last !== undefined ? last.contactLetterNo : null });
    },

    createTransferCase: (ctx) => {
      prelude(ctx);
      const client = ctx.client;
      if (!isRegistered(client)) return ctx.problem('FORBIDDEN');
      const body = ctx.body;
      const cases = ctx.store.cases;
      const old = registeredAgency(ctx, body.oldPlaceAgency.uscc);
      if (old === undefined) return validation(ctx, '/oldPlaceAgency/uscc', 'UNKNOWN_AGENCY', 'Must be the credit code of an agency registered on the exchange.');
      if (old.region !== body.oldPlaceAgency.regionCode) {
        return validation(ctx, '/oldPlaceAgency/regionCode', 'AGENCY_REGION_MISMATCH', "Must be the registered agency's region code.");
      }
      if (!genderAgrees(body.person.citizenId, body.person.gender)) {
        return validation(ctx, '/person/gender', 'GENDER_MISMATCH', "Must agree with the ID number's sequence digit (odd = male, even = female).");
      }
      const cert = body.contributionCertificate.content;
      if (cert.contributionStartMonth > cert.contributionEndMonth) {
        return validation(ctx, '/contributionCertificate/content/contributionEndMonth', 'RANGE', 'Must not be before contributionStartMonth.');
      }
      if (old.region === client.region || old.id === client.id) return ctx.problem('NOT_CROSS_REGION', 'The old-place agency is in the caller\'s own pooling region.');
      if (cases.get(body.contactLetterNo) !== undefined) return ctx.problem('CONTACT_LETTER_NO_TAKEN', 'A case with this contact-letter number already exists.');
      const open = cases.list().find((c) => c.person.citizenId === body.person.citizenId && !TERMINAL.includes(c.status));
      if (open !== undefined) {
        return ctx.problem('OPEN_CASE_EXISTS', 'The person already has a transfer case that is not closed.', {
          ...(roleOf(open, client.id) !== undefined ? { existingContactLetterNo: open.contactLetterNo } : {}),
        });
      }
      if (receivingPension(ctx.store, body.person.citizenId)) {
        return ctx.problem('ALREADY_RECEIVING_PENSION', 'A person who already receives a basic pension cannot transfer the insurance relation.');
      }
      const overlapping = overlap(body.application.newPlaceContributionStartMonth, cert.contributionStartMonth, cert.contributionEndMonth);
      if (overlapping !== undefined) {
        return ctx.problem('OVERLAPPING_CONTRIBUTION_MONTHS', 'Resolve the overlapping months before the transfer.', { overlappingPeriods: [overlapping] });
      }
      const at = ctx.timestamp();
      const newPlaceAgency = agencyRefOf(client);
      const oldPlaceAgency = agencyRefOf(old);
      const empty = { documentHistory: [] as DocumentMeta[] };
      const certMeta = documentMeta(empty, {
        type: 'contributionCertificate', id: ctx.newId('doc_'), role: 'oldPlace', agency: oldPlaceAgency,
        clerk: body.contributionCertificate.issuingClerk, issuedAt: body.contributionCertificate.issuedAt, recordedAt: at,
      });
      const appMeta = documentMeta(empty, {
        type: 'application', id: ctx.newId('doc_'), role: 'newPlace', agency: newPlaceAgency, clerk: body.clerk, issuedAt: at, recordedAt: at,
        reviewed: body.reviewed,
      });
      const stored: StoredCase = {
        contactLetterNo: body.contactLetterNo,
        scheme: body.scheme,
        accountType: cert.accountType,
        person: body.person,
        newPlaceAgency,
        oldPlaceAgency,
        newPlaceClientId: client.id,
        oldPlaceClientId: old.id,
        status: 'applied',
        hops: nextHops([], 'applied', at, ctx.store.rules),
        documents: {
          contributionCertificate: { meta: certMeta, content: cert },
          application: { meta: appMeta, content: body.application },
          contactLetterRejections: [],
          fundTransfers: [],
        },
        documentHistory: [certMeta, appMeta],
        history: [{ action: 'apply', to: 'applied', at, role: 'newPlace', clerk: body.clerk, documentId: appMeta.documentId }],
        createdAt: at,
        updatedAt: at,
      };
      const c = cases.insert(body.contactLetterNo, client.id, stored);
      return ctx.ok(201, answer(ctx, c), { headers: { location: `${PENSION_TRANSFER_BASE_PATH}/transfer-cases/${c.contactLetterNo}` } });
    },

    getTransferCase: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo);
      return c === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, answer(ctx, c));
    },

    issueContactLetter: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const cert = c.documents.contributionCertificate?.content;
      if (cert?.arrearsOutstanding === true) return ctx.problem('ARREARS_OUTSTANDING', 'The contribution record at the old place has arrears.');
      if (cert?.contributionsSuspended === false) return ctx.problem('STILL_CONTRIBUTING', 'Contributions at the old place must be suspended first.');
      if (receivingPension(ctx.store, c.person.citizenId)) {
        return ctx.problem('ALREADY_RECEIVING_PENSION', 'A person who already receives a basic pension cannot transfer the insurance relation.');
      }
      const at = ctx.timestamp();
      const meta = documentMeta(c, {
        type: 'contactLetter', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at,
        reviewed: ctx.body.reviewed, replaces: true,
      });
      const traceNo = `ZY${meta.documentId.slice(4, 28)}`;
      const next = applyStep(ctx, c, {
        action: 'issueContactLetter', role: 'newPlace', to: 'letterIssued', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({
          ...d,
          contactLetter: { meta, contactLetterNo: c.contactLetterNo, systemTraceNo: traceNo, person: c.person, newPlaceRegionCode: c.newPlaceAgency.regionCode, content: ctx.body.content },
        }),
      });
      notify(ctx, next, [{ type: 'contactLetterReceived', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    rejectContactLetter: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const content = ctx.body.content;
      if (content.reasonCode === 'OVERLAPPING_MONTHS' && content.overlappingPeriods === undefined) {
        return validation(ctx, '/content/overlappingPeriods', 'REQUIRED', 'Required with reasonCode OVERLAPPING_MONTHS.');
      }
      if (content.reasonCode === 'OTHER' && content.note === undefined) return validation(ctx, '/content/note', 'REQUIRED', 'Required with reasonCode OTHER.');
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'contactLetterRejection', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const letterId = c.documents.contactLetter?.meta.documentId ?? meta.documentId;
      const next = applyStep(ctx, c, {
        action: 'rejectContactLetter', role: 'oldPlace', to: 'letterRejected', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, contactLetterRejections: [...d.contactLetterRejections, { meta, rejectsDocumentId: letterId, content }] }),
      });
      notify(ctx, next, [{ type: 'contactLetterRejected', to: 'newPlace', from: 'oldPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    amendTransferApplication: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const body = ctx.body;
      const person = body.person ?? c.person;
      if (person.citizenId !== c.person.citizenId) {
        return validation(ctx, '/person/citizenId', 'IMMUTABLE', 'The ID number of a case cannot change; open a new case.');
      }
      if (!genderAgrees(person.citizenId, person.gender)) {
        return validation(ctx, '/person/gender', 'GENDER_MISMATCH', "Must agree with the ID number's sequence digit (odd = male, even = female).");
      }
      const cert = body.contributionCertificate?.content ?? c.documents.contributionCertificate?.content;
      if (receivingPension(ctx.store, person.citizenId)) {
        return ctx.problem('ALREADY_RECEIVING_PENSION', 'A person who already receives a basic pension cannot transfer the insurance relation.');
      }
      const overlapping = cert !== undefined ? overlap(body.application.newPlaceContributionStartMonth, cert.contributionStartMonth, cert.contributionEndMonth) : undefined;
      if (overlapping !== undefined) {
        return ctx.problem('OVERLAPPING_CONTRIBUTION_MONTHS', 'Resolve the overlapping months before the transfer.', { overlappingPeriods: [overlapping] });
      }
      const at = ctx.timestamp();
      const metas: DocumentMeta[] = [];
      const appMeta = documentMeta(c, {
        type: 'application', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: body.clerk, issuedAt: at, recordedAt: at,
        reviewed: body.reviewed, replaces: true,
      });
      metas.push(appMeta);
      const certInput = body.contributionCertificate;
      const certMeta =
        certInput !== undefined
          ? documentMeta(c, {
              type: 'contributionCertificate', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency,
              clerk: certInput.issuingClerk, issuedAt: certInput.issuedAt, recordedAt: at, replaces: true,
            })
          : undefined;
      if (certMeta !== undefined) metas.unshift(certMeta);
      ctx.store.cases.update(c.contactLetterNo, (x) => ({ ...x, person, ...(certInput !== undefined ? { accountType: certInput.content.accountType } : {}) }));
      const next = applyStep(ctx, ctx.store.cases.get(c.contactLetterNo)!, {
        action: 'amendApplication', role: 'newPlace', to: 'applied', clerk: body.clerk, meta: metas,
        documents: (d) => ({
          ...d,
          application: { meta: appMeta, content: body.application },
          ...(certInput !== undefined && certMeta !== undefined ? { contributionCertificate: { meta: certMeta, content: certInput.content } } : {}),
        }),
      });
      return ctx.ok(200, answer(ctx, next));
    },

    rejectTransferApplication: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'closure', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'rejectApplication', role: 'newPlace', to: 'rejected', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, closure: { meta, outcome: 'rejected', rejectionReason: ctx.body.reasonCode, ...(ctx.body.note !== undefined ? { note: ctx.body.note } : {}) } }),
      });
      if (c.documents.contactLetter !== undefined) notify(ctx, next, [{ type: 'applicationRejected', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId }]);
      return ctx.ok(200, answer(ctx, next));
    },

    withdrawTransferCase: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'closure', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'withdraw', role: 'newPlace', to: 'withdrawn', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, closure: { meta, outcome: 'withdrawn', withdrawalReason: ctx.body.reasonCode, ...(ctx.body.note !== undefined ? { note: ctx.body.note } : {}) } }),
      });
      if (c.documents.contactLetter !== undefined) notify(ctx, next, [{ type: 'caseWithdrawn', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId }]);
      return ctx.ok(200, answer(ctx, next));
    },

    issueInformationForm: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const content = ctx.body.content;
      const record = oldPlaceRecord(ctx.store, c);
      if (record?.receivingPension === true || receivingPension(ctx.store, c.person.citizenId)) {
        return ctx.problem('ALREADY_RECEIVING_PENSION', "The old place's record shows a pension in payment.");
      }
      if (record?.arrearsOutstanding === true) return ctx.problem('ARREARS_OUTSTANDING', "The old place's record shows arrears.");
      if (record?.contributionsSuspended === false) return ctx.problem('STILL_CONTRIBUTING', "The old place's record shows contributions not suspended.");
      const newStart = c.documents.application?.content.newPlaceContributionStartMonth;
      const oldEnd = record?.contributionEndMonth ?? content.localContributionEndMonth;
      const oldStart = record?.contributionStartMonth ?? content.localContributionStartMonth;
      const overlapping = newStart !== undefined ? overlap(newStart, oldStart, oldEnd) : undefined;
      if (overlapping !== undefined) {
        return ctx.problem('OVERLAPPING_CONTRIBUTION_MONTHS', 'Resolve the overlapping months before the transfer.', { overlappingPeriods: [overlapping] });
      }
      const temporary = temporaryAccountViolations(content, c.accountType, ctx.store.rules);
      if (temporary.length > 0) {
        return ctx.problem('TEMPORARY_ACCOUNT_INDIVIDUAL_ONLY', 'The case is a temporary contribution account; the pooled part must be 0.', {
          errors: temporary.map((v) => ({ in: 'body' as const, pointer: v.pointer, code: 'TOTAL_MISMATCH', message: v.message })),
        });
      }
      const violations = informationFormViolations(content, ctx.store.rules);
      if (violations.length > 0) return identityProblem(ctx, violations);
      const at = ctx.timestamp();
      const meta = documentMeta(c, {
        type: 'informationForm', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at,
        reviewed: ctx.body.reviewed, uploaded: ctx.body.uploadedToNationalSystem, replaces: true,
      });
      const next = applyStep(ctx, c, {
        action: 'issueInformationForm', role: 'oldPlace', to: 'infoFormIssued', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, informationForm: { meta, accountType: c.accountType, pooledRounding: 'halfUpPerYear', content } }),
      });
      notify(ctx, next, [{ type: 'informationFormReceived', to: 'newPlace', from: 'oldPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    recordFundPayment: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const total = c.documents.informationForm?.content.totalTransferFen;
      if (ctx.body.content.amountFen !== total) {
        return identityProblem(ctx, [{ id: 'payment-equals-form-total', pointer: '/content/amountFen', message: 'Must equal the information form total (aic102).' }]);
      }
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'fundTransfer', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'recordFundPayment', role: 'oldPlace', to: 'fundsSent', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, fundTransfers: [...d.fundTransfers, { meta, kind: 'payment', payment: ctx.body.content }] }),
      });
      notify(ctx, next, [{ type: 'fundsSent', to: 'newPlace', from: 'oldPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    recordReturnedRemittance: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const paid = lastPayment(c);
      if (paid === undefined || ctx.body.content.amountFen !== paid.amountFen) {
        return identityProblem(ctx, [{ id: 'return-equals-payment', pointer: '/content/amountFen', message: 'Must equal the amount of the payment that came back.' }]);
      }
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'fundTransfer', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'recordReturnedRemittance', role: 'oldPlace', to: 'fundsReturned', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, fundTransfers: [...d.fundTransfers, { meta, kind: 'returnedRemittance', returnedRemittance: ctx.body.content, returnsDocumentId: paid.documentId }] }),
      });
      notify(ctx, next, [{ type: 'remittanceReturned', to: 'newPlace', from: 'oldPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    resendFundTransfer: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      if (ctx.body.content.amountFen !== c.documents.informationForm?.content.totalTransferFen) {
        return identityProblem(ctx, [{ id: 'payment-equals-form-total', pointer: '/content/amountFen', message: 'Must equal the information form total (aic102).' }]);
      }
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'fundTransfer', id: ctx.newId('doc_'), role: 'oldPlace', agency: c.oldPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'resendFundTransfer', role: 'oldPlace', to: 'fundsSent', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, fundTransfers: [...d.fundTransfers, { meta, kind: 'resend', payment: ctx.body.content }] }),
      });
      notify(ctx, next, [{ type: 'fundsResent', to: 'newPlace', from: 'oldPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    recordFundArrival: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const expectedFen = c.documents.informationForm?.content.totalTransferFen ?? 0;
      const arrivedFen = ctx.body.content.arrivedFen;
      const differenceFen = arrivedFen - expectedFen;
      const matched = differenceFen === 0;
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'arrivalBooking', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'recordFundArrival', role: 'newPlace', to: 'fundsReceived', clerk: ctx.body.clerk, meta: [meta],
        ...(matched ? {} : { then: { to: 'amountMismatch' as const, action: 'detectAmountMismatch' as const } }),
        documents: (d) => ({
          ...d,
          arrivalBooking: { meta, content: ctx.body.content, matching: { expectedFen, arrivedFen, settledFen: arrivedFen, differenceFen, matched, adjustments: [] } },
        }),
      });
      const events: EventInput[] = [{ type: 'fundsArrived', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version }];
      if (!matched) {
        events.push(
          { type: 'amountMismatchDetected', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version },
          { type: 'amountMismatchDetected', to: 'newPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version },
        );
      }
      notify(ctx, next, events);
      return ctx.ok(200, answer(ctx, next));
    },

    resolveAmountMismatch: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const booking = c.documents.arrivalBooking!;
      const adj = ctx.body.content;
      if ((adj.kind === 'TOP_UP_RECEIVED' && adj.adjustmentFen <= 0) || (adj.kind === 'EXCESS_REFUNDED' && adj.adjustmentFen >= 0)) {
        return validation(ctx, '/content/adjustmentFen', 'SIGN', 'Must be positive for TOP_UP_RECEIVED and negative for EXCESS_REFUNDED.');
      }
      const settledFen = booking.matching.settledFen + adj.adjustmentFen;
      const differenceFen = settledFen - booking.matching.expectedFen;
      if (differenceFen !== 0) {
        return ctx.problem('AMOUNT_MISMATCH_UNRESOLVED', 'Arrived plus adjustments would still differ from the form total.', {
          expectedFen: booking.matching.expectedFen,
          arrivedFen: booking.matching.arrivedFen,
          differenceFen,
        });
      }
      const at = ctx.timestamp();
      const meta = documentMeta(c, { type: 'mismatchAdjustment', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at });
      const next = applyStep(ctx, c, {
        action: 'resolveAmountMismatch', role: 'newPlace', to: 'fundsReceived', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({
          ...d,
          arrivalBooking: {
            ...booking,
            matching: { ...booking.matching, settledFen, differenceFen, matched: true, adjustments: [...booking.matching.adjustments, { meta, content: adj }] },
          },
        }),
      });
      notify(ctx, next, [{ type: 'amountMismatchResolved', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    completeContinuation: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo)!;
      const form = c.documents.informationForm?.content;
      const content = ctx.body.content;
      const violations: IdentityViolation[] = [];
      if (content.totalBookedFen !== content.individualAccountBookedFen + content.pooledFundBookedFen) {
        violations.push({ id: 'continuation-total', pointer: '/content/totalBookedFen', message: 'Must equal individualAccountBookedFen + pooledFundBookedFen.' });
      }
      if (content.individualAccountBookedFen !== form?.individualAccountTransferFen) {
        violations.push({ id: 'continuation-individual-equals-form', pointer: '/content/individualAccountBookedFen', message: 'Must equal the information form individual-account transfer (aic083).' });
      }
      if (content.pooledFundBookedFen !== form?.pooledFundTransferFen) {
        violations.push({ id: 'continuation-pooled-equals-form', pointer: '/content/pooledFundBookedFen', message: 'Must equal the information form pooled-fund transfer (aic084).' });
      }
      if (violations.length > 0) return identityProblem(ctx, violations);
      const at = ctx.timestamp();
      const meta = documentMeta(c, {
        type: 'continuation', id: ctx.newId('doc_'), role: 'newPlace', agency: c.newPlaceAgency, clerk: ctx.body.clerk, issuedAt: at, recordedAt: at,
        reviewed: ctx.body.reviewed,
      });
      const next = applyStep(ctx, c, {
        action: 'completeContinuation', role: 'newPlace', to: 'completed', clerk: ctx.body.clerk, meta: [meta],
        documents: (d) => ({ ...d, continuation: { meta, content } }),
      });
      notify(ctx, next, [{ type: 'continuationCompleted', to: 'oldPlace', from: 'newPlace', documentId: meta.documentId, documentVersion: meta.version }]);
      return ctx.ok(200, answer(ctx, next));
    },

    getTransferProgress: (ctx) => {
      prelude(ctx);
      const c = theCase(ctx, ctx.params.contactLetterNo);
      return c === undefined ? ctx.problem('NOT_FOUND') : ctx.ok(200, progressView(c, ctx.clock.now()));
    },

    queryTransferProgress: (ctx) => {
      prelude(ctx);
      const { citizenId, name } = ctx.body;
      const now = ctx.clock.now();
      const items = ctx.store.cases
        .list()
        .filter((c) => roleOf(c, ctx.client.id) !== undefined && c.person.citizenId === citizenId && c.person.name === name)
        .slice(-50)
        .map((c) => progressView(c, now));
      return ctx.ok(200, { items });
    },

    listInboxEvents: (ctx) => {
      prelude(ctx);
      const client = ctx.client;
      if (!isRegistered(client)) return ctx.problem('FORBIDDEN');
      const { cursor, limit } = ctx.params;
      const after = cursor === undefined ? 0 : decodeCursor(cursor, client.region);
      if (after === undefined) {
        return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'query', pointer: '/cursor', code: 'UNKNOWN_CURSOR', message: 'The cursor is not valid for this inbox.' }] });
      }
      const all = ctx.store.events.list(client.id);
      const retainedFrom = ctx.clock.now() - ctx.store.rules.inboxRetentionDays * 24 * 3600_000;
      const firstKept = all.find((e) => Date.parse(e.occurredAt) >= retainedFrom);
      const oldestSequence = firstKept?.sequence ?? all.length + 1;
      if (cursor !== undefined && after < oldestSequence - 1) {
        return ctx.problem('INBOX_CURSOR_EXPIRED', 'Resynchronise with listTransferCases, then follow the inbox from its start.');
      }
      const from = Math.max(after, oldestSequence - 1);
      if (after > all.length) {
        return ctx.problem('VALIDATION_FAILED', undefined, { errors: [{ in: 'query', pointer: '/cursor', code: 'UNKNOWN_CURSOR', message: 'The cursor is not valid for this inbox.' }] });
      }
      const items = all.filter((e) => e.sequence > from).slice(0, limit).map(eventView);
      const lastSeq = items.at(-1)?.sequence ?? from;
      const more = all.some((e) => e.sequence > lastSeq);
      const resumeCursor = encodeCursor(client.region, lastSeq);
      return ctx.ok(200, { items, nextCursor: more ? resumeCursor : null, resumeCursor });
    },
  };
}

function registeredAgency(ctx: AnyCtx, uscc: string): MockClient | undefined {
  return ctx.store.agencies.find((c) => c.uscc === uscc);
}
