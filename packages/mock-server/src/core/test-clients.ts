/**
 * TEST-ONLY client identities and keys for the 30 cities (30 城测试调用方): each city's exchange gateway gets a
 * deterministic agency credit code and a deterministic signing key derived from a shared seed, so the mock,
 * test suites and other-language clients agree without key files. Never register these anywhere real.
 */
import { createSigningAuth, deriveTestKeys, formatClientIdentity, type SignatureAlgorithm, type TestKeyPair } from '@zhongyuan/sdk/auth';
import type { AuthStrategy } from '@zhongyuan/sdk';
import { cities, createSeededRandom, findCity, syntheticUscc, type City } from '@zhongyuan/sdk/validators';

/** The default seed of the test keys. */
export const DEFAULT_KEY_SEED = 'zhongyuan-mock';
/** The default audience (`aud`) the mock accepts. */
export const DEFAULT_AUDIENCE = 'https://exchange.zhongyuan.test';
/** The default subsystem of each city's client identity. */
export const DEFAULT_SUBSYSTEM = 'exchange-gateway';

/** A city's test client. */
export interface MockClient {
  /** Canonical identity `ZY-TEST/GOV/<uscc>/<region>/<subsystem>` (the test instance), the token's `iss`. */
  readonly id: string;
  /** The agency's (synthetic, valid) unified social credit code. */
  readonly uscc: string;
  /** The city's region code. */
  readonly region: string;
  /** Subsystem name. */
  readonly subsystem: string;
  /** The city. */
  readonly city: City;
}

/** The 30 cities' test clients, in the plan's order. Deterministic: same list on every machine. */
export function testClients(subsystem: string = DEFAULT_SUBSYSTEM): readonly MockClient[] {
  return cities.map((city) => {
    const uscc = syntheticUscc({ authority: '1', category: '1', region: city.code }, createSeededRandom(Number(city.code)));
    return { id: formatClientIdentity({ instance: 'ZY-TEST', uscc, region: city.code, subsystem }), uscc, region: city.code, subsystem, city };
  });
}

/** The test client of `city` (a code such as `410100` or a name such as `郑州`/`Zhengzhou`). */
export function testClient(city: string, subsystem: string = DEFAULT_SUBSYSTEM): MockClient {
  const found = findCity(city);
  const client = testClients(subsystem).find((c) => c.city.code === found?.code);
  if (client === undefined) throw new RangeError('not one of the 30 cities');
  return client;
}

/** Options of {@link testClientKeys} and {@link testClientAuth}. */
export interface TestKeyOptions {
  /** @default 'zhongyuan-mock' */
  readonly seed?: string;
  /** @default 'ES256' */
  readonly alg?: SignatureAlgorithm;
  /** @default 'exchange-gateway' */
  readonly subsystem?: string;
}

/** TEST-ONLY: the deterministic key pair of a city's test client. */
export function testClientKeys(client: MockClient, options: TestKeyOptions = {}): Promise<TestKeyPair> {
  return deriveTestKeys(options.seed ?? DEFAULT_KEY_SEED, client.id, options.alg ?? 'ES256');
}

/**
 * TEST-ONLY: an SDK {@link AuthStrategy} that signs as `city`'s test client, accepted by a mock using the same
 * seed and audience.
 *
 * @example
 * const client = createClient(operations, { baseUrl, fetch: mock.fetch, auth: await testClientAuth('郑州') });
 */
export async function testClientAuth(
  city: string,
  options: TestKeyOptions & { readonly audience?: string; readonly now?: () => number } = {},
): Promise<AuthStrategy> {
  const client = testClient(city, options.subsystem);
  const keys = await testClientKeys(client, options);
  return createSigningAuth({
    signer: keys.signer,
    client: client.id,
    audience: options.audience ?? DEFAULT_AUDIENCE,
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
}
