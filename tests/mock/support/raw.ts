// Raw requests (bypassing the SDK's own validation) to prove the mock refuses malformed input by itself,
// optionally signed as a city's test client.
import type { AuthStrategy, FetchFunction } from '@zhongyuan/sdk';

/** A raw request description. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as is (string or bytes). */
  readonly body?: string | Uint8Array;
}

/** Send `raw` to `baseUrl` with `fetch`, signed by `auth` when given. */
export async function sendRaw(fetchFn: FetchFunction, baseUrl: string, raw: RawRequest, auth?: AuthStrategy): Promise<Response> {
  const url = new URL(baseUrl + raw.path);
  const headers = new Headers(raw.headers);
  const body = typeof raw.body === 'string' ? new TextEncoder().encode(raw.body) : raw.body;
  if (auth !== undefined) await auth.apply({ method: raw.method, url, headers, body, operationId: 'raw', attempt: 1 });
  return fetchFn(url, { method: raw.method, headers, ...(body !== undefined ? { body: body as Uint8Array<ArrayBuffer> } : {}) });
}

/** A fresh idempotency key. */
export function newKey(): string {
  return `key-${crypto.randomUUID()}`;
}
