/**
 * Request verification for the mock with the SDK's verifier, against a key registry of the 30 cities' test
 * clients (deterministic keys from a seed). Token lifetimes are transport security and are checked against
 * real time; business deadlines read the virtual clock.
 */
import {
  createKeyRegistry,
  createMemoryReplayStore,
  verifyRequest,
  type ClientKeySource,
  type KeyRegistry,
  type RejectEvent,
  type RejectReason,
  type ReplayStore,
  type SignatureAlgorithm,
  type VerifyRequestPolicy,
} from '@zhongyuan/sdk/auth';
import { DEFAULT_AUDIENCE, DEFAULT_KEY_SEED, testClientKeys, testClients, type MockClient } from './test-clients.js';

/** Auth options of the mock. */
export interface MockAuthOptions {
  /** Seed of the test keys. @default 'zhongyuan-mock' */
  readonly seed?: string;
  /** Algorithm of the test keys. @default 'ES256' */
  readonly alg?: SignatureAlgorithm;
  /** The `aud` the mock accepts. @default 'https://exchange.zhongyuan.test' */
  readonly audience?: string;
  /**
   * The origin clients address (`htu` is checked against it). @default the origin of each request as the
   * caller addressed it: the URL passed to `mock.fetch`, or the HTTP adapter's own listening address (never
   * the `Host` header)
   */
  readonly externalBaseUrl?: string;
  /** Further registered clients beyond the 30 cities' test clients. */
  readonly clients?: Readonly<Record<string, ClientKeySource>>;
  /** Real-time clock for token checks. @default Date.now */
  readonly now?: () => number;
}

/** Outcome of authenticating one request. */
export type AuthOutcome =
  | { readonly ok: true; readonly clientId: string }
  | { readonly ok: false; readonly status: 401 | 503; readonly reason: RejectReason };

/** Verifies requests against the test registry. */
export interface MockAuthenticator {
  authenticate(request: Request): Promise<AuthOutcome>;
}

/** Create the authenticator; keys are derived on first use. */
export function createMockAuthenticator(options: MockAuthOptions, subsystemClients: readonly MockClient[] = testClients()): MockAuthenticator {
  let registry: Promise<KeyRegistry> | undefined;
  const replayStore: ReplayStore = createMemoryReplayStore(options.now !== undefined ? { now: options.now } : {});
  const policies = new Map<string, VerifyRequestPolicy>();
  const buildRegistry = async (): Promise<KeyRegistry> => {
    const sources: Record<string, ClientKeySource> = {};
    const keyOptions = { seed: options.seed ?? DEFAULT_KEY_SEED, alg: options.alg ?? 'ES256' } as const;
    for (const client of subsystemClients) sources[client.id] = { jwks: (await testClientKeys(client, keyOptions)).jwks };
    Object.assign(sources, options.clients);
    return createKeyRegistry({ clients: sources });
  };
  // The precise reason of a refusal reaches the mock only through `onReject`, keyed here by the problem's opaque
  // `instance` (which the refusal's body carries), so that one policy object per origin serves every request: the
  // verifier resolves a policy once per object, and concurrent verifications cannot mix up their reasons.
  const reasons = new Map<string, RejectReason>();
  const onReject = (event: RejectEvent): void => {
    reasons.set(event.instance, event.reason);
  };
  return {
    async authenticate(request) {
      registry ??= buildRegistry();
      const keys = await registry;
      const origin = options.externalBaseUrl ?? new URL(request.url).origin;
      let policy = policies.get(origin);
      if (policy === undefined) {
        policy = {
          audience: options.audience ?? DEFAULT_AUDIENCE,
          externalBaseUrl: origin,
          keys,
          replayStore,
          onReject,
          ...(options.now !== undefined ? { now: options.now } : {}),
        };
        policies.set(origin, policy);
      }
      const result = await verifyRequest(request, policy);
      if (result.ok) return { ok: true, clientId: result.clientId };
      const instance = ((await result.response.clone().json()) as { instance?: unknown }).instance;
      const reason = typeof instance === 'string' ? reasons.get(instance) : undefined;
      if (typeof instance === 'string') reasons.delete(instance);
      return { ok: false, status: result.status, reason: reason ?? 'missing_authorization' };
    },
  };
}
