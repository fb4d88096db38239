// A tiny in-process server: a function from web-standard Request to Response, exposed as a `fetch`.
// It honours the request's AbortSignal like a real fetch does, and records what it received.
import type { FetchFunction } from '@zhongyuan/sdk';

/** What the server saw of one request. */
export interface Received {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: Uint8Array;
  readonly text: string;
}

/** Answers one request; `index` counts requests from 0. */
export type Handler = (request: Request, received: Received, index: number) => Response | Promise<Response>;

/** A test server with its injected `fetch` and the requests it has received. */
export interface TestServer {
  readonly fetch: FetchFunction;
  readonly received: Received[];
}

/** Creates a test server around `handler`. */
export function testServer(handler: Handler): TestServer {
  const received: Received[] = [];
  const fetch: FetchFunction = async (input, init) => {
    const request = new Request(input, init);
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const seen: Received = {
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body,
      text: new TextDecoder().decode(body),
    };
    received.push(seen);
    const signal = request.signal;
    if (signal.aborted) throw signal.reason;
    return await new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve(handler(request, seen, received.length - 1)).then(
        (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };
  return { fetch, received };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A problem+json answer. */
export function problem(status: number, type: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type, title: `Problem ${status}`, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** A promise that never settles (a server that never answers). */
export function never<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}
