/**
 * A typed record collection (记录集合) for an exchange's store. Every record has an owner — the client that
 * created it — and lookups on behalf of a client see only that client's records, so another city's record
 * answers 404 exactly like an unknown id. Records are stored deeply frozen; an update replaces the record. Each
 * change is journalled so that a failed operation leaves no partial state.
 */

/** One stored record with its owner. */
export interface StoredRecord<T> {
  /** The canonical identity of the client that owns the record. */
  readonly owner: string;
  /** The record. */
  readonly value: T;
}

/** A collection of records keyed by id. */
export interface Collection<T> {
  /** The record `id` if `owner` owns it (the only lookup a handler should use for client requests). */
  find(id: string, owner: string): T | undefined;
  /** The record `id` whoever owns it (inspection and cross-client logic). */
  get(id: string): T | undefined;
  /** The owner of `id`. */
  ownerOf(id: string): string | undefined;
  /** Insert a new record; throws if `id` exists. Returns the stored (frozen) record. */
  insert(id: string, owner: string, value: T): T;
  /** Replace record `id` with `update(current)`; throws if it does not exist. Returns the stored record. */
  update(id: string, update: (current: T) => T): T;
  /** Remove record `id`; returns whether it existed. */
  delete(id: string): boolean;
  /** Records owned by `owner` (all records when `owner` is omitted), in insertion order. */
  list(owner?: string): T[];
  /** Number of records. */
  readonly size: number;
  /** Every record with its owner, in insertion order (for state dumps). */
  entries(): Array<[string, StoredRecord<T>]>;
}

/** Internal journal control of a collection. */
export interface JournalControl {
  begin(): void;
  commit(): void;
  rollback(): void;
}

const JOURNAL = Symbol('zhongyuan.collection.journal');

/** Whether `value` is a collection created by {@link collection}. */
export function isCollection(value: unknown): value is Collection<unknown> & { [JOURNAL]: JournalControl } {
  return typeof value === 'object' && value !== null && JOURNAL in value;
}

/** The journal control of a collection. */
export function journalOf(c: Collection<unknown>): JournalControl {
  return (c as unknown as { [JOURNAL]: JournalControl })[JOURNAL];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Create an empty collection, for use inside an exchange's `store` factory.
 *
 * @example
 * store: () => ({ entries: collection<Entry>() })
 */
export function collection<T>(): Collection<T> {
  const records = new Map<string, StoredRecord<T>>();
  let undo: Array<() => void> | undefined;
  const remember = (id: string): void => {
    if (undo === undefined) return;
    const previous = records.get(id);
    undo.push(() => {
      if (previous === undefined) records.delete(id);
      else records.set(id, previous);
    });
  };
  const journal: JournalControl = {
    begin: () => {
      undo = [];
    },
    commit: () => {
      undo = undefined;
    },
    rollback: () => {
      const steps = undo ?? [];
      undo = undefined;
      for (let i = steps.length - 1; i >= 0; i--) steps[i]!();
    },
  };
  const c: Collection<T> & { [JOURNAL]: JournalControl } = {
    [JOURNAL]: journal,
    find: (id, owner) => {
      const r = records.get(id);
      return r !== undefined && r.owner === owner ? r.value : undefined;
    },
    get: (id) => records.get(id)?.value,
    ownerOf: (id) => records.get(id)?.owner,
    insert(id, owner, value) {
      if (records.has(id)) throw new Error(`record ${id} already exists`);
      remember(id);
      const stored = deepFreeze(structuredClone(value));
      records.set(id, { owner, value: stored });
      return stored;
    },
    update(id, update) {
      const current = records.get(id);
      if (current === undefined) throw new Error(`record ${id} does not exist`);
      remember(id);
      const stored = deepFreeze(structuredClone(update(current.value)));
      records.set(id, { owner: current.owner, value: stored });
      return stored;
    },
    delete(id) {
      if (!records.has(id)) return false;
      remember(id);
      records.delete(id);
      return true;
    },
    list: (owner) => [...records.values()].filter((r) => owner === undefined || r.owner === owner).map((r) => r.value),
    get size() {
      return records.size;
    },
    entries: () => [...records.entries()],
  };
  return c;
}
