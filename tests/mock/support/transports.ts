// The two ways the done-when criteria are proven: the mock in-process (`mock.fetch`) and over real loopback HTTP.
import type { FetchFunction } from '@zhongyuan/sdk';
import { createMockServer } from '@zhongyuan/mock-server/node';
import { LEDGER_BASE_PATH } from '../../fixtures/exchange/mock.js';

/** How a test reaches a mock. */
export interface Transport {
  readonly name: 'in-process' | 'http';
  /** The fetch to give the SDK or raw requests. */
  readonly fetch: FetchFunction;
  /** The origin to address. */
  readonly origin: string;
  /** The fixture exchange's base URL on this transport. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** The mock in-process. */
export function inProcess(mock: { fetch: FetchFunction }): Transport {
  const origin = 'https://exchange.zhongyuan.test';
  return { name: 'in-process', fetch: mock.fetch, origin, baseUrl: `${origin}${LEDGER_BASE_PATH}`, close: () => Promise.resolve() };
}

/** The mock behind the node:http adapter on 127.0.0.1. */
export async function overHttp(mock: { fetch(request: Request): Promise<Response> }, options: { maxBodyBytes?: number } = {}): Promise<Transport> {
  const server = await createMockServer(mock, { port: 0, ...options });
  return {
    name: 'http',
    fetch: (input, init) => fetch(input, init),
    origin: server.url,
    baseUrl: `${server.url}${LEDGER_BASE_PATH}`,
    close: () => server.close(100),
  };
}
