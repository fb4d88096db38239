// Every request of a generated client names the exchange and the spec version it was generated from, so an
// exchange operator can tell which cities still run an old contract.
import { describe, expect, it } from 'vitest';
import { createClient, SPEC_VERSION_HEADER } from '@zhongyuan/sdk';
import { createMedicalSettlementClient, exchange as medical } from '@zhongyuan/sdk/medical-settlement';
import { createFixtureClient } from '../fixtures/exchange/generated/client.gen.js';
import { exchange as fixture } from '../fixtures/exchange/generated/operations.gen.js';
import { problems, table, type operations } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';

const ENTRY_ID = 'ent_SEED0000000000000000000000';

describe('the X-Spec-Version request header', () => {
  it('is sent by a generated client as <exchange>/<spec version>', async () => {
    const server = testServer(() => json(404, { type: 'about:blank', title: 'Not Found', status: 404 }));
    const client = createFixtureClient({ baseUrl: 'https://exchange.test/v1', fetch: server.fetch, retry: { limit: 0 } });
    await client.getEntry({ entryId: ENTRY_ID }).catch(() => undefined);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers.get('x-spec-version')).toBe(`fixture/${fixture.specVersion}`);
    expect(fixture.specVersion).toBe('1.0.0');
  });

  it('names the spec version of each published exchange', async () => {
    const server = testServer(() => json(404, { type: 'about:blank', title: 'Not Found', status: 404 }));
    const client = createMedicalSettlementClient({ baseUrl: 'https://exchange.test', fetch: server.fetch, retry: { limit: 0 } });
    expect(medical.specVersion).toMatch(/^\d+\.\d+\.\d+/);
    await client.getFiling({ filingId: 'F2026000001' }).catch(() => undefined);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.headers.get(SPEC_VERSION_HEADER)).toBe(`medical-settlement/${medical.specVersion}`);
  });

  it('cannot be overridden by options.headers and survives withOptions', async () => {
    const server = testServer(() => json(200, { id: 't-1', name: 'W', status: 'active', amountFen: 1 }));
    const client = createClient<operations, typeof table, typeof problems>(table, {
      baseUrl: 'https://exchange.test/v1',
      fetch: server.fetch,
      headers: { 'X-Spec-Version': 'forged/9.9.9' },
      problems,
      exchange: { name: 'things', specVersion: '2.3.4' },
    });
    await client.getThing({ thingId: 't-1', 'X-City-Code': '410100' });
    await client.withOptions({ timeout: 5_000 }).getThing({ thingId: 't-1', 'X-City-Code': '410100' });
    expect(server.received.map((r) => r.headers.get('x-spec-version'))).toEqual(['things/2.3.4', 'things/2.3.4']);
  });

  it('is not sent by a client built without an exchange', async () => {
    const server = testServer(() => json(200, { id: 't-1', name: 'W', status: 'active', amountFen: 1 }));
    const client = createClient<operations, typeof table, typeof problems>(table, { baseUrl: 'https://exchange.test/v1', fetch: server.fetch, problems });
    await client.getThing({ thingId: 't-1', 'X-City-Code': '410100' });
    expect(server.received[0]?.headers.has('x-spec-version')).toBe(false);
  });
});
