import { describe, expect, it } from 'vitest';
import { aThing } from './support/contract.js';
import { json, testServer } from './support/test-fetch.js';
import { makeClient } from './support/make-client.js';

const pages: Record<string, { items: { id: string }[]; nextCursor?: string | null }> = {
  start: { items: [{ id: '1' }, { id: '2' }], nextCursor: 'c2' },
  c2: { items: [{ id: '3' }], nextCursor: 'c3' },
  c3: { items: [{ id: '4' }], nextCursor: null },
};

function pagedServer() {
  return testServer((request) => {
    const cursor = new URL(request.url).searchParams.get('cursor') ?? 'start';
    const page = pages[cursor] ?? { items: [] };
    return json(200, { ...page, items: page.items.map((i) => ({ ...aThing, ...i })) });
  });
}

describe('pagination', () => {
  it('awaiting gives the first page', async () => {
    const server = pagedServer();
    const first = await makeClient(server).listThings({ limit: 2 });
    expect(first.items.map((t) => t.id)).toEqual(['1', '2']);
    expect(server.received).toHaveLength(1);
  });

  it('for await iterates every item of every page, keeping the other params', async () => {
    const server = pagedServer();
    const ids: string[] = [];
    for await (const thing of makeClient(server).listThings({ limit: 2 })) ids.push(thing.id);
    expect(ids).toEqual(['1', '2', '3', '4']);
    expect(server.received.map((r) => r.url.search)).toEqual(['?limit=2', '?cursor=c2&limit=2', '?cursor=c3&limit=2']);
  });

  it('.pages() yields each page with its metadata', async () => {
    const server = pagedServer();
    const seen: [number, string | undefined, number][] = [];
    for await (const page of makeClient(server).listThings().pages()) {
      seen.push([page.items.length, page.nextCursor, page.response.status]);
    }
    expect(seen).toEqual([
      [2, 'c2', 200],
      [1, 'c3', 200],
      [1, undefined, 200],
    ]);
  });

  it('stops on a repeated cursor instead of looping', async () => {
    const server = testServer(() => json(200, { items: [aThing], nextCursor: 'same' }));
    let count = 0;
    for await (const _thing of makeClient(server).listThings()) count += 1;
    expect(count).toBe(2);
  });

  it('withResponse works on list calls too', async () => {
    const server = pagedServer();
    const { data, response } = await makeClient(server).listThings().withResponse();
    expect([data.items.length, response.operationId]).toEqual([2, 'listThings']);
  });
});
