/**
 * The shared internals of one mock that every request's pipeline reads (not public).
 */
import type { MockClock } from './clock.js';
import type { MockContractError } from './errors.js';
import type { ActiveScenario } from './fault-plan.js';
import type { MockAuthenticator } from './mock-auth.js';
import type { ProblemCatalog } from './problem.js';
import type { RequestLog } from './request-log.js';
import type { MockClient } from './test-clients.js';
import type { RequestLimits } from './validate-request.js';

/** Internals shared by the pipeline. */
export interface MockContext {
  readonly seed: number;
  readonly clock: MockClock;
  readonly strict: boolean;
  readonly limits: RequestLimits;
  /** Longest commit-then-stall, real ms. */
  readonly maxStallMs: number;
  /** `undefined` when auth is off for the whole mock. */
  readonly authenticator: MockAuthenticator | undefined;
  /** The 30 cities' test clients, by identity. */
  readonly clients: ReadonlyMap<string, MockClient>;
  /** The client used when auth is off and the request names none. */
  readonly defaultClient: MockClient;
  readonly catalog: ProblemCatalog;
  readonly log: RequestLog;
  /** Scenarios active for a request (those in `use` plus one named by `x-mock-scenario`). */
  scenariosFor(request: Request): readonly ActiveScenario[];
  reportViolation(error: MockContractError): void;
}
