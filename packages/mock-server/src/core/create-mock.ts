/**
 * `createMock`: the stateful mock of one or more exchanges, exposed as MSW handlers (for `setupServer` in an
 * application's tests), as a web-standard `fetch` (inject into the SDK; resolved with MSW's `getResponse`, no
 * interception, no sockets) and, through `@zhongyuan/mock-server/node`, over HTTP.
 */
import { getResponse, http, type HttpHandler, type RequestHandler } from 'msw';
import { createClock, type ClockOptions, type MockClock } from './clock.js';
import { isControlPath, serveControl } from './control-routes.js';
import type { MockExchange, StoreOf } from './define-exchange.js';
import type { MockContractError } from './errors.js';
import { createExchangeRuntime, type ExchangeRuntime } from './exchange-runtime.js';
import { activate, type ActiveScenario } from './fault-plan.js';
import { createMockAuthenticator, type MockAuthOptions } from './mock-auth.js';
import type { MockContext } from './mock-context.js';
import { createProblemCatalog, problemBody, problemResponse } from './problem.js';
import { seedToInt } from './prng.js';
import { createRequestLog, type RequestLogEntry } from './request-log.js';
import { createRouteTable } from './route-table.js';
import type { Scenario } from './scenario.js';
import { serveOperation } from './serve-operation.js';
import { testClients } from './test-clients.js';

/** Options of {@link createMock}. */
export interface CreateMockOptions<X extends readonly MockExchange[]> {
  /** The exchanges to serve. */
  readonly exchanges: X;
  /** Seed of every random choice (ids, seed data, latency ranges). @default 1 */
  readonly seed?: number | string;
  /** The virtual clock, or options to create one. @default a clock running from the real time */
  readonly clock?: MockClock | ClockOptions;
  /** Request verification; `false` turns it off. @default on, with the 30 cities' test keys */
  readonly auth?: MockAuthOptions | false;
  /** Scenarios selectable by name (`/__mock/scenario`, `x-mock-scenario`). @default [] */
  readonly scenarios?: readonly Scenario[];
  /**
   * Check every answer against the spec and answer 500 (and report) instead of anything off-spec.
   * @default true
   */
  readonly strict?: boolean;
  /** Called with each off-spec answer or handler failure. @default console.error */
  readonly onContractViolation?: (error: MockContractError) => void;
  /** Origin the MSW handlers match; `'*'` matches any. @default '*' */
  readonly origin?: string;
  /** Largest accepted body, bytes. @default 1048576 */
  readonly maxBodyBytes?: number;
  /** Deepest accepted JSON nesting. @default 32 */
  readonly maxJsonDepth?: number;
  /** Longest commit-then-stall, real ms. @default 30000 */
  readonly maxStallMs?: number;
  /** Entries kept in the recent-request log. @default 200 */
  readonly logCapacity?: number;
}

/** A running mock. */
export interface Mock<X extends readonly MockExchange[]> {
  /** MSW handlers of every operation (plus those of active scenarios first): `setupServer(...mock.handlers)`. */
  readonly handlers: readonly RequestHandler[];
  /**
   * A `fetch` served by the mock in-process, resolved with MSW's `getResponse`. A connection-reset fault rejects
   * it with a `TypeError` (cause code `ECONNRESET`), like a real fetch.
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /**
   * The same answers as {@link Mock.fetch} for a `Request`, calling the matched operation's pipeline directly
   * instead of through MSW's resolution (what the HTTP adapter uses; scenario MSW handlers still go through MSW).
   */
  handle(request: Request): Promise<Response>;
  /** Activate scenarios (replacing the active ones). */
  use(...scenarios: Scenario[]): void;
  /** Back to the initial state: store, idempotency records, scenarios, clock, request log. */
  reset(): void;
  /** The live store of exchange `name`, typed. */
  state<N extends X[number]['name']>(name: N): StoreOf<Extract<X[number], { readonly name: N }>>;
  /** A JSON-ready dump of every exchange's state (compare before/after to prove "nothing persisted"). */
  dump(): Record<string, unknown>;
  /** The virtual clock. */
  readonly clock: MockClock;
  /** Recent requests (redacted). */
  requests(): readonly RequestLogEntry[];
  /** Off-spec answers and handler failures seen so far. */
  readonly violations: readonly MockContractError[];
}

const toMswPath = (template: string): string => template.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Create a mock of `exchanges`.
 *
 * @example
 * const mock = createMock({ exchanges: [ledger], seed: 42, auth: false });
 * const client = createClient(operations, { baseUrl: 'https://exchange.zhongyuan.test/ledger-fixture/v1', fetch: mock.fetch });
 */
export function createMock<const X extends readonly MockExchange[]>(options: CreateMockOptions<X>): Mock<X> {
  const seed = seedToInt(options.seed ?? 1);
  const clock = options.clock !== undefined && 'now' in options.clock ? options.clock : createClock(options.clock ?? {});
  const clients = testClients();
  const registered = new Map((options.scenarios ?? []).map((s) => [s.name, s]));
  const violations: MockContractError[] = [];
  const log = createRequestLog(options.logCapacity ?? 200);
  let active: ActiveScenario[] = [];
  let byHeader = new Map<string, ActiveScenario>();

  const context: MockContext = {
    seed,
    clock,
    strict: options.strict ?? true,
    limits: { maxBodyBytes: options.maxBodyBytes ?? 1_048_576, maxJsonDepth: options.maxJsonDepth ?? 32 },
    maxStallMs: options.maxStallMs ?? 30_000,
    authenticator: options.auth === false ? undefined : createMockAuthenticator(options.auth ?? {}, clients),
    clients: new Map(clients.map((c) => [c.id, c])),
    defaultClient: clients[0]!,
    catalog: createProblemCatalog(),
    log,
    scenariosFor(request) {
      const name = request.headers.get('x-mock-scenario');
      if (name === null) return active;
      const scenario = registered.get(name);
      if (scenario === undefined) return active;
      let a = byHeader.get(name);
      if (a === undefined) byHeader.set(name, (a = activate(scenario, seed)));
      return [a, ...active];
    },
    reportViolation(error) {
      violations.push(error);
      (options.onContractViolation ?? ((e: MockContractError) => console.error(e.message)))(error);
    },
  };

  const runtimes = new Map<string, ExchangeRuntime>();
  const operationHandlers: HttpHandler[] = [];
  const routes = createRouteTable();
  const origin = options.origin ?? '*';
  for (const exchange of options.exchanges) {
    const def = exchange.definition;
    if (runtimes.has(def.name)) throw new TypeError(`exchange ${def.name} given twice`);
    const rt = createExchangeRuntime(def, seed, clock, clients);
    runtimes.set(def.name, rt);
    for (const op of Object.values(def.operations)) {
      const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      const handler = http[method](`${origin}${def.basePath}${toMswPath(op.path)}`, ({ request, params }) =>
        serveOperation(context, rt, op, request, params),
      );
      operationHandlers.push(handler);
      routes.add(op.method, `${def.basePath}${op.path}`, {
        handler,
        serve: (request, params) => serveOperation(context, rt, op, request, params),
      });
    }
  }

  const handlersNow = (): RequestHandler[] => [...active.flatMap((a) => a.scenario.handlers ?? []), ...operationHandlers];

  const notFound = (): Response =>
    problemResponse(problemBody(context.catalog, 'NOT_FOUND', `req-${Date.now().toString(36)}`, 'No operation at this path.'));

  const respond = (request: Request, resolve: (url: URL) => Promise<Response | undefined>): Promise<Response> => {
    if (request.signal.aborted) return Promise.reject(request.signal.reason);
    const work = (async (): Promise<Response> => {
      const url = new URL(request.url);
      if (isControlPath(url.pathname)) return serveControl(request, control);
      const response = await resolve(url);
      if (response === undefined) return notFound();
      if (response.type === 'error') {
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('connection reset by the mock (fault)'), { code: 'ECONNRESET' }) });
      }
      return response;
    })();
    return abortable(work, request.signal);
  };

  const mock: Mock<X> = {
    get handlers() {
      return handlersNow();
    },
    fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      return respond(request, async (url) => {
        const overrides = active.some((a) => a.scenario.handlers !== undefined && a.scenario.handlers.length > 0);
        const route = overrides || (origin !== '*' && url.origin !== origin) ? undefined : routes.find(request.method, url.pathname);
        // Scenario handlers or a pinned origin: let MSW try every handler; otherwise only the matching one.
        const candidates = route !== undefined ? [route.target.handler] : overrides || origin !== '*' ? handlersNow() : [];
        return candidates.length > 0 ? getResponse(candidates, request) : undefined;
      });
    },
    handle(request) {
      return respond(request, (url) => {
        const overrides = active.some((a) => a.scenario.handlers !== undefined && a.scenario.handlers.length > 0);
        if (overrides || origin !== '*') return getResponse(handlersNow(), request);
        const route = routes.find(request.method, url.pathname);
        return route === undefined ? Promise.resolve(undefined) : route.target.serve(request, route.params);
      });
    },
    use(...scenarios) {
      active = scenarios.map((s) => activate(s, seed));
    },
    reset() {
      active = [];
      byHeader = new Map();
      clock.reset();
      log.clear();
      for (const rt of runtimes.values()) rt.reset();
    },
    state(name) {
      const rt = runtimes.get(name);
      if (rt === undefined) throw new RangeError(`no exchange ${String(name)}`);
      return rt.store as never;
    },
    dump() {
      const out: Record<string, unknown> = {};
      for (const [name, rt] of runtimes) out[name] = rt.dump();
      return out;
    },
    clock,
    requests: () => log.list(),
    violations,
  };

  const control = {
    reset: () => mock.reset(),
    activeScenarioNames: () => active.map((a) => a.scenario.name),
    useByName(name: string | null): boolean {
      if (name === null) {
        active = [];
        return true;
      }
      const s = registered.get(name);
      if (s === undefined) return false;
      mock.use(s);
      return true;
    },
    clockNow: () => clock.now(),
    advance: (ms: number) => clock.advance(ms),
    dump: () => ({ now: clock.date().toISOString(), exchanges: mock.dump() }),
    requests: () => log.list(),
    versions: () =>
      options.exchanges.map(({ definition: d }) => ({ name: d.name, basePath: d.basePath, specVersion: d.specVersion ?? null })),
  };
  return mock;
}

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
