// A new case names itself: the 201 of createTransferCase carries `Location` (the spec requires it), the case's
// path under the exchange's base path, which answers the same signed caller's GET with the case — in-process and
// over real loopback HTTP. An idempotent replay names the same case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClientAuth } from '@zhongyuan/mock-server';
import { createMockServer, type MockServer } from '@zhongyuan/mock-server/node';
import { PENSION_TRANSFER_BASE_PATH } from '@zhongyuan/mock-server/pension-transfer';
import { createPensionTransferClient, type PensionTransferClient } from '@zhongyuan/sdk/pension-transfer';
import { getLocation } from '../mock/support/location.js';
import { applicationBody, BASE_URL, createWorld, eligible, type World } from './support/world.js';

/** Open a case for one of 邯郸's eligible workers, as 洛阳 (the new place), through `client`. */
function openCase(world: World, client: PensionTransferClient, contactLetterNo: string, idempotencyKey = `open-${contactLetterNo}`) {
  const worker = eligible(world, '邯郸')[0];
  if (worker === undefined) throw new Error('the seed has no eligible worker in 邯郸');
  return client.createTransferCase({ body: applicationBody(world, worker, '邯郸', contactLetterNo) }, { idempotencyKey }).withResponse();
}

describe('Location of a new transfer case (in-process, signed)', () => {
  it('is /transfer-cases/{contactLetterNo} under the base path, and a GET there answers 200 with the case', async () => {
    const world = createWorld();
    const contactLetterNo = '410300202600003001';
    const created = await openCase(world, await world.client('洛阳'), contactLetterNo);
    expect(created.response.status).toBe(201);
    const location = created.response.headers.get('location');
    expect(location).toBe(`${PENSION_TRANSFER_BASE_PATH}/transfer-cases/${contactLetterNo}`);
    const read = await getLocation(world.mock.fetch, BASE_URL, location ?? '', await testClientAuth('洛阳'));
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created.data);
  });

  it('is replayed unchanged with the stored answer of the same Idempotency-Key', async () => {
    const world = createWorld();
    const client = await world.client('洛阳');
    const first = await openCase(world, client, '410300202600003002');
    const again = await openCase(world, client, '410300202600003002');
    expect(again.response.idempotentReplayed).toBe(true);
    expect(again.response.headers.get('location')).toBe(first.response.headers.get('location'));
  });
});

describe('Location of a new transfer case (over loopback HTTP, signed)', () => {
  const world = createWorld();
  let server: MockServer;
  beforeAll(async () => {
    server = await createMockServer(world.mock, { port: 0 });
  });
  afterAll(() => server.close(100));

  it('answers the same caller’s GET with the case', async () => {
    const baseUrl = `${server.url}${PENSION_TRANSFER_BASE_PATH}`;
    const auth = await testClientAuth('洛阳');
    const client = createPensionTransferClient({ baseUrl, auth, retry: { limit: 0 } });
    const created = await openCase(world, client, '410300202600003003');
    const location = created.response.headers.get('location');
    expect(location).toBe(`${PENSION_TRANSFER_BASE_PATH}/transfer-cases/410300202600003003`);
    const read = await getLocation(fetch, baseUrl, location ?? '', auth);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created.data);
  });
});
