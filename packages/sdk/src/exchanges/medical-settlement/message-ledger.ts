/**
 * The client's message ledger (报文台账): every money-moving request's message id is written here **before** it
 * is sent, so that after a crash or an unknown outcome the facility can still name it in a reversal (2601), and
 * its final state is written when the outcome is definite. The day's reconciliation detail is read from it.
 *
 * @module
 */

/** States of a ledger entry (the client-side states of the spec's `settlement` machine). */
export type LedgerState = 'pending' | 'unknown' | 'settled' | 'failed' | 'reversed' | 'cancelled';

/** The amounts a reconciliation row needs (signed fen). */
export interface LedgerAmounts {
  readonly medicalFeeTotalFen: number;
  readonly fundPaySumFen: number;
  readonly accountPayFen: number;
}

/** One message sent (or about to be sent). */
export interface LedgerEntry {
  /** The request's message id (also its `Idempotency-Key`). */
  readonly messageId: string;
  /** The operation, e.g. `settle`, `settleInterim`, `createReversal`. */
  readonly operation: string;
  readonly encounterId?: string;
  readonly personNo?: string;
  readonly state: LedgerState;
  /** For a reversal: the message id it names. */
  readonly originalMessageId?: string;
  /** When settled: the settlement id and what reconciliation needs. */
  readonly settlementId?: string;
  readonly insuranceType?: string;
  readonly clearingType?: string;
  readonly settlementAgency?: string;
  /** Beijing date of the settlement. */
  readonly settledOn?: string;
  readonly amounts?: LedgerAmounts;
  /** Why an entry failed (a problem code or a local reason). */
  readonly reason?: string;
  /** Last change, RFC 3339. */
  readonly updatedAt: string;
}

/**
 * Where the SDK persists message ids. Implement it over the hospital's own database; a write must be durable when
 * its promise resolves.
 */
export interface MessageLedger {
  /** Write a new entry (called before the request is sent). */
  record(entry: LedgerEntry): Promise<void>;
  /** Change an entry. */
  update(messageId: string, change: Partial<Omit<LedgerEntry, 'messageId'>>): Promise<void>;
  /** Read an entry. */
  get(messageId: string): Promise<LedgerEntry | undefined>;
  /** Every entry, in the order recorded. */
  entries(): AsyncIterable<LedgerEntry>;
}

/**
 * A {@link MessageLedger} in memory — for tests and examples; it is lost with the process, so production code
 * implements the interface over durable storage.
 */
export class InMemoryMessageLedger implements MessageLedger {
  readonly #entries = new Map<string, LedgerEntry>();

  /** @inheritDoc */
  record(entry: LedgerEntry): Promise<void> {
    if (this.#entries.has(entry.messageId)) return Promise.reject(new Error('message id already recorded'));
    this.#entries.set(entry.messageId, entry);
    return Promise.resolve();
  }

  /** @inheritDoc */
  update(messageId: string, change: Partial<Omit<LedgerEntry, 'messageId'>>): Promise<void> {
    const current = this.#entries.get(messageId);
    if (current === undefined) return Promise.reject(new Error('unknown message id'));
    this.#entries.set(messageId, { ...current, ...change });
    return Promise.resolve();
  }

  /** @inheritDoc */
  get(messageId: string): Promise<LedgerEntry | undefined> {
    return Promise.resolve(this.#entries.get(messageId));
  }

  /** @inheritDoc */
  async *entries(): AsyncIterable<LedgerEntry> {
    for (const entry of [...this.#entries.values()]) yield await Promise.resolve(entry);
  }

  /** Number of entries. */
  get size(): number {
    return this.#entries.size;
  }
}
