/**
 * `@zhongyuan/mock-server` core (runtime-neutral): define exchanges and scenarios, create a stateful mock, and
 * use it through `mock.fetch`, MSW's `setupServer(...mock.handlers)`, or the HTTP adapter in
 * `@zhongyuan/mock-server/node`.
 *
 * @module
 */
export { createMock, type CreateMockOptions, type Mock } from './create-mock.js';
export {
  defineExchange,
  type BodyOf,
  type CollectionKeyOf,
  type ExchangeDefinition,
  type HandlerContext,
  type MachineBinding,
  type MachineCheckInput,
  type MachineRefusal,
  type MachineNameOf,
  type MockExchange,
  type OkOptions,
  type OperationHandler,
  type ParamsOf,
  type ProblemCodeOf,
  type ResponseBodyOf,
  type SeedContext,
  type StoreOf,
  type SuccessStatusOf,
} from './define-exchange.js';
export { collection, type Collection, type StoredRecord } from './collection.js';
export { createClock, type ClockOptions, type MockClock } from './clock.js';
export { createRandom, seededUlid, type Random } from './prng.js';
export {
  defineScenario,
  type CommitThenFailFault,
  type CommitThenStallFault,
  type ErrorFault,
  type Fault,
  type FaultSelector,
  type LatencyFault,
  type ResetFault,
  type Scenario,
  type TruncateFault,
} from './scenario.js';
export type { HandlerResult } from './handler-result.js';
export type { ServedExchange } from './control-routes.js';
export type { FieldError, ProblemExtras } from './problem.js';
export { MockContractError } from './errors.js';
export type { MockAuthOptions } from './mock-auth.js';
export type { RequestLogEntry } from './request-log.js';
export {
  DEFAULT_AUDIENCE,
  DEFAULT_KEY_SEED,
  DEFAULT_SUBSYSTEM,
  testClient,
  testClientAuth,
  testClientKeys,
  testClients,
  type MockClient,
  type TestKeyOptions,
} from './test-clients.js';
