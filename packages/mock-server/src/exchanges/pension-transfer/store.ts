/**
 * The pension-transfer store (养老保险关系转移接续存储): transfer cases shared by their two agencies, the
 * agencies' inbox events, and the seeded local contribution records (参保缴费记录) each city's agency keeps.
 */
import type { components, schemas } from '@zhongyuan/sdk/pension-transfer';
import type { output } from 'zod';
import { collection, type Collection, type MockClient } from '../../core/index.js';
import type { TransferRulesConfig } from './rules.js';

/** Base path of the exchange (from its `servers` URL). */
export const PENSION_TRANSFER_BASE_PATH = '/pension-transfer/v1';

/** A transfer case as answered (`TransferCase`). */
export type TransferCase = output<typeof schemas.zTransferCase>;
/** The typed documents of a case. */
export type CaseDocuments = output<typeof schemas.zCaseDocuments>;
/** Metadata of one document version. */
export type DocumentMeta = output<typeof schemas.zDocumentMeta>;
/** One transition of a case's history. */
export type CaseTransition = output<typeof schemas.zCaseTransition>;
/** An agency reference. */
export type AgencyRef = output<typeof schemas.zAgencyRef>;
/** A state of machine `transferCase`. */
export type CaseStatus = output<typeof schemas.zTransferCaseStatus>;
/** An action of machine `transferCase`. */
export type CaseAction = output<typeof schemas.zCaseAction>;
/** A party's role on a case. */
export type CaseRole = output<typeof schemas.zCaseRole>;
/** A hop name. */
export type HopName = output<typeof schemas.zHopName>;
/** An inbox event as answered. */
export type InboxEvent = output<typeof schemas.zInboxEvent>;
/** The information-form content (信息表). */
export type InformationFormContent = output<typeof schemas.zInformationFormContent>;
/** The information-form content as a request carries it (what `composeInformationForm` produces). */
export type InformationFormInput = components['schemas']['InformationFormContent'];
/** One ledger row of an information form. */
export type LedgerYear = components['schemas']['LedgerYear'];
/** Account type (一般 / 临时缴费账户). */
export type AccountType = output<typeof schemas.zAccountType>;

/** A hop as stored: its deadline and whether its `hopOverdue` events were raised. */
export interface StoredHop {
  readonly hop: HopName;
  readonly awaitedRole: CaseRole;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly completedAt?: string;
  readonly overdueNotified: boolean;
}

/** A case as stored: the answered members that do not depend on the caller or the clock, plus the parties. */
export interface StoredCase {
  readonly contactLetterNo: string;
  readonly scheme: TransferCase['scheme'];
  readonly accountType: AccountType;
  readonly person: TransferCase['person'];
  readonly newPlaceAgency: AgencyRef;
  readonly oldPlaceAgency: AgencyRef;
  /** Client identity of the new-place agency (also the record's owner). */
  readonly newPlaceClientId: string;
  /** Client identity of the old-place agency. */
  readonly oldPlaceClientId: string;
  readonly status: CaseStatus;
  readonly hops: readonly StoredHop[];
  readonly documents: CaseDocuments;
  readonly documentHistory: readonly DocumentMeta[];
  readonly history: readonly CaseTransition[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An inbox event as stored, owned by the agency it is addressed to. */
export interface StoredEvent extends InboxEvent {
  /** Client identity of the recipient agency. */
  readonly recipient: string;
}

/** One raw year of a worker's local ledger (before any transfer computation). */
export interface WorkerLedgerYear {
  readonly year: number;
  readonly startMonth: string;
  readonly endMonth: string;
  readonly months: number;
  readonly monthlyBaseFen: number;
  readonly employerRateBasisPoints: number;
  readonly accountRateBasisPoints: number;
  readonly personalRateBasisPoints: number;
  readonly creditedFen: number;
  readonly creditedPersonalFen: number;
  readonly interestFen: number;
  readonly interestPersonalFen: number;
  readonly yearEndBalanceFen: number;
  readonly yearEndPersonalBalanceFen: number;
}

/**
 * A worker's contribution record at one agency (参保缴费记录), as that agency's own system holds it. Seeded for
 * every city; the old place's record is what `issueInformationForm` checks eligibility against.
 */
export interface WorkerRecord {
  readonly workerKey: string;
  readonly citizenId: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  /** Region code of the agency holding the record. */
  readonly regionCode: string;
  readonly personNo: string;
  readonly accountType: AccountType;
  readonly employerName: string;
  readonly contributionStartMonth: string;
  readonly contributionEndMonth: string;
  readonly contributionMonths: number;
  readonly contributionsSuspended: boolean;
  readonly arrearsOutstanding: boolean;
  readonly receivingPension: boolean;
  readonly ledger: readonly WorkerLedgerYear[];
}

/** The exchange's store. Every change goes through a collection, so a refused request leaves nothing behind. */
export interface PensionTransferStore {
  /** Cases keyed by contact-letter number, owned by the new-place agency, visible to both parties. */
  readonly cases: Collection<StoredCase>;
  /** Inbox events keyed by event id, owned by the recipient agency. */
  readonly events: Collection<StoredEvent>;
  /** Local contribution records keyed by `region:citizenId`, owned by the agency that holds them. */
  readonly workers: Collection<WorkerRecord>;
  /** The rule parameters in force (configuration, not state). */
  readonly rules: TransferRulesConfig;
  /** The agencies registered on the exchange (the mock's clients), filled by the seed. */
  readonly agencies: MockClient[];
}

/** An empty store under `rules`. */
export function createStore(rules: TransferRulesConfig): PensionTransferStore {
  return { cases: collection<StoredCase>(), events: collection<StoredEvent>(), workers: collection<WorkerRecord>(), rules, agencies: [] };
}
