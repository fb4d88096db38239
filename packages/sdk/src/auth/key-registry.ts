/**
 * The key registry (密钥登记): which public keys each client may sign with. Keys come from configuration only,
 * inline or from a configured JWKS URL, never from a token.
 *
 * Key rotation, without downtime:
 * 1. **Publish** the new key in the client's JWKS next to the current one (new `kid`).
 * 2. **Overlap**: wait at least `maxAgeMs` (so every verifier has refreshed), then switch the client's signer
 *    to the new key. A verifier that has not refreshed yet still accepts it: an unknown `kid` triggers one
 *    refresh (at most one per `refreshCooldownMs`).
 * 3. **Retire**: once no token signed with the old key can still be valid (its lifetime, at most 60 s, plus the
 *    clock skew), remove the old key from the JWKS. Verifiers drop it at their next refresh (within `maxAgeMs`).
 *
 * A failed or oversized fetch keeps the last-known-good keys.
 */
import { readBoundedStream } from './bounded-body.js';
import { importRegisteredKey, type RegisteredKey } from './registered-key.js';
import { parseStrictJson } from './strict-json.js';

/** A JSON Web Key Set as configured inline. */
export interface JsonWebKeySetInput {
  readonly keys: readonly unknown[];
}

/** Where a client's keys come from: an inline JWKS or a configured HTTPS URL. */
export type ClientKeySource = { readonly jwks: JsonWebKeySetInput } | { readonly jwksUrl: string | URL };

/** Options of {@link createKeyRegistry}. */
export interface KeyRegistryOptions {
  /** Each registered client (canonical identity string) and where its keys come from. */
  readonly clients: Readonly<Record<string, ClientKeySource>>;
  /**
   * Fetch used for `jwksUrl` sources.
   * @default globalThis.fetch
   */
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /**
   * Largest accepted JWKS response, in bytes.
   * @default 65536
   */
  readonly maxJwksBytes?: number;
  /**
   * Most keys per set.
   * @default 32
   */
  readonly maxKeys?: number;
  /**
   * After any fetch attempt for a client, no further unscheduled fetch (e.g. for an unknown `kid`) within this
   * many milliseconds.
   * @default 30000
   */
  readonly refreshCooldownMs?: number;
  /**
   * Remote sets older than this are refreshed on the next lookup.
   * @default 300000
   */
  readonly maxAgeMs?: number;
  /**
   * Abort a JWKS fetch after this many milliseconds.
   * @default 5000
   */
  readonly fetchTimeoutMs?: number;
  /**
   * Clock, milliseconds since the epoch.
   * @default Date.now
   */
  readonly now?: () => number;
}

/** Looks up a client's verification key by `kid`. */
export interface KeyRegistry {
  /** True when `client` is registered. */
  has(client: string): boolean;
  /** The key `kid` of `client`, or `undefined` (unknown client, unknown `kid`, nothing fetchable). Never throws. */
  resolve(client: string, kid: string): Promise<RegisteredKey | undefined>;
  /**
   * The key `kid` of `client` when it is at hand and due for no load or refresh, without waiting; otherwise
   * `undefined`, and {@link KeyRegistry.resolve} decides. Optional: a registry without it is always asked through
   * `resolve`. Never throws, never fetches.
   */
  peek?(client: string, kid: string): RegisteredKey | undefined;
}

interface ClientState {
  readonly source: ClientKeySource;
  keys: Map<string, RegisteredKey> | undefined;
  loadedAt: number;
  attemptedAt: number;
  inflight: Promise<void> | undefined;
}

/** Create a {@link KeyRegistry}. */
export function createKeyRegistry(options: KeyRegistryOptions): KeyRegistry {
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  const maxBytes = options.maxJwksBytes ?? 65_536;
  const maxKeys = options.maxKeys ?? 32;
  const cooldown = options.refreshCooldownMs ?? 30_000;
  const maxAge = options.maxAgeMs ?? 300_000;
  const fetchTimeout = options.fetchTimeoutMs ?? 5000;

  const states = new Map<string, ClientState>();
  for (const [client, source] of Object.entries(options.clients)) {
    if ('jwksUrl' in source) {
      const url = new URL(source.jwksUrl);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname))) {
        throw new TypeError('jwksUrl must be https: (plain http: only to loopback)');
      }
    }
    states.set(client, { source, keys: undefined, loadedAt: -Infinity, attemptedAt: -Infinity, inflight: undefined });
  }

  const importSet = async (value: unknown): Promise<Map<string, RegisteredKey> | undefined> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const keys = (value as { keys?: unknown }).keys;
    if (!Array.isArray(keys) || keys.length > maxKeys) return undefined;
    const out = new Map<string, RegisteredKey>();
    for (const jwk of keys) {
      const key = await importRegisteredKey(jwk);
      if (key === undefined) continue; // unusable keys are skipped, not fatal
      if (out.has(key.kid)) return undefined; // ambiguous set
      out.set(key.kid, key);
    }
    return out;
  };

  const fetchSet = async (url: string): Promise<Map<string, RegisteredKey> | undefined> => {
    const response = await doFetch(url, {
      redirect: 'error',
      headers: { accept: 'application/jwk-set+json, application/json' },
      signal: AbortSignal.timeout(fetchTimeout),
    });
    if (response.status !== 200) return undefined;
    const bytes = await readBoundedStream(response.body, response.headers.get('content-length'), maxBytes);
    if (bytes === undefined) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
    return importSet(parseStrictJson(text, { maxDepth: 5 }));
  };

  const load = (state: ClientState): Promise<void> => {
    state.inflight ??= (async () => {
      state.attemptedAt = now();
      try {
        const keys =
          'jwks' in state.source ? await importSet(state.source.jwks) : await fetchSet(String(state.source.jwksUrl));
        if (keys !== undefined) {
          state.keys = keys;
          state.loadedAt = now();
        }
      } catch {
        // keep last-known-good keys
      } finally {
        state.inflight = undefined;
      }
    })();
    return state.inflight;
  };

  // A remote set older than maxAge is refreshed by `resolve` (unless a fetch was attempted within the cool-down).
  const due = (state: ClientState, t: number): boolean =>
    'jwksUrl' in state.source && t - state.loadedAt >= maxAge && t - state.attemptedAt >= cooldown;

  return {
    has: (client) => states.has(client),
    peek(client: string, kid: string): RegisteredKey | undefined {
      const state = states.get(client);
      if (state?.keys === undefined || due(state, now())) return undefined;
      return state.keys.get(kid);
    },
    async resolve(client: string, kid: string): Promise<RegisteredKey | undefined> {
      const state = states.get(client);
      if (state === undefined) return undefined;
      const remote = 'jwksUrl' in state.source;
      const t = now();
      const coolingDown = t - state.attemptedAt < cooldown;
      if (state.keys === undefined) {
        if (!coolingDown || state.attemptedAt === -Infinity || !remote) await load(state);
      } else if (due(state, t)) {
        await load(state);
      }
      const found = state.keys?.get(kid);
      if (found !== undefined || !remote) return found;
      if (now() - state.attemptedAt < cooldown) return undefined;
      await load(state);
      return state.keys?.get(kid);
    },
  };
}
