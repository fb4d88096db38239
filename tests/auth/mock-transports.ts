/**
 * The two ways a test reaches a mock with a prepared `Request`: in-process (`mock.fetch`) and over a real socket on
 * 127.0.0.1 through the node:http adapter. Over HTTP the request goes to the adapter's address with the `Host`
 * header of the request's own URL, so a request built for another origin arrives as a spoofed `Host`.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createMockServer } from '@zhongyuan/mock-server/node';

/** How a test reaches a mock. */
export interface MockTransport {
  readonly name: 'in-process' | 'http';
  /** The origin the caller addresses (what a valid `htu` starts with). */
  readonly origin: string;
  send(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** Anything served in-process by a web-standard `fetch`, such as a mock. */
interface Fetchable {
  fetch(request: Request): Promise<Response>;
}

/** The mock in-process, addressed at `origin`. */
export function inProcess(mock: Fetchable, origin: string): MockTransport {
  return { name: 'in-process', origin, send: (request) => mock.fetch(request), close: () => Promise.resolve() };
}

/** The mock behind the node:http adapter on 127.0.0.1, on a port the OS picks. */
export async function overHttp(mock: Fetchable): Promise<MockTransport> {
  const server = await createMockServer(mock, { port: 0 });
  const address = new URL(server.url);
  return { name: 'http', origin: server.url, send: (request) => sendTo(address, request), close: () => server.close(100) };
}

// node:http rather than fetch: the Host header is set from the request's URL, whatever the address connected to.
async function sendTo(address: URL, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = { ...Object.fromEntries(request.headers), host: url.host };
  if (body !== undefined) headers['content-length'] = String(body.length);
  return new Promise<Response>((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname: address.hostname, port: address.port, method: request.method, path: url.pathname + url.search, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve(new Response(new Uint8Array(Buffer.concat(chunks)), { status: res.statusCode ?? 0, headers: webHeaders(res.headers) })));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function webHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  return headers;
}
