// Seeds: the same seed gives the same ids and seed data on every run; another seed gives others. The store is
// seeded with one entry per city, owned by that city's test client.
import { describe, expect, it } from 'vitest';
import { testClients } from '@zhongyuan/mock-server';
import { ledgerClient, ledgerMock, NEW_ENTRY } from './support/ledger.js';

async function firstIds(seed: number): Promise<{ created: string[]; seeded: unknown }> {
  const mock = ledgerMock({ auth: false, seed });
  const client = ledgerClient({ fetch: mock.fetch });
  const created: string[] = [];
  for (let i = 0; i < 3; i++) created.push((await client.createEntry({ body: { ...NEW_ENTRY, businessRef: `S-${i}` } })).entryId);
  return { created, seeded: mock.state('fixture').entries.list().slice(0, 30) };
}

describe('seeds', () => {
  it('reproduce ids and seed data; another seed differs', async () => {
    const a = await firstIds(7);
    expect(await firstIds(7)).toEqual(a);
    const b = await firstIds(8);
    expect(b.created).not.toEqual(a.created);
    expect(b.seeded).not.toEqual(a.seeded);
  });

  it('give every one of the 30 cities its own seeded record', () => {
    const mock = ledgerMock({ auth: false });
    const clients = testClients();
    expect(clients).toHaveLength(30);
    for (const c of clients) expect(mock.state('fixture').entries.list(c.id)).toHaveLength(1);
  });

  it('reset() returns to the seeded state and the start of the clock', async () => {
    const mock = ledgerMock({ auth: false });
    const before = JSON.stringify(mock.dump());
    await ledgerClient({ fetch: mock.fetch }).createEntry({ body: NEW_ENTRY });
    mock.clock.advance(1000);
    mock.reset();
    expect(JSON.stringify(mock.dump())).toBe(before);
    expect(mock.requests()).toEqual([]);
  });
});
