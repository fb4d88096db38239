// The HTTP transport: ky, wrapped so that no ky type or error ever reaches a caller.
//
// ky's own retry is switched off (`retry: 0`) and the SDK drives attempts itself, because each attempt must be
// re-signed by the AuthStrategy with the final URL, headers and the same body bytes, Retry-After must be capped and
// abortable, a 409 is retryable only for one problem type (known after reading the body), and the deadlines must
// cover reading the body. ky builds the request, calls the `fetch`, and enforces the deadline up to the response
// headers with its own abort controller (`timeout`); the body deadline is enforced by `readBody`.
// The caller's signal is handed to ky only when there is one: composing signals costs a measurable share of a
// loopback call on Node 20. Redirects are not followed (`redirect: 'manual'`), so credentials never travel to
// another host.
//
// The attempt's headers are put on the request ky hands to `fetch`, not passed as ky's `headers` option: ky merges
// and copies an option's headers into several intermediate `Headers` and `Request` objects (each copy re-validates
// every header), which cost more than the rest of the SDK's work per call. They travel to the `fetch` step as an
// option ky does not know, which ky passes through to `fetch` (as it does for undici's `dispatcher`).
import ky, { TimeoutError as KyTimeoutError, type KyInstance, type Options } from 'ky';
import type { FetchFunction } from '../core/client-options.js';

/** One attempt as the transport sends it. */
export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers | Readonly<Record<string, string>>;
  readonly body: Uint8Array | ReadableStream<Uint8Array> | undefined;
  /** Milliseconds until the response headers must have arrived. */
  readonly timeout: number;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
}

/** Rejection of a transport whose `timeout` expired before the response headers arrived. */
export const HEADERS_TIMEOUT = Object.freeze({ reason: 'headers-timeout' });

/**
 * Sends one attempt; resolves with any status. Rejects with {@link HEADERS_TIMEOUT} when the deadline passed,
 * otherwise with whatever `fetch` rejected with (a network failure or the caller's abort reason).
 */
export type Transport = (request: TransportRequest) => Promise<Response>;

/** Creates the transport over the given `fetch`. */
export function createTransport(fetchFunction: FetchFunction | undefined): Transport {
  const client: KyInstance = ky.create({
    retry: 0,
    throwHttpErrors: false,
    redirect: 'manual',
    fetch: (input, init) => {
      const request = input as Request;
      const headers = (init as AttemptInit | undefined)?.[ATTEMPT_HEADERS];
      if (headers !== undefined) setHeaders(request.headers, headers);
      // Looked up per call, so that a `fetch` patched after the client was created (as MSW does) is the one used;
      // called as a method of the global object, as some browsers require.
      return fetchFunction !== undefined ? fetchFunction(request) : globalThis.fetch(request);
    },
  });
  return async (request) => {
    if (request.body instanceof ReadableStream) return sendStream(fetchFunction ?? globalThis.fetch, request, request.body);
    // Only the options this attempt needs: ky merges every option key into a fresh object, one key at a time (each a
    // copy of the object so far, about half a microsecond apiece on Node 20). GET is ky's default method.
    const options: AttemptInit & Options = {
      timeout: Math.max(1, Math.ceil(request.timeout)),
      [ATTEMPT_HEADERS]: request.headers,
    };
    if (request.method !== 'GET') options.method = request.method;
    if (request.body !== undefined) options.body = request.body as Uint8Array<ArrayBuffer>;
    if (request.signal !== undefined) options.signal = request.signal;
    try {
      return await client(request.url, options);
    } catch (error) {
      throw error instanceof KyTimeoutError ? HEADERS_TIMEOUT : error;
    }
  };
}

// The option that carries an attempt's headers through ky to the `fetch` step.
const ATTEMPT_HEADERS = 'zhongyuanAttemptHeaders';
interface AttemptInit {
  readonly [ATTEMPT_HEADERS]?: Headers | Readonly<Record<string, string>>;
}

function setHeaders(target: Headers, headers: Headers | Readonly<Record<string, string>>): void {
  if (headers instanceof Headers) {
    headers.forEach((value, name) => target.set(name, value));
    return;
  }
  for (const name in headers) target.set(name, headers[name] as string);
}

// A streamed body (an NDJSON upload) bypasses ky: ky clones every request for retries, and the clone of a stream
// keeps a copy of each chunk until the response arrives — the whole upload. The SDK drives its own retries (each
// opens a fresh stream), so a stream is sent once, with the same header deadline and redirect policy.
async function sendStream(fetchFunction: FetchFunction, request: TransportRequest, body: ReadableStream<Uint8Array>): Promise<Response> {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, Math.max(1, Math.ceil(request.timeout)));
  const onAbort = (): void => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const init = { method: request.method, headers: request.headers, body, duplex: 'half', redirect: 'manual', signal: controller.signal } as const;
    return await fetchFunction(new Request(request.url, init as RequestInit));
  } catch (error) {
    throw expired ? HEADERS_TIMEOUT : error;
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onAbort);
  }
}
