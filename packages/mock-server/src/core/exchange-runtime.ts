/**
 * The live state of one exchange inside a mock: its store, idempotency records, problem catalog and the lock
 * that makes each operation's effect and idempotency record one atomic step.
 */
import type { MockClock } from './clock.js';
import { isCollection, journalOf, type Collection } from './collection.js';
import type { ExchangeRuntimeDefinition, SeedContext } from './define-exchange.js';
import { createIdempotencyStore, type IdempotencyStore } from './idempotency.js';
import { createProblemCatalog, type ProblemCatalog } from './problem.js';
import { createRandom, type Random } from './prng.js';
import type { MockClient } from './test-clients.js';

/** One exchange's live state. */
export interface ExchangeRuntime {
  readonly definition: ExchangeRuntimeDefinition;
  readonly catalog: ProblemCatalog;
  readonly idempotency: IdempotencyStore;
  /** The generator handlers draw ids from. */
  random: Random;
  store: object;
  /** Run `fn` alone among this exchange's operations. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Start journalling every collection of the store. */
  begin(): void;
  commit(): void;
  rollback(): void;
  /** Rebuild the store and forget idempotency records. */
  reset(): void;
  /** JSON-ready dump: every collection's records with owners, and the number of idempotency records. */
  dump(): Record<string, unknown>;
}

/** Idempotency records live 24 hours of virtual time. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Create the runtime of `definition`. */
export function createExchangeRuntime(
  definition: ExchangeRuntimeDefinition,
  seed: number,
  clock: MockClock,
  clients: readonly MockClient[],
): ExchangeRuntime {
  let tail: Promise<unknown> = Promise.resolve();
  const collections = (store: object): Array<[string, Collection<unknown>]> =>
    Object.entries(store).filter((e): e is [string, Collection<unknown>] => isCollection(e[1]));
  const build = (): { store: object; random: Random } => {
    const seedContext: SeedContext = { random: createRandom(`${seed}:${definition.name}:seed`), clock, clients };
    const store = definition.store();
    definition.seed?.(store, seedContext);
    return { store, random: createRandom(`${seed}:${definition.name}`) };
  };
  const initial = build();
  const rt: ExchangeRuntime = {
    definition,
    catalog: createProblemCatalog(definition.problems),
    idempotency: createIdempotencyStore(IDEMPOTENCY_TTL_MS),
    random: initial.random,
    store: initial.store,
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
      const run = tail.then(fn, fn);
      tail = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    },
    begin: () => {
      for (const [, c] of collections(rt.store)) journalOf(c).begin();
    },
    commit: () => {
      for (const [, c] of collections(rt.store)) journalOf(c).commit();
    },
    rollback: () => {
      for (const [, c] of collections(rt.store)) journalOf(c).rollback();
    },
    reset() {
      const next = build();
      rt.store = next.store;
      rt.random = next.random;
      rt.idempotency.clear();
    },
    dump() {
      const out: Record<string, unknown> = {};
      for (const [name, c] of collections(rt.store)) {
        out[name] = c.entries().map(([id, r]) => ({ id, owner: r.owner, value: r.value }));
      }
      return { collections: out, idempotencyRecords: rt.idempotency.size };
    },
  };
  return rt;
}
