// A created record names itself: the 201 carries `Location` (the spec requires it), a path under the exchange's
// base path that answers the same caller's GET with the record, in-process and over real loopback HTTP (signed).
// An idempotent replay names the same record.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStrategy } from '@zhongyuan/sdk';
import { testClientAuth } from '@zhongyuan/mock-server';
import { LEDGER_BASE_PATH, ledgerClient, ledgerMock, NEW_ENTRY } from './support/ledger.js';
import { getLocation } from './support/location.js';
import { newKey } from './support/raw.js';
import { inProcess, overHttp, type Transport } from './support/transports.js';

const transports = [
  { name: 'in-process', signed: false, open: (m: ReturnType<typeof ledgerMock>) => Promise.resolve(inProcess(m)) },
  { name: 'over HTTP, signed', signed: true, open: (m: ReturnType<typeof ledgerMock>) => overHttp(m) },
] as const;

describe.each(transports)('Location of a created entry ($name)', ({ signed, open }) => {
  const mock = ledgerMock(signed ? {} : { auth: false });
  let transport: Transport;
  let auth: AuthStrategy | undefined;
  beforeAll(async () => {
    transport = await open(mock);
    if (signed) auth = await testClientAuth('郑州');
  });
  afterAll(() => transport.close());
  afterEach(() => mock.reset());

  const client = () => ledgerClient({ fetch: transport.fetch, baseUrl: transport.baseUrl, ...(auth !== undefined ? { auth } : {}) });

  it('is the entry’s path under the base path, and a GET there by the same caller answers 200 with the entry', async () => {
    const created = await client().createEntry({ body: NEW_ENTRY }).withResponse();
    expect(created.response.status).toBe(201);
    const location = created.response.headers.get('location');
    expect(location).toBe(`${LEDGER_BASE_PATH}/entries/${created.data.entryId}`);
    const read = await getLocation(transport.fetch, transport.baseUrl, location ?? '', auth);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created.data);
  });

  it('is replayed unchanged with the stored answer of the same Idempotency-Key', async () => {
    const idempotencyKey = newKey();
    const first = await client().createEntry({ body: NEW_ENTRY }, { idempotencyKey }).withResponse();
    const again = await client().createEntry({ body: NEW_ENTRY }, { idempotencyKey }).withResponse();
    expect(again.response.idempotentReplayed).toBe(true);
    expect(again.response.headers.get('location')).toBe(first.response.headers.get('location'));
  });
});
